package analysis

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// Suggestion is someone to ask for help with a topic.
type Suggestion struct {
	For        string  `json:"for,omitempty"`
	Name       string  `json:"name"`
	Topic      string  `json:"topic"`
	Reason     string  `json:"reason"`     // in words: filled by the caller
	Introducer *string `json:"introducer"` // someone who knows the asker and is a step closer; null when they know each other or nobody links them

	Asked         bool     `json:"asked"`      // they helped the asker before
	Overloaded    bool     `json:"overloaded"` // they only gave, in the last two waves or more
	OverloadWaves []string `json:"-"`          // the waves in which they only gave
	Steps         int      `json:"steps"`      // steps between the two over help ties and contacts; 0 when nobody links them

	need int // the index of the topic in the asker's needs
	who  int // the index of the suggested person
}

// Unmet is a topic people need that nobody offers.
type Unmet struct {
	Topic    string   `json:"topic"`
	NeededBy []string `json:"needed_by"`
}

// Suggester finds whom to ask. It is built once per network: help ties and
// contacts of every wave count as knowing each other.
type Suggester struct {
	n        *graph.Network
	index    map[int64]int // person ID → index in n.People
	adj      [][]int       // undirected: help ties and contacts
	helped   []map[int]bool
	overload []bool
	streak   [][]string // the waves of each overloaded person's streak
	offers   map[string][]int
}

// NewSuggester prepares suggestions for the people of n.
func NewSuggester(n *graph.Network) *Suggester {
	s := &Suggester{n: n, index: make(map[int64]int, len(n.People)), offers: map[string][]int{}}
	for i, p := range n.People {
		s.index[p.ID] = i
		for _, t := range p.Offers {
			k := names.Key(t)
			if !slices.Contains(s.offers[k], i) {
				s.offers[k] = append(s.offers[k], i)
			}
		}
	}
	nn := len(n.People)
	s.adj = make([][]int, nn)
	s.helped = make([]map[int]bool, nn)
	link := func(a, b int) {
		if !slices.Contains(s.adj[a], b) {
			s.adj[a] = append(s.adj[a], b)
			s.adj[b] = append(s.adj[b], a)
		}
	}
	for _, t := range n.Ties {
		g, r := s.index[t.Giver], s.index[t.Receiver]
		link(g, r)
		if s.helped[r] == nil {
			s.helped[r] = map[int]bool{}
		}
		s.helped[r][g] = true
	}
	for _, c := range n.Contacts {
		link(s.index[c.A], s.index[c.B])
	}
	for i := range s.adj {
		slices.Sort(s.adj[i])
	}
	s.overload, s.streak = overloaded(n)
	return s
}

// overloaded marks the people who only gave (helped someone, were helped by
// nobody) in each of the last two waves or more, and returns those waves.
func overloaded(n *graph.Network) ([]bool, [][]string) {
	nn := len(n.People)
	out, streaks := make([]bool, nn), make([][]string, nn)
	if len(n.Waves) < 2 {
		return out, streaks
	}
	roles := make([][]Degree, len(n.Waves)) // [wave][person]
	for k, w := range n.Waves {
		roles[k] = Degrees(graph.FromNetwork(n.In(graph.Scope{Kind: graph.ScopeWave, Wave: w})))
	}
	last := len(n.Waves) - 1
	for i := range nn {
		first := last
		for first >= 0 && roles[first][i].Role == OnlyGives {
			first--
		}
		if last-first >= 2 {
			out[i] = true
			for k := first + 1; k <= last; k++ {
				streaks[i] = append(streaks[i], n.Waves[k].Name)
			}
		}
	}
	return out, streaks
}

// distances are the steps from person i to everyone over help ties and
// contacts, -1 for those out of reach.
func (s *Suggester) distances(i int) []int {
	d := make([]int, len(s.adj))
	for k := range d {
		d[k] = -1
	}
	d[i] = 0
	queue := []int{i}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, v := range s.adj[u] {
			if d[v] < 0 {
				d[v] = d[u] + 1
				queue = append(queue, v)
			}
		}
	}
	return d
}

// For suggests, for person i and each topic they need (or only topic, when
// given), up to limit people who offer it (limit ≤ 0: everyone), best first:
//
//  1. people i has not asked before (who did not help i yet), to widen the
//     network, before those already asked;
//  2. people who are not overloaded (only gave in the last two waves or
//     more) before those who are;
//  3. fewer steps first over help ties and contacts (people nobody links to
//     i last); then by name.
//
// When i does not know the person, the introducer is a person i knows who is
// a step closer to them on a shortest path (the first by name). It also
// returns the topics nobody offers.
func (s *Suggester) For(i int, topic string, limit int) (out []Suggestion, unmet []string) {
	needs := s.n.People[i].Needs
	if topic != "" {
		needs = []string{topic}
	}
	var dist []int // computed when someone offers one of the needs
	for k, need := range needs {
		var found []Suggestion
		for _, j := range s.offers[names.Key(need)] {
			if j == i {
				continue
			}
			if dist == nil {
				dist = s.distances(i)
			}
			found = append(found, s.suggest(i, j, k, need, dist))
		}
		if len(found) == 0 {
			unmet = append(unmet, need)
			continue
		}
		slices.SortFunc(found, compareSuggestions)
		if limit > 0 && len(found) > limit {
			found = found[:limit]
		}
		for x := range found {
			s.introduce(i, &found[x], dist)
		}
		out = append(out, found...)
	}
	return out, unmet
}

// compareSuggestions orders suggestions for one asker, best first.
func compareSuggestions(a, b Suggestion) int {
	steps := func(s Suggestion) int {
		if s.Steps == 0 {
			return 1 << 30
		}
		return s.Steps
	}
	boolean := func(v bool) int {
		if v {
			return 1
		}
		return 0
	}
	return cmp.Or(boolean(a.Asked)-boolean(b.Asked), boolean(a.Overloaded)-boolean(b.Overloaded),
		cmp.Compare(steps(a), steps(b)), strings.Compare(names.Key(a.Name), names.Key(b.Name)), cmp.Compare(a.need, b.need))
}

// suggest describes person j as the one i could ask about topic.
func (s *Suggester) suggest(i, j, need int, topic string, dist []int) Suggestion {
	p := s.n.People[j]
	sg := Suggestion{Name: p.Name, Topic: topic, Asked: s.helped[i][j], Overloaded: s.overload[j], Steps: max(dist[j], 0), need: need, who: j}
	if sg.Overloaded {
		sg.OverloadWaves = s.streak[j]
	}
	return sg
}

// introduce finds, for a suggestion to person i who does not know the
// suggested person, the introducer: the first person i knows (by name
// order) who is a step closer on a shortest path. It searches from the
// suggested person, so it runs only for the suggestions that are kept.
func (s *Suggester) introduce(i int, sg *Suggestion, dist []int) {
	j := sg.who
	if dist[j] <= 1 {
		return
	}
	dj := s.distances(j)
	for _, u := range s.adj[i] {
		if dj[u] == dist[j]-1 {
			name := s.n.People[u].Name
			sg.Introducer = &name
			return
		}
	}
}

// All is the best next ask for everyone who needs something: the best of
// their suggestions over all their needs; and the topics nobody offers, with
// who needs them.
func (s *Suggester) All() (best []Suggestion, unmet []Unmet) {
	best, unmet, _ = s.AllContext(context.Background(), nil)
	return best, unmet
}

// AllContext is All, telling progress (when not nil) how many people are
// done, and giving up with ctx's error soon after ctx ends.
func (s *Suggester) AllContext(ctx context.Context, progress func(done, total int)) (best []Suggestion, unmet []Unmet, err error) {
	needers := map[string]*Unmet{}
	var order []string
	stop, unwatch := watch(ctx)
	defer unwatch()
	for i, p := range s.n.People {
		if stop.stopped() {
			return nil, nil, ctx.Err()
		}
		if progress != nil && i%256 == 0 {
			progress(i, len(s.n.People))
		}
		found, missing := s.For(i, "", 1)
		if len(found) > 0 {
			b := slices.MinFunc(found, compareSuggestions)
			b.For = p.Name
			best = append(best, b)
		}
		for _, t := range missing {
			k := names.Key(t)
			if needers[k] == nil {
				needers[k] = &Unmet{Topic: t}
				order = append(order, k)
			}
			needers[k].NeededBy = append(needers[k].NeededBy, p.Name)
		}
	}
	slices.SortFunc(order, func(a, b string) int { return cmp.Compare(a, b) })
	for _, k := range order {
		unmet = append(unmet, *needers[k])
	}
	return best, unmet, nil
}
