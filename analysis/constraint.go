package analysis

import "github.com/kring-nl/kring/graph"

// Constraint returns Burt's constraint of every node on the undirected help
// graph (an edge where help flows either way, weight 1), as networkx
// constraint:
//
//	c(i) = Σ_{j ∈ N(i)} ( p_ij + Σ_{q ∈ N(i), q ≠ j} p_iq·p_qj )²,  p_ij = 1/|N(i)|
//
// Low constraint means i's contacts are not connected to each other: i spans
// structural holes. It is nil for a person without ties (networkx gives NaN).
func Constraint(g *graph.Graph) []*float64 {
	nb := undirectedNeighbours(g)
	out := make([]*float64, g.Len())
	adj := make([]map[int]bool, g.Len())
	for i, ns := range nb {
		adj[i] = make(map[int]bool, len(ns))
		for _, j := range ns {
			adj[i][j] = true
		}
	}
	for i, ns := range nb {
		if len(ns) == 0 {
			continue
		}
		c := 0.0
		pi := 1 / float64(len(ns))
		for _, j := range ns {
			local := pi
			for _, q := range ns {
				if q != j && adj[q][j] {
					local += pi / float64(len(nb[q]))
				}
			}
			c += local * local
		}
		out[i] = &c
	}
	return out
}

// undirectedNeighbours returns, for every node, the sorted nodes it has a
// help tie with in either direction.
func undirectedNeighbours(g *graph.Graph) [][]int {
	out := make([][]int, g.Len())
	for i := range out {
		a, b := g.Out(i), g.In(i)
		ns := make([]int, 0, len(a)+len(b))
		x, y := 0, 0
		for x < len(a) || y < len(b) {
			switch {
			case y == len(b) || (x < len(a) && a[x] < b[y]):
				ns = append(ns, a[x])
				x++
			case x == len(a) || b[y] < a[x]:
				ns = append(ns, b[y])
				y++
			default:
				ns = append(ns, a[x])
				x++
				y++
			}
		}
		out[i] = ns
	}
	return out
}
