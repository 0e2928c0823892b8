package chart

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Series is one line of a Lines chart.
type Series struct {
	Name   string    // in the legend
	Values []float64 // one per wave; NaN for none
	Color  color.Color
	Dashed bool
}

// Lines is a line chart of values between 0 and 1 per wave.
type Lines struct {
	Title  string
	Waves  []string
	Series []Series
	Comma  bool // write the values' axis with a decimal comma: 0,5
}

const (
	tickSpace   = vg.Length(70)  // between waves, when their names fit
	narrowTick  = vg.Length(40)  // between waves with slanted or numbered names
	maxTickRow  = vg.Length(700) // waves spread for their names up to this in all
	plotH       = vg.Length(200) // the plot without its wave names
	yAxisW      = vg.Length(40)  // the values' axis left of the plot
	lineSampleW = vg.Length(24)
)

func (l Lines) axis() waveAxis { return newWaveAxis(l.Waves, tickSpace, narrowTick, maxTickRow) }

func (l Lines) legend() legend {
	lg := legend{sampleWidth: lineSampleW}
	for _, s := range l.Series {
		if s.Name == "" {
			continue
		}
		lg.items = append(lg.items, legendItem{text: s.Name, sample: func(c draw.Canvas, box vg.Rectangle) {
			mid := (box.Min.Y + box.Max.Y) / 2
			ls := lineStyle(s)
			c.StrokeLine2(ls, box.Min.X, mid, box.Max.X, mid)
			draw.CircleGlyph{}.DrawGlyph(&c, glyphStyle(s), vg.Point{X: (box.Min.X + box.Max.X) / 2, Y: mid})
		}})
	}
	return lg
}

func lineStyle(s Series) draw.LineStyle {
	ls := draw.LineStyle{Color: s.Color, Width: 2}
	if s.Dashed {
		ls.Dashes = []vg.Length{6, 3}
	}
	return ls
}

func glyphStyle(s Series) draw.GlyphStyle {
	return draw.GlyphStyle{Color: s.Color, Radius: 3, Shape: draw.CircleGlyph{}}
}

// tickStyle is the style of the wave names under the plot.
func (a waveAxis) tickStyle() draw.TextStyle {
	sty := a.style
	if a.slanted {
		// Hanging from the tick down to the left.
		sty.XAlign, sty.YAlign = draw.XRight, draw.YTop
	} else {
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YTop
	}
	return sty
}

type linesLayout struct {
	axis        waveAxis
	inner       vg.Length // the width inside the margins
	ticksH      vg.Length // the height of the wave names
	legend, key legend
}

func (l Lines) layout() linesLayout {
	ly := linesLayout{axis: l.axis(), legend: l.legend()}
	ly.key = waveKey(ly.axis.key)
	sty := ly.axis.tickStyle()
	var left vg.Length
	for i, s := range ly.axis.labels {
		r := sty.Rectangle(s)
		ly.ticksH = max(ly.ticksH, r.Max.Y-r.Min.Y)
		// A slanted name reaches left of its tick, past the axis for the
		// first waves.
		left = max(left, -r.Min.X-ly.axis.space*(vg.Length(i)+0.5))
	}
	ly.inner = max(minWidth-2*margin, titleStyle.Width(l.Title)+2,
		yAxisW+max(left-yAxisW, 0)+ly.axis.space*vg.Length(len(l.Waves))+10,
		ly.legend.widest(), min(ly.legend.row(), maxRow), ly.key.widest())
	return ly
}

// Size is the chart's size.
func (l Lines) Size() (vg.Length, vg.Length) {
	ly := l.layout()
	h := 2*margin + titleH + plotH + ly.ticksH + 20
	if lh := ly.legend.height(ly.inner); lh > 0 {
		h += lh + 6
	}
	if kh := ly.key.height(ly.inner); kh > 0 {
		h += legendGap + kh
	}
	return ly.inner + 2*margin, h
}

// Draw draws the lines with points, wave names on the x axis and 0–1 on y.
func (l Lines) Draw(c draw.Canvas) {
	ly := l.layout()
	x0 := c.Min.X + margin
	top := c.Max.Y - margin
	c.FillText(titleStyle, vg.Point{X: x0, Y: top - 14}, l.Title)
	top -= titleH
	if lh := ly.legend.height(ly.inner); lh > 0 {
		ly.legend.draw(c, x0, top+4, ly.inner)
		top -= lh + 6
	}
	bottom := c.Min.Y + margin
	if kh := ly.key.height(ly.inner); kh > 0 {
		ly.key.draw(c, x0, bottom+kh, ly.inner)
		bottom += kh + legendGap
	}

	p := plot.New()
	p.X.Tick.Label = ly.axis.tickStyle()
	p.Y.Tick.Label.Font = smallStyle.Font
	p.Y.Tick.Label.Color = textColor
	p.Y.Min, p.Y.Max = 0, 1
	var yTicks []plot.Tick
	for v := 0.0; v <= 1.0001; v += 0.25 {
		label := ""
		if int(math.Round(v*4))%2 == 0 {
			label = strconv.FormatFloat(v, 'f', 1, 64)
			if l.Comma {
				label = strings.Replace(label, ".", ",", 1)
			}
		}
		yTicks = append(yTicks, plot.Tick{Value: v, Label: label})
	}
	p.Y.Tick.Marker = plot.ConstantTicks(yTicks)
	p.X.Min, p.X.Max = -0.5, float64(len(l.Waves))-0.5
	p.Add(plotter.NewGrid())
	ticks := make([]plot.Tick, len(ly.axis.labels))
	for i, w := range ly.axis.labels {
		ticks[i] = plot.Tick{Value: float64(i), Label: w}
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
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
		line.LineStyle = lineStyle(s)
		points.GlyphStyle = glyphStyle(s)
		p.Add(line, points)
	}
	area := c
	area.Rectangle = vg.Rectangle{Min: vg.Point{X: x0, Y: bottom}, Max: vg.Point{X: c.Max.X - margin, Y: top}}
	p.Draw(area)
}
