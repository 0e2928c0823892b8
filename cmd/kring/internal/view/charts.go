package view

import (
	"image/color"
	"math"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph/render/chart"
)

// BalanceChart is each person's give/ask balance per wave.
func BalanceChart(l *Lang, tr *analysis.TrendResult) chart.Balance {
	b := chart.Balance{Title: l.T("Give/ask balance per person and wave (gives − receives)"), Legend: chart.BalanceLegend{
		Gives: l.T("gives more than asks"), Asks: l.T("asks more than gives"), Even: l.T("0: as much given as asked"), None: l.T("–: no help ties"),
		Away: l.T("did not take part"), AwayMark: l.T("absent")}}
	for _, wv := range tr.Waves {
		b.Waves = append(b.Waves, wv.Name)
	}
	for _, p := range tr.People {
		b.People = append(b.People, p.Name)
		row, away := make([]*int, len(p.Waves)), make([]bool, len(p.Waves))
		for k, m := range p.Waves {
			if m.Role != analysis.Isolated && m.Role != analysis.Absent {
				v := m.Balance
				row[k] = &v
			}
			away[k] = m.Away()
		}
		b.Values = append(b.Values, row)
		b.Away = append(b.Away, away)
	}
	return b
}

// NetworkChart is the network's reciprocity and density per wave.
func NetworkChart(l *Lang, tr *analysis.TrendResult) chart.Lines {
	c := chart.Lines{Title: l.T("The network per wave"), Comma: l.Dutch()}
	recip := chart.Series{Name: l.T("reciprocity"), Color: color.NRGBA{0x00, 0x72, 0xB2, 0xFF}}
	density := chart.Series{Name: l.T("density"), Color: color.NRGBA{0xD5, 0x5E, 0x00, 0xFF}, Dashed: true}
	for _, wv := range tr.Waves {
		c.Waves = append(c.Waves, wv.Name)
		r := math.NaN()
		if wv.Summary.Reciprocity != nil {
			r = *wv.Summary.Reciprocity
		}
		recip.Values = append(recip.Values, r)
		density.Values = append(density.Values, wv.Summary.Density)
	}
	c.Series = []chart.Series{recip, density}
	return c
}
