package analysis

import (
	"math"

	"github.com/kring-nl/kring/graph"
)

// PageRank returns the PageRank of every node of g with the given damping
// factor d, by power iteration from the uniform vector:
//
//	x'(v) = (1−d)/n + d·( Σ_{u→v} x(u)/outdeg(u) + Σ_{u dangling} x(u)/n )
//
// A dangling node (no out-ties) spreads its rank evenly over all nodes, as in
// networkx pagerank and igraph's PRPACK. The iteration stops when the L1
// change is below 1e-15 (or after 10,000 steps); the ranks sum to 1. Unlike
// gonum's PageRankSparse, which starts from a random vector, the result is
// the same on every run.
func PageRank(g *graph.Graph, d float64) []float64 {
	n := g.Len()
	if n == 0 {
		return nil
	}
	x := make([]float64, n)
	next := make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for iter := 0; iter < 10000; iter++ {
		dangling := 0.0
		for u := 0; u < n; u++ {
			if len(g.Out(u)) == 0 {
				dangling += x[u]
			}
		}
		base := (1-d)/float64(n) + d*dangling/float64(n)
		for v := 0; v < n; v++ {
			sum := 0.0
			for _, u := range g.In(v) {
				sum += x[u] / float64(len(g.Out(u)))
			}
			next[v] = base + d*sum
		}
		change := 0.0
		for i := range x {
			change += math.Abs(next[i] - x[i])
		}
		x, next = next, x
		if change < 1e-15 {
			break
		}
	}
	return x
}
