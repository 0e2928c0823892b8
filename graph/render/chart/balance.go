package chart

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Balance is each person's give/ask balance (gives − receives) per wave:
// rows are people, columns waves. A nil value means no help ties that wave.
type Balance struct {
	Title  string
	People []string
	Waves  []string
	Values [][]*int // [person][wave]
	Away   [][]bool // [person][wave]: did not take part (drawn as Legend.AwayMark, whatever the value)

	// Legend is the key to the colours, in the caller's words.
	Legend BalanceLegend
}

// BalanceLegend says what each colour of a Balance chart means. An empty
// entry is left out of the legend. In English kring says:
//
//	Gives: "gives more than asks"
//	Asks:  "asks more than gives"
//	Even:  "0: as much given as asked"
//	None:  "–: no help ties"
type BalanceLegend struct {
	Gives string // orange: a positive balance
	Asks  string // blue: a negative balance
	Even  string // white: a balance of 0
	None  string // grey, with a dash: no help ties that wave

	// Away explains the cells of people who did not take part: white, with
	// the mark AwayMark (such as "a").
	Away, AwayMark string
}

const (
	cell       = vg.Length(58)  // a column, when the wave names fit across it
	narrowCell = vg.Length(40)  // a column under slanted or numbered names
	maxRow     = vg.Length(560) // columns widen for their names up to this in all
	rowH       = vg.Length(18)
	maxLabel   = vg.Length(220)
	legendGap  = vg.Length(10) // between the cells and the legend
)

func (b Balance) labelWidth() vg.Length {
	w := vg.Length(60)
	for _, p := range b.People {
		w = max(w, labelStyle.Width(p))
	}
	return min(w, maxLabel) + 10
}

func (b Balance) axis() waveAxis { return newWaveAxis(b.Waves, cell, narrowCell, maxRow) }

func (b Balance) legend() legend {
	l := legend{sampleWidth: sampleW}
	for _, e := range []struct {
		fill color.Color
		text string
	}{{giveColor, b.Legend.Gives}, {askColor, b.Legend.Asks}, {color.White, b.Legend.Even}, {noneColor, b.Legend.None}} {
		if e.text == "" {
			continue
		}
		l.items = append(l.items, legendItem{text: e.text, sample: func(c draw.Canvas, box vg.Rectangle) {
			c.SetColor(e.fill)
			c.Fill(box.Path())
			c.SetColor(swatchColor)
			c.SetLineWidth(0.5)
			c.Stroke(box.Path())
		}})
	}
	if b.Legend.Away != "" {
		l.items = append(l.items, legendItem{text: b.Legend.AwayMark + ": " + b.Legend.Away})
	}
	return l
}

// layout is where the parts of a Balance chart go.
type balanceLayout struct {
	axis        waveAxis
	labelW      vg.Length // the column of names
	inner       vg.Length // the width inside the margins
	headerH     vg.Length // the wave names
	below       vg.Length // the lowest a wave name reaches under its anchor
	legend, key legend
}

func (b Balance) layout() balanceLayout {
	l := balanceLayout{axis: b.axis(), labelW: b.labelWidth(), legend: b.legend()}
	l.key = waveKey(l.axis.key)
	sty := l.axis.labelStyle()
	var up, right vg.Length
	for i, s := range l.axis.labels {
		r := sty.Rectangle(s)
		up, l.below = max(up, r.Max.Y), max(l.below, -r.Min.Y)
		right = max(right, l.axis.space*(vg.Length(i)+0.5)+r.Max.X-l.axis.space*vg.Length(len(l.axis.labels)))
	}
	l.headerH = up + l.below + 6
	l.inner = max(minWidth-2*margin, titleStyle.Width(b.Title)+2,
		l.labelW+l.axis.space*vg.Length(len(b.Waves))+max(right, 0)+2,
		l.legend.widest(), min(l.legend.row(), maxRow), l.key.widest())
	return l
}

// Size is the chart's size: a row per person, a column per wave.
func (b Balance) Size() (vg.Length, vg.Length) {
	l := b.layout()
	h := 2*margin + titleH + l.headerH + rowH*vg.Length(len(b.People))
	if lh := l.legend.height(l.inner); lh > 0 {
		h += legendGap + lh
	}
	if kh := l.key.height(l.inner); kh > 0 {
		h += legendGap + kh
	}
	return l.inner + 2*margin, h
}

// Draw draws the table of coloured cells with the balance in each.
func (b Balance) Draw(c draw.Canvas) {
	l := b.layout()
	x0 := c.Min.X + margin
	top := c.Max.Y - margin
	center := labelStyle
	center.XAlign = draw.XCenter
	c.FillText(titleStyle, vg.Point{X: x0, Y: top - 14}, b.Title)
	maxAbs := 1
	for _, row := range b.Values {
		for _, v := range row {
			if v != nil && abs(*v) > maxAbs {
				maxAbs = abs(*v)
			}
		}
	}
	space := l.axis.space
	y := top - titleH - l.headerH
	sty := l.axis.labelStyle()
	for j, w := range l.axis.labels {
		c.FillText(sty, vg.Point{X: x0 + l.labelW + space*vg.Length(j) + space/2, Y: y + 3 + l.below}, w)
	}
	for i, p := range b.People {
		ry := y - rowH*vg.Length(i+1)
		c.FillText(labelStyle, vg.Point{X: x0, Y: ry + 5}, clip(labelStyle, p, l.labelW-10))
		for j := range b.Waves {
			var v *int
			if i < len(b.Values) && j < len(b.Values[i]) {
				v = b.Values[i][j]
			}
			rect := vg.Rectangle{Min: vg.Point{X: x0 + l.labelW + space*vg.Length(j), Y: ry}, Max: vg.Point{X: x0 + l.labelW + space*vg.Length(j+1), Y: ry + rowH}}
			var fill color.Color = noneColor
			label := "–"
			if v != nil {
				fill, label = balanceColor(*v, maxAbs), signed(*v)
			}
			if i < len(b.Away) && j < len(b.Away[i]) && b.Away[i][j] {
				fill, label = color.White, b.Legend.AwayMark
			}
			c.SetColor(fill)
			c.Fill(rect.Path())
			c.SetColor(gridColor)
			c.SetLineWidth(1.5)
			c.Stroke(rect.Path())
			c.FillText(center, vg.Point{X: rect.Min.X + space/2, Y: ry + 5}, label)
		}
	}
	y -= rowH * vg.Length(len(b.People))
	if lh := l.legend.height(l.inner); lh > 0 {
		y -= legendGap
		l.legend.draw(c, x0, y, l.inner)
		y -= lh
	}
	if l.key.height(l.inner) > 0 {
		l.key.draw(c, x0, y-legendGap, l.inner)
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
