package analysis

import (
	"github.com/kring-nl/kring/graph"
)

// Person is every metric of one person.
type Person struct {
	Name       string   `json:"name"`
	Org        string   `json:"org,omitempty"`
	Gives      int      `json:"gives"`
	Receives   int      `json:"receives"`
	Balance    int      `json:"balance"`
	GiveShare  *float64 `json:"give_share"`
	Reciprocal int      `json:"reciprocal"`
	Role       Role     `json:"role"`
}

// Summary is the network as a whole.
type Summary struct {
	People           int      `json:"people"`
	HelpTies         int      `json:"help_ties"` // distinct giver → receiver pairs
	Contacts         int      `json:"contacts"`  // distinct pairs with a contact
	Density          float64  `json:"density"`
	Reciprocity      *float64 `json:"reciprocity"` // null when there are no help ties
	MutualPairs      int      `json:"mutual_pairs"`
	AsymmetricPairs  int      `json:"asymmetric_pairs"`
	Exchanges        int      `json:"exchanges"`
	OnlyGives        int      `json:"only_gives"`
	OnlyAsks         int      `json:"only_asks"`
	Isolated         int      `json:"isolated"`
	WeakComponents   int      `json:"weak_components"`
	StrongComponents int      `json:"strong_components"`
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
	}
	return s.Isolated
}

// Result is the analysis of a network.
type Result struct {
	Summary Summary
	People  []Person // in the order of the network's people
}

// Analyze computes every metric of n's help graph (all of n's ties: scope the
// network to waves with graph.Network.In first).
func Analyze(n *graph.Network) *Result {
	g := graph.FromNetwork(n)
	res := &Result{People: make([]Person, g.Len())}
	s := &res.Summary
	s.People = g.Len()
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

	for i, deg := range Degrees(g) {
		p := g.Person(i)
		res.People[i] = Person{
			Name: p.Name, Org: p.Org,
			Gives: deg.Gives, Receives: deg.Receives, Balance: deg.Balance,
			GiveShare: deg.GiveShare, Reciprocal: deg.Reciprocal, Role: deg.Role,
		}
		switch deg.Role {
		case Exchanges:
			s.Exchanges++
		case OnlyGives:
			s.OnlyGives++
		case OnlyAsks:
			s.OnlyAsks++
		default:
			s.Isolated++
		}
	}
	return res
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
