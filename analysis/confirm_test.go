package analysis

import (
	"testing"

	"github.com/kring-nl/kring/graph"
)

func TestConfirmations(t *testing.T) {
	// A B C D E = 1..5. Reporters per tie, worked out by hand:
	//   A→B wave 1 by A and B: confirmed
	//   A→B wave 2 by A: the same pair, still confirmed (wave 1)
	//   B→C wave 1 by B, wave 2 by C: both ends, but in different waves,
	//       so one-sided
	//   C→D wave 1 by E (a third person): neither
	//   D→E wave 2 by nobody (imported): neither
	//   E→A wave 1 by A: one-sided
	n := network("ABCDE", "AB1", "AB2", "BC1", "BC2", "CD1", "DE2", "EA1")
	reporters := [][]int64{{1, 2}, {1}, {2}, {3}, {5}, nil, {1}}
	for i := range n.Ties {
		n.Ties[i].Reporters = reporters[i]
	}
	c := Confirmations(n)
	if c.Confirmed != 1 || c.OneSided != 2 {
		t.Errorf("confirmed %d, one-sided %d; want 1, 2", c.Confirmed, c.OneSided)
	}
	// A reported A→B and E→A: 1 of 2. B reported A→B and B→C: 1 of 2.
	// C reported B→C: 0 of 1. D reported nothing. E reported C→D: 0 of 1.
	want := []*float64{share(0.5), share(0.5), share(0), nil, share(0)}
	for i, w := range want {
		got := c.Share[i]
		if (got == nil) != (w == nil) || (got != nil && !near(*got, *w)) {
			t.Errorf("%s: share %v, want %v", n.People[i].Name, deref(got), deref(w))
		}
	}
	res := Analyze(n, Options{})
	if res.Summary.ConfirmedTies != 1 || res.Summary.OneSidedTies != 2 || res.People[3].ConfirmedShare != nil || *res.People[0].ConfirmedShare != 0.5 {
		t.Errorf("Analyze: %+v", res.Summary)
	}
	// Scoped to wave 2, A→B is recorded by A only.
	w2 := Confirmations(n.In(graph.Scope{Kind: graph.ScopeWave, Wave: n.Waves[1]}))
	if w2.Confirmed != 0 || w2.OneSided != 2 {
		t.Errorf("wave 2: confirmed %d, one-sided %d; want 0, 2", w2.Confirmed, w2.OneSided)
	}
}

func deref(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}
