package analysis

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/kring-nl/kring/graph"
)

// Schedule is a speed-dating schedule: rounds of groups (pairs, or trios),
// each group a list of indexes into the people scheduled.
type Schedule struct {
	Rounds [][][]int

	StrangerPairs    int // pairs that meet and have no help tie and no contact
	MaxStrangerPairs int // an upper bound on the stranger pairs any schedule of these rounds can cover
	CrossPairs       int // pairs from different organisations (or, without organisations, communities)
	GiverAskerPairs  int // an only-giver with an only-asker
	RoundRobinPairs  int // stranger pairs of a plain round-robin rotation of the same people

	w *pairWeights
}

// GroupPairs says what the pairs of one group of a schedule are.
type GroupPairs struct {
	Pairs      int // 1 for a pair, 3 for a trio
	Strangers  int // pairs with no help tie and no contact
	Cross      int // pairs across organisations (or, without them, communities)
	GiverAsker int // an only-giver with an only-asker
}

// Group says what the pairs of group g (indexes of the people scheduled) are.
func (s *Schedule) Group(g []int) GroupPairs {
	var gp GroupPairs
	for a := range g {
		for _, b := range g[a+1:] {
			k := g[a]*s.w.n + b
			gp.Pairs++
			if s.w.stranger[k] {
				gp.Strangers++
			}
			if s.w.cross[k] {
				gp.Cross++
			}
			if s.w.giveAsk[k] {
				gp.GiverAsker++
			}
		}
	}
	return gp
}

// PairOptions tune Pairs.
type PairOptions struct {
	Rounds int
	Size   int    // 2: pairs (one trio when the count is odd); 3: trios (and a pair or two for the rest)
	Seed   uint64 // the search's random seed; the same seed gives the same schedule
}

// ErrTooManyRounds means the rounds cannot all seat everyone without a pair
// meeting twice.
var ErrTooManyRounds = errors.New("too many rounds")

// MaxPairPeople is the most people Pairs seats: speed-dating rounds are for
// a room, and the pair scores take memory and time that grow with the
// square of the number of people.
const MaxPairPeople = 2000

// ErrTooManyPeople means there are more than MaxPairPeople people to seat.
var ErrTooManyPeople = errors.New("too many people to pair")

// MaxRounds is the most rounds in which n people can meet in groups of size
// without a pair meeting twice: everyone meets at least size−1 new people a
// round.
func MaxRounds(n, size int) int {
	if n < 2 {
		return 0
	}
	if size == 3 && n >= 3 {
		return (n - 1) / 2
	}
	if n%2 == 0 {
		return n - 1
	}
	// Odd: the trio of each round uses three pairs.
	return max(1, n*(n-1)/2/((n-3)/2+3))
}

// pairWeights scores the pairs of the people: what a meeting is worth.
type pairWeights struct {
	n        int
	stranger []bool // [u*n+v]
	cross    []bool
	giveAsk  []bool
}

// Lexicographic weights: a stranger pair outweighs any number of the
// others in one move, a cross pair any number of giver–asker pairs.
const (
	wStranger = 1_000_000
	wCross    = 1_000
	wGiveAsk  = 1
)

func (w *pairWeights) score(u, v int) int64 {
	k := u*w.n + v
	var s int64
	if w.stranger[k] {
		s += wStranger
	}
	if w.cross[k] {
		s += wCross
	}
	if w.giveAsk[k] {
		s += wGiveAsk
	}
	return s
}

// weights scores every pair of n's people: strangers have no help tie
// either way and no contact in any wave; pairs cross when both have an
// organisation and they differ, or else when their communities (Louvain on
// the help graph of every wave) differ; giver–asker pairs are an only-giver
// with an only-asker (over every wave).
func weights(n *graph.Network) *pairWeights {
	nn := len(n.People)
	w := &pairWeights{n: nn, stranger: make([]bool, nn*nn), cross: make([]bool, nn*nn), giveAsk: make([]bool, nn*nn)}
	index := make(map[int64]int, nn)
	for i, p := range n.People {
		index[p.ID] = i
	}
	known := make([]bool, nn*nn)
	for _, t := range n.Ties {
		u, v := index[t.Giver], index[t.Receiver]
		known[u*nn+v], known[v*nn+u] = true, true
	}
	for _, c := range n.Contacts {
		u, v := index[c.A], index[c.B]
		known[u*nn+v], known[v*nn+u] = true, true
	}
	res := Analyze(n, Options{})
	for u := range nn {
		for v := range nn {
			if u == v {
				continue
			}
			k := u*nn + v
			w.stranger[k] = !known[k]
			ou, ov := n.People[u].Org, n.People[v].Org
			if ou != "" && ov != "" {
				w.cross[k] = ou != ov
			} else {
				w.cross[k] = res.People[u].Community != res.People[v].Community
			}
			ru, rv := res.People[u].Role, res.People[v].Role
			w.giveAsk[k] = (ru == OnlyGives && rv == OnlyAsks) || (ru == OnlyAsks && rv == OnlyGives)
		}
	}
	return w
}

// Pairs plans opts.Rounds speed-dating rounds for the people of n: every
// round seats everyone once, no pair meets twice (in a trio, each of its
// three pairs meets), and, in this order of importance, as many pairs of
// strangers as possible meet, then pairs across organisations (or
// communities), then only-givers with only-askers.
//
// It starts from a round-robin rotation (the circle method) and improves it
// by simulated annealing over swaps of two people between groups of a
// round, keeping the best schedule seen, so it never covers fewer stranger
// pairs than the rotation.
func Pairs(n *graph.Network, opts PairOptions) (*Schedule, error) {
	nn := len(n.People)
	if opts.Size != 2 && opts.Size != 3 {
		return nil, fmt.Errorf("group size %d: use 2 or 3", opts.Size)
	}
	if nn < 2 || (opts.Size == 3 && nn < 3) {
		return nil, fmt.Errorf("%d people: need at least %d to meet", nn, opts.Size)
	}
	if opts.Rounds < 1 {
		return nil, fmt.Errorf("%d rounds: need at least 1", opts.Rounds)
	}
	if nn > MaxPairPeople {
		return nil, fmt.Errorf("%w: %d people, at most %d", ErrTooManyPeople, nn, MaxPairPeople)
	}
	if m := MaxRounds(nn, opts.Size); opts.Rounds > m {
		return nil, fmt.Errorf("%w: %d people meet in at most %d rounds of %d without anyone meeting twice", ErrTooManyRounds, nn, m, opts.Size)
	}
	w := weights(n)
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6b72696e67))
	var start [][][]int
	if opts.Size == 2 {
		start = roundRobin(nn, opts.Rounds)
	}
	if start == nil {
		start = greedySchedule(nn, opts.Rounds, opts.Size, rng)
	}
	if start == nil {
		return nil, fmt.Errorf("%w: found no way to seat %d people for %d rounds of %d without anyone meeting twice; try fewer rounds",
			ErrTooManyRounds, nn, opts.Rounds, opts.Size)
	}
	s := &Schedule{w: w}
	if opts.Size == 2 {
		s.RoundRobinPairs = countStrangers(start, w)
	}
	s.Rounds = anneal(start, w, rng)
	for _, round := range s.Rounds {
		for _, g := range round {
			gp := s.Group(g)
			s.StrangerPairs += gp.Strangers
			s.CrossPairs += gp.Cross
			s.GiverAskerPairs += gp.GiverAsker
		}
	}
	s.MaxStrangerPairs = maxStrangers(w, s.Rounds)
	return s, nil
}

// roundRobin is the plain round-robin rotation (the circle method) of n
// people for rounds rounds: person 0 stays, the others rotate. For an odd
// count a dummy sits in, and whoever faces it joins the first pair of the
// round with whom neither has met yet; nil when no such pair is left.
func roundRobin(n, rounds int) [][][]int {
	m := n + n%2
	ring := make([]int, m) // ring[k] is the person at seat k; m-1 is the dummy when n is odd
	for i := range ring {
		ring[i] = i
	}
	met := map[[2]int]bool{}
	meet := func(g []int) {
		for a := range g {
			for b := a + 1; b < len(g); b++ {
				met[key(g[a], g[b])] = true
			}
		}
	}
	var out [][][]int
	for range rounds {
		var round [][]int
		bye := -1
		for k := range m / 2 {
			a, b := ring[k], ring[m-1-k]
			if a >= n || b >= n {
				bye = min(a, b)
				continue
			}
			round = append(round, []int{a, b})
		}
		if bye >= 0 {
			joined := false
			for k, g := range round {
				if !met[key(bye, g[0])] && !met[key(bye, g[1])] {
					round[k] = append(g, bye)
					joined = true
					break
				}
			}
			if !joined {
				return nil
			}
		}
		for _, g := range round {
			meet(g)
		}
		out = append(out, round)
		// Rotate every seat but the first.
		last := ring[m-1]
		copy(ring[2:], ring[1:m-1])
		ring[1] = last
	}
	return out
}

func key(a, b int) [2]int {
	if a > b {
		a, b = b, a
	}
	return [2]int{a, b}
}

// groupSizes splits n people into groups of size (2: pairs and one trio
// when n is odd; 3: trios, and one pair (n%3 = 2) or two (n%3 = 1)).
func groupSizes(n, size int) []int {
	var sizes []int
	switch size {
	case 2:
		for range n/2 - n%2 {
			sizes = append(sizes, 2)
		}
		if n%2 == 1 {
			sizes = append(sizes, 3)
		}
	case 3:
		rest := n % 3
		trios := n / 3
		if rest == 1 {
			trios--
			rest = 4
		}
		for range trios {
			sizes = append(sizes, 3)
		}
		for ; rest >= 2; rest -= 2 {
			sizes = append(sizes, 2)
		}
	}
	return sizes
}

// greedySchedule seats people round by round in random order, each group
// made of people who have not met; it retries a round, and then the whole
// schedule, when it gets stuck. nil when it finds none.
func greedySchedule(n, rounds, size int, rng *rand.Rand) [][][]int {
	sizes := groupSizes(n, size)
	for range 50 {
		met := map[[2]int]bool{}
		var out [][][]int
		for range rounds {
			round := greedyRound(n, sizes, met, rng)
			if round == nil {
				break
			}
			for _, g := range round {
				for a := range g {
					for b := a + 1; b < len(g); b++ {
						met[key(g[a], g[b])] = true
					}
				}
			}
			out = append(out, round)
		}
		if len(out) == rounds {
			return out
		}
	}
	return nil
}

func greedyRound(n int, sizes []int, met map[[2]int]bool, rng *rand.Rand) [][]int {
	for range 2000 {
		order := rng.Perm(n)
		var round [][]int
		used := make([]bool, n)
		ok := true
		for _, sz := range sizes {
			var g []int
			for _, p := range order {
				if used[p] {
					continue
				}
				fits := true
				for _, q := range g {
					if met[key(p, q)] {
						fits = false
						break
					}
				}
				if fits {
					g = append(g, p)
					if len(g) == sz {
						break
					}
				}
			}
			if len(g) < sz {
				ok = false
				break
			}
			for _, p := range g {
				used[p] = true
			}
			round = append(round, g)
		}
		if ok {
			return round
		}
	}
	return nil
}

// anneal improves a schedule by swapping two people between two groups of a
// round, when no pair that swap makes has met in another round. It returns
// the best schedule seen.
func anneal(start [][][]int, w *pairWeights, rng *rand.Rand) [][][]int {
	cur := clone(start)
	used := map[[2]int]int{} // how many times each pair meets
	total := int64(0)
	for _, round := range cur {
		for _, g := range round {
			total += groupScore(g, w)
			for a := range g {
				for b := a + 1; b < len(g); b++ {
					used[key(g[a], g[b])]++
				}
			}
		}
	}
	best, bestScore := clone(cur), total
	steps := min(4000*len(cur)*max(1, len(cur[0])), 2_000_000)
	t0, t1 := 3.0*wStranger, 0.5
	for step := range steps {
		temp := t0 * math.Pow(t1/t0, float64(step)/float64(steps))
		r := rng.IntN(len(cur))
		round := cur[r]
		if len(round) < 2 {
			continue
		}
		gi, gj := rng.IntN(len(round)), rng.IntN(len(round)-1)
		if gj >= gi {
			gj++
		}
		a, b := round[gi], round[gj]
		ia, ib := rng.IntN(len(a)), rng.IntN(len(b))
		x, y := a[ia], b[ib]
		// The pairs the swap breaks and makes.
		ok := true
		var delta int64
		for k, p := range a {
			if k == ia {
				continue
			}
			if used[key(y, p)] > 0 {
				ok = false
				break
			}
			delta += w.score(y, p) - w.score(x, p)
		}
		if !ok {
			continue
		}
		for k, p := range b {
			if k == ib {
				continue
			}
			if used[key(x, p)] > 0 {
				ok = false
				break
			}
			delta += w.score(x, p) - w.score(y, p)
		}
		if !ok {
			continue
		}
		if delta < 0 && rng.Float64() >= math.Exp(float64(delta)/temp) {
			continue
		}
		for k, p := range a {
			if k != ia {
				used[key(x, p)]--
				used[key(y, p)]++
			}
		}
		for k, p := range b {
			if k != ib {
				used[key(y, p)]--
				used[key(x, p)]++
			}
		}
		a[ia], b[ib] = y, x
		total += delta
		if total > bestScore {
			best, bestScore = clone(cur), total
		}
	}
	for _, round := range best {
		for _, g := range round {
			slices.Sort(g)
		}
		slices.SortFunc(round, func(a, b []int) int { return a[0] - b[0] })
	}
	return best
}

func groupScore(g []int, w *pairWeights) int64 {
	var s int64
	for a := range g {
		for b := a + 1; b < len(g); b++ {
			s += w.score(g[a], g[b])
		}
	}
	return s
}

func clone(s [][][]int) [][][]int {
	out := make([][][]int, len(s))
	for r, round := range s {
		out[r] = make([][]int, len(round))
		for k, g := range round {
			out[r][k] = slices.Clone(g)
		}
	}
	return out
}

func countStrangers(s [][][]int, w *pairWeights) int {
	c := 0
	for _, round := range s {
		for _, g := range round {
			for a := range g {
				for b := a + 1; b < len(g); b++ {
					if w.stranger[g[a]*w.n+g[b]] {
						c++
					}
				}
			}
		}
	}
	return c
}

// maxStrangers bounds the stranger pairs any schedule with the rounds' group
// sizes can cover: no more than there are; no more than the rounds seat, less
// the meetings of people who have fewer strangers than partners to meet
// (each such meeting is a known pair, counted at both its ends at most); and
// per person no more than their strangers or the partners the rounds give
// them (half the sum, as each pair counts at both ends).
func maxStrangers(w *pairWeights, rounds [][][]int) int {
	strangers, seats := 0, 0
	most, least := 0, 0 // the most and the fewest partners anyone has, over all rounds
	for _, round := range rounds {
		hi, lo := 0, w.n
		for _, g := range round {
			seats += len(g) * (len(g) - 1) / 2
			hi, lo = max(hi, len(g)-1), min(lo, len(g)-1)
		}
		most += hi
		least += lo
	}
	ends, deficit := 0, 0
	for u := range w.n {
		deg := 0
		for v := range w.n {
			if w.stranger[u*w.n+v] {
				deg++
			}
		}
		strangers += deg
		ends += min(deg, most)
		deficit += max(0, least-deg)
	}
	return min(strangers/2, seats-(deficit+1)/2, ends/2)
}
