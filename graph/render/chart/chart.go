// Package chart draws kring's trend charts: each person's give/ask balance per
// wave, and network figures per wave, as SVG or PNG.
package chart

import (
	"fmt"
	"image/color"
	"io"
	"math"

	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
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
	giveColor = color.NRGBA{0xE6, 0x9F, 0x00, 0xFF}
	askColor  = color.NRGBA{0x56, 0xB4, 0xE9, 0xFF}
	noneColor = color.NRGBA{0xEE, 0xEE, 0xEE, 0xFF}
	textColor = color.NRGBA{0x22, 0x22, 0x22, 0xFF}
	gridColor = color.NRGBA{0xFF, 0xFF, 0xFF, 0xFF}
)

// style is Liberation Sans at a size, in the text colour.
func style(size vg.Length, bold bool) draw.TextStyle {
	f := font.Font{Typeface: "Liberation", Variant: "Sans", Size: size}
	if bold {
		f.Weight = xfont.WeightBold
	}
	return draw.TextStyle{Color: textColor, Font: f, Handler: plot.DefaultTextHandler}
}

// Balance is each person's give/ask balance (gives − receives) per wave:
// rows are people, columns waves. A nil value means no help ties that wave.
type Balance struct {
	Title  string
	People []string
	Waves  []string
	Values [][]*int // [person][wave]
}

const (
	cell     = vg.Length(58)
	rowH     = vg.Length(18)
	margin   = vg.Length(12)
	titleH   = vg.Length(30)
	headerH  = vg.Length(20)
	legendH  = vg.Length(26)
	maxLabel = vg.Length(220)
)

func (b Balance) labelWidth() vg.Length {
	f := style(11, false)
	w := vg.Length(60)
	for _, p := range b.People {
		w = max(w, f.Width(p))
	}
	return min(w, maxLabel) + 10
}

// legend is the key under the cells.
var legend = []struct {
	fill color.Color
	text string
}{{giveColor, "gives more than asks"}, {askColor, "asks more than gives"}, {color.White, "0: as much given as asked"}, {noneColor, "–: no help ties"}}

func legendWidth() vg.Length {
	tiny := style(10, false)
	w := vg.Length(0)
	for _, l := range legend {
		w += 16 + tiny.Width(l.text) + 14
	}
	return w
}

// Size is the chart's size: a row per person, a column per wave.
func (b Balance) Size() (vg.Length, vg.Length) {
	w := max(b.labelWidth()+cell*vg.Length(len(b.Waves)), legendWidth()) + 2*margin
	return max(w, 420), 2*margin + titleH + headerH + rowH*vg.Length(len(b.People)) + legendH
}

// Draw draws the table of coloured cells with the balance in each.
func (b Balance) Draw(c draw.Canvas) {
	x0 := c.Min.X + margin
	top := c.Max.Y - margin
	title, small, tiny := style(13, true), style(11, false), style(10, false)
	center := func(s draw.TextStyle) draw.TextStyle { s.XAlign = draw.XCenter; return s }
	c.FillText(title, vg.Point{X: x0, Y: top - 14}, b.Title)
	lw := b.labelWidth()
	maxAbs := 1
	for _, row := range b.Values {
		for _, v := range row {
			if v != nil && abs(*v) > maxAbs {
				maxAbs = abs(*v)
			}
		}
	}
	y := top - titleH
	for j, w := range b.Waves {
		cx := x0 + lw + cell*vg.Length(j) + cell/2
		c.FillText(center(tiny), vg.Point{X: cx, Y: y - 12}, clip(tiny, w, cell-2))
	}
	y -= headerH
	for i, p := range b.People {
		ry := y - rowH*vg.Length(i+1)
		c.FillText(small, vg.Point{X: x0, Y: ry + 5}, clip(small, p, lw-10))
		for j := range b.Waves {
			v := b.Values[i][j]
			rect := vg.Rectangle{Min: vg.Point{X: x0 + lw + cell*vg.Length(j), Y: ry}, Max: vg.Point{X: x0 + lw + cell*vg.Length(j+1), Y: ry + rowH}}
			var fill color.Color = noneColor
			label := "–"
			if v != nil {
				fill, label = balanceColor(*v, maxAbs), signed(*v)
			}
			c.SetColor(fill)
			c.Fill(rect.Path())
			c.SetColor(gridColor)
			c.SetLineWidth(1.5)
			c.Stroke(rect.Path())
			c.FillText(center(small), vg.Point{X: rect.Min.X + cell/2, Y: ry + 5}, label)
		}
	}
	ly := y - rowH*vg.Length(len(b.People)) - 17
	lx := x0
	for _, l := range legend {
		sw := vg.Rectangle{Min: vg.Point{X: lx, Y: ly}, Max: vg.Point{X: lx + 12, Y: ly + 10}}
		c.SetColor(l.fill)
		c.Fill(sw.Path())
		c.SetColor(color.NRGBA{0x99, 0x99, 0x99, 0xFF})
		c.SetLineWidth(0.5)
		c.Stroke(sw.Path())
		c.FillText(tiny, vg.Point{X: lx + 16, Y: ly + 1}, l.text)
		lx += 16 + tiny.Width(l.text) + 14
	}
}

// balanceColor blends white into the give or ask colour by |v|/maxAbs.
func balanceColor(v, maxAbs int) color.Color {
	if v == 0 {
		return color.White
	}
	to := giveColor
	if v < 0 {
		to = askColor
	}
	t := 0.25 + 0.75*math.Min(1, float64(abs(v))/float64(maxAbs))
	mix := func(a uint8) uint8 { return uint8(255 - t*(255-float64(a))) }
	return color.NRGBA{mix(to.R), mix(to.G), mix(to.B), 0xFF}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func signed(v int) string {
	if v > 0 {
		return fmt.Sprintf("+%d", v)
	}
	return fmt.Sprint(v)
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

// Series is one line of a Lines chart.
type Series struct {
	Name   string
	Values []float64 // one per wave; NaN for none
	Color  color.Color
	Dashed bool
}

// Lines is a line chart of values between 0 and 1 per wave.
type Lines struct {
	Title  string
	Waves  []string
	Series []Series
}

// Size is the chart's size.
func (l Lines) Size() (vg.Length, vg.Length) {
	return max(420, 120+vg.Length(len(l.Waves))*70), 270
}

// Draw draws the lines with points, wave names on the x axis and 0–1 on y.
func (l Lines) Draw(c draw.Canvas) {
	p := plot.New()
	p.Title.Text = l.Title
	for _, f := range []*font.Font{&p.Title.TextStyle.Font, &p.X.Tick.Label.Font, &p.Y.Tick.Label.Font, &p.Legend.TextStyle.Font} {
		f.Variant = "Sans"
	}
	p.Title.TextStyle.Font.Size = 13
	p.Title.TextStyle.Font.Weight = xfont.WeightBold
	p.Y.Min, p.Y.Max = 0, 1
	p.X.Min, p.X.Max = -0.3, float64(len(l.Waves))-0.7
	p.Add(plotter.NewGrid())
	ticks := make([]plot.Tick, len(l.Waves))
	for i, w := range l.Waves {
		ticks[i] = plot.Tick{Value: float64(i), Label: w}
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.Legend.Top = true
	p.Legend.TextStyle.Font.Size = 10
	p.Legend.YOffs = 18 // above the plot area, under the title
	p.Y.Max = 1
	for _, s := range l.Series {
		var pts plotter.XYs
		for i, v := range s.Values {
			if !math.IsNaN(v) {
				pts = append(pts, plotter.XY{X: float64(i), Y: v})
			}
		}
		if len(pts) == 0 {
			continue
		}
		line, points, err := plotter.NewLinePoints(pts)
		if err != nil {
			continue
		}
		line.Color, points.Color = s.Color, s.Color
		line.Width = 2
		if s.Dashed {
			line.Dashes = []vg.Length{6, 3}
		}
		points.Shape = draw.CircleGlyph{}
		points.Radius = 3
		p.Add(line, points)
		p.Legend.Add(s.Name, line, points)
	}
	inner := c
	inner.Rectangle = vg.Rectangle{Min: vg.Point{X: c.Min.X + margin, Y: c.Min.Y + margin}, Max: vg.Point{X: c.Max.X - margin, Y: c.Max.Y - margin}}
	p.Draw(inner)
}
