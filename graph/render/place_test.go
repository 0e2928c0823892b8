package render

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// separate leaves no two boxes closer than gap, and upright it moves boxes
// only up and down.
func TestSeparate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	crowd := func(n int, spread float64) (c, size [][2]float64) {
		for range n {
			c = append(c, [2]float64{r.Float64() * spread, r.Float64() * spread})
			size = append(size, [2]float64{40 + r.Float64()*200, 25 + r.Float64()*20})
		}
		return c, size
	}
	for _, tc := range []struct {
		name    string
		n       int
		spread  float64
		upright bool
	}{
		{"two on one spot", 2, 0, false},
		{"two on one spot, upright", 2, 0, true},
		{"40 in a crowd", 40, 300, false},
		{"40 in a crowd, upright", 40, 300, true},
		{"150 on one spot", 150, 1, false},
		{"150 spread", 150, 2000, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, size := crowd(tc.n, tc.spread)
			before := slices.Clone(c)
			separate(c, size, gap, tc.upright)
			for i := range c {
				if tc.upright && c[i][0] != before[i][0] {
					t.Errorf("box %d moved sideways from %.1f to %.1f", i, before[i][0], c[i][0])
				}
				for j := range i {
					dx := max(c[i][0]-c[j][0], c[j][0]-c[i][0]) - (size[i][0]+size[j][0])/2
					dy := max(c[i][1]-c[j][1], c[j][1]-c[i][1]) - (size[i][1]+size[j][1])/2
					if dx < gap-1e-6 && dy < gap-1e-6 {
						t.Fatalf("boxes %d and %d are %.1f apart sideways and %.1f up and down, want %d", i, j, dx, dy, gap)
					}
				}
			}
		})
	}
}
