package analysis

import (
	"slices"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// suggestNetwork: A needs coaching and talentmanagement. Coaching is offered
// by B (who helped A before), C (two steps: A – D – C), E (a contact of A,
// but E only gave in both waves), F (nobody links F to A) and G (three
// steps: A – D – H – G). Nobody offers talentmanagement.
func suggestNetwork() *graph.Network {
	n := network("ABCDEFGHX", "BA1", "AD1", "DC2", "HD1", "GH2", "EX1", "EX2")
	n.Contacts = []graph.Contact{{A: 1, B: 5, Wave: 1}} // A – E
	n.People[0].Needs = []string{"Coaching", "talentmanagement"}
	for _, i := range []int{1, 2, 4, 5} {
		n.People[i].Offers = []string{"coaching"}
	}
	n.People[6].Offers = []string{"  CÓACHING "}
	n.People[3].Needs = []string{"talentmanagement"}
	return n
}

func TestSuggestHandChecked(t *testing.T) {
	s := NewSuggester(suggestNetwork())
	got, unmet := s.For(0, "", 0)
	type want struct {
		name, introducer  string
		asked, overloaded bool
		steps             int
	}
	wants := []want{
		{"C", "D", false, false, 2}, // not asked, not overloaded, nearest
		{"G", "D", false, false, 3},
		{"F", "", false, false, 0}, // out of reach
		{"E", "", false, true, 1},  // overloaded comes after
		{"B", "", true, false, 1},  // asked before comes last
	}
	if len(got) != len(wants) {
		t.Fatalf("%d suggestions, want %d: %+v", len(got), len(wants), got)
	}
	for k, w := range wants {
		g := got[k]
		intro := ""
		if g.Introducer != nil {
			intro = *g.Introducer
		}
		if g.Name != w.name || intro != w.introducer || g.Asked != w.asked || g.Overloaded != w.overloaded || g.Steps != w.steps || g.Topic != "Coaching" {
			t.Errorf("suggestion %d: %+v (introducer %q), want %+v", k+1, g, intro, w)
		}
	}
	if w := got[3].OverloadWaves; !slices.Equal(w, []string{"1", "2"}) {
		t.Errorf("E's overload waves %v, want 1 and 2", w)
	}
	if !slices.Equal(unmet, []string{"talentmanagement"}) {
		t.Errorf("unmet %v", unmet)
	}
	// --topic and a limit.
	got, _ = s.For(0, "coaching", 2)
	if len(got) != 2 || got[0].Name != "C" || got[1].Name != "G" {
		t.Errorf("limit 2: %+v", got)
	}
	// Nobody suggests themselves: C offers coaching and asks about it.
	if got, _ := s.For(2, "coaching", 0); slices.ContainsFunc(got, func(s Suggestion) bool { return s.Name == "C" }) {
		t.Errorf("C is suggested to C")
	}

	best, unmetAll := s.All()
	if len(best) != 1 || best[0].For != "A" || best[0].Name != "C" {
		t.Errorf("all: %+v", best)
	}
	if len(unmetAll) != 1 || unmetAll[0].Topic != "talentmanagement" || !slices.Equal(unmetAll[0].NeededBy, []string{"A", "D"}) {
		t.Errorf("unmet: %+v", unmetAll)
	}
}
