package analysis

import (
	"math/rand/v2"
	"slices"

	"github.com/kring-nl/kring/graph"
	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"
)

// gonumLouvain is gonum's Louvain (community.Modularize) on the undirected
// help graph: the reference the tests compare louvain with.
func gonumLouvain(g *graph.Graph, seed uint64) [][]int {
	reduced := community.Modularize(undirected(g), 1, rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var parts [][]int
	for _, members := range reduced.Communities() {
		var p []int
		for _, m := range members {
			p = append(p, int(m.ID()))
		}
		slices.Sort(p)
		parts = append(parts, p)
	}
	return parts
}

// undirected is the undirected help graph as a gonum graph.
func undirected(g *graph.Graph) *simple.UndirectedGraph {
	u := simple.NewUndirectedGraph()
	for i := 0; i < g.Len(); i++ {
		u.AddNode(simple.Node(i))
	}
	for i := 0; i < g.Len(); i++ {
		for _, j := range g.Out(i) {
			if !u.HasEdgeBetween(int64(i), int64(j)) {
				u.SetEdge(simple.Edge{F: simple.Node(i), T: simple.Node(j)})
			}
		}
	}
	return u
}

var _ gonum.Undirected = (*simple.UndirectedGraph)(nil)
