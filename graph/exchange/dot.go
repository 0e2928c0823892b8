package exchange

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/kring-nl/kring/graph"
)

// dotString quotes s as a DOT string: backslashes and quotes escaped, line
// breaks as \n, other control characters dropped.
func dotString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// WriteDOT writes n as a plain Graphviz digraph: nodes named after the
// people's IDs (p12), labelled with the names, help ties as edges giver -> receiver, contacts as edges
// without arrows (dir=none, style=dashed), with kring's attributes. For a
// drawn map use kring map -o FILE.dot.
func WriteDOT(w io.Writer, n *graph.Network, opts Options) error {
	f := flatten(n, opts)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "digraph kring {\n\tgraph [label=%s];\n", dotString(f.name))
	for _, nd := range f.nodes {
		p := nd.person
		fmt.Fprintf(bw, "\t%s [label=%s", nd.id, dotString(p.Name))
		for _, kv := range [][2]string{{"org", p.Org}, {"function", p.Function}, {"offers", join(p.Offers)}, {"needs", join(p.Needs)}, {"aliases", join(nd.aliases)}} {
			if kv[1] != "" {
				fmt.Fprintf(bw, ", %s=%s", kv[0], dotString(kv[1]))
			}
		}
		bw.WriteString("];\n")
	}
	for _, e := range f.edges {
		// Graphviz's dot layout takes whole weights only: a fractional
		// weight is rounded there and kept exactly in kring_weight.
		fmt.Fprintf(bw, "\t%s -> %s [kind=%s, wave=%s, weight=%d", f.nodes[e.source].id, f.nodes[e.target].id, e.kind(), dotString(e.wave), int(math.Round(e.weight)))
		if e.weight != math.Round(e.weight) {
			fmt.Fprintf(bw, ", kring_weight=%s", weight(e.weight))
		}
		if e.contact {
			bw.WriteString(", dir=none, style=dashed")
		}
		for _, kv := range [][2]string{{"date", e.date}, {"topic", join(e.topics)}, {"reporters", join(e.reporters)}} {
			if kv[1] != "" {
				fmt.Fprintf(bw, ", %s=%s", kv[0], dotString(kv[1]))
			}
		}
		fmt.Fprintf(bw, ", confirmed=%t];\n", e.confirmed)
	}
	bw.WriteString("}\n")
	return bw.Flush()
}
