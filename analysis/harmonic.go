package analysis

import (
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/kring-nl/kring/graph"
)

// lanes is the number of 64-bit words per node in Harmonic's searches: each
// pass searches from 64·lanes sources at once.
const lanes = 4

// Harmonic returns the harmonic sums of every node (Reach: Σ_t 1/d(v,t);
// Access: Σ_s 1/d(s,v)) without betweenness, by multi-source breadth-first
// search over bits (Then et al., "The more the merrier", 2014): each pass
// follows 256 sources at once, one bit per source in every node's four
// 64-bit words, so one scan of a tie advances 256 searches. A node first
// reached at distance d by k of the pass's sources adds k/d to its access;
// bit-sliced counters count, per source, the nodes it first reaches at d,
// which adds to the source's reach. The integer counts are exact; the sums
// are added in a fixed order (see Sweep), so results repeat for any number
// of workers (0 means one per CPU).
func Harmonic(g *graph.Graph, workers int) (reach, access []float64) {
	return harmonic(g, workers, work{})
}

// harmonicPasses is the number of passes Harmonic makes for n people.
func harmonicPasses(n int) int { return (n + 64*lanes - 1) / (64 * lanes) }

// harmonic is Harmonic, telling w after each pass; it stops early when w
// says so.
func harmonic(g *graph.Graph, workers int, w work) (reach, access []float64) {
	c := newCSR(g)
	n := c.n
	reach, access = make([]float64, n), make([]float64, n)
	if n == 0 {
		return reach, access
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	width := 64 * lanes
	passes := harmonicPasses(n)
	blocks := min(sweepBlocks, passes)
	workers = min(workers, blocks)
	parts := make([][]float64, blocks)
	var next atomic.Int32
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := newMSBFS(n)
			for {
				b := int(next.Add(1)) - 1
				if b >= blocks {
					return
				}
				part := make([]float64, n)
				for p := b; p < passes && !w.stopped(); p += blocks {
					m.run(c, p*width, min(width, n-p*width), reach, part, w.stop)
					w.done()
				}
				parts[b] = part
			}
		}()
	}
	wg.Wait()
	for b := 0; b < blocks; b++ {
		for v := 0; v < n; v++ {
			access[v] += parts[b][v]
		}
	}
	return reach, access
}

// msbfs is one worker's scratch space for multi-source searches.
type msbfs struct {
	seen, frontier, next []uint64 // lanes words per node
	full                 []bool   // all of the pass's sources have reached the node
	marked               []bool
	active, nextActive   []int32
	all                  [lanes]uint64 // the bits of the pass's sources

	// Bit-sliced counters of the sources' newly reached nodes (see add).
	buf                       [16][lanes]uint64
	nbuf                      int
	ones, twos, fours, eights [lanes]uint64
	planes                    [][lanes]uint64
}

func newMSBFS(n int) *msbfs {
	planes := bits.Len(uint(n)) + 2
	return &msbfs{
		seen: make([]uint64, n*lanes), frontier: make([]uint64, n*lanes), next: make([]uint64, n*lanes),
		full: make([]bool, n), marked: make([]bool, n), planes: make([][lanes]uint64, planes),
	}
}

// run searches from the k sources first, first+1, ..., adding each source's
// reach and each node's access share to the given slices.
//
// A step pushes the frontier along the ties of the active nodes while they
// are few; once their ties are a sizeable share of all ties it pulls instead
// (Beamer et al.'s direction-optimising search): every node that not all
// sources have reached ORs the frontier words of its predecessors, which
// reads where pushing would write and skips the nodes that are full.
func (m *msbfs) run(c *csr, first, k int, reach, access []float64, stop *stopFlag) {
	n := c.n
	m.all = [lanes]uint64{}
	for i := 0; i < k; i++ {
		m.all[i/64] |= 1 << (i % 64)
	}
	m.active = m.active[:0]
	for i := 0; i < k; i++ {
		v := first + i
		m.seen[v*lanes+i/64] |= 1 << (i % 64)
		m.frontier[v*lanes+i/64] |= 1 << (i % 64)
		m.active = append(m.active, int32(v))
	}
	pulling := false
	for d := 1; len(m.active) > 0; d++ {
		if stop.stopped() {
			return // the caller throws the sums away
		}
		work := 0
		for _, v := range m.active {
			work += int(c.outStart[v+1] - c.outStart[v])
		}
		pulling = pulling || work > len(c.out)/8
		m.nextActive = m.nextActive[:0]
		if pulling {
			for w := 0; w < n; w++ {
				if m.full[w] {
					continue
				}
				nx := m.next[w*lanes : w*lanes+lanes]
				for _, u := range c.pred(int32(w)) {
					f := m.frontier[int(u)*lanes : int(u)*lanes+lanes]
					nx[0] |= f[0]
					nx[1] |= f[1]
					nx[2] |= f[2]
					nx[3] |= f[3]
				}
				if nx[0]|nx[1]|nx[2]|nx[3] != 0 {
					m.nextActive = append(m.nextActive, int32(w))
				}
			}
			for _, v := range m.active {
				clear(m.frontier[int(v)*lanes : int(v)*lanes+lanes])
			}
		} else {
			for _, v := range m.active {
				f := m.frontier[int(v)*lanes : int(v)*lanes+lanes]
				for _, w := range c.succ(v) {
					nx := m.next[int(w)*lanes : int(w)*lanes+lanes]
					nx[0] |= f[0]
					nx[1] |= f[1]
					nx[2] |= f[2]
					nx[3] |= f[3]
					if !m.marked[w] {
						m.marked[w] = true
						m.nextActive = append(m.nextActive, w)
					}
				}
				clear(f)
			}
		}
		// Keep what is new, count it, and make it the next frontier.
		h := 1 / float64(d)
		active := m.active[:0]
		for _, w := range m.nextActive {
			m.marked[w] = false
			o := int(w) * lanes
			fresh, count, full := [lanes]uint64{}, 0, true
			for i := 0; i < lanes; i++ {
				fresh[i] = m.next[o+i] &^ m.seen[o+i]
				m.next[o+i] = 0
				m.seen[o+i] |= fresh[i]
				m.frontier[o+i] = fresh[i]
				full = full && m.seen[o+i] == m.all[i]
				count += bits.OnesCount64(fresh[i])
			}
			m.full[w] = full
			if count == 0 {
				continue
			}
			access[w] += float64(count) * h
			m.add(fresh)
			active = append(active, w)
		}
		m.active = active
		m.flush(first, k, h, reach)
	}
	clear(m.seen)
	clear(m.full)
}

// add adds a one-bit value per source to the counters. Values wait in a
// buffer of 16; full buffers go through a Harley–Seal carry-save tree into
// persistent ones/twos/fours/eights words per lane, and only its sixteens
// ripple into the deep planes (plane p counts 2^p), so most additions are
// straight-line code without the carry loop's unpredictable branches.
func (m *msbfs) add(x [lanes]uint64) {
	m.buf[m.nbuf] = x
	m.nbuf++
	if m.nbuf == len(m.buf) {
		m.reduce()
	}
}

// csa is a carry-save adder: a + b + c = 2·high + low, bit by bit.
func csa(a, b, c uint64) (high, low uint64) {
	u := a ^ b
	return (a & b) | (u & c), u ^ c
}

func (m *msbfs) reduce() {
	b := &m.buf
	for i := 0; i < lanes; i++ {
		ones, twos, fours, eights := m.ones[i], m.twos[i], m.fours[i], m.eights[i]
		var twosA, twosB, foursA, foursB, eightsA, eightsB, sixteens uint64
		twosA, ones = csa(ones, b[0][i], b[1][i])
		twosB, ones = csa(ones, b[2][i], b[3][i])
		foursA, twos = csa(twos, twosA, twosB)
		twosA, ones = csa(ones, b[4][i], b[5][i])
		twosB, ones = csa(ones, b[6][i], b[7][i])
		foursB, twos = csa(twos, twosA, twosB)
		eightsA, fours = csa(fours, foursA, foursB)
		twosA, ones = csa(ones, b[8][i], b[9][i])
		twosB, ones = csa(ones, b[10][i], b[11][i])
		foursA, twos = csa(twos, twosA, twosB)
		twosA, ones = csa(ones, b[12][i], b[13][i])
		twosB, ones = csa(ones, b[14][i], b[15][i])
		foursB, twos = csa(twos, twosA, twosB)
		eightsB, fours = csa(fours, foursA, foursB)
		sixteens, eights = csa(eights, eightsA, eightsB)
		m.ones[i], m.twos[i], m.fours[i], m.eights[i] = ones, twos, fours, eights
		m.ripple(4, i, sixteens)
	}
	m.nbuf = 0
}

// ripple adds x at plane p of lane i, carrying upwards.
func (m *msbfs) ripple(p, i int, x uint64) {
	for carry := x; carry != 0; p++ {
		t := m.planes[p][i] & carry
		m.planes[p][i] ^= carry
		carry = t
	}
}

// flush turns the counters into reach for the pass's sources (count·h each)
// and clears them.
func (m *msbfs) flush(first, k int, h float64, reach []float64) {
	for j := 0; j < m.nbuf; j++ {
		for i := 0; i < lanes; i++ {
			m.ripple(0, i, m.buf[j][i])
		}
	}
	m.nbuf = 0
	for i := 0; i < lanes; i++ {
		m.ripple(0, i, m.ones[i])
		m.ripple(1, i, m.twos[i])
		m.ripple(2, i, m.fours[i])
		m.ripple(3, i, m.eights[i])
	}
	m.ones, m.twos, m.fours, m.eights = [lanes]uint64{}, [lanes]uint64{}, [lanes]uint64{}, [lanes]uint64{}
	for i := 0; i < k; i++ {
		word, bit := i/64, uint(i%64)
		count := 0
		for p := range m.planes {
			count |= int(m.planes[p][word]>>bit&1) << p
		}
		if count > 0 {
			reach[first+i] += float64(count) * h
		}
	}
	clear(m.planes)
}
