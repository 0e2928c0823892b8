package analysis

import "github.com/kring-nl/kring/graph"

// Paths holds the shortest-path metrics of every node of a help graph, in
// node order. Distances count help ties and follow their direction.
type Paths struct {
	// Betweenness is directed shortest-path betweenness (Brandes 2001), raw:
	// for node v, the sum over ordered pairs s ≠ v ≠ t of σ_st(v)/σ_st, where
	// σ_st is the number of shortest paths from s to t and σ_st(v) the number
	// through v. It is what networkx betweenness_centrality(normalized=False)
	// and igraph betweenness(directed=True) give.
	Betweenness []float64
	// Reach is out-harmonic centrality, Σ_{t≠v} 1/d(v,t): how easily v's
	// knowledge reaches others along help ties (1/∞ = 0, so people out of
	// reach add nothing and disconnected networks need no special case).
	Reach []float64
	// Access is in-harmonic centrality, Σ_{s≠v} 1/d(s,v): how easily help
	// reaches v.
	Access []float64
}

// ShortestPaths computes Paths with one breadth-first search per source:
// each search counts shortest paths forward, adds 1/d to the source's reach
// and to the access of every node it finds, then accumulates Brandes'
// dependencies backward, walking the in-neighbours of each node instead of
// stored predecessor lists. Time O(n·m), memory O(n + m).
func ShortestPaths(g *graph.Graph) Paths {
	n := g.Len()
	p := Paths{Betweenness: make([]float64, n), Reach: make([]float64, n), Access: make([]float64, n)}
	dist := make([]int, n)
	sigma := make([]float64, n)
	delta := make([]float64, n)
	order := make([]int, 0, n) // nodes in the order BFS found them
	for i := range dist {
		dist[i] = -1
	}
	for s := 0; s < n; s++ {
		order = order[:0]
		dist[s], sigma[s] = 0, 1
		order = append(order, s)
		for head := 0; head < len(order); head++ {
			v := order[head]
			for _, w := range g.Out(v) {
				if dist[w] < 0 {
					dist[w] = dist[v] + 1
					order = append(order, w)
				}
				if dist[w] == dist[v]+1 {
					sigma[w] += sigma[v]
				}
			}
		}
		for _, t := range order[1:] {
			h := 1 / float64(dist[t])
			p.Reach[s] += h
			p.Access[t] += h
		}
		for i := len(order) - 1; i > 0; i-- {
			w := order[i]
			c := (1 + delta[w]) / sigma[w]
			for _, v := range g.In(w) {
				if dist[v] == dist[w]-1 {
					delta[v] += sigma[v] * c
				}
			}
			p.Betweenness[w] += delta[w]
		}
		for _, v := range order {
			dist[v], sigma[v], delta[v] = -1, 0, 0
		}
	}
	return p
}
