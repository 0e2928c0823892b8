package exchange

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/jsonio"
)

// dated is a network with dated waves, a wave without ties, a tie in two
// waves, a contact in two waves, and names no format should break.
func dated() *graph.Network {
	return &graph.Network{
		Name: "Lerend netwerk",
		People: []graph.Person{
			{ID: 3, Name: "Zoë O'Brien, jr.", Org: "Zorg", Offers: []string{"a; b", "c"}},
			{ID: 5, Name: "Ann Peeters", Org: "Gemeente"},
			{ID: 9, Name: "Jürgen Van der Hagen"},
			{ID: 12, Name: "Fien (no ties)"},
		},
		Waves: []graph.Wave{{ID: 1, Name: "B1", Date: "2026-02-05", Seq: 1}, {ID: 2, Name: "B2", Date: "2026-03-12", Seq: 2}, {ID: 3, Name: "B3", Date: "2026-04-20", Seq: 3}},
		Ties: []graph.Tie{
			{Giver: 3, Receiver: 5, Wave: 1, Weight: 2, Topics: []string{"rooster, nacht"}, Reporters: []int64{3, 5}},
			{Giver: 3, Receiver: 5, Wave: 2, Weight: 1, Reporters: []int64{5}},
			{Giver: 9, Receiver: 3, Wave: 2, Weight: 0.5},
		},
		Contacts: []graph.Contact{{A: 5, B: 9, Wave: 1, Reporters: []int64{9}}, {A: 5, B: 9, Wave: 3}},
	}
}

func tieStrings(f jsonio.File) []string {
	var out []string
	for _, t := range f.Ties {
		w := t.Weight
		if w == 0 {
			w = 1
		}
		out = append(out, t.Giver+">"+t.Receiver+"@"+t.Wave+" "+weight(w)+" "+strings.Join(t.Topics, "|")+" by "+strings.Join(t.Reporters, "|"))
	}
	for _, c := range f.Contacts {
		out = append(out, c.A+"~"+c.B+"@"+c.Wave+" by "+strings.Join(c.Reporters, "|"))
	}
	slices.Sort(out)
	return out
}

func TestGEXFRoundTrips(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGEXF(&b, dated(), Options{Aliases: map[int64][]string{5: {"A. Peeters"}},
		Figures: map[int64]Figures{5: {Role: "only_asks", Community: 1, Betweenness: 0.5}}}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`mode="dynamic" timeformat="date"`, `<spell start="2026-02-05" end="2026-03-11"></spell>`,
		`<spell start="2026-03-12" end="2026-04-19"></spell>`, `<spell start="2026-04-20" end="2026-04-20"></spell>`,
		`<edge id="c5-9" source="p5" target="p9" type="undirected" weight="1">`, `<attvalue for="role" value="only_asks"></attvalue>`,
		`<viz:color r="136" g="204" b="238"></viz:color>`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("GEXF lacks %s", want)
		}
	}
	f, problems, err := ReadGEXF(bytes.NewReader(b.Bytes()), "n.gexf")
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	want := []string{
		"Ann Peeters~Jürgen Van der Hagen@B1 by Jürgen Van der Hagen",
		"Ann Peeters~Jürgen Van der Hagen@B3 by ",
		"Jürgen Van der Hagen>Zoë O'Brien, jr.@B2 0.5  by ",
		"Zoë O'Brien, jr.>Ann Peeters@B1 2 rooster, nacht by Zoë O'Brien, jr.|Ann Peeters",
		"Zoë O'Brien, jr.>Ann Peeters@B2 1  by Ann Peeters",
	}
	if got := tieStrings(f); !slices.Equal(got, want) {
		t.Errorf("ties\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(f.Waves) != 3 || f.Waves[0] != (jsonio.Wave{Name: "B1", Date: "2026-02-05"}) || f.Waves[2] != (jsonio.Wave{Name: "B3", Date: "2026-04-20"}) {
		t.Errorf("waves %+v", f.Waves)
	}
	if len(f.People) != 4 || f.Network != "Lerend netwerk" || !slices.Equal(f.People[0].Offers, []string{"a; b", "c"}) ||
		f.People[1].Org != "Gemeente" || !slices.Equal(f.People[1].Aliases, []string{"A. Peeters"}) {
		t.Errorf("people %+v", f.People)
	}
}

// gexfSchema finds the GEXF 1.3 schema: $KRING_GEXF_SCHEMA, else
// shared/gexf/1.3 beside the repository (see testdata/gexf/README.md).
func gexfSchema(t *testing.T) (xmllint, dir string) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("xmllint is missing: install libxml2-utils")
		}
		t.Skip("xmllint is missing (Debian: apt-get install libxml2-utils)")
	}
	dir = os.Getenv("KRING_GEXF_SCHEMA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "gexf", "1.3")
	}
	for _, f := range []string{"gexf.xsd", "dynamics.xsd", "viz.xsd", "gexf.rng", "dynamics.rng", "viz.rng"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Skipf("the GEXF 1.3 schema is not in %s (%v); see testdata/gexf/README.md", dir, err)
		}
	}
	return xmllint, dir
}

// Gephi-bound GEXF is valid GEXF 1.3: against the RELAX NG schema (the
// specification's source) as it is, and against the XSD without the viz
// elements, which the XSD puts in the wrong namespace.
func TestGEXFValidatesAgainstTheSchema(t *testing.T) {
	xmllint, dir := gexfSchema(t)
	var b bytes.Buffer
	if err := WriteGEXF(&b, dated(), Options{Figures: map[int64]Figures{3: {Role: "exchanges", Community: 2, Betweenness: 1.5, Broker: true}}}); err != nil {
		t.Fatal(err)
	}
	var s bytes.Buffer
	if err := WriteGEXF(&s, sample(), Options{}); err != nil { // waves without dates: integer times
		t.Fatal(err)
	}
	viz := regexp.MustCompile(`\s*<viz:color[^>]*></viz:color>`)
	for name, doc := range map[string][]byte{"dated": b.Bytes(), "undated": s.Bytes()} {
		path := filepath.Join(t.TempDir(), name+".gexf")
		os.WriteFile(path, doc, 0o600)
		if out, err := exec.Command(xmllint, "--noout", "--relaxng", filepath.Join(dir, "gexf.rng"), path).CombinedOutput(); err != nil {
			t.Errorf("%s: not valid against gexf.rng: %v\n%s", name, err, out)
		}
		plain := filepath.Join(t.TempDir(), name+"-noviz.gexf")
		os.WriteFile(plain, viz.ReplaceAll(doc, nil), 0o600)
		if out, err := exec.Command(xmllint, "--noout", "--schema", filepath.Join(dir, "gexf.xsd"), plain).CombinedOutput(); err != nil {
			t.Errorf("%s: not valid against gexf.xsd: %v\n%s", name, err, out)
		}
	}
}

func TestPajekAndDLRoundTrip(t *testing.T) {
	n := dated()
	n.People[0].Name = `Zoë "Z" O'Brien, jr.`
	var p bytes.Buffer
	if err := WritePajek(&p, n); err != nil {
		t.Fatal(err)
	}
	want := "*Vertices 4\r\n1 \"Zoë 'Z' O'Brien, jr.\"\r\n2 \"Ann Peeters\"\r\n3 \"Jürgen Van der Hagen\"\r\n4 \"Fien (no ties)\"\r\n" +
		"*Arcs\r\n1 2 2\r\n3 1 0.5\r\n*Edges\r\n2 3 1\r\n"
	if p.String() != want {
		t.Errorf("Pajek:\n%s\nwant:\n%s", p.String(), want)
	}
	f, problems, err := ReadPajek(&p, "n.net")
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	if got := tieStrings(f); !slices.Equal(got, []string{"Ann Peeters~Jürgen Van der Hagen@ by ", "Jürgen Van der Hagen>Zoë 'Z' O'Brien, jr.@ 0.5  by ",
		"Zoë 'Z' O'Brien, jr.>Ann Peeters@ 2  by "}) || len(f.People) != 4 || f.People[3].Name != "Fien (no ties)" {
		t.Errorf("Pajek read back: %q %+v", got, f.People)
	}
	var d bytes.Buffer
	if err := WriteDL(&d, n); err != nil {
		t.Fatal(err)
	}
	f, problems, err = ReadDL(&d, "n.dl")
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems, d.String())
	}
	if got := tieStrings(f); !slices.Equal(got, []string{"Jürgen Van der Hagen>Zoë 'Z' O'Brien, jr.@ 0.5  by ", "Zoë 'Z' O'Brien, jr.>Ann Peeters@ 2  by "}) || len(f.People) != 4 {
		t.Errorf("DL read back: %q %+v\n%s", got, f.People, d.String())
	}
}

func TestReadDLFormats(t *testing.T) {
	for name, c := range map[string]struct {
		text string
		want []string
	}{
		"fullmatrix": {"DL N=3\r\nFORMAT = FULLMATRIX DIAGONAL PRESENT\r\nLABELS:\r\nAnn,Bob,Carla\r\nDATA:\r\n0 1 0\r\n0 0 2\r\n1 0 0\r\n",
			[]string{"Ann>Bob@ 1  by ", "Bob>Carla@ 2  by ", "Carla>Ann@ 1  by "}},
		"wrapped rows": {"dl n=3\nlabels:\nAnn Bob Carla\ndata:\n0 1 0 0\n0 0 1 0 0\n", []string{"Ann>Bob@ 1  by ", "Carla>Ann@ 1  by "}},
		"embedded edgelist": {"dl n=3 format=edgelist1\nlabels embedded:\ndata:\nAnn Bob\n\"Carla De Smet\" Ann 2.5\n",
			[]string{"Ann>Bob@ 1  by ", "Carla De Smet>Ann@ 2.5  by "}},
		"embedded matrix": {"dl n=2\nformat = fullmatrix\nlabels embedded\ndata:\n   Ann Bob\nAnn 0 1\nBob 0 0\n", []string{"Ann>Bob@ 1  by "}},
		"nodelist":        {"dl n=3 format=nodelist1\nlabels:\nAnn,Bob,Carla\ndata:\n1 2 3\n3 1\n", []string{"Ann>Bob@ 1  by ", "Ann>Carla@ 1  by ", "Carla>Ann@ 1  by "}},
		"upperhalf":       {"dl n=3 format=upperhalf diagonal=absent\nlabels:\nAnn,Bob,Carla\ndata:\n1 0\n1\n", []string{"Ann~Bob@ by ", "Bob~Carla@ by "}},
		"two relations":   {"dl n=2 nm=2 format=edgelist1\nlabels:\nAnn,Bob\nmatrix labels:\nB1,B2\ndata:\n1 2\n!\n2 1\n", []string{"Ann>Bob@B1 1  by ", "Bob>Ann@B2 1  by "}},
	} {
		f, problems, err := ReadDL(strings.NewReader(c.text), "x.dl")
		if err != nil || len(problems) > 0 {
			t.Errorf("%s: %v %v", name, err, problems)
			continue
		}
		if got := tieStrings(f); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", name, got, c.want)
		}
	}
	if _, _, err := ReadDL(strings.NewReader("dl nr=2 nc=3\ndata:\n1 0 1\n0 1 1\n"), "x.dl"); err == nil || !strings.Contains(err.Error(), "two-mode") {
		t.Errorf("two-mode: %v", err)
	}
}

func TestReadPajekForms(t *testing.T) {
	text := "% made by hand\r\n*Network advice\r\n*Vertices 4\r\n 1 \"Ann Peeters\" 0.1 0.2 0.5 ic Red\r\n 2 Bob\r\n 3 \"Carla\"\r\n" +
		"*Arcs :1 \"Meeting 1\"\r\n 1 2 1\r\n*Arcs :2 \"Meeting 2\"\r\n 2 1\r\n*Edgeslist\r\n 3 1 2\r\n*Partition groups\r\n*Vertices 4\r\n1\r\n"
	f, problems, err := ReadPajek(strings.NewReader(text), "x.net")
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	want := []string{"Ann Peeters>Bob@Meeting 1 1  by ", "Bob>Ann Peeters@Meeting 2 1  by ", "Carla~Ann Peeters@ by ", "Carla~Bob@ by "}
	if got := tieStrings(f); !slices.Equal(got, want) || f.Network != "advice" || len(f.People) != 4 || f.People[3].Name != "4" {
		t.Errorf("ties %q, network %q, people %+v", got, f.Network, f.People)
	}
}

func TestDetect(t *testing.T) {
	for want, head := range map[Format]string{
		DB:        "SQLite format 3\x00...",
		GraphML:   "<?xml version=\"1.0\"?>\n<!-- yEd -->\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
		GEXF:      "\ufeff<?xml version='1.0' encoding='UTF-8'?><gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">",
		JSON:      "{\n  \"format\": \"kring-network\",\n  \"version\": 2, \"people\": [",
		Kumu:      `{"elements": [{"label": "Ann"}], "connections": [{"from": "Ann", "to": "Bob"}]}`,
		OtherJSON: `{"directed": true, "nodes": [{"id": 1}], "links": []}`,
		Pajek:     "% comment\n*Vertices 3\n1 \"Ann\"\n",
		DL:        "DL N = 5\nformat = edgelist1\n",
		GML:       "graph [\n  directed 1\n  node [ id 1 ]\n]",
		DOT:       "digraph kring {\n a -> b\n}",
		CSV:       "giver,receiver\nAnn,Bob\n",
		OtherXML:  "<?xml version=\"1.0\"?><network><node/></network>",
		PDF:       "%PDF-1.7",
		XLS:       "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
		Binary:    "\x00\x01\x02\x03",
	} {
		if got, _ := Detect([]byte(head), nil); got != want {
			t.Errorf("Detect(%.30q) = %s, want %s", head, got, want)
		}
	}
	for want, files := range map[Format][]string{
		XLSX:      {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"},
		ODS:       {"mimetype", "content.xml"},
		NetCanvas: {"networkCanvasExport/P014_9b2e_ego.csv", "networkCanvasExport/P014_9b2e_attributeList_Person.csv"},
		Zip:       {"notes.txt"},
	} {
		if got, _ := Detect([]byte("PK\x03\x04"), files); got != want {
			t.Errorf("Detect(zip %q) = %s, want %s", files, got, want)
		}
	}
}

func TestReadKumu(t *testing.T) {
	blueprint := `{"elements": [{"label": "Ann", "type": "Person", "organisation": "Gemeente"}, {"label": "Bob"}, {"label": "Carla"}],
	 "connections": [{"from": "Ann", "to": "Bob"}, {"from": "Bob", "to": "Carla", "type": "asked for help"},
	 {"from": "Carla", "to": "Ann", "direction": "undirected"}, {"from": "Ann", "to": "Carla", "direction": "mutual", "strength": 2}]}`
	f, problems, err := ReadKumu(strings.NewReader(blueprint), "map.json")
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	want := []string{"Ann>Bob@ 1  by ", "Ann>Carla@ 2  by ", "Carla>Ann@ 2  by ", "Carla>Bob@ 1  by ", "Carla~Ann@ by "}
	if got := tieStrings(f); !slices.Equal(got, want) || f.People[0].Org != "Gemeente" {
		t.Errorf("ties %q, people %+v", got, f.People)
	}
	export := `{"elements": [{"_id": "elem-1", "attributes": {"label": "Ann", "element type": "Person"}}, {"_id": "elem-2", "attributes": {"label": "Bob"}}],
	 "connections": [{"_id": "conn-1", "from": "elem-2", "to": "elem-1", "attributes": {"connection type": "helps", "connection direction": "directed"}}]}`
	f, problems, err = ReadKumu(strings.NewReader(export), "export.json")
	if err != nil || len(problems) > 0 || !slices.Equal(tieStrings(f), []string{"Bob>Ann@ 1  by "}) {
		t.Errorf("Kumu export: %v %v %q", err, problems, tieStrings(f))
	}
}
