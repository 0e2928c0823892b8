package analysis

import (
	"context"
	"slices"
	"sync"

	"github.com/kring-nl/kring/graph"
)

// Damping is the PageRank damping factor of Sought.
const Damping = 0.85

// BrokerShare is the share of people, at most, who are brokers.
const BrokerShare = 0.10

// Betweenness is computed exactly up to SampleAbove people and estimated by
// sampling above that (unless Options.Exact), within ±SampleError on the
// betweenness_norm scale with probability SampleConfidence.
const (
	SampleAbove      = 20000
	SampleError      = 0.005
	SampleConfidence = 0.95
)

// Person is every metric of one person.
type Person struct {
	Name string `json:"name"`
	Org  string `json:"org,omitempty"`

	Gives      int      `json:"gives"`
	Receives   int      `json:"receives"`
	Balance    int      `json:"balance"`
	GiveShare  *float64 `json:"give_share"`
	Reciprocal int      `json:"reciprocal"`
	Role       Role     `json:"role"`

	// TookPart says whether the person took part in the scope's waves (in
	// any of them, for several): true, false, or null when not known (see
	// graph.Presences). Who did not take part but is named by others has
	// figures that rest only on what others reported.
	TookPart *bool `json:"took_part"`

	// ConfirmedShare is the share of the help ties this person recorded that
	// both ends recorded; null when they recorded none.
	ConfirmedShare *float64 `json:"confirmed_share"`

	Betweenness     float64  `json:"betweenness"`
	BetweennessNorm float64  `json:"betweenness_norm"`
	Reach           float64  `json:"reach"`
	Access          float64  `json:"access"`
	Sought          float64  `json:"sought"`
	Broker          bool     `json:"broker"`
	Community       int      `json:"community"`
	Constraint      *float64 `json:"constraint"`

	Coordinator    *int `json:"coordinator"`
	Gatekeeper     *int `json:"gatekeeper"`
	Representative *int `json:"representative"`
	Consultant     *int `json:"consultant"`
	Liaison        *int `json:"liaison"`
}

// Summary is the network as a whole.
type Summary struct {
	People          int      `json:"people"`
	HelpTies        int      `json:"help_ties"` // distinct giver → receiver pairs
	Contacts        int      `json:"contacts"`  // distinct pairs with a contact
	Density         float64  `json:"density"`
	Reciprocity     *float64 `json:"reciprocity"` // null when there are no help ties
	MutualPairs     int      `json:"mutual_pairs"`
	AsymmetricPairs int      `json:"asymmetric_pairs"`
	Exchanges       int      `json:"exchanges"`
	OnlyGives       int      `json:"only_gives"`
	OnlyAsks        int      `json:"only_asks"`
	Isolated        int      `json:"isolated"`
	Absent          int      `json:"absent"` // did not take part and nobody named them

	// TookPart counts the people who took part and ResponseRate is
	// TookPart / People; both null when it is not known who took part.
	TookPart     *int     `json:"took_part"`
	ResponseRate *float64 `json:"response_rate"`
	// AbsentNamed counts the people who did not take part but are named by
	// others: their figures rest only on others' reports.
	AbsentNamed       int      `json:"absent_named"`
	WeakComponents    int      `json:"weak_components"`
	StrongComponents  int      `json:"strong_components"`
	Communities       int      `json:"communities"`
	Modularity        *float64 `json:"modularity"`         // null when there are no help ties
	InCentralization  *float64 `json:"in_centralization"`  // null for fewer than two people
	OutCentralization *float64 `json:"out_centralization"` // null for fewer than two people
	Brokers           int      `json:"brokers"`
	ConfirmedTies     int      `json:"confirmed_ties"` // help ties recorded by giver and receiver
	OneSidedTies      int      `json:"one_sided_ties"` // help ties recorded by only one of them

	// BetweennessEstimate is null when betweenness is exact, and says how it
	// was sampled otherwise.
	BetweennessEstimate *Estimate `json:"betweenness_estimate"`
}

// RoleCount returns the number of people with role r.
func (s Summary) RoleCount(r Role) int {
	switch r {
	case Exchanges:
		return s.Exchanges
	case OnlyGives:
		return s.OnlyGives
	case OnlyAsks:
		return s.OnlyAsks
	case Absent:
		return s.Absent
	}
	return s.Isolated
}

// Result is the analysis of a network.
type Result struct {
	Summary Summary
	People  []Person // in the order of the network's people
}

// Options tune Analyze.
type Options struct {
	Seed    uint64 // seed of the random orders of Louvain and of betweenness sampling; runs with the same seed repeat
	Workers int    // goroutines for the shortest-path work; 0 means one per CPU
	Exact   bool   // compute betweenness exactly however large the network

	// Progress, when set, is told how far the long computations are: done
	// out of total units of the named stage. It is called from several
	// goroutines, one call at a time.
	Progress func(stage string, done, total int)
}

// progress returns the work of a stage: it counts one unit done towards
// total and tells opts.Progress, and stops when stop is raised.
func (opts Options) progress(stage string, total int, stop *stopFlag) work {
	if opts.Progress == nil {
		return work{stop: stop}
	}
	var mu sync.Mutex
	done := 0
	opts.Progress(stage, 0, total)
	return work{stop: stop, tick: func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		opts.Progress(stage, done, total)
	}}
}

// Analyze computes every metric of n's help graph (all of n's ties: scope the
// network to waves with graph.Network.In first).
func Analyze(n *graph.Network, opts Options) *Result {
	res, _ := AnalyzeContext(context.Background(), n, opts)
	return res
}

// AnalyzeContext is Analyze, giving up with ctx's error soon after ctx ends
// (the long stages check between units of work).
func AnalyzeContext(ctx context.Context, n *graph.Network, opts Options) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	stop, unwatch := watch(ctx)
	defer unwatch()
	g := graph.FromNetwork(n)
	nn := g.Len()
	res := &Result{People: make([]Person, nn)}
	s := &res.Summary
	s.People = nn
	s.HelpTies = g.Edges()
	s.Contacts = countContacts(n)
	s.Density = Density(g)
	if r, ok := Reciprocity(g); ok {
		s.Reciprocity = &r
	}
	d := DyadCensus(g)
	s.MutualPairs, s.AsymmetricPairs = d.Mutual, d.Asymmetric
	_, s.WeakComponents = WeakComponents(g)
	s.StrongComponents = StrongComponents(g)
	if in, out, ok := Centralization(g); ok {
		s.InCentralization, s.OutCentralization = &in, &out
	}

	var paths Paths
	if nn > SampleAbove && !opts.Exact {
		paths.Reach, paths.Access = harmonic(g, opts.Workers, opts.progress("reach and access", harmonicPasses(nn), stop))
		var est Estimate
		paths.Betweenness, est = sampledBetweenness(g, SampleError*float64(nn-2)/float64(nn), 1-SampleConfidence, opts.Seed, opts.Workers,
			opts.progress("betweenness (sampled)", sampleChunks, stop))
		s.BetweennessEstimate = &est
	} else {
		paths = sweep(g, opts.Workers, opts.progress("shortest paths", min(sweepBlocks, nn), stop))
	}
	if stop.stopped() {
		return nil, ctx.Err()
	}
	sought := PageRank(g.Reverse(), Damping)
	comm := louvainCommunities(g, opts.Seed, stop)
	if stop.stopped() {
		return nil, ctx.Err()
	}
	s.Communities, s.Modularity = comm.Count, comm.Modularity
	constraint := Constraint(g)
	orgs := make([]string, nn)
	for i := range orgs {
		orgs[i] = g.Person(i).Org
	}
	brokerage := Brokerages(g, orgs)
	norm := NormalizedBetweenness(paths.Betweenness)
	brokers := Brokers(norm)
	conf := Confirmations(n)
	s.ConfirmedTies, s.OneSidedTies = conf.Confirmed, conf.OneSided
	took := tookPart(n)

	for i, deg := range Degrees(g) {
		p := g.Person(i)
		r := Person{
			Name: p.Name, Org: p.Org,
			Gives: deg.Gives, Receives: deg.Receives, Balance: deg.Balance,
			GiveShare: deg.GiveShare, Reciprocal: deg.Reciprocal, Role: deg.Role, ConfirmedShare: conf.Share[i],
			Betweenness: paths.Betweenness[i], BetweennessNorm: norm[i],
			Reach: harmonicNorm(paths.Reach[i], nn), Access: harmonicNorm(paths.Access[i], nn),
			Sought: sought[i], Broker: brokers[i], Community: comm.Of[i], Constraint: constraint[i],
		}
		if brokerage != nil && brokerage[i] != nil {
			b := brokerage[i]
			r.Coordinator, r.Gatekeeper, r.Representative, r.Consultant, r.Liaison =
				&b.Coordinator, &b.Gatekeeper, &b.Representative, &b.Consultant, &b.Liaison
		}
		r.TookPart = took[i]
		if took[i] != nil && !*took[i] {
			if deg.Role == Isolated {
				r.Role = Absent
			} else {
				s.AbsentNamed++
			}
		}
		res.People[i] = r
		switch r.Role {
		case Exchanges:
			s.Exchanges++
		case OnlyGives:
			s.OnlyGives++
		case OnlyAsks:
			s.OnlyAsks++
		case Absent:
			s.Absent++
		default:
			s.Isolated++
		}
		if took[i] != nil && *took[i] {
			if s.TookPart == nil {
				s.TookPart = new(int)
			}
			*s.TookPart++
		}
		if brokers[i] {
			s.Brokers++
		}
	}
	if known := slices.ContainsFunc(took, func(t *bool) bool { return t != nil }); known {
		if s.TookPart == nil {
			s.TookPart = new(int)
		}
		rate := float64(*s.TookPart) / float64(max(nn, 1))
		s.ResponseRate = &rate
	}
	return res, nil
}

// tookPart says for each person of n whether they took part in the waves of
// n's scope: true when in any of them, false when in none (as far as is
// known), nil when it is known for none of them.
func tookPart(n *graph.Network) []*bool {
	pr := n.Presences()
	out := make([]*bool, len(n.People))
	for i, p := range n.People {
		for _, w := range n.Waves {
			if !n.Scope.Includes(w) {
				continue
			}
			switch pr.Of(p.ID, w.ID) {
			case graph.Present:
				out[i] = ptr(true)
			case graph.Absent:
				if out[i] == nil {
					out[i] = ptr(false)
				}
			}
		}
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// NormalizedBetweenness divides raw directed betweenness by (n−1)(n−2), the
// number of ordered pairs of other people (networkx normalized=True); all 0
// for fewer than three people.
func NormalizedBetweenness(raw []float64) []float64 {
	n := len(raw)
	out := make([]float64, n)
	if n < 3 {
		return out
	}
	d := float64((n - 1) * (n - 2))
	for i, b := range raw {
		out[i] = b / d
	}
	return out
}

// Brokers marks the people whose normalised betweenness is above 0 and in the
// top BrokerShare: their rank, 1 + the number of people with a strictly
// higher score (so people with equal scores share a rank), is at most
// max(1, ⌊0.1·n⌋).
func Brokers(norm []float64) []bool {
	out := make([]bool, len(norm))
	limit := max(1, int(BrokerShare*float64(len(norm))))
	sorted := slices.Clone(norm)
	slices.Sort(sorted)
	for i, b := range norm {
		if b <= 0 {
			continue
		}
		higher := len(sorted) - upperBound(sorted, b)
		out[i] = 1+higher <= limit
	}
	return out
}

// upperBound is the index of the first value above x in sorted.
func upperBound(sorted []float64, x float64) int {
	i, _ := slices.BinarySearchFunc(sorted, x, func(v, x float64) int {
		if v <= x {
			return -1
		}
		return 1
	})
	return i
}

// harmonicNorm divides a harmonic sum by n−1; 0 for a network of one.
func harmonicNorm(h float64, n int) float64 {
	if n < 2 {
		return 0
	}
	return h / float64(n-1)
}

// countContacts counts the distinct pairs with a contact in n.
func countContacts(n *graph.Network) int {
	type pair struct{ a, b int64 }
	seen := map[pair]bool{}
	for _, c := range n.Contacts {
		seen[pair{c.A, c.B}] = true
	}
	return len(seen)
}
