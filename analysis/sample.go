package analysis

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/kring-nl/kring/graph"
)

// Estimate says how a sampled betweenness was made and how far it may be off.
type Estimate struct {
	Samples    int     `json:"samples"`    // shortest paths sampled
	Error      float64 `json:"error"`      // every betweenness_norm is within ±Error of the exact value ...
	Confidence float64 `json:"confidence"` // ... with at least this probability
}

// SampledBetweenness estimates directed betweenness by sampling shortest
// paths (Riondato and Kornaropoulos, "Fast approximation of betweenness
// centrality through sampling", 2016): r times, a pair s ≠ t is drawn
// uniformly and, when t can be reached from s, one of the shortest s–t paths
// uniformly; each person inside the path gains 1. Then count/r estimates
// b(v)/(n(n−1)), where b is raw betweenness, and with
//
//	r = ⌈ (0.5/ε²) · (⌊log₂(VD−2)⌋ + 1 + ln(1/δ)) ⌉
//
// every estimate is within ε of it, all at once, with probability 1−δ. VD,
// the most people on a shortest path, is bounded by the size of the largest
// weak component. On the betweenness_norm scale, b/((n−1)(n−2)), the error
// is ε·n/(n−2), returned in the Estimate.
//
// Paths are found by a balanced bidirectional breadth-first search, which
// grows whichever side is cheaper and stops where the two meet: on sparse
// graphs it touches a few thousand ties where a full search touches all. The
// samples come in 64 fixed chunks, each with its own random stream from
// seed, and the counts are integers, so the result does not depend on the
// number of workers (0 means one per CPU).
func SampledBetweenness(g *graph.Graph, eps, delta float64, seed uint64, workers int) ([]float64, Estimate) {
	return sampledBetweenness(g, eps, delta, seed, workers, work{})
}

// sampleChunks is the number of fixed chunks the samples come in.
const sampleChunks = 64

// sampledBetweenness is SampledBetweenness, telling wk after each chunk of
// samples; it stops early when wk says so.
func sampledBetweenness(g *graph.Graph, eps, delta float64, seed uint64, workers int, wk work) ([]float64, Estimate) {
	n := g.Len()
	raw := make([]float64, n)
	est := Estimate{Confidence: 1 - delta}
	vd := largestWeakComponent(g)
	if n < 3 || vd < 3 {
		return raw, est
	}
	r := int(math.Ceil(0.5 / (eps * eps) * (float64(bits.Len(uint(vd-2))-1) + 1 + math.Log(1/delta))))
	est.Samples = r
	est.Error = eps * float64(n) / float64(n-2)
	c := newCSR(g)
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	const chunks = sampleChunks
	counts := make([][]int64, workers)
	var next atomic.Int32
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			s := newSampler(n)
			count := make([]int64, n)
			for {
				ch := int(next.Add(1)) - 1
				if ch >= chunks {
					break
				}
				rng := rand.New(rand.NewPCG(seed, uint64(ch)))
				for i := ch; i < r && !wk.stopped(); i += chunks {
					u := int32(rng.IntN(n))
					v := int32(rng.IntN(n - 1))
					if v >= u {
						v++
					}
					s.path(c, u, v, rng, count)
				}
				wk.done()
			}
			counts[w] = count
		}(w)
	}
	wg.Wait()
	scale := float64(n) * float64(n-1) / float64(r)
	for v := 0; v < n; v++ {
		var total int64
		for w := range counts {
			total += counts[w][v]
		}
		raw[v] = float64(total) * scale
	}
	return raw, est
}

// largestWeakComponent is the number of people in the largest weak component.
func largestWeakComponent(g *graph.Graph) int {
	comp, k := WeakComponents(g)
	size := make([]int, k)
	best := 0
	for _, c := range comp {
		size[c]++
		best = max(best, size[c])
	}
	return best
}

// sampler is one worker's scratch space for bidirectional searches.
type sampler struct {
	distF, distB   []int32 // distance from s / to t; -1 when not reached
	sigmaF, sigmaB []float64
	seenF, seenB   []int32 // reached nodes, to reset
	front, next    []int32
	frontB         []int32
	meet           []int32
}

func newSampler(n int) *sampler {
	s := &sampler{distF: make([]int32, n), distB: make([]int32, n), sigmaF: make([]float64, n), sigmaB: make([]float64, n)}
	for i := range s.distF {
		s.distF[i], s.distB[i] = -1, -1
	}
	return s
}

// path finds the shortest paths from u to v, draws one uniformly and adds 1
// to the count of every node inside it. Nothing is counted when v cannot be
// reached.
func (s *sampler) path(c *csr, u, v int32, rng *rand.Rand, count []int64) {
	s.distF[u], s.sigmaF[u] = 0, 1
	s.distB[v], s.sigmaB[v] = 0, 1
	s.seenF = append(s.seenF[:0], u)
	s.seenB = append(s.seenB[:0], v)
	s.front = append(s.front[:0], u)
	s.frontB = append(s.frontB[:0], v)
	dF, dB := int32(0), int32(0)
	s.meet = s.meet[:0]
	for len(s.meet) == 0 && len(s.front) > 0 && len(s.frontB) > 0 {
		costF, costB := 0, 0
		for _, x := range s.front {
			costF += int(c.outStart[x+1] - c.outStart[x])
		}
		for _, x := range s.frontB {
			costB += int(c.inStart[x+1] - c.inStart[x])
		}
		if costF <= costB {
			dF++
			s.next = s.next[:0]
			for _, x := range s.front {
				for _, y := range c.succ(x) {
					switch {
					case s.distF[y] < 0:
						s.distF[y], s.sigmaF[y] = dF, s.sigmaF[x]
						s.next = append(s.next, y)
						s.seenF = append(s.seenF, y)
					case s.distF[y] == dF:
						s.sigmaF[y] += s.sigmaF[x]
					}
				}
			}
			s.front, s.next = s.next, s.front
			s.meet = meeting(s.meet, s.front, s.distB)
		} else {
			dB++
			s.next = s.next[:0]
			for _, x := range s.frontB {
				for _, y := range c.pred(x) {
					switch {
					case s.distB[y] < 0:
						s.distB[y], s.sigmaB[y] = dB, s.sigmaB[x]
						s.next = append(s.next, y)
						s.seenB = append(s.seenB, y)
					case s.distB[y] == dB:
						s.sigmaB[y] += s.sigmaB[x]
					}
				}
			}
			s.frontB, s.next = s.next, s.frontB
			s.meet = meeting(s.meet, s.frontB, s.distF)
		}
	}
	if len(s.meet) > 0 {
		s.draw(c, u, v, rng, count)
	}
	for _, x := range s.seenF {
		s.distF[x], s.sigmaF[x] = -1, 0
	}
	for _, x := range s.seenB {
		s.distB[x], s.sigmaB[x] = -1, 0
	}
}

// meeting returns the nodes of a new layer that the other side has reached at
// the smallest distance: every shortest path crosses the layer at one of them.
func meeting(meet, layer []int32, other []int32) []int32 {
	best := int32(math.MaxInt32)
	for _, x := range layer {
		if d := other[x]; d >= 0 && d < best {
			best = d
		}
	}
	for _, x := range layer {
		if other[x] == best {
			meet = append(meet, x)
		}
	}
	return meet
}

// draw picks one shortest path uniformly: a meeting node x with weight
// σ_F(x)·σ_B(x), then back towards u choosing each predecessor p with
// probability σ_F(p)/σ_F(node), and on towards v choosing each successor q
// with probability σ_B(q)/σ_B(node).
func (s *sampler) draw(c *csr, u, v int32, rng *rand.Rand, count []int64) {
	total := 0.0
	for _, x := range s.meet {
		total += s.sigmaF[x] * s.sigmaB[x]
	}
	pick := rng.Float64() * total
	x := s.meet[len(s.meet)-1]
	for _, m := range s.meet {
		if pick -= s.sigmaF[m] * s.sigmaB[m]; pick < 0 {
			x = m
			break
		}
	}
	if x != u && x != v {
		count[x]++
	}
	for cur := x; cur != u; {
		pick := rng.Float64() * s.sigmaF[cur]
		want := s.distF[cur] - 1
		next := int32(-1)
		for _, p := range c.pred(cur) {
			if s.distF[p] == want {
				next = p
				if pick -= s.sigmaF[p]; pick < 0 {
					break
				}
			}
		}
		cur = next
		if cur != u {
			count[cur]++
		}
	}
	for cur := x; cur != v; {
		pick := rng.Float64() * s.sigmaB[cur]
		want := s.distB[cur] - 1
		next := int32(-1)
		for _, q := range c.succ(cur) {
			if s.distB[q] == want {
				next = q
				if pick -= s.sigmaB[q]; pick < 0 {
					break
				}
			}
		}
		cur = next
		if cur != v {
			count[cur]++
		}
	}
}
