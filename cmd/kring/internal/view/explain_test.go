package view

import (
	"strings"
	"testing"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/graph"
)

var en, nl = i18n.New(i18n.English), i18n.New(i18n.Dutch)

// network builds a network of people named by letters with ties written
// "AB2": A helped B in wave 2 (waves 1 and 2 exist; add more as needed).
func network(names string, ties ...string) *graph.Network {
	n := &graph.Network{Name: "N", Waves: []graph.Wave{{ID: 1, Name: "1", Seq: 1}, {ID: 2, Name: "2", Seq: 2}}}
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

// trendNetwork is testdata/trend (see its README) with letters: three waves.
func trendNetwork() *graph.Network {
	n := network("ABCDEF",
		"AB1", "BA1", "AC1", "ED1",
		"EC2", "ED2", "DA2", "AF2",
		"FA3", "AF3", "BC3", "CB3", "EB3")
	n.Waves = append(n.Waves, graph.Wave{ID: 3, Name: "3", Seq: 3})
	return n
}

func TestExplainHandChecked(t *testing.T) {
	n := trendNetwork()
	res := analysis.Trend(n, analysis.Options{})
	// The lines for wave 3 (and, for Eef, wave 2), read against
	// testdata/trend/README.md.
	want := map[string]string{
		"A": "Gives and asks: helped 1 person and got help from 1 person. Help goes both ways with 1 person.",
		"B": "Gives and asks: helped 1 person and got help from 2 people. Help goes both ways with 1 person. " +
			"A broker: links people who are otherwise far apart, so much help passes through them. " +
			"Joined the exchange in 3, after no help ties in 2.",
		"C": "Gives and asks: helped 1 person and got help from 1 person. Help goes both ways with 1 person. Also gave help in 3, after only asking in 2.",
		"D": "No help ties: gave none and asked none. Worth a personal invitation or a partner in the next round. Had help ties in 2, none in 3.",
		"E": "Only gives: helped 1 person and asked nobody. See that help flows back; people who only give can get overloaded. Only gave in every wave from 1 to 3.",
		"F": "Gives and asks: helped 1 person and got help from 1 person. Help goes both ways with 1 person. Also gave help in 3, after only asking in 2.",
	}
	w3 := analysis.Analyze(n.In(graph.Scope{Kind: graph.ScopeWave, Wave: n.Waves[2]}), analysis.Options{})
	for i, p := range w3.People {
		if got := Explain(en, p, res.People[i].Waves); got != want[p.Name] {
			t.Errorf("%s:\n got %q\nwant %q", p.Name, got, want[p.Name])
		}
	}
	// Fleur went from isolated (W1) to only asks (W2) to exchanges (W3); with
	// the waves up to W2 only, she only asks, without a streak.
	w2 := analysis.Analyze(n.In(graph.Scope{Kind: graph.ScopeWave, Wave: n.Waves[1]}), analysis.Options{})
	if got, want := Explain(en, w2.People[5], res.People[5].Waves[:2]), "Only asks: got help from 1 person and helped nobody yet. Ask what they could share."; got != want {
		t.Errorf("Fleur in W2: %q", got)
	}
	if got, want := Explain(en, w2.People[4], res.People[4].Waves[:2]), "Only gives: helped 2 people and asked nobody. "+
		"See that help flows back; people who only give can get overloaded. Only gave in 1 and 2."; got != want {
		t.Errorf("Eef in W2: %q", got)
	}
	// Dora in W2: exchanges after only asking, and a new broker.
	if got := Explain(en, w2.People[3], res.People[3].Waves[:2]); !strings.HasSuffix(got, "A broker: links people who are otherwise far apart, so much help passes through them. Also gave help in 2, after only asking in 1.") {
		t.Errorf("Dora in W2: %q", got)
	}
	// Without waves to compare, no change is told.
	if got := Explain(en, w2.People[3], nil); strings.Contains(got, "after") {
		t.Errorf("no waves: %q", got)
	}
	// In Dutch, with the plural forms.
	if got, want := Explain(nl, w2.People[4], res.People[4].Waves[:2]), "Geeft alleen: hielp 2 personen en vroeg niemand iets. "+
		"Zorg dat er ook hulp terugkomt; wie alleen geeft, raakt soms overbelast. Gaf alleen in 1 en 2."; got != want {
		t.Errorf("Eef in W2, in Dutch:\n got %q\nwant %q", got, want)
	}
}

func TestFlagReasons(t *testing.T) {
	tr := analysis.Trend(trendNetwork(), analysis.Options{})
	FillReasons(en, tr)
	if r := tr.People[1].Flags[0].Reason; r != "no help ties in 2; in 1 gave to 1 and received from 1" {
		t.Errorf("reason %q", r)
	}
	for _, p := range tr.People {
		for _, f := range p.Flags {
			if f.Reason == "" {
				t.Errorf("%s %s has no reason", p.Name, f.Flag)
			}
		}
	}
}

// suggestNetwork: A needs coaching and talentmanagement. Coaching is offered
// by B (who helped A before), C (two steps: A – D – C), E (a contact of A,
// but E only gave in both waves), F (nobody links F to A) and G (three
// steps: A – D – H – G).
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

func TestSuggestionReasons(t *testing.T) {
	got, _ := analysis.NewSuggester(suggestNetwork()).For(0, "", 0)
	FillSuggestionReasons(en, got)
	for k, reason := range []string{
		"offers Coaching; not asked yet; D knows both",
		"offers Coaching; not asked yet; 3 steps apart; D is a step closer",
		"offers Coaching; not asked yet; nobody links them yet: ask the facilitator for an introduction",
		"offers Coaching; not asked yet; only gave in 1 and 2: may be overloaded; they know each other",
		"offers Coaching; helped before; they know each other",
	} {
		if got[k].Reason != reason {
			t.Errorf("reason %d: %q, want %q", k+1, got[k].Reason, reason)
		}
	}
}
