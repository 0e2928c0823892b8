// Package chart draws kring's trend charts: each person's give/ask balance per
// wave, and network figures per wave, as SVG or PNG.
//
// The charts hold no words of their own: titles, legends and names come from
// the caller (they are translated there). Wave names are shown whole: across
// the columns when they fit, slanted when they do not, and as numbers with a
// key under the chart when they are too long even for that.
package chart

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart is drawn on a part of a canvas of its own size.
type Chart interface {
	Size() (w, h vg.Length)
	Draw(c draw.Canvas)
}

// Write draws the charts one under the other as svg or png.
func Write(w io.Writer, format string, charts ...Chart) error {
	var width, height vg.Length
	for _, ch := range charts {
		cw, chh := ch.Size()
		width = max(width, cw)
		height += chh
	}
	var c vg.CanvasWriterTo
	switch format {
	case "svg":
		c = vgsvg.New(width, height)
	case "png":
		// 192 dpi, sharp on a projector, unless the long side would pass
		// maxPixels (a chart of hundreds of people), which image viewers
		// and browsers do not all show.
		dpi := min(192, int(maxPixels/(max(width, height)/vg.Inch)))
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(width, height), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))}
	default:
		return fmt.Errorf("unknown chart format %q: use svg or png", format)
	}
	dc := draw.New(c)
	// A white ground, so the charts read on dark pages too.
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	top := height
	for _, ch := range charts {
		_, chh := ch.Size()
		area := dc
		area.Rectangle = vg.Rectangle{Min: vg.Point{X: 0, Y: top - chh}, Max: vg.Point{X: width, Y: top}}
		ch.Draw(area)
		top -= chh
	}
	_, err := c.WriteTo(w)
	return err
}

// maxPixels is the longest side of a PNG chart.
const maxPixels = 16384

// Colours: orange for giving more than asking, sky blue for asking more
// (the role colours of the maps), grey for no help ties.
var (
	giveColor   = color.NRGBA{0xE6, 0x9F, 0x00, 0xFF}
	askColor    = color.NRGBA{0x56, 0xB4, 0xE9, 0xFF}
	noneColor   = color.NRGBA{0xEE, 0xEE, 0xEE, 0xFF}
	textColor   = color.NRGBA{0x22, 0x22, 0x22, 0xFF}
	gridColor   = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
	swatchColor = color.NRGBA{0x99, 0x99, 0x99, 0xFF}
)

// Sizes shared by the charts.
const (
	margin   = vg.Length(12)  // white around each chart
	titleH   = vg.Length(30)  // the title's line
	minWidth = vg.Length(420) // no chart is narrower
	entryGap = vg.Length(14)  // between entries of a legend or key
	rowGap   = vg.Length(4)   // between rows of a legend or key
)

// style is Liberation Sans at a size, in the text colour.
func style(size vg.Length, bold bool) draw.TextStyle {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return draw.TextStyle{Color: textColor, Font: f, Handler: plot.DefaultTextHandler}
}

var (
	titleStyle = style(13, true)
	labelStyle = style(11, false) // names of people, values in cells
	smallStyle = style(10, false) // wave names, legend and key entries
	keyStyle   = style(10, true)  // the numbers of a wave key
)

// slant is the angle of wave names that do not fit across their column.
const slant = math.Pi / 4

// maxSlanted is the longest wave name shown slanted; longer ones get a
// number and a line in the key.
const maxSlanted = vg.Length(170)

// waveAxis says how the names of the waves are shown along a row of columns.
type waveAxis struct {
	labels  []string   // what stands at each column: the name, or its number
	slanted bool       // the labels are at an angle (slant)
	space   vg.Length  // the width of a column
	key     []keyEntry // number and whole name, when labels are numbers
	style   draw.TextStyle
}

// keyEntry is a wave's number and its whole name.
type keyEntry struct{ number, name string }

// newWaveAxis picks how to show the names: across columns of at least
// minSpace when they fit (the columns widen up to a row of maxRow),
// slanted over columns of narrow width when they do not, and as numbers
// with a key when a name is longer than maxSlanted.
func newWaveAxis(waves []string, minSpace, narrow, maxRow vg.Length) waveAxis {
	a := waveAxis{labels: waves, space: minSpace, style: smallStyle}
	var widest vg.Length
	for _, w := range waves {
		widest = max(widest, smallStyle.Width(w))
	}
	need := widest + 10
	n := vg.Length(len(waves))
	switch {
	case need <= minSpace:
	case need*n <= maxRow:
		a.space = need
	case widest <= maxSlanted:
		a.slanted, a.space = true, narrow
		a.style.Rotation = slant
	default:
		a.space = narrow
		a.labels = make([]string, len(waves))
		for i, w := range waves {
			a.labels[i] = strconv.Itoa(i + 1)
			a.key = append(a.key, keyEntry{a.labels[i], w})
		}
	}
	return a
}

// labelStyle is the style a label is drawn in: from its anchor at the
// column's centre, slanted up to the right, or centred.
func (a waveAxis) labelStyle() draw.TextStyle {
	sty := a.style
	if a.slanted {
		sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
	} else {
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YBottom
	}
	return sty
}

// legendItem is an entry of a legend: a sample drawn in a box, then words.
type legendItem struct {
	sample func(c draw.Canvas, box vg.Rectangle)
	text   string
	bold   string // drawn before text in bold (the number of a key entry)
}

const sampleW = vg.Length(12)

func (it legendItem) width(sampleWidth vg.Length) vg.Length {
	w := smallStyle.Width(it.text)
	if it.sample != nil {
		w += sampleWidth + 4
	}
	if it.bold != "" {
		w += keyStyle.Width(it.bold) + 4
	}
	return w
}

// flow places items of these widths in rows no wider than width; it
// returns each item's row and x offset, and the number of rows.
func flow(widths []vg.Length, width vg.Length) (row []int, x []vg.Length, rows int) {
	row, x = make([]int, len(widths)), make([]vg.Length, len(widths))
	var at vg.Length
	for i, w := range widths {
		if at > 0 && at+w > width {
			rows++
			at = 0
		}
		row[i], x[i] = rows, at
		at += w + entryGap
	}
	if len(widths) > 0 {
		rows++
	}
	return row, x, rows
}

// legend is a block of items that flows in rows.
type legend struct {
	items       []legendItem
	sampleWidth vg.Length
}

func (l legend) widths() []vg.Length {
	ws := make([]vg.Length, len(l.items))
	for i, it := range l.items {
		ws[i] = it.width(l.sampleWidth)
	}
	return ws
}

// row is the width of the items in one row.
func (l legend) row() vg.Length {
	var w vg.Length
	for i, x := range l.widths() {
		if i > 0 {
			w += entryGap
		}
		w += x
	}
	return w
}

// widest is the width of the widest item: the narrowest the block can be.
func (l legend) widest() vg.Length {
	var w vg.Length
	for _, x := range l.widths() {
		w = max(w, x)
	}
	return w
}

const legendRowH = vg.Length(16)

// height is the block's height when it flows in width.
func (l legend) height(width vg.Length) vg.Length {
	_, _, rows := flow(l.widths(), width)
	if rows == 0 {
		return 0
	}
	return vg.Length(rows)*legendRowH + vg.Length(rows-1)*rowGap
}

// draw draws the block with its top left corner at (x, top), flowing in width.
func (l legend) draw(c draw.Canvas, x, top, width vg.Length) {
	row, off, _ := flow(l.widths(), width)
	for i, it := range l.items {
		lx := x + off[i]
		base := top - vg.Length(row[i])*(legendRowH+rowGap) - legendRowH + 4
		if it.sample != nil {
			it.sample(c, vg.Rectangle{Min: vg.Point{X: lx, Y: base - 1}, Max: vg.Point{X: lx + l.sampleWidth, Y: base + 9}})
			lx += l.sampleWidth + 4
		}
		if it.bold != "" {
			c.FillText(keyStyle, vg.Point{X: lx, Y: base}, it.bold)
			lx += keyStyle.Width(it.bold) + 4
		}
		c.FillText(smallStyle, vg.Point{X: lx, Y: base}, it.text)
	}
}

// waveKey is the key of numbered waves.
func waveKey(entries []keyEntry) legend {
	var l legend
	for _, e := range entries {
		l.items = append(l.items, legendItem{bold: e.number, text: e.name})
	}
	return l
}

// clip shortens s with an ellipsis to fit width.
func clip(f draw.TextStyle, s string, width vg.Length) string {
	if f.Width(s) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && f.Width(string(r)+"…") > width {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}
