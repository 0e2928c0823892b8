package analysis

import (
	"cmp"
	"slices"

	"github.com/kring-nl/kring/graph"
)

// Communities holds a partition of the people into communities.
type Communities struct {
	Of         []int    // community of every node, numbered from 1 by size (largest first)
	Count      int      // number of communities, people without ties each being one
	Modularity *float64 // Q of the partition; nil when there are no help ties
}

// LouvainCommunities finds communities by modularity optimisation with the
// Louvain method (see louvain; resolution 1) on the undirected help graph:
// an edge of weight 1 between two people wherever help flows either way. The
// order of the local moves is a random permutation from seed, so runs
// repeat. Modularity is
//
//	Q = 1/2m Σ_ij [ A_ij − k_i·k_j/2m ] δ(c_i, c_j)
//
// as networkx modularity. Communities are numbered by size, then by their
// first member in node order.
func LouvainCommunities(g *graph.Graph, seed uint64) Communities {
	return louvainCommunities(g, seed, nil)
}

func louvainCommunities(g *graph.Graph, seed uint64, stop *stopFlag) Communities {
	n := g.Len()
	c := Communities{Of: make([]int, n)}
	parts := make([][]int, 0)
	if g.Edges() == 0 {
		for i := 0; i < n; i++ {
			parts = append(parts, []int{i})
		}
	} else {
		comm := louvain(undirectedWeighted(newCSR(g)), seed, stop)
		if stop.stopped() {
			return c // the caller throws it away
		}
		k := 0
		for _, x := range comm {
			k = max(k, int(x)+1)
		}
		parts = make([][]int, k)
		for v, x := range comm {
			parts[x] = append(parts[x], v)
		}
		q := Modularity(g, partsOf(parts, n))
		c.Modularity = &q
	}
	slices.SortFunc(parts, func(a, b []int) int { return cmp.Or(cmp.Compare(len(b), len(a)), cmp.Compare(a[0], b[0])) })
	for i, p := range parts {
		for _, v := range p {
			c.Of[v] = i + 1
		}
	}
	c.Count = len(parts)
	return c
}

// partsOf turns a list of parts into the part index of every node.
func partsOf(parts [][]int, n int) []int {
	of := make([]int, n)
	for i, p := range parts {
		for _, v := range p {
			of[v] = i
		}
	}
	return of
}

// Modularity is the modularity Q of a partition (part[v] for every node) of
// the undirected help graph, resolution 1:
//
//	Q = Σ_c [ L_c/m − (D_c/2m)² ]
//
// with m the number of undirected edges, L_c the edges inside part c and D_c
// the sum of the degrees in c. It is 0 for a graph without edges.
func Modularity(g *graph.Graph, part []int) float64 {
	nb := undirectedNeighbours(g)
	m := 0.0
	inside := map[int]float64{}
	degree := map[int]float64{}
	for v, ns := range nb {
		m += float64(len(ns))
		degree[part[v]] += float64(len(ns))
		for _, w := range ns {
			if part[w] == part[v] {
				inside[part[v]] += 0.5
			}
		}
	}
	m /= 2
	if m == 0 {
		return 0
	}
	q := 0.0
	for c, d := range degree {
		q += inside[c]/m - (d/(2*m))*(d/(2*m))
	}
	return q
}
