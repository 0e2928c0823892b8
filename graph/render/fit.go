package render

import (
	"math"
	"strings"
	"unicode/utf8"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
)

// What makes a map fit its canvas: boxes sized from the width of their label
// in the font PNG and PDF are set in (Liberation Sans, metric-compatible with
// the Helvetica and Arial of SVG), a legend wrapped to the width of the map,
// a margin on every side, and names that stay legible.

const (
	// maxNamed is the most people a map shows by name; above it, a map
	// asked to show names shows initials.
	maxNamed = 150
	// readablePx and minNamePx: the smallest name must be at least 12 px
	// high (9 pt on a 96 px/inch screen) when the map is shown 1,600 px wide;
	// otherwise the map shows initials.
	readablePx = 1600
	minNamePx  = 12
	// boxMarginX and boxMarginY are the space between a label and its box's
	// border, in inches (graphviz's node margin).
	boxMarginX = 0.12
	boxMarginY = 0.06
	// noteSize is the font size of a node's second line.
	noteSize = 9
	// mapPad is the white margin around a map, in points (graphviz's pad,
	// 0.4 inch, which SVG gets from graphviz and PNG and PDF from Drawing).
	mapPad = 0.4 * 72
)

// textWidth is the width in points of s set in Liberation Sans at size: the
// widest of its width with kerning (as PNG sets it) and without (as PDF and
// graphviz do).
func textWidth(s string, size float64, bold bool) float64 {
	fc := face(textFace{size: size, bold: bold})
	return max(float64(fc.Width(s)), advance(fc, s))
}

// advance is the width of s in fc without kerning.
func advance(fc font.Face, s string) float64 {
	var buf sfnt.Buffer
	ppem := fixed.Int26_6(fc.Face.UnitsPerEm())
	w := 0
	for _, r := range s {
		g, err := fc.Face.GlyphIndex(&buf, r)
		if err != nil {
			continue
		}
		if a, err := fc.Face.GlyphAdvance(&buf, g, ppem, xfont.HintingNone); err == nil {
			w += int(a)
		}
	}
	return float64(w) * float64(fc.Font.Size) / float64(ppem)
}

// guessWidth is the width graphviz guesses for s: Helvetica's widths (the
// same as Liberation Sans's) for ASCII, and 0.278 em for each byte of any
// other letter's UTF-8 encoding, which is too little for wide letters (Ö, Æ,
// Ж) and too much for narrow ones (ı, ·).
func guessWidth(s string, size float64, bold bool) float64 {
	var ascii strings.Builder
	other := 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			ascii.WriteRune(r)
		} else {
			other += utf8.RuneLen(r)
		}
	}
	return textWidth(ascii.String(), size, bold) + float64(other)*0.27785*size
}

// nodeFontSize is the font size of a node's name: 12 points, or from 11 to
// 19 points by its size.
func nodeFontSize(n Node) float64 {
	if n.Size > 0 {
		return math.Round((11+8*n.Size)*10) / 10
	}
	return 12
}

// boxWidth is the least width in inches of the box of a node whose label
// reads label (and note below it): the measured text, the node's margins and
// its border.
func boxWidth(n Node, label string) float64 {
	w := textWidth(clean(label), nodeFontSize(n), false)
	if n.Note != "" {
		w = max(w, textWidth(clean(n.Note), noteSize, false))
	}
	pen := 1.0
	if n.Outline {
		pen = 3.5
	}
	// The border is drawn on the box's edge, half of it inside; a point to
	// spare on each side for rounding.
	w += 2*boxMarginX*72 + pen + 2
	return math.Ceil(w/72*100) / 100
}

// legible reports whether the smallest name of m is at least minNamePx
// high when a canvas width points wide is shown readablePx wide.
func legible(m Map, width float64) bool { return width <= legibleWidth(m) }

// legibleWidth is the widest canvas, in points, on which the smallest name
// of m is at least minNamePx high when the canvas is shown readablePx wide.
func legibleWidth(m Map) float64 {
	if len(m.Nodes) == 0 {
		return math.Inf(1)
	}
	smallest := math.Inf(1)
	for _, n := range m.Nodes {
		smallest = min(smallest, nodeFontSize(n))
	}
	return smallest * readablePx / minNamePx
}

// piece is a run of legend text in one font and colour, followed by gap
// points of space when more follows on its line.
type piece struct {
	text  string
	size  float64
	bold  bool
	color string // "" is black
	gap   float64
}

func (p piece) width() float64 { return textWidth(p.text, p.size, p.bold) }

// cell is the width of the legend cell that holds p: at least the width of
// its text, and at least the width graphviz guesses, else graphviz centres
// the text on the cell; then the gap.
func (p piece) cell(last bool) int {
	w := max(p.width(), guessWidth(p.text, p.size, p.bold))
	if !last {
		w += p.gap
	}
	return int(math.Ceil(w))
}

// line is one line of the legend.
type line []piece

// legendLines lays out the title, subtitle, colour legend, key and (when
// initials is set) the initials note of m in lines at most width points wide:
// the title and subtitle break between words (the subtitle first at its " · "
// separators), the legend and key between items. A word or item wider than
// width gets a line of its own.
func legendLines(m Map, width float64, initials bool) []line {
	var out []line
	text := func(s string, size float64, bold bool, color string) {
		for _, l := range wrapText(clean(s), size, bold, width) {
			out = append(out, line{{text: l, size: size, bold: bold, color: color}})
		}
	}
	items := func(items []line) {
		var cur line
		w := 0.0
		for _, it := range items {
			iw := 0.0
			for _, p := range it {
				iw += float64(p.cell(false))
			}
			if len(cur) > 0 && w+iw-it[len(it)-1].gap > width {
				out = append(out, cur)
				cur, w = nil, 0
			}
			cur = append(cur, it...)
			w += iw
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
	}
	if m.Title != "" {
		text(m.Title, 20, true, "")
	}
	if m.Subtitle != "" {
		text(m.Subtitle, 12, false, "#444444")
	}
	var legend []line
	for _, l := range m.Legend {
		swatch, color := "■", l.Color
		if pale(l.Color) {
			swatch, color = "□", colorBorder
		}
		legend = append(legend, line{{text: swatch, size: 16, color: color, gap: 4}, {text: clean(l.Label), size: 12, gap: 16}})
	}
	items(legend)
	var key []line
	for _, k := range m.Key {
		color := k.Color
		if color == "" {
			color = "#444444"
		}
		key = append(key, line{{text: clean(k.Sample), size: 11, bold: true, color: color, gap: 6}, {text: clean(k.Label), size: 11, color: "#444444", gap: 16}})
	}
	items(key)
	if initials && m.InitialsNote != "" {
		text(m.InitialsNote, 11, false, "#444444")
	}
	return out
}

// wrapText breaks s into lines at most width points wide, first at " · ",
// then between words.
func wrapText(s string, size float64, bold bool, width float64) []string {
	if textWidth(s, size, bold) <= width {
		return []string{s}
	}
	var out []string
	cur := ""
	add := func(part, sep string) {
		switch {
		case cur == "":
			cur = part
		case textWidth(cur+sep+part, size, bold) <= width:
			cur += sep + part
		default:
			out = append(out, cur)
			cur = part
		}
	}
	for _, chunk := range strings.Split(s, " · ") {
		if textWidth(chunk, size, bold) <= width {
			add(chunk, " · ")
			continue
		}
		for i, w := range strings.Fields(chunk) {
			sep := " "
			if i == 0 {
				sep = " · "
			}
			add(w, sep)
		}
	}
	if cur != "" {
		out = append(out, cur)
	}
	return out
}

// widthGuess is about the width, in points, graphviz makes a map of m when
// it lays it out itself, from the area of its boxes (widths in inches).
func widthGuess(m Map, widths []float64) float64 {
	area := 0.0
	for i, n := range m.Nodes {
		h := nodeFontSize(n)*1.2 + 2*boxMarginY*72
		if n.Note != "" {
			h += noteSize * 1.2
		}
		w := 0.3 * 72
		if i < len(widths) {
			w = widths[i] * 72
		}
		area += (w + 40) * (h + 40)
	}
	return 1.6 * math.Sqrt(area)
}

// nodeLabels is what each node of m shows: its name or its initials.
func nodeLabels(m Map) []string {
	out := make([]string, len(m.Nodes))
	for i, n := range m.Nodes {
		out[i] = n.Label
	}
	if m.Labels == Initials {
		out = initials(out)
	}
	return out
}

// boxWidths is the width, in inches, of the box of each node of m that
// holds its label (0 without labels).
func boxWidths(m Map, labels []string) []float64 {
	widths := make([]float64, len(m.Nodes))
	if m.Labels != NoLabels {
		for i, n := range m.Nodes {
			widths[i] = boxWidth(n, labels[i])
		}
	}
	return widths
}
