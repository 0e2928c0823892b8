package render

import (
	"bytes"
	"fmt"
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
func DOT(m Map) []byte { return writeDOT(m, false) }

// writeDOT writes the DOT; for layout only (the json that PNG and PDF are
// drawn from), dashed lines are marked with the kring_dash attribute instead
// of style=dashed, because go-graphviz's json and xdot writers emit garbage
// after a dashed style.
func writeDOT(m Map, forLayout bool) []byte {
	layout := m.Layout
	if layout == "" {
		layout = AutoLayout(len(m.Nodes), m.Group)
	}
	small := len(m.Nodes) <= smallMap
	var b bytes.Buffer
	b.WriteString("digraph kring {\n")
	fmt.Fprintf(&b, "\tgraph [layout=%s, outputorder=edgesfirst, pad=0.4, bgcolor=\"#FFFFFF\", fontname=%q,\n", layout, fontName)
	switch {
	case small:
		b.WriteString("\t\toverlap=false, splines=true, sep=\"+10\", pack=true,\n")
	default:
		// Packing components one by one (packmode node) takes graphviz
		// seconds per hundred isolated people; a grid of components is
		// instant and shows the largest first.
		b.WriteString("\t\toverlap=true, splines=false, pack=true, packmode=\"array\",\n")
	}
	fmt.Fprintf(&b, "\t\tlabelloc=t, labeljust=l, label=<%s>];\n", legendHTML(m))
	fmt.Fprintf(&b, "\tnode [shape=box, style=\"rounded,filled\", fontname=%q, fontsize=12, color=%q, penwidth=1, margin=\"0.12,0.06\"];\n", fontName, colorBorder)
	fmt.Fprintf(&b, "\tedge [color=%q, arrowsize=0.7, penwidth=1.2];\n", colorOneWay)
	labels := make([]string, len(m.Nodes))
	for i, n := range m.Nodes {
		labels[i] = n.Label
	}
	if m.Labels == Initials {
		labels = initials(labels)
	}
	writeNode := func(i int, indent string) {
		n := m.Nodes[i]
		fmt.Fprintf(&b, "%sp%d [", indent, i)
		switch {
		case m.Labels == NoLabels:
			d := 0.22 + 0.3*n.Size
			fmt.Fprintf(&b, "label=\"\", shape=circle, fixedsize=true, width=%.2f, height=%.2f", d, d)
		case n.Note != "":
			fmt.Fprintf(&b, "label=<%s<BR/><FONT POINT-SIZE=\"%d\">%s</FONT>>", html(labels[i]), 9, html(n.Note))
		default:
			fmt.Fprintf(&b, "label=%s", quote(labels[i]))
		}
		if m.Labels != NoLabels && n.Size > 0 {
			fmt.Fprintf(&b, ", fontsize=%.1f", 11+8*n.Size)
		}
		fmt.Fprintf(&b, ", fillcolor=%q", n.Color)
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
	if forLayout {
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

// legendHTML is the title, subtitle, colour legend and key: a table of one
// column, each row a line of text, so that no row widens another's cells.
// Colours show as ■ in the colour (□ in dark grey for the palest, which sit on
// white).
func legendHTML(m Map) string {
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="3">`)
	row := func(inner string) { fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT" BALIGN="LEFT">%s</TD></TR>`, inner) }
	if m.Title != "" {
		row(fmt.Sprintf(`<FONT POINT-SIZE="20"><B>%s</B></FONT>`, html(m.Title)))
	}
	if m.Subtitle != "" {
		row(fmt.Sprintf(`<FONT POINT-SIZE="12" COLOR="#444444">%s</FONT>`, html(m.Subtitle)))
	}
	const gap = "\u00a0\u00a0\u00a0\u00a0"
	if len(m.Legend) > 0 {
		var r strings.Builder
		for _, l := range m.Legend {
			swatch, color := "■", l.Color
			if pale(l.Color) {
				swatch, color = "□", colorBorder
			}
			fmt.Fprintf(&r, `<FONT POINT-SIZE="16" COLOR="%s">%s</FONT><FONT POINT-SIZE="12">`+"\u00a0"+`%s%s</FONT>`, color, swatch, html(l.Label), gap)
		}
		row(r.String())
	}
	if len(m.Key) > 0 {
		var r strings.Builder
		for _, k := range m.Key {
			color := k.Color
			if color == "" {
				color = "#444444"
			}
			fmt.Fprintf(&r, `<FONT POINT-SIZE="11" COLOR="%s"><B>%s</B></FONT><FONT POINT-SIZE="11" COLOR="#444444">`+"\u00a0\u00a0"+`%s%s</FONT>`,
				color, html(k.Sample), html(k.Label), gap)
		}
		row(r.String())
	}
	b.WriteString("</TABLE>")
	return b.String()
}

// pale reports colours too light to show as a swatch on white.
func pale(c string) bool {
	v := parseColor(c)
	return v.A != 0 && int(v.R)+int(v.G)+int(v.B) > 3*215
}
