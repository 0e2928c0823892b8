package graph

import (
	"slices"
	"testing"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/topo"
)

// people makes people with IDs 10, 20, 30, ... named A, B, C, ...
func people(n int) []Person {
	out := make([]Person, n)
	for i := range out {
		out[i] = Person{ID: int64(10 * (i + 1)), Name: string(rune('A' + i))}
	}
	return out
}

func tie(giver, receiver, wave int64) Tie {
	return Tie{Giver: giver, Receiver: receiver, Wave: wave, Weight: 1}
}

func TestNewCountsEachPairOnce(t *testing.T) {
	// A→B twice (two waves), B→A, A→C, a self-tie and a tie to a stranger.
	g := New(people(4), []Tie{tie(10, 20, 1), tie(10, 20, 2), tie(20, 10, 1), tie(10, 30, 2), tie(30, 30, 1), tie(10, 99, 1)})
	if g.Len() != 4 || g.Edges() != 3 {
		t.Fatalf("Len, Edges = %d, %d; want 4, 3", g.Len(), g.Edges())
	}
	if !slices.Equal(g.Out(0), []int{1, 2}) || !slices.Equal(g.In(0), []int{1}) || len(g.Out(3)) != 0 {
		t.Errorf("Out(A) = %v, In(A) = %v, Out(D) = %v", g.Out(0), g.In(0), g.Out(3))
	}
	if !g.HasTie(0, 1) || g.HasTie(2, 0) || g.HasTie(2, 2) {
		t.Error("HasTie wrong")
	}
	if i, ok := g.NodeOf(30); !ok || i != 2 || g.Person(i).Name != "C" {
		t.Errorf("NodeOf(30) = %d, %v", i, ok)
	}
}

func TestReverseIsTheAskGraph(t *testing.T) {
	g := New(people(3), []Tie{tie(10, 20, 1), tie(10, 30, 1)}) // A helped B and C
	ask := g.Reverse()                                         // B and C asked A
	if !ask.HasTie(1, 0) || !ask.HasTie(2, 0) || ask.HasTie(0, 1) || ask.Edges() != 2 {
		t.Errorf("ask graph: B→A %v, C→A %v, A→B %v", ask.HasTie(1, 0), ask.HasTie(2, 0), ask.HasTie(0, 1))
	}
}

func TestGonumInterface(t *testing.T) {
	// A→B→C→A is one strong component; D alone is another.
	g := New(people(4), []Tie{tie(10, 20, 1), tie(20, 30, 1), tie(30, 10, 1)})
	var _ gonum.Directed = g
	if got := len(topo.TarjanSCC(g)); got != 2 {
		t.Errorf("TarjanSCC found %d components, want 2", got)
	}
	if g.Nodes().Len() != 4 || g.From(0).Len() != 1 || g.To(0).Len() != 1 || g.From(3).Len() != 0 {
		t.Error("Nodes/From/To wrong")
	}
	if g.Node(4) != nil || g.Node(-1) != nil || g.Edge(0, 2) != nil || g.Edge(0, 1) == nil {
		t.Error("Node/Edge bounds wrong")
	}
	if !g.HasEdgeBetween(1, 0) || g.HasEdgeFromTo(1, 0) {
		t.Error("HasEdgeBetween/HasEdgeFromTo wrong")
	}
}

func TestNetworkIn(t *testing.T) {
	n := &Network{
		People:   people(3),
		Waves:    []Wave{{ID: 1, Name: "W1", Seq: 1}, {ID: 2, Name: "W2", Seq: 2}, {ID: 3, Name: "W3", Seq: 3}},
		Ties:     []Tie{tie(10, 20, 1), tie(20, 30, 2), tie(30, 10, 3)},
		Contacts: []Contact{{A: 10, B: 30, Wave: 2}},
	}
	count := func(s Scope) (int, int) { x := n.In(s); return len(x.Ties), len(x.Contacts) }
	cases := []struct {
		scope          Scope
		ties, contacts int
		text           string
	}{
		{Scope{}, 3, 1, "all waves"},
		{Scope{Kind: ScopeWave, Wave: n.Waves[1]}, 1, 1, "wave W2"},
		{Scope{Kind: ScopeUpto, Wave: n.Waves[1]}, 2, 1, "waves up to W2"},
		{Scope{Kind: ScopeWave, Wave: n.Waves[2]}, 1, 0, "wave W3"},
	}
	for _, c := range cases {
		ties, contacts := count(c.scope)
		if ties != c.ties || contacts != c.contacts || c.scope.String() != c.text {
			t.Errorf("%s: %d ties, %d contacts; want %d, %d", c.scope, ties, contacts, c.ties, c.contacts)
		}
	}
	if len(n.In(Scope{Kind: ScopeWave, Wave: n.Waves[0]}).People) != 3 {
		t.Error("a scope must keep every person")
	}
}

func TestConfirmed(t *testing.T) {
	cases := []struct {
		reporters []int64
		want      bool
	}{{nil, false}, {[]int64{10}, false}, {[]int64{20}, false}, {[]int64{20, 10}, true}, {[]int64{10, 30}, false}}
	for _, c := range cases {
		if got := (Tie{Giver: 10, Receiver: 20, Reporters: c.reporters}).Confirmed(); got != c.want {
			t.Errorf("reporters %v: Confirmed = %v", c.reporters, got)
		}
	}
}

func TestSortedTies(t *testing.T) {
	n := &Network{
		People: people(3),
		Waves:  []Wave{{ID: 7, Seq: 2}, {ID: 5, Seq: 1}},
		Ties:   []Tie{{ID: 1, Giver: 30, Receiver: 10, Wave: 5}, {ID: 2, Giver: 10, Receiver: 30, Wave: 7}, {ID: 3, Giver: 10, Receiver: 20, Wave: 5}},
	}
	var ids []int64
	for _, t := range SortedTies(n) {
		ids = append(ids, t.ID)
	}
	if !slices.Equal(ids, []int64{3, 1, 2}) {
		t.Errorf("SortedTies order = %v, want [3 1 2]", ids)
	}
}

func TestEgo(t *testing.T) {
	// A→B, B→C, C→D, E alone; contact A–C.
	n := &Network{People: people(5), Ties: []Tie{tie(10, 20, 1), tie(20, 30, 1), tie(30, 40, 1)},
		Contacts: []Contact{{A: 10, B: 30}}}
	one := n.Ego(20, 1) // B, A, C
	two := n.Ego(20, 2) // and D
	if len(one.People) != 3 || len(one.Ties) != 2 || len(one.Contacts) != 1 {
		t.Errorf("depth 1: %d people, %d ties, %d contacts", len(one.People), len(one.Ties), len(one.Contacts))
	}
	if len(two.People) != 4 || len(two.Ties) != 3 {
		t.Errorf("depth 2: %d people, %d ties", len(two.People), len(two.Ties))
	}
	if alone := n.Ego(50, 2); len(alone.People) != 1 || len(alone.Ties) != 0 {
		t.Errorf("E: %+v", alone)
	}
}
