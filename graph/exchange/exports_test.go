package exchange

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/exchange/kring/export.* from the current writers")

// exportNetwork is dated() with a quote in a name (Pajek has no way to
// write one) and a contact, the network of testdata/exchange/kring.
func exportNetwork() ([]byte, []byte) {
	n := dated()
	n.People[1].Name = `Ann "Annie" Peeters`
	opts := Options{Aliases: map[int64][]string{3: {"Zoe OBrien", "Z. O'Brien, jr"}}}
	var p, g bytes.Buffer
	if err := WritePajek(&p, n); err != nil {
		panic(err)
	}
	if err := WriteGraphML(&g, n, opts); err != nil {
		panic(err)
	}
	return p.Bytes(), g.Bytes()
}

// rows turns the reference's lists of lists into comparable lines.
func rows(v any) []string {
	var out []string
	list, _ := v.([]any)
	for _, row := range list {
		cells, _ := row.([]any)
		var s []string
		for _, c := range cells {
			s = append(s, fmt.Sprint(c))
		}
		out = append(out, strings.Join(s, " | "))
	}
	slices.Sort(out)
	return out
}

func sortedRows(lines ...string) []string {
	slices.Sort(lines)
	return lines
}

// checkReference compares what networkx and igraph found in kring's
// exports (as read_exports.py prints it) with the network kring wrote.
func checkReference(t *testing.T, ref map[string]any) {
	t.Helper()
	nodes := sortedRows(`Ann 'Annie' Peeters`, "Fien (no ties)", "Jürgen Van der Hagen", "Zoë O'Brien, jr.")
	get := func(reader, field string) any {
		m, _ := ref[reader].(map[string]any)
		return m[field]
	}
	for _, reader := range []string{"pajek_networkx", "pajek_igraph"} {
		if got := rows(wrap(get(reader, "nodes"))); !slices.Equal(got, nodes) {
			t.Errorf("%s reads the vertices %q, want %q", reader, got, nodes)
		}
	}
	// networkx reads arcs and edges as written; igraph reads a file with
	// edges as an undirected graph (Pajek itself keeps both).
	if got, want := rows(get("pajek_networkx", "edges")), sortedRows(`Zoë O'Brien, jr. | Ann 'Annie' Peeters | 2`, `Jürgen Van der Hagen | Zoë O'Brien, jr. | 0.5`,
		`Ann 'Annie' Peeters | Jürgen Van der Hagen | 1`); !slices.Equal(got, want) {
		t.Errorf("networkx reads the Pajek ties %q, want %q", got, want)
	}
	if got := rows(get("pajek_igraph", "edges")); len(got) != 3 {
		t.Errorf("igraph reads the Pajek ties %q", got)
	}
	if get("graphml_networkx", "directed") != true || get("graphml_igraph", "directed") != true {
		t.Errorf("GraphML is not read as a directed graph")
	}
	if got, want := rows(get("graphml_networkx", "nodes")), sortedRows(`p3 | Zoë O'Brien, jr. | Zorg | Zoe OBrien; "Z. O'Brien, jr"`, `p5 | Ann "Annie" Peeters | Gemeente | `,
		"p9 | Jürgen Van der Hagen |  | ", "p12 | Fien (no ties) |  | "); !slices.Equal(got, want) {
		t.Errorf("networkx reads the GraphML nodes\n%q\nwant\n%q", got, want)
	}
	if got, want := rows(get("graphml_networkx", "edges")), sortedRows(
		`p3 | p5 | help | B1 | 2 | "rooster, nacht" | `+join([]string{"Zoë O'Brien, jr.", `Ann "Annie" Peeters`})+` | true`,
		`p3 | p5 | help | B2 | 1 |  | `+join([]string{`Ann "Annie" Peeters`})+` | false`,
		"p9 | p3 | help | B2 | 0.5 |  |  | false",
		"p5 | p9 | contact | B1 | 1 |  | Jürgen Van der Hagen | false",
		"p5 | p9 | contact | B3 | 1 |  |  | false"); !slices.Equal(got, want) {
		t.Errorf("networkx reads the GraphML edges\n%q\nwant\n%q", got, want)
	}
	if got, want := rows(get("graphml_igraph", "edges")), sortedRows("p3 | p5 | help | 2", "p3 | p5 | help | 1", "p9 | p3 | help | 0.5",
		"p5 | p9 | contact | 1", "p5 | p9 | contact | 1"); !slices.Equal(got, want) {
		t.Errorf("igraph reads the GraphML edges\n%q\nwant\n%q", got, want)
	}
}

// wrap makes a list of names a list of one-cell rows.
func wrap(v any) any {
	list, _ := v.([]any)
	out := make([]any, len(list))
	for i, x := range list {
		out[i] = []any{x}
	}
	return out
}

// networkx and igraph read kring's Pajek and GraphML: the files kring writes
// are kept in testdata/exchange/kring with what read_exports.py found in
// them; when Python with networkx and igraph is here, it reads a fresh
// export too.
func TestExportsReadByNetworkxAndIgraph(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "exchange", "kring")
	pajek, graphml := exportNetwork()
	if *update {
		os.WriteFile(filepath.Join(dir, "export.net"), pajek, 0o644)
		os.WriteFile(filepath.Join(dir, "export.graphml"), graphml, 0o644)
	}
	for name, b := range map[string][]byte{"export.net": pajek, "export.graphml": graphml} {
		old, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(old, b) {
			t.Fatalf("testdata/exchange/kring/%s is not what kring writes now (%v): run go test -run TestExportsRead -update and read_exports.py again", name, err)
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, "export.reference.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ref map[string]any
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	checkReference(t, ref)

	python := "/usr/bin/python3"
	if exec.Command(python, "-c", "import networkx, igraph").Run() != nil {
		t.Skip("no Python with networkx and igraph here: checked the stored reference only")
	}
	tmp := t.TempDir()
	os.WriteFile(filepath.Join(tmp, "export.net"), pajek, 0o600)
	os.WriteFile(filepath.Join(tmp, "export.graphml"), graphml, 0o600)
	out, err := exec.Command(python, filepath.Join(dir, "read_exports.py"), tmp).Output()
	if err != nil {
		t.Fatalf("read_exports.py: %v", err)
	}
	var live map[string]any
	if err := json.Unmarshal(out, &live); err != nil {
		t.Fatal(err)
	}
	checkReference(t, live)
}
