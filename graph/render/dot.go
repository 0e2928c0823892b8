package render

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode"
)

// AutoLayout picks the layout engine for a map of n people so that it
// finishes quickly and reads well (measured with go-graphviz; see the README's
// performance section): neato, a spring model, for small maps; sfdp, a
// multiscale one, for large ones; fdp when people are grouped in clusters,
// which neato and sfdp cannot draw.
func AutoLayout(n int, group bool) string {
	switch {
	case group && n <= 400:
		return "fdp"
	case n <= smallMap:
		return "neato"
	}
	return "sfdp"
}

// smallMap is the most people for which maps remove node overlaps and draw
// curved ties; above it both cost too much time in go-graphviz.
const smallMap = 150

// DOT writes the map in the DOT language. Node IDs are synthetic (p0, p1, ...);
// names appear only in escaped labels, so no name can change the graph's
// structure.
func DOT(m Map) []byte { return writeDOT(m, dotOptions{}) }

// dotOptions say what a DOT is for.
type dotOptions struct {
	// json: for a json layout (which PNG and PDF are drawn from), dashed
	// lines are marked with the kring_dash attribute instead of
	// style=dashed, because go-graphviz's json and xdot writers emit
	// garbage after a dashed style.
	json bool
	// switched: the legend shows m.InitialsNote.
	switched bool
	// sketch: a first layout, for the positions of the boxes only: no
	// legend, boxes may overlap, straight lines (see place).
	sketch bool
	// pos: every box is pinned at its centre here (points), and neato
	// only routes the lines (see place).
	pos [][2]float64
	// wrap: the width the legend is wrapped to; 0 guesses it.
	wrap float64
}

// writeDOT writes the DOT of m.
//
// Every labelled box is given the width of its label in Liberation Sans (see
// boxWidth), and the font is Helvetica, whose widths graphviz knows (with a
// list of fonts it guesses from Times, about a tenth narrower), so that
// graphviz lays out boxes and a legend that hold their text in every format.
func writeDOT(m Map, o dotOptions) []byte {
	layout := m.Layout
	if layout == "" {
		layout = AutoLayout(len(m.Nodes), m.Group)
	}
	if o.pos != nil {
		layout = "neato"
	}
	small := len(m.Nodes) <= smallMap
	var b bytes.Buffer
	b.WriteString("digraph kring {\n")
	fmt.Fprintf(&b, "\tgraph [layout=%s, outputorder=edgesfirst, pad=0.4, bgcolor=\"#FFFFFF\", fontname=%q,\n", layout, fontName)
	switch {
	case o.pos != nil:
		fmt.Fprintf(&b, "\t\tinputscale=72, overlap=true, splines=%t, sep=\"+6\",\n", small)
	case small && !o.sketch:
		b.WriteString("\t\toverlap=false, splines=true, sep=\"+10\", pack=true,\n")
	case small:
		b.WriteString("\t\toverlap=true, splines=false, pack=true,\n")
	default:
		// Packing components one by one (packmode node) takes graphviz
		// seconds per hundred isolated people; a grid of components is
		// instant and shows the largest first.
		b.WriteString("\t\toverlap=true, splines=false, pack=true, packmode=\"array\",\n")
	}
	labels := nodeLabels(m)
	widths := boxWidths(m, labels)
	wrap := o.wrap
	if wrap == 0 {
		// The legend is wrapped before graphviz tells the width of the map.
		wrap = max(8*72, widthGuess(m, widths))
	}
	if lines := legendLines(m, wrap, o.switched); len(lines) > 0 && !o.sketch {
		fmt.Fprintf(&b, "\t\tlabelloc=t, labeljust=l, label=<%s>];\n", legendHTML(lines))
	} else {
		b.WriteString("\t\tlabelloc=t, labeljust=l];\n")
	}
	fmt.Fprintf(&b, "\tnode [shape=box, style=\"rounded,filled\", fontname=%q, fontsize=12, color=%q, penwidth=1, margin=\"%g,%g\"];\n", fontName, colorBorder, boxMarginX, boxMarginY)
	fmt.Fprintf(&b, "\tedge [color=%q, arrowsize=0.7, penwidth=1.2];\n", colorOneWay)
	writeNode := func(i int, indent string) {
		n := m.Nodes[i]
		fmt.Fprintf(&b, "%sp%d [", indent, i)
		switch {
		case m.Labels == NoLabels:
			d := 0.22 + 0.3*n.Size
			fmt.Fprintf(&b, "label=\"\", shape=circle, fixedsize=true, width=%.2f, height=%.2f", d, d)
		case n.Note != "":
			fmt.Fprintf(&b, "label=<%s<BR/><FONT POINT-SIZE=\"%d\">%s</FONT>>", html(labels[i]), noteSize, html(n.Note))
		default:
			fmt.Fprintf(&b, "label=%s", quote(labels[i]))
		}
		if m.Labels != NoLabels {
			if n.Size > 0 {
				fmt.Fprintf(&b, ", fontsize=%.1f", nodeFontSize(n))
			}
			fmt.Fprintf(&b, ", width=%.2f", widths[i])
		}
		fmt.Fprintf(&b, ", fillcolor=%q", n.Color)
		if i < len(o.pos) {
			fmt.Fprintf(&b, ", pos=\"%.2f,%.2f!\"", o.pos[i][0], o.pos[i][1])
		}
		if n.Outline {
			b.WriteString(", penwidth=3.5, color=\"#000000\"")
		}
		if n.Focus { // square corners: graphviz draws no double border on rounded boxes
			b.WriteString(", style=filled, peripheries=2, penwidth=1.5, color=\"#000000\"")
		}
		b.WriteString("];\n")
	}
	if m.Group {
		var groups []string
		members := map[string][]int{}
		for i, n := range m.Nodes {
			if n.Group == "" {
				continue
			}
			if _, ok := members[n.Group]; !ok {
				groups = append(groups, n.Group)
			}
			members[n.Group] = append(members[n.Group], i)
		}
		for gi, g := range groups {
			fmt.Fprintf(&b, "\tsubgraph cluster_%d {\n\t\tlabel=%s; style=\"rounded,filled\"; fillcolor=\"#F4F4F4\"; color=\"#BBBBBB\"; fontsize=13;\n", gi, quote(g))
			for _, i := range members[g] {
				writeNode(i, "\t\t")
			}
			b.WriteString("\t}\n")
		}
		for i, n := range m.Nodes {
			if n.Group == "" {
				writeNode(i, "\t")
			}
		}
	} else {
		for i := range m.Nodes {
			writeNode(i, "\t")
		}
	}
	dash := "style=dashed"
	if o.json {
		dash = "kring_dash=1"
	}
	for _, e := range m.Edges {
		fmt.Fprintf(&b, "\tp%d -> p%d [class=%q", e.From, e.To, e.Kind.class())
		switch e.Kind {
		case Mutual:
			fmt.Fprintf(&b, ", dir=both, color=%q, penwidth=2.6", colorMutual)
		case Contact:
			fmt.Fprintf(&b, ", dir=none, %s, color=%q, penwidth=1", dash, colorContact)
		case New:
			fmt.Fprintf(&b, ", color=%q, penwidth=2.4", colorNew)
		case Lost:
			fmt.Fprintf(&b, ", %s, color=%q, penwidth=2", dash, colorLost)
		case Kept:
			fmt.Fprintf(&b, ", color=%q, penwidth=1.2", colorKept)
		}
		b.WriteString("];\n")
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// quote makes s a DOT quoted string that graphviz shows as written: backslashes
// and quotes are escaped (so \n, \N, \G and friends stay literal) and control
// characters, which graphviz and XML cannot carry, become spaces.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range clean(s) {
		switch r {
		case '\\', '"':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	b.WriteByte('"')
	return b.String()
}

// clean replaces control characters (including newlines), bidirectional
// formatting characters and invalid UTF-8 with spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == unicode.ReplacementChar || unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, " "))
}

// html escapes s for a graphviz HTML-like label.
func html(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;").Replace(clean(s))
}

// legendHTML is the title, subtitle, colour legend and key, laid out in
// lines by legendLines: a table of one column, each row a line, each line a
// table of one cell per piece of text. Every cell is given the width of its
// text in Liberation Sans, so that no piece overlaps the next when graphviz
// guesses a width smaller than the real one (as it does for ■, → and most
// letters with accents).
func legendHTML(lines []line) string {
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="3">`)
	for _, l := range lines {
		// A fixed size, else graphviz spreads the cells over the width of
		// the widest line.
		width, height := 0, 0.0
		for i, p := range l {
			width += p.cell(i == len(l)-1)
			height = max(height, p.size*1.2)
		}
		fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT"><TABLE FIXEDSIZE="TRUE" WIDTH="%d" HEIGHT="%d" ALIGN="LEFT" BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>`,
			width, int(math.Ceil(height)))
		for i, p := range l {
			fmt.Fprintf(&b, `<TD ALIGN="LEFT" WIDTH="%d"><FONT POINT-SIZE="%g"`, p.cell(i == len(l)-1), p.size)
			if p.color != "" {
				fmt.Fprintf(&b, ` COLOR="%s"`, p.color)
			}
			b.WriteString(">")
			if p.bold {
				fmt.Fprintf(&b, "<B>%s</B>", html(p.text))
			} else {
				b.WriteString(html(p.text))
			}
			b.WriteString("</FONT></TD>")
		}
		b.WriteString(`</TR></TABLE></TD></TR>`)
	}
	b.WriteString("</TABLE>")
	return b.String()
}

// pale reports colours too light to show as a swatch on white.
func pale(c string) bool {
	v := parseColor(c)
	return v.A != 0 && int(v.R)+int(v.G)+int(v.B) > 3*215
}
