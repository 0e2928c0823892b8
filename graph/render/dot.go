package render

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// AutoLayout picks the layout engine for a map of n people: neato (spring
// model) while it stays fast, sfdp (multiscale) above that.
func AutoLayout(n int) string {
	if n <= 300 {
		return "neato"
	}
	return "sfdp"
}

// DOT writes the map in the DOT language. Node IDs are synthetic (p0, p1, ...);
// names appear only in escaped labels, so no name can change the graph's
// structure.
func DOT(m Map) []byte {
	layout := m.Layout
	if layout == "" {
		layout = AutoLayout(len(m.Nodes))
	}
	var b bytes.Buffer
	b.WriteString("digraph kring {\n")
	fmt.Fprintf(&b, "\tgraph [layout=%s, overlap=false, splines=true, sep=\"+10\", outputorder=edgesfirst, pad=0.4, bgcolor=white,\n", layout)
	fmt.Fprintf(&b, "\t\tfontname=%q, labelloc=t, labeljust=l,\n", fontName)
	fmt.Fprintf(&b, "\t\tlabel=<%s>];\n", legendHTML(m))
	fmt.Fprintf(&b, "\tnode [shape=box, style=\"rounded,filled\", fontname=%q, fontsize=12, color=%q, penwidth=1, margin=\"0.12,0.06\"];\n", fontName, colorBorder)
	fmt.Fprintf(&b, "\tedge [color=%q, arrowsize=0.7, penwidth=1.2];\n", colorOneWay)
	for i, n := range m.Nodes {
		fill := Palette[n.Class]
		if fill == "" {
			fill = "white"
		}
		fmt.Fprintf(&b, "\tp%d [label=%s, fillcolor=%q", i, quote(n.Label), fill)
		if n.Class == "isolated" {
			b.WriteString(", style=\"rounded,filled,dashed\"")
		}
		b.WriteString("];\n")
	}
	for _, e := range m.Edges {
		fmt.Fprintf(&b, "\tp%d -> p%d", e.From, e.To)
		switch e.Kind {
		case Mutual:
			fmt.Fprintf(&b, " [dir=both, color=%q, penwidth=2.6]", colorMutual)
		case Contact:
			fmt.Fprintf(&b, " [dir=none, style=dashed, color=%q, penwidth=1]", colorContact)
		}
		b.WriteString(";\n")
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

// clean replaces control characters (including newlines) and invalid UTF-8
// with spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == unicode.ReplacementChar || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, " "))
}

// html escapes s for a graphviz HTML-like label.
func html(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;").Replace(clean(s))
}

// legendHTML is the title, subtitle and legend as one HTML-like table.
func legendHTML(m Map) string {
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">`)
	if m.Title != "" {
		fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT" COLSPAN="8"><FONT POINT-SIZE="20"><B>%s</B></FONT></TD></TR>`, html(m.Title))
	}
	if m.Subtitle != "" {
		fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT" COLSPAN="8"><FONT POINT-SIZE="12" COLOR="#444444">%s</FONT></TD></TR>`, html(m.Subtitle))
	}
	if len(m.Legend) > 0 {
		b.WriteString("<TR>")
		for _, l := range m.Legend {
			style := ""
			if l.Class == "isolated" {
				style = ` STYLE="DASHED"`
			}
			fmt.Fprintf(&b, `<TD BGCOLOR="%s" BORDER="1" COLOR="%s"%s WIDTH="18" HEIGHT="14"> </TD><TD ALIGN="LEFT"><FONT POINT-SIZE="12">%s (%d)  </FONT></TD>`,
				Palette[l.Class], colorBorder, style, html(l.Label), l.Count)
		}
		b.WriteString("</TR>")
		fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT" COLSPAN="8"><FONT POINT-SIZE="11" COLOR="#444444">`+
			`A → B: A helped B     ⟷ thick: help both ways     - - - dashed: contact, no help recorded</FONT></TD></TR>`)
	}
	b.WriteString("</TABLE>")
	return b.String()
}
