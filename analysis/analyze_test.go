package analysis

import (
	"math"
	"testing"

	"github.com/kring-nl/kring/graph"
)

const tol = 1e-9

func near(a, b float64) bool {
	return math.Abs(a-b) <= tol+1e-6*math.Max(math.Abs(a), math.Abs(b))
}

// network builds a network of people named by single letters and help ties
// written "AB" (A helped B), all in wave 1 unless a third letter gives the wave.
func network(names string, ties ...string) *graph.Network {
	n := &graph.Network{Waves: []graph.Wave{{ID: 1, Name: "1", Seq: 1}, {ID: 2, Name: "2", Seq: 2}}}
	for i, r := range names {
		n.People = append(n.People, graph.Person{ID: int64(i + 1), Name: string(r)})
	}
	id := func(b byte) int64 {
		for _, p := range n.People {
			if p.Name[0] == b {
				return p.ID
			}
		}
		panic("unknown person " + string(b))
	}
	for _, t := range ties {
		wave := int64(1)
		if len(t) == 3 {
			wave = int64(t[2] - '0')
		}
		n.Ties = append(n.Ties, graph.Tie{Giver: id(t[0]), Receiver: id(t[1]), Wave: wave, Weight: 1})
	}
	return n
}

// hand is the network of testdata/hand (see its README), with letters.
func hand() *graph.Network {
	return network("ABCDEFG", "AB1", "BA1", "AC1", "CD1", "DC2", "EA2", "ED2", "BG2", "AB2")
}

func share(f float64) *float64 { return &f }

func TestAnalyzeHandChecked(t *testing.T) {
	res := Analyze(hand(), Options{})
	want := []Person{
		{Name: "A", Gives: 2, Receives: 2, Balance: 0, GiveShare: share(0.5), Reciprocal: 1, Role: Exchanges},
		{Name: "B", Gives: 2, Receives: 1, Balance: 1, GiveShare: share(2.0 / 3), Reciprocal: 1, Role: Exchanges},
		{Name: "C", Gives: 1, Receives: 2, Balance: -1, GiveShare: share(1.0 / 3), Reciprocal: 1, Role: Exchanges},
		{Name: "D", Gives: 1, Receives: 2, Balance: -1, GiveShare: share(1.0 / 3), Reciprocal: 1, Role: Exchanges},
		{Name: "E", Gives: 2, Receives: 0, Balance: 2, GiveShare: share(1), Reciprocal: 0, Role: OnlyGives},
		{Name: "F", Role: Isolated},
		{Name: "G", Gives: 0, Receives: 1, Balance: -1, GiveShare: share(0), Reciprocal: 0, Role: OnlyAsks},
	}
	for i, w := range want {
		got := res.People[i]
		shareOK := (got.GiveShare == nil) == (w.GiveShare == nil) && (w.GiveShare == nil || near(*got.GiveShare, *w.GiveShare))
		if got.Name != w.Name || got.Gives != w.Gives || got.Receives != w.Receives || got.Balance != w.Balance ||
			!shareOK || got.Reciprocal != w.Reciprocal || got.Role != w.Role {
			t.Errorf("%s: got %+v (share %v)\nwant %+v", w.Name, got, fixedOrNil(got.GiveShare), w)
		}
	}
	s := res.Summary
	if s.People != 7 || s.HelpTies != 8 || !near(s.Density, 4.0/21) || s.Reciprocity == nil || !near(*s.Reciprocity, 0.5) ||
		s.MutualPairs != 2 || s.AsymmetricPairs != 4 || s.Exchanges != 4 || s.OnlyGives != 1 || s.OnlyAsks != 1 || s.Isolated != 1 ||
		s.WeakComponents != 2 || s.StrongComponents != 5 {
		t.Errorf("summary = %+v", s)
	}
	if d := DyadCensus(graph.FromNetwork(hand())); d.Null != 15 {
		t.Errorf("null dyads = %d, want 15", d.Null)
	}
}

func fixedOrNil(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

func TestAnalyzeOneWave(t *testing.T) {
	n := hand()
	res := Analyze(n.In(graph.Scope{Kind: graph.ScopeWave, Wave: n.Waves[0]}), Options{})
	s := res.Summary
	if s.HelpTies != 4 || !near(s.Density, 4.0/42) || !near(*s.Reciprocity, 0.5) || s.Isolated != 3 || s.OnlyAsks != 1 {
		t.Errorf("W1 summary = %+v", s)
	}
	if res.People[3].Role != OnlyAsks || res.People[4].Role != Isolated {
		t.Errorf("W1 roles: D %s, E %s", res.People[3].Role, res.People[4].Role)
	}
}

func TestEmptyNetworks(t *testing.T) {
	for _, n := range []*graph.Network{network(""), network("A"), network("AB")} {
		s := Analyze(n, Options{}).Summary
		if s.HelpTies != 0 || s.Density != 0 || s.Reciprocity != nil || s.Isolated != len(n.People) || s.WeakComponents != len(n.People) {
			t.Errorf("%d people: %+v", len(n.People), s)
		}
	}
}

func TestRoleOf(t *testing.T) {
	cases := []struct {
		gives, receives int
		want            Role
	}{{0, 0, Isolated}, {3, 0, OnlyGives}, {0, 1, OnlyAsks}, {1, 1, Exchanges}}
	for _, c := range cases {
		if got := RoleOf(c.gives, c.receives); got != c.want {
			t.Errorf("RoleOf(%d, %d) = %s, want %s", c.gives, c.receives, got, c.want)
		}
	}
}

func TestAnalyzeSamplesLargeNetworks(t *testing.T) {
	if testing.Short() {
		t.Skip("a 21,000-person network")
	}
	n := gnm(SampleAbove+1000, 3*(SampleAbove+1000), 3)
	res := Analyze(n, Options{})
	e := res.Summary.BetweennessEstimate
	if e == nil || e.Samples == 0 || math.Abs(e.Error-SampleError) > 1e-12 || e.Confidence != SampleConfidence {
		t.Fatalf("estimate %+v", e)
	}
	if Analyze(hand(), Options{}).Summary.BetweennessEstimate != nil {
		t.Error("a small network was sampled")
	}
}
