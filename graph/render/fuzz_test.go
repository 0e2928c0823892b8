package render

import (
	"context"
	"regexp"
	"testing"

	"github.com/kring-nl/kring/graph"
)

var (
	nodeLine = regexp.MustCompile(`(?m)^\t+p\d+ \[label=`)
	edgeLine = regexp.MustCompile(`(?m)^\tp\d+ -> p\d+ \[`)
)

// FuzzLabels: whatever names, organisations and network names hold, the DOT
// has exactly one node statement per person, graphviz accepts it, and the SVG
// is well-formed XML. The seeds run in every go test.
func FuzzLabels(f *testing.F) {
	for _, s := range []string{
		`Ann "the boss" Peeters`, `back\slash\n\N\G\L`, `<b>bold</b> & co`, `{a|b} [c] <d>`, "two\nlines\r\n",
		"rtl \u202eevil\u202c mark \u200f", `"]; p0 -> p1 [color=red`, "x\x00y\x1bz", "\xff\xfe broken", "]]></text><script>",
		"Jürgen Van der Hagen", "Anaïs", "'t Hart", "-- -> // /* */ #", "subgraph cluster_x { }", "&amp; &#39; &lt;",
	} {
		f.Add(s, "Org & <co>", "Net \"1\"")
	}
	f.Fuzz(func(t *testing.T, name, org, title string) {
		n := &graph.Network{Name: title}
		names := []string{name, name + " 2", "Bob"}
		for i, nm := range names {
			n.People = append(n.People, graph.Person{ID: int64(i + 1), Name: nm, Org: org})
		}
		n.Ties = []graph.Tie{{Giver: 1, Receiver: 2}, {Giver: 2, Receiver: 1}, {Giver: 3, Receiver: 1}}
		n.Contacts = []graph.Contact{{A: 2, B: 3}}
		look := Look{Color: []string{ColorExchanges, ColorOnlyAsks, ColorOnlyGives}, Group: []string{org, org, ""},
			Note: []string{"", "was: " + name, ""}, Focus: 1}
		m := NetworkMap(n, look)
		m.Title, m.Subtitle = title, name
		m.Legend = []LegendItem{{ColorExchanges, org}}
		m.Key = []KeyItem{{name, "#000000", org}}
		dot := DOT(m)
		// Labels cannot hold a line break, so statements are exactly the lines
		// that start like one.
		if c := len(nodeLine.FindAll(dot, -1)); c != len(names) {
			t.Fatalf("%d node statements for %d people:\n%s", c, len(names), dot)
		}
		if c := len(edgeLine.FindAll(dot, -1)); c != len(m.Edges) {
			t.Fatalf("%d edge statements for %d lines:\n%s", c, len(m.Edges), dot)
		}
		svg, err := SVG(context.Background(), dot, "fdp")
		if err != nil {
			t.Fatalf("graphviz refused the DOT: %v\n%s", err, dot)
		}
		wellFormed(t, svg)
	})
}
