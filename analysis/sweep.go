package analysis

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/kring-nl/kring/graph"
)

// sweepBlocks is the number of fixed groups of sources whose sums are kept
// apart and added in order at the end, so the result does not depend on how
// many workers there are or which worker ran which group.
const sweepBlocks = 32

// Sweep computes the same Paths as ShortestPaths, faster: on a compact index
// of the graph, with the sources shared among workers (0 means one per CPU).
// Source s belongs to block s mod 32; each block's contributions are summed
// in source order and the blocks in block order, so the result is the same
// on every run and for every number of workers.
func Sweep(g *graph.Graph, workers int) Paths { return sweep(g, workers, work{}) }

// sweep is Sweep, telling w after each block of sources; it stops early
// (with partial sums) when w says so.
func sweep(g *graph.Graph, workers int, w work) Paths {
	c := newCSR(g)
	n := c.n
	p := Paths{Betweenness: make([]float64, n), Reach: make([]float64, n), Access: make([]float64, n)}
	if n == 0 {
		return p
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	blocks := min(sweepBlocks, n)
	workers = min(workers, blocks)
	partBC := make([][]float64, blocks)
	partAccess := make([][]float64, blocks)
	var next atomic.Int32
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := newSweeper(n)
			for {
				b := int(next.Add(1)) - 1
				if b >= blocks {
					return
				}
				bc, access := make([]float64, n), make([]float64, n)
				for src := b; src < n && !w.stopped(); src += blocks {
					p.Reach[src] = s.run(c, int32(src), bc, access)
				}
				partBC[b], partAccess[b] = bc, access
				w.done()
			}
		}()
	}
	wg.Wait()
	for b := 0; b < blocks; b++ {
		for v := 0; v < n; v++ {
			p.Betweenness[v] += partBC[b][v]
			p.Access[v] += partAccess[b][v]
		}
	}
	return p
}

// sweeper holds one worker's scratch space, reset after every source. The
// arrays are separate so that each inner loop reads one dense array: the
// search reads dist, the sums read pub.
type sweeper struct {
	dist   []int32   // distance from the source; -1 when not reached
	sigma  []float64 // number of shortest paths from the source
	pub    []float64 // what a node publishes to its neighbours; 0 otherwise (see run)
	order  []int32   // reached nodes in BFS order, so level by level
	levels []int     // levels[d] is where distance d starts in order
	sums   []float64 // per position in a level, during the backward pass
	rest   []int32   // nodes not reached yet, for bottom-up steps
}

func newSweeper(n int) *sweeper {
	s := &sweeper{dist: make([]int32, n), sigma: make([]float64, n), pub: make([]float64, n),
		order: make([]int32, 0, n), sums: make([]float64, n), rest: make([]int32, 0, n)}
	for i := range s.dist {
		s.dist[i] = -1
	}
	return s
}

// run does one source: a breadth-first search counting shortest paths, the
// harmonic sums, and Brandes' accumulation of dependencies into bc. It
// returns the source's reach sum.
//
// It works level by level so that its inner loops need no test per tie, the
// costly, unpredictable branch of the textbook version:
//
//   - forward: the nodes of level d publish σ in pub; each newly found node
//     of level d+1 sums pub over all its predecessors (nodes off level d
//     publish 0), then level d stops publishing and level d+1 starts. While
//     the frontier is small, level d+1 is found top-down (the successors of
//     level d); once its ties outweigh a quarter of the in-ties of the nodes
//     not yet reached, bottom-up: every such node sums pub over its predecessors,
//     and a sum above 0 puts it on level d+1 with that σ, one scan for both
//     (Beamer, Asanović and Patterson's direction-optimising search);
//   - backward, from the farthest level: every node v of level d sums pub
//     over all its successors, where only level d+1 publishes (1+δ(w))/σ(w);
//     δ(v) = σ(v)·sum. Level d publishes only once all of it is summed.
func (s *sweeper) run(c *csr, src int32, bc, access []float64) float64 {
	dist, sigma, pub := s.dist, s.sigma, s.pub
	order := append(s.order[:0], src)
	levels := append(s.levels[:0], 0, 1)
	dist[src], sigma[src], pub[src] = 0, 1, 1
	restEdges := len(c.in) - int(c.inStart[src+1]-c.inStart[src]) // in-ties of the nodes not reached
	bottomUp := false
	for d := int32(0); ; d++ {
		lo, hi := levels[d], levels[d+1]
		if !bottomUp {
			work := 0
			for _, v := range order[lo:hi] {
				work += int(c.outStart[v+1] - c.outStart[v])
			}
			if 4*work > restEdges {
				bottomUp = true
				s.rest = s.rest[:0]
				for v := int32(0); v < int32(c.n); v++ {
					if dist[v] < 0 {
						s.rest = append(s.rest, v)
					}
				}
			}
		}
		if bottomUp {
			rest := s.rest[:0]
			for _, w := range s.rest {
				sum := 0.0
				for _, u := range c.pred(w) {
					sum += pub[u]
				}
				if sum > 0 {
					dist[w], sigma[w] = d+1, sum
					order = append(order, w)
				} else {
					rest = append(rest, w)
				}
			}
			s.rest = rest
		} else {
			for _, v := range order[lo:hi] {
				for _, w := range c.succ(v) {
					if dist[w] < 0 {
						dist[w] = d + 1
						order = append(order, w)
					}
				}
			}
			for _, w := range order[hi:] {
				sum := 0.0
				for _, u := range c.pred(w) {
					sum += pub[u]
				}
				sigma[w] = sum
				restEdges -= int(c.inStart[w+1] - c.inStart[w])
			}
		}
		next := order[hi:]
		for _, v := range order[lo:hi] {
			pub[v] = 0
		}
		if len(next) == 0 {
			break
		}
		for _, w := range next {
			pub[w] = sigma[w]
		}
		levels = append(levels, len(order))
	}
	reach := 0.0
	for d := 1; d+1 < len(levels); d++ {
		h := 1 / float64(d)
		reach += h * float64(levels[d+1]-levels[d])
		for _, t := range order[levels[d]:levels[d+1]] {
			access[t] += h
		}
	}
	sums := s.sums
	for d := len(levels) - 2; d >= 1; d-- {
		level := order[levels[d]:levels[d+1]]
		for i, v := range level {
			sum := 0.0
			for _, w := range c.succ(v) {
				sum += pub[w]
			}
			sums[i] = sum
		}
		if d+2 < len(levels) {
			for _, w := range order[levels[d+1]:levels[d+2]] {
				pub[w] = 0
			}
		}
		for i, v := range level {
			delta := sigma[v] * sums[i]
			bc[v] += delta
			pub[v] = (1 + delta) / sigma[v]
		}
	}
	for _, v := range order[levels[1]:] {
		pub[v] = 0
	}
	for _, v := range order {
		dist[v], sigma[v] = -1, 0
	}
	pub[src] = 0
	s.order, s.levels = order, levels
	return reach
}
