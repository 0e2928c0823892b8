package analysis

import "github.com/kring-nl/kring/graph"

// Centralization returns Freeman's degree centralization of g for in-degree
// and out-degree:
//
//	C = Σ_i (max_j d_j − d_i) / (n−1)²
//
// where (n−1)² is the largest the sum can be in a directed graph without
// self-ties (a star), as igraph centr_degree(mode, loops=FALSE). 1 means one
// person gives (out) or receives (in) all the help; 0 means everybody gives
// or receives equally. ok is false for fewer than two people.
func Centralization(g *graph.Graph) (in, out float64, ok bool) {
	n := g.Len()
	if n < 2 {
		return 0, 0, false
	}
	maxIn, maxOut := 0, 0
	for i := 0; i < n; i++ {
		maxIn = max(maxIn, len(g.In(i)))
		maxOut = max(maxOut, len(g.Out(i)))
	}
	sumIn, sumOut := 0, 0
	for i := 0; i < n; i++ {
		sumIn += maxIn - len(g.In(i))
		sumOut += maxOut - len(g.Out(i))
	}
	d := float64((n - 1) * (n - 1))
	return float64(sumIn) / d, float64(sumOut) / d, true
}
