package analysis

import (
	"math/rand/v2"
	"slices"
)

// wgraph is an undirected weighted graph in compact form, with self-loops
// kept apart: the graph the Louvain method works on at each level.
type wgraph struct {
	start  []int32   // node v's neighbours are adj[start[v]:start[v+1]]
	adj    []int32   // neighbours, each undirected edge listed at both ends
	weight []float64 // weight of each adj entry
	loop   []float64 // weight of v's self-loop, counted once
	degree []float64 // k_v = Σ weights of v's edges + 2·loop (v's share of 2m)
	total  float64   // 2m = Σ_v k_v
}

// undirectedWeighted makes the undirected help graph (weight 1 wherever help
// flows either way) in compact form.
func undirectedWeighted(c *csr) *wgraph {
	n := c.n
	g := &wgraph{start: make([]int32, n+1), loop: make([]float64, n), degree: make([]float64, n)}
	for v := int32(0); v < int32(n); v++ {
		out, in := c.succ(v), c.pred(v)
		i, j := 0, 0
		for i < len(out) || j < len(in) {
			var w int32
			switch {
			case j == len(in) || (i < len(out) && out[i] < in[j]):
				w = out[i]
				i++
			case i == len(out) || in[j] < out[i]:
				w = in[j]
				j++
			default:
				w = out[i]
				i++
				j++
			}
			g.adj = append(g.adj, w)
			g.weight = append(g.weight, 1)
		}
		g.start[v+1] = int32(len(g.adj))
		g.degree[v] = float64(g.start[v+1] - g.start[v])
		g.total += g.degree[v]
	}
	return g
}

// louvainRuns is how many seeded runs louvain keeps the best of: more on
// small graphs, where one run is cheap and modularity landscapes are flat.
func louvainRuns(n int) int {
	switch {
	case n <= 2000:
		return 16
	case n <= 20000:
		return 4
	}
	return 2
}

// louvain partitions the nodes of g by the Louvain method (Blondel et al.
// 2008) at resolution 1, keeping the most modular of louvainRuns(n) runs
// with seeds seed, seed+1, .... Each run: local moving, where every node in
// turn (in a new random order each pass) joins the neighbouring community
// that raises modularity most, until no move helps; then each community
// becomes one node and the same repeats on the smaller graph, until a level
// changes nothing; last, local moving once more on g from the final partition
// (multilevel refinement, Rotta and Noack 2011). It returns the community of
// every node of g, numbered from 0. Runs repeat exactly for the same seed.
func louvain(g *wgraph, seed uint64, stop *stopFlag) []int32 {
	var best []int32
	bestQ := 0.0
	for r := 0; r < louvainRuns(len(g.degree)) && !stop.stopped(); r++ {
		comm := louvainRun(g, seed+uint64(r), stop)
		if q := g.modularity(comm); best == nil || q > bestQ+1e-12 {
			best, bestQ = comm, q
		}
	}
	return best
}

func louvainRun(g *wgraph, seed uint64, stop *stopFlag) []int32 {
	rng := rand.New(rand.NewPCG(seed, 0x6b72696e67))
	n := len(g.degree)
	of := make([]int32, n) // community of each node of g
	for i := range of {
		of[i] = int32(i)
	}
	level := g
	for {
		comm, moved := localMoving(level, rng, nil, stop)
		if !moved {
			break
		}
		comm = renumber(comm)
		for i := range of {
			of[i] = comm[of[i]]
		}
		level = aggregate(level, comm)
		if len(level.degree) == 1 {
			break
		}
	}
	refined, _ := localMoving(g, rng, of, stop)
	return renumber(refined)
}

// modularity is Q of a partition of g: Σ_c [ in_c/2m − (tot_c/2m)² ], where
// in_c counts the weight inside c from both ends (loops twice).
func (g *wgraph) modularity(comm []int32) float64 {
	k := 0
	for _, c := range comm {
		k = max(k, int(c)+1)
	}
	in := make([]float64, k)
	tot := make([]float64, k)
	for v := range g.degree {
		c := comm[v]
		tot[c] += g.degree[v]
		in[c] += 2 * g.loop[v]
		for e := g.start[v]; e < g.start[v+1]; e++ {
			if comm[g.adj[e]] == c {
				in[c] += g.weight[e]
			}
		}
	}
	q := 0.0
	for c := range in {
		q += in[c]/g.total - (tot[c]/g.total)*(tot[c]/g.total)
	}
	return q
}

// localMoving moves nodes between communities, starting from init (nil: each
// node alone), by fast local moving (Traag, Waltman and van Eck 2019): every
// node is visited once in random order and joins the neighbouring community
// that raises modularity most; when a node moves, its neighbours outside its
// new community are queued to be visited again. It ends when the queue is
// empty and reports whether any node moved.
func localMoving(g *wgraph, rng *rand.Rand, init []int32, stop *stopFlag) ([]int32, bool) {
	n := len(g.degree)
	comm := make([]int32, n)
	tot := make([]float64, n) // Σ_tot: total degree of each community
	for v := range comm {
		comm[v] = int32(v)
		if init != nil {
			comm[v] = init[v]
		}
		tot[comm[v]] += g.degree[v]
	}
	links := make([]float64, n) // weight from the current node to each community
	queued := make([]bool, n)
	queue := make([]int32, n) // a ring buffer of the nodes to visit
	for i, v := range rng.Perm(n) {
		queue[i] = int32(v)
		queued[v] = true
	}
	head, size := 0, n
	var touched []int32
	moved := false
	m2 := g.total
	for visits := 0; size > 0; visits++ {
		if visits%4096 == 0 && stop.stopped() {
			return comm, false
		}
		v := queue[head]
		head = (head + 1) % n
		size--
		queued[v] = false
		kv := g.degree[v]
		cur := comm[v]
		touched = touched[:0]
		for e := g.start[v]; e < g.start[v+1]; e++ {
			c := comm[g.adj[e]]
			if links[c] == 0 {
				touched = append(touched, c)
			}
			links[c] += g.weight[e]
		}
		tot[cur] -= kv
		// Gain of joining c, up to a factor: links to c − tot(c)·k_v/2m.
		best, bestGain := cur, links[cur]-tot[cur]*kv/m2
		for _, c := range touched {
			if gain := links[c] - tot[c]*kv/m2; gain > bestGain+1e-12 { // ties: stay
				best, bestGain = c, gain
			}
		}
		tot[best] += kv
		for _, c := range touched {
			links[c] = 0
		}
		if best == cur {
			continue
		}
		comm[v] = best
		moved = true
		for e := g.start[v]; e < g.start[v+1]; e++ {
			if u := g.adj[e]; !queued[u] && comm[u] != best {
				queued[u] = true
				queue[(head+size)%n] = u
				size++
			}
		}
	}
	return comm, moved
}

// renumber maps community labels to 0..k-1 in order of first appearance.
func renumber(comm []int32) []int32 {
	ids := make(map[int32]int32)
	out := make([]int32, len(comm))
	for i, c := range comm {
		id, ok := ids[c]
		if !ok {
			id = int32(len(ids))
			ids[c] = id
		}
		out[i] = id
	}
	return out
}

// aggregate makes the graph whose nodes are the communities of g (numbered
// 0..k-1): the weight between two communities is the sum of the weights
// between their members, and the ties inside a community become its loop.
func aggregate(g *wgraph, comm []int32) *wgraph {
	k := 0
	for _, c := range comm {
		k = max(k, int(c)+1)
	}
	members := make([][]int32, k)
	for v, c := range comm {
		members[c] = append(members[c], int32(v))
	}
	a := &wgraph{start: make([]int32, k+1), loop: make([]float64, k), degree: make([]float64, k), total: g.total}
	weightTo := make([]float64, k)
	var touched []int32
	for c := int32(0); c < int32(k); c++ {
		touched = touched[:0]
		for _, v := range members[c] {
			a.loop[c] += g.loop[v]
			a.degree[c] += g.degree[v]
			for e := g.start[v]; e < g.start[v+1]; e++ {
				d := comm[g.adj[e]]
				if d == c {
					a.loop[c] += g.weight[e] / 2 // each inside edge is seen from both ends
					continue
				}
				if weightTo[d] == 0 {
					touched = append(touched, d)
				}
				weightTo[d] += g.weight[e]
			}
		}
		slices.Sort(touched)
		for _, d := range touched {
			a.adj = append(a.adj, d)
			a.weight = append(a.weight, weightTo[d])
			weightTo[d] = 0
		}
		a.start[c+1] = int32(len(a.adj))
	}
	return a
}
