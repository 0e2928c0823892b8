package exchange

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render"
)

// sample has awkward names, a fractional weight, topics, reporters (one tie
// confirmed) and a contact.
func sample() *graph.Network {
	return &graph.Network{
		Name: `Netwerk "HR" & <zorg>`,
		People: []graph.Person{
			{ID: 1, Name: `Anaïs "A" Dubois`, Org: "Hogeschool & co", Offers: []string{"onboarding", "coaching"}},
			{ID: 2, Name: `Jürgen Van der Hagen\`, Function: "verpleegkundige"},
			{ID: 3, Name: "<Carla>"},
		},
		Waves: []graph.Wave{{ID: 7, Name: "Meeting 1", Date: "2026-02-05", Seq: 1}, {ID: 8, Name: "Meeting 2", Seq: 2}},
		Ties: []graph.Tie{
			{Giver: 1, Receiver: 2, Wave: 7, Weight: 2.5, Topics: []string{"loonbeleid", "rooster"}, Reporters: []int64{1, 2}},
			{Giver: 2, Receiver: 3, Wave: 8, Weight: 1, Reporters: []int64{3}},
		},
		Contacts: []graph.Contact{{A: 1, B: 3, Wave: 8, Reporters: []int64{1}}},
	}
}

func wellFormed(t *testing.T, what string, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		if _, err := d.Token(); err == io.EOF {
			return
		} else if err != nil {
			t.Fatalf("%s is not well-formed XML: %v\n%s", what, err, b)
		}
	}
}

func TestGraphMLRoundTrips(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGraphML(&b, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, "GraphML", b.Bytes())
	f, problems, err := ReadGraphML(bytes.NewReader(b.Bytes()), "x.graphml")
	if err != nil || len(problems) > 0 {
		t.Fatalf("%v %v", err, problems)
	}
	if f.Network != `Netwerk "HR" & <zorg>` || len(f.People) != 3 || f.People[0].Name != `Anaïs "A" Dubois` || f.People[0].Org != "Hogeschool & co" ||
		!slices.Equal(f.People[0].Offers, []string{"onboarding", "coaching"}) || f.People[1].Name != `Jürgen Van der Hagen\` || f.People[1].Function != "verpleegkundige" {
		t.Errorf("people %+v", f.People)
	}
	if len(f.Waves) != 2 || f.Waves[0].Name != "Meeting 1" || f.Waves[0].Date != "2026-02-05" || f.Waves[1].Name != "Meeting 2" {
		t.Errorf("waves %+v", f.Waves)
	}
	if len(f.Ties) != 2 || f.Ties[0].Giver != `Anaïs "A" Dubois` || f.Ties[0].Weight != 2.5 || !slices.Equal(f.Ties[0].Topics, []string{"loonbeleid", "rooster"}) ||
		!slices.Equal(f.Ties[0].Reporters, []string{`Anaïs "A" Dubois`, `Jürgen Van der Hagen\`}) || f.Ties[1].Receiver != "<Carla>" || f.Ties[1].Wave != "Meeting 2" {
		t.Errorf("ties %+v", f.Ties)
	}
	if len(f.Contacts) != 1 || f.Contacts[0].A != `Anaïs "A" Dubois` || f.Contacts[0].B != "<Carla>" {
		t.Errorf("contacts %+v", f.Contacts)
	}
}

func TestReadGraphMLFromNetworkx(t *testing.T) {
	open := func(name string) *os.File {
		f, err := os.Open(filepath.Join("..", "..", "testdata", "exchange", name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	f, problems, err := ReadGraphML(open("networkx.graphml"), "networkx.graphml")
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	if len(f.People) != 3 || f.People[2].Name != `Carla "CJ" <De Smet>` || f.People[2].Org != "Zorg & Welzijn" {
		t.Errorf("people %+v", f.People)
	}
	if len(f.Ties) != 3 || f.Ties[0].Weight != 2.5 || f.Ties[0].Wave != "Meeting 1" || f.Ties[1].Topics[0] != "loonbeleid" || f.Ties[2].Wave != "" {
		t.Errorf("ties %+v", f.Ties)
	}
	u, _, err := ReadGraphML(open("undirected.graphml"), "undirected.graphml")
	if err != nil || len(u.People) != 3 || u.People[0].Name != "Ann" || len(u.Contacts) != 2 || len(u.Ties) != 0 {
		t.Errorf("undirected: %v %+v", err, u)
	}
}

func TestReadGraphMLProblems(t *testing.T) {
	_, problems, err := ReadGraphML(strings.NewReader(`<graphml><graph edgedefault="directed"><node id="a"/><edge source="a" target="zz"/>
		<edge source="a" target="a"><data key="weight">-1</data></edge></graph></graphml>`), "bad.graphml")
	if err != nil || len(problems) != 2 || problems[0].Where != "edge 1" || !strings.Contains(problems[0].Err.Error(), `no such node`) ||
		!strings.Contains(problems[1].Err.Error(), `weight "-1" is not a positive number`) {
		t.Errorf("%v %+v", err, problems)
	}
	if _, _, err := ReadGraphML(strings.NewReader("giver,receiver\n"), "ties.csv"); err == nil || !strings.Contains(err.Error(), "ties.csv is not a GraphML file") {
		t.Errorf("not GraphML: %v", err)
	}
}

func TestGEXFAndDOT(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGEXF(&b, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	wellFormed(t, "GEXF", b.Bytes())
	for _, want := range []string{`<node id="p1" label="Anaïs &#34;A&#34; Dubois">`, `<edge id="h1-2" source="p1" target="p2" type="directed" weight="2.5">`,
		`<edge id="c1-3" source="p1" target="p3" type="undirected" weight="1">`, `<spell start="1" end="1"></spell>`,
		`<attvalue for="kind" value="contact"></attvalue>`, `<attvalue for="confirmed" value="true" start="1" end="1"></attvalue>`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("GEXF lacks %s", want)
		}
	}
	b.Reset()
	if err := WriteDOT(&b, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`p1 [label="Anaïs \"A\" Dubois", org="Hogeschool & co", offers="onboarding; coaching"];`,
		`p2 [label="Jürgen Van der Hagen\\", function="verpleegkundige"];`,
		`p1 -> p2 [kind=help, wave="Meeting 1", weight=3, kring_weight=2.5, date="2026-02-05", topic="loonbeleid; rooster"`,
		`p1 -> p3 [kind=contact, wave="Meeting 2", weight=1, dir=none, style=dashed`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("DOT lacks %s\n%s", want, b.String())
		}
	}
	// Graphviz lays it out with dot (which takes whole weights only), with
	// every node and edge.
	svg, err := render.SVG(context.Background(), b.Bytes(), "dot")
	if err != nil {
		t.Fatalf("graphviz cannot draw the DOT: %v", err)
	}
	if nodes, edges := strings.Count(string(svg), `class="node"`), strings.Count(string(svg), `class="edge"`); nodes != 3 || edges != 3 {
		t.Errorf("graphviz draws %d nodes, %d edges", nodes, edges)
	}
}

// Issue 11: a GraphML file with two graphs was imported as its first graph.
func TestReadGraphMLRefusesSeveralGraphs(t *testing.T) {
	two := `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
	<graph id="a" edgedefault="directed"><node id="n1"/><node id="n2"/><edge source="n1" target="n2"/></graph>
	<graph id="b" edgedefault="directed"><node id="n3"/></graph></graphml>`
	_, _, err := ReadGraphML(strings.NewReader(two), "two.graphml")
	if err == nil || graph.ErrorCode(err) != graph.EINVALID {
		t.Fatalf("two graphs: %v", err)
	}
	if !strings.Contains(err.Error(), "2 graphs") {
		t.Errorf("the message should say how many graphs there are: %v", err)
	}
}

func TestReadGraphMLRefusesTwoDocuments(t *testing.T) {
	doc := `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="n1"/></graph></graphml>`
	if _, _, err := ReadGraphML(strings.NewReader(doc+"\n"+doc), "twice.graphml"); err == nil || graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("two documents: %v", err)
	}
	if _, _, err := ReadGraphML(strings.NewReader(doc+"\n<!-- end -->\n"), "one.graphml"); err != nil {
		t.Errorf("one document and a comment: %v", err)
	}
}

// Issue 15: a name with a comma became two people after a GraphML round
// trip, and the tie lost its confirmation; aliases were lost; node ids were
// positions in name order.
func TestGraphMLKeepsListsAliasesAndIDs(t *testing.T) {
	n := &graph.Network{
		Name:   "N",
		People: []graph.Person{{ID: 40, Name: "Ann", Offers: []string{"a, b", `say "hi"`, "c;d"}}, {ID: 7, Name: "Zoë O'Brien, jr."}},
		Waves:  []graph.Wave{{ID: 1, Name: "W1", Date: "2026-02-05", Seq: 1}, {ID: 2, Name: "W2 (no ties)", Seq: 2}},
		Ties:   []graph.Tie{{Giver: 40, Receiver: 7, Wave: 1, Weight: 1, Topics: []string{"x, y"}, Reporters: []int64{40, 7}}},
	}
	var b bytes.Buffer
	if err := WriteGraphML(&b, n, Options{Aliases: map[int64][]string{7: {"Zoe OBrien", "Z. O'Brien, jr"}}}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<node id="p40">`, `<node id="p7">`, `<edge source="p40" target="p7">`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("GraphML lacks %s", want)
		}
	}
	f, problems, err := ReadGraphML(&b, "n.graphml")
	if err != nil || len(problems) > 0 {
		t.Fatal(err, problems)
	}
	if len(f.People) != 2 || f.People[1].Name != "Zoë O'Brien, jr." || !slices.Equal(f.People[0].Offers, []string{"a, b", `say "hi"`, "c;d"}) ||
		!slices.Equal(f.People[1].Aliases, []string{"Zoe OBrien", "Z. O'Brien, jr"}) {
		t.Errorf("people %+v", f.People)
	}
	if len(f.Ties) != 1 || !slices.Equal(f.Ties[0].Reporters, []string{"Ann", "Zoë O'Brien, jr."}) || !slices.Equal(f.Ties[0].Topics, []string{"x, y"}) {
		t.Errorf("ties %+v", f.Ties)
	}
	if len(f.Waves) != 2 || f.Waves[1].Name != "W2 (no ties)" || f.Waves[0].Date != "2026-02-05" {
		t.Errorf("waves %+v", f.Waves)
	}
}
