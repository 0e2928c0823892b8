package analysis

import (
	"github.com/kring-nl/kring/graph"
	"gonum.org/v1/gonum/graph/topo"
)

// WeakComponents returns the weak component of every node (ignoring the
// direction of ties; an isolated person is a component of their own),
// numbered from 0 in order of each component's first node, and the number of
// components.
func WeakComponents(g *graph.Graph) (comp []int, count int) {
	parent := make([]int, g.Len())
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for u := 0; u < g.Len(); u++ {
		for _, v := range g.Out(u) {
			if a, b := find(u), find(v); a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
	}
	comp = make([]int, g.Len())
	ids := map[int]int{}
	for i := range comp {
		r := find(i)
		id, ok := ids[r]
		if !ok {
			id = len(ids)
			ids[r] = id
		}
		comp[i] = id
	}
	return comp, len(ids)
}

// StrongComponents counts the strongly connected components of g (Tarjan's
// algorithm, gonum topo.TarjanSCC): sets of people who can all reach each
// other along help ties.
func StrongComponents(g *graph.Graph) int {
	return len(topo.TarjanSCC(g))
}
