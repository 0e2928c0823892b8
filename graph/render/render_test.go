package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./graph/render -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; look at the new output and run with -update if it is right.\ngot:\n%s", name, got)
	}
}

// handNetwork is testdata/hand: Ann ⇄ Bob, Ann → Carla, Carla ⇄ Dirk,
// Eve → Ann, Eve → Dirk, Bob → Gert, Fien alone; a contact Fien – Carla and
// one Ann – Bob that the help tie already shows.
func handNetwork() (*graph.Network, []string) {
	names := []string{"Ann Peeters", "Bob Janssens", "Carla De Smet", "Dirk Van der Hagen", "Eve Maes", "Fien Goossens", "Gert Jürgens"}
	n := &graph.Network{Name: "Hand & checked", Waves: []graph.Wave{{ID: 1, Name: "W1", Seq: 1}}}
	for i, name := range names {
		n.People = append(n.People, graph.Person{ID: int64(i + 1), Name: name})
	}
	for _, p := range [][2]int64{{1, 2}, {2, 1}, {1, 3}, {3, 4}, {4, 3}, {5, 1}, {5, 4}, {2, 7}, {1, 2}} {
		n.Ties = append(n.Ties, graph.Tie{Giver: p[0], Receiver: p[1], Wave: 1, Weight: 1})
	}
	n.Contacts = []graph.Contact{{A: 3, B: 6, Wave: 1}, {A: 1, B: 2, Wave: 1}, {A: 3, B: 6, Wave: 1}}
	classes := []string{"exchanges", "exchanges", "exchanges", "exchanges", "only_gives", "isolated", "only_asks"}
	return n, classes
}

func handMap() Map {
	n, classes := handNetwork()
	m := NetworkMap(n, classes)
	m.Title = n.Name
	m.Subtitle = "all waves · 7 people"
	m.Legend = []LegendItem{{"exchanges", "exchanges", 4}, {"only_gives", "only gives", 1}, {"only_asks", "only asks", 1}, {"isolated", "isolated", 1}}
	return m
}

func TestNetworkMapEdges(t *testing.T) {
	m := handMap()
	want := []Edge{
		{0, 1, Mutual}, {0, 2, OneWay}, {1, 6, OneWay}, {2, 3, Mutual}, {2, 5, Contact}, {4, 0, OneWay}, {4, 3, OneWay},
	}
	if len(m.Edges) != len(want) {
		t.Fatalf("edges %v, want %v", m.Edges, want)
	}
	for i := range want {
		if m.Edges[i] != want[i] {
			t.Errorf("edge %d = %v, want %v", i, m.Edges[i], want[i])
		}
	}
}

func TestDOTGolden(t *testing.T) {
	golden(t, "hand.dot", DOT(handMap()))
}

func TestSVGGolden(t *testing.T) {
	m := handMap()
	svg, err := SVG(context.Background(), DOT(m), AutoLayout(len(m.Nodes)))
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, svg)
	for _, name := range []string{"Ann Peeters", "Gert Jürgens", "Hand &amp; checked", "only gives (1)"} {
		if !bytes.Contains(svg, []byte(name)) {
			t.Errorf("SVG lacks %q", name)
		}
	}
	golden(t, "hand.svg", svg)
}

func wellFormed(t *testing.T, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
}

// Names are data: whatever they hold, the DOT has one node statement per
// person and the SVG stays well-formed and shows the name.
func TestHostileNames(t *testing.T) {
	names := []string{
		`Ann "the boss" Peeters`, `back\slash\n\N\G`, `<b>bold</b> & co`, `{a|b} [c]`, "two\nlines",
		"rtl \u202eevil\u202c mark \u200f", `"]; p0 -> p1 [color=red`, "x\x00y\x1bz", "\xff\xfe broken",
	}
	n := &graph.Network{Name: `Net "<&>"`}
	classes := make([]string, len(names))
	for i, name := range names {
		n.People = append(n.People, graph.Person{ID: int64(i + 1), Name: name})
		classes[i] = "isolated"
	}
	m := NetworkMap(n, classes)
	m.Title = n.Name
	m.Legend = []LegendItem{{"isolated", `iso<lated> & "x"`, len(names)}}
	dot := DOT(m)
	if c := bytes.Count(dot, []byte("\n\tp")); c != len(names) {
		t.Errorf("%d node statements, want %d:\n%s", c, len(names), dot)
	}
	if bytes.Contains(dot, []byte("->")) && !bytes.Contains(dot, []byte(`\"]; p0 -> p1 [color=red`)) {
		t.Errorf("an edge appeared from a name:\n%s", dot)
	}
	svg, err := SVG(context.Background(), dot, "neato")
	if err != nil {
		t.Fatalf("graphviz refused the DOT: %v\n%s", err, dot)
	}
	wellFormed(t, svg)
	for _, want := range []string{"Ann &quot;the boss&quot; Peeters", `back\slash\n\N\G`, "&lt;b&gt;bold&lt;/b&gt; &amp; co"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}
