package analysis

import "github.com/kring-nl/kring/graph"

// csr is a compact (compressed sparse row) index of a help graph: node v's
// successors are out[outStart[v]:outStart[v+1]] and its predecessors
// in[inStart[v]:inStart[v+1]], both sorted. Four int32 slices instead of a
// slice per node keep the whole graph in a few cache-friendly arrays.
type csr struct {
	n                 int
	outStart, inStart []int32
	out, in           []int32
}

func newCSR(g *graph.Graph) *csr {
	n := g.Len()
	c := &csr{n: n, outStart: make([]int32, n+1), inStart: make([]int32, n+1),
		out: make([]int32, 0, g.Edges()), in: make([]int32, 0, g.Edges())}
	for v := 0; v < n; v++ {
		for _, w := range g.Out(v) {
			c.out = append(c.out, int32(w))
		}
		for _, u := range g.In(v) {
			c.in = append(c.in, int32(u))
		}
		c.outStart[v+1] = int32(len(c.out))
		c.inStart[v+1] = int32(len(c.in))
	}
	return c
}

func (c *csr) succ(v int32) []int32 { return c.out[c.outStart[v]:c.outStart[v+1]] }
func (c *csr) pred(v int32) []int32 { return c.in[c.inStart[v]:c.inStart[v+1]] }
