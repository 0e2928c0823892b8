package analysis

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// groups names the groups of a round by the people's names, sorted.
func groups(n *graph.Network, round [][]int) []string {
	var out []string
	for _, g := range round {
		s := ""
		for _, i := range g {
			s += n.People[i].Name
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func TestPairsPriorities(t *testing.T) {
	// A and D know each other, as do B and C: the rotation pairs them up
	// (A–D, B–C); the best round pairs strangers.
	n := network("ABCD", "AD1", "BC1")
	s, err := Pairs(n, PairOptions{Rounds: 1, Size: 2})
	if err != nil {
		t.Fatal(err)
	}
	if s.RoundRobinPairs != 0 || s.StrangerPairs != 2 || s.MaxStrangerPairs != 2 {
		t.Errorf("strangers %d (rotation %d) of at most %d; want 2 (0) of 2", s.StrangerPairs, s.RoundRobinPairs, s.MaxStrangerPairs)
	}
	// A → C and B → D: A and B only give, C and D only ask. Among the two
	// rounds of strangers, A–D, B–C pairs givers with askers.
	n = network("ABCD", "AC1", "BD1")
	s, _ = Pairs(n, PairOptions{Rounds: 1, Size: 2})
	if got := groups(n, s.Rounds[0]); !slices.Equal(got, []string{"AD", "BC"}) || s.GiverAskerPairs != 2 {
		t.Errorf("givers with askers: %v (%d)", got, s.GiverAskerPairs)
	}
	// With organisations (A, D at X; B, C at Y), crossing them comes before
	// pairing givers with askers.
	for i, org := range []string{"X", "Y", "Y", "X"} {
		n.People[i].Org = org
	}
	s, _ = Pairs(n, PairOptions{Rounds: 1, Size: 2})
	if got := groups(n, s.Rounds[0]); !slices.Equal(got, []string{"AB", "CD"}) || s.CrossPairs != 2 || s.GiverAskerPairs != 0 {
		t.Errorf("across organisations: %v (cross %d, giver–asker %d)", got, s.CrossPairs, s.GiverAskerPairs)
	}
	// Three rounds of 4 people meet every pair once: all 4 stranger pairs
	// (A–B, A–D, B–C, C–D), and the two known ones.
	s, _ = Pairs(n, PairOptions{Rounds: 3, Size: 2})
	if s.StrangerPairs != 4 || s.MaxStrangerPairs != 4 {
		t.Errorf("3 rounds: %d of %d", s.StrangerPairs, s.MaxStrangerPairs)
	}
	if _, err := Pairs(n, PairOptions{Rounds: 4, Size: 2}); !errors.Is(err, ErrTooManyRounds) {
		t.Errorf("4 rounds of 4 people: %v", err)
	}
}

// checkSchedule fails unless every round seats everyone once in groups of
// the right sizes and no pair meets twice.
func checkSchedule(t *testing.T, nn, size int, s *Schedule) {
	t.Helper()
	met := map[[2]int]bool{}
	for r, round := range s.Rounds {
		seated := make([]int, nn)
		var sizes []int
		for _, g := range round {
			sizes = append(sizes, len(g))
			for a, p := range g {
				seated[p]++
				for _, q := range g[a+1:] {
					if met[key(p, q)] {
						t.Fatalf("round %d: %d and %d meet again", r+1, p, q)
					}
					met[key(p, q)] = true
				}
			}
		}
		for p, c := range seated {
			if c != 1 {
				t.Fatalf("round %d: person %d seated %d times", r+1, p, c)
			}
		}
		want := groupSizes(nn, size)
		slices.Sort(sizes)
		slices.Sort(want)
		if !slices.Equal(sizes, want) {
			t.Fatalf("round %d: groups of %v, want %v", r+1, sizes, want)
		}
	}
}

// randomNetwork has nn people in orgs, with random help ties and contacts.
func randomNetwork(rng *rand.Rand, nn, ties int) *graph.Network {
	n := &graph.Network{Waves: []graph.Wave{{ID: 1, Name: "1", Seq: 1}}}
	for i := range nn {
		n.People = append(n.People, graph.Person{ID: int64(i + 1), Name: fmt.Sprintf("P%02d", i+1), Org: fmt.Sprintf("org %d", i%3)})
	}
	for range ties {
		a, b := rng.IntN(nn), rng.IntN(nn)
		if a != b {
			n.Ties = append(n.Ties, graph.Tie{Giver: int64(a + 1), Receiver: int64(b + 1), Wave: 1, Weight: 1})
		}
	}
	return n
}

func TestPairsProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for trial := range 60 {
		nn := 2 + rng.IntN(40)
		size := 2 + rng.IntN(2)
		if size == 3 && nn < 3 {
			size = 2
		}
		// Few enough rounds that a schedule always exists.
		most := max(1, (nn-1)/2)
		if size == 3 {
			most = max(1, (nn-1)/4)
		}
		rounds := 1 + rng.IntN(min(most, 8))
		n := randomNetwork(rng, nn, rng.IntN(3*nn))
		s, err := Pairs(n, PairOptions{Rounds: rounds, Size: size, Seed: uint64(trial)})
		if err != nil {
			t.Fatalf("%d people, %d rounds of %d: %v", nn, rounds, size, err)
		}
		checkSchedule(t, nn, size, s)
		if s.StrangerPairs > s.MaxStrangerPairs || (size == 2 && s.StrangerPairs < s.RoundRobinPairs) {
			t.Errorf("%d people, %d rounds of %d: %d stranger pairs, rotation %d, at most %d", nn, rounds, size, s.StrangerPairs, s.RoundRobinPairs, s.MaxStrangerPairs)
		}
		// The same seed gives the same schedule.
		again, _ := Pairs(n, PairOptions{Rounds: rounds, Size: size, Seed: uint64(trial)})
		if fmt.Sprint(again.Rounds) != fmt.Sprint(s.Rounds) {
			t.Errorf("%d people: the schedule changed on the same seed", nn)
		}
	}
}

// The workshop case of the issue: 40 people, 6 rounds. The schedule covers
// at least the stranger pairs of a plain rotation (both are shown).
func TestPairs40People6Rounds(t *testing.T) {
	rng := rand.New(rand.NewPCG(40, 6))
	n := randomNetwork(rng, 40, 0)
	// Colleagues (the same org) helped each other in half of the pairs, so a
	// rotation that ignores this has many of them meet again.
	for a := range 40 {
		for b := a + 1; b < 40; b++ {
			if a%3 == b%3 && rng.IntN(2) == 0 {
				n.Ties = append(n.Ties, graph.Tie{Giver: int64(a + 1), Receiver: int64(b + 1), Wave: 1, Weight: 1})
			}
		}
	}
	s, err := Pairs(n, PairOptions{Rounds: 6, Size: 2})
	if err != nil {
		t.Fatal(err)
	}
	checkSchedule(t, 40, 2, s)
	rotation := countStrangers(roundRobin(40, 6), weights(n))
	t.Logf("40 people, 6 rounds: %d stranger pairs (at most %d); plain round-robin rotation: %d", s.StrangerPairs, s.MaxStrangerPairs, rotation)
	if s.StrangerPairs < rotation || rotation != s.RoundRobinPairs {
		t.Errorf("%d stranger pairs, rotation %d (%d)", s.StrangerPairs, rotation, s.RoundRobinPairs)
	}
}

// More people than pairs can seat in memory are refused at once, before any
// table of n² weights is made (issue 11: 200,000 people ran out of memory).
func TestPairsRefusesTooManyPeople(t *testing.T) {
	n := &graph.Network{Name: "Big"}
	for i := range MaxPairPeople + 1 {
		n.People = append(n.People, graph.Person{ID: int64(i + 1), Name: fmt.Sprintf("P%d", i)})
	}
	if _, err := Pairs(n, PairOptions{Rounds: 1, Size: 2}); !errors.Is(err, ErrTooManyPeople) {
		t.Errorf("%d people: %v, want ErrTooManyPeople", len(n.People), err)
	}
	n.People = n.People[:40]
	if _, err := Pairs(n, PairOptions{Rounds: 1, Size: 2}); err != nil {
		t.Errorf("40 people: %v", err)
	}
}
