package render

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// gap is the least space between two boxes, in points, when kring moves
// them apart (see separate).
const gap = 24

// placed reports whether kring places the boxes of m itself: graphviz's
// spring layouts (neato, sfdp) give the positions, boxes that overlap are
// moved apart by kring, and neato then routes the lines between the boxes
// where they are. go-graphviz's own overlap removal (voronoi, the only one
// its WebAssembly build has) spreads a map of boxes with long names over
// several times the room it needs and takes seconds. Maps in clusters (fdp),
// the other engines and maps of more than smallMap people (whose boxes may
// overlap, as removing overlaps costs too much time there) keep graphviz's
// layout.
func placed(m Map) bool {
	return !m.Group && len(m.Nodes) <= smallMap && (m.Layout == "neato" || m.Layout == "sfdp")
}

// place lays out m without the legend and with boxes free to overlap, moves
// the boxes apart, and returns their centres and the width and height of the
// area they take, in points.
func place(ctx context.Context, m Map, timeout time.Duration) (pos [][2]float64, width, height float64, err error) {
	b, err := run(ctx, writeDOT(m, dotOptions{json: true, sketch: true}), m.Layout, "json", timeout)
	if err != nil {
		return nil, 0, 0, err
	}
	var g struct {
		Objects []struct {
			Name   string `json:"name"`
			Pos    string `json:"pos"`
			Width  string `json:"width"`
			Height string `json:"height"`
		} `json:"objects"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, 0, 0, fmt.Errorf("read the layout: %w", err)
	}
	pos = make([][2]float64, len(m.Nodes))
	size := make([][2]float64, len(m.Nodes))
	for _, o := range g.Objects {
		i, err := strconv.Atoi(strings.TrimPrefix(o.Name, "p"))
		if err != nil || i < 0 || i >= len(pos) {
			continue
		}
		x, y, _ := strings.Cut(o.Pos, ",")
		pos[i][0], _ = strconv.ParseFloat(x, 64)
		pos[i][1], _ = strconv.ParseFloat(y, 64)
		w, _ := strconv.ParseFloat(o.Width, 64)
		h, _ := strconv.ParseFloat(o.Height, 64)
		size[i] = [2]float64{w * 72, h * 72}
	}
	limit := math.Inf(1)
	if m.Labels == Names {
		limit = 0.95 * (legibleWidth(m) - 2*mapPad)
	}
	sketch := slices.Clone(pos)
	narrowed := spread(pos, size, gap, limit)
	separate(pos, size, gap, narrowed)
	if width, height = extent(pos, size); width > limit && !narrowed {
		// Pushed too far sideways for names to stay legible: push only up
		// and down.
		copy(pos, sketch)
		spread(pos, size, gap, limit)
		separate(pos, size, gap, true)
		width, height = extent(pos, size)
	}
	return pos, width, height, nil
}

// extent is the width and height of the area boxes take.
func extent(c, size [][2]float64) (width, height float64) {
	if len(c) == 0 {
		return 0, 0
	}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i, p := range c {
		x0, x1 = min(x0, p[0]-size[i][0]/2), max(x1, p[0]+size[i][0]/2)
		y0, y1 = min(y0, p[1]-size[i][1]/2), max(y1, p[1]+size[i][1]/2)
	}
	return x1 - x0, y1 - y0
}

// roomy is how many times the area of its boxes (with their gaps) a map of
// n boxes is spread over, to leave room for the lines between them: 3 up
// to 40 boxes, then less, down to 2 from 150 boxes on.
func roomy(n int) float64 {
	return 3 - min(1, max(0, float64(n-40)/110))
}

// spread scales positions c so that the boxes (widths and heights size, plus
// gap) take 1/roomy of the area they span: graphviz spaces a sketch by lines
// of one inch, whatever the size of the boxes. It keeps the shape of the
// sketch unless that would make the boxes span more than width; then it
// makes the sketch narrower and taller, and reports so.
func spread(c, size [][2]float64, gap, width float64) (narrowed bool) {
	if len(c) < 2 {
		return false
	}
	area, h := 0.0, 0.0
	y0, y1 := math.Inf(1), math.Inf(-1)
	for i, p := range c {
		area += (size[i][0] + gap) * (size[i][1] + gap)
		h = max(h, size[i][1])
		y0, y1 = min(y0, p[1]), max(y1, p[1])
	}
	area *= roomy(len(c))
	dy := max(y1-y0, 1)
	// span is the width the boxes take with the centres' x scaled by sx.
	span := func(sx float64) float64 {
		lo, hi := math.Inf(1), math.Inf(-1)
		for i, p := range c {
			lo, hi = min(lo, sx*p[0]-size[i][0]/2), max(hi, sx*p[0]+size[i][0]/2)
		}
		return hi - lo
	}
	s := max(1, math.Sqrt(area/(span(1)*(dy+h))))
	sx, sy := s, s
	if span(s) > width {
		narrowed = true
		lo, hi := 0.0, s
		for range 30 {
			if mid := (lo + hi) / 2; span(mid) > width {
				hi = mid
			} else {
				lo = mid
			}
		}
		sx = lo
		sy = max(s, (area/width-h)/dy)
	}
	for i := range c {
		c[i][0] *= sx
		c[i][1] *= sy
	}
	return narrowed
}

// separate moves boxes (centres c, widths and heights size) apart until
// there is at least gap between any two. Round after round, each pair that
// overlaps is pushed apart, half each, up and down, or (unless upright)
// sideways where that is less than half as far; so boxes move about as
// little as they can. Should that not settle, a last sweep up and down parts
// whatever is left. Upright, the map gets no wider.
func separate(c, size [][2]float64, gap float64, upright bool) {
	const bias = 2 // boxes are wider than high: up or down reads better
	n := len(c)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	left := func(i int) float64 { return c[i][0] - size[i][0]/2 }
	widest := 0.0
	for _, s := range size {
		widest = max(widest, s[0])
	}
	for round := 1; round <= 2000; round++ {
		if round%100 == 0 {
			// Not settled: a crowd too dense to part by pushing alone.
			// Spread everything a little (only up and down when upright).
			for i := range c {
				c[i][1] *= 1.03
				if !upright {
					c[i][0] *= 1.03
				}
			}
		}
		// Boxes sorted by their left edge: a box meets only those that
		// start less than the widest box (and a gap) further right.
		slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(left(a), left(b)) })
		moved := false
		for a, i := range order {
			for _, j := range order[a+1:] {
				if left(j) >= left(i)+widest+gap {
					break
				}
				dx, dy := c[j][0]-c[i][0], c[j][1]-c[i][1]
				ox := (size[i][0]+size[j][0])/2 + gap - math.Abs(dx)
				oy := (size[i][1]+size[j][1])/2 + gap - math.Abs(dy)
				if ox <= 1e-6 || oy <= 1e-6 {
					continue
				}
				moved = true
				axis, d, o := 1, dy, oy
				if !upright && oy > bias*ox {
					axis, d, o = 0, dx, ox
				}
				if d < 0 || (d == 0 && i > j) {
					o = -o
				}
				c[i][axis] -= o / 2
				c[j][axis] += o / 2
			}
		}
		if !moved {
			return
		}
	}
	sweep(c, size, gap, 1)
}

// sweep parts boxes along one axis (0: x, 1: y) in one pass, keeping their
// order on it: the middle box stays; going up the axis from it, each box is
// moved just past every box already placed that it overlaps on the other
// axis; going down, likewise.
func sweep(c, size [][2]float64, gap float64, axis int) {
	n := len(c)
	if n < 2 {
		return
	}
	other := 1 - axis
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(c[a][axis], c[b][axis]) })
	meets := func(i, j int) bool {
		return math.Abs(c[i][other]-c[j][other]) < (size[i][other]+size[j][other])/2+gap
	}
	apart := func(i, j int) float64 { return (size[i][axis]+size[j][axis])/2 + gap }
	mid := n / 2
	for a := mid + 1; a < n; a++ {
		i := order[a]
		for _, j := range order[:a] {
			if c[i][axis] < c[j][axis]+apart(i, j) && meets(i, j) {
				c[i][axis] = c[j][axis] + apart(i, j)
			}
		}
	}
	for a := mid - 1; a >= 0; a-- {
		i := order[a]
		for _, j := range order[a+1:] {
			if c[i][axis] > c[j][axis]-apart(i, j) && meets(i, j) {
				c[i][axis] = c[j][axis] - apart(i, j)
			}
		}
	}
}
