package analysis

import (
	"testing"

	"github.com/kring-nl/kring/graph"
)

func TestBrokerageHandChecked(t *testing.T) {
	n := hand()
	orgs := map[string]string{"A": "Gemeente", "B": "Gemeente", "C": "Zorg", "D": "Zorg", "E": "Hogeschool", "F": "Zorg", "G": "Hogeschool"}
	for i := range n.People {
		n.People[i].Org = orgs[n.People[i].Name]
	}
	g := graph.FromNetwork(n)
	group := make([]string, g.Len())
	for i := range group {
		group[i] = g.Person(i).Org
	}
	got := Brokerages(g, group)
	want := []Brokerage{
		{Representative: 1, Gatekeeper: 1, Liaison: 1}, // A: B→A→C, E→A→B, E→A→C
		{Representative: 1},                            // B: A→B→G
		{Gatekeeper: 1},                                // C: A→C→D
		{Gatekeeper: 1},                                // D: E→D→C
		{}, {}, {},
	}
	for i, w := range want {
		if got[i] == nil || *got[i] != w {
			t.Errorf("%s: %+v, want %+v", g.Person(i).Name, got[i], w)
		}
	}
	// A closed two-path is no brokerage: if A also helped D, C no longer brokers A→C→D.
	n.Ties = append(n.Ties, graph.Tie{Giver: 1, Receiver: 4, Wave: 1})
	if b := Brokerages(graph.FromNetwork(n), group)[2]; b.Total() != 0 {
		t.Errorf("C after A→D: %+v", b)
	}
	// Without organisations there is nothing to count; a person without one gets nil.
	if Brokerages(g, make([]string, g.Len())) != nil {
		t.Error("brokerage without organisations")
	}
	group[1] = ""
	b := Brokerages(g, group)
	if b[1] != nil || b[0].Representative != 0 || b[0].Gatekeeper != 0 || b[0].Liaison != 1 {
		t.Errorf("with B unknown: A %+v, B %+v", b[0], b[1])
	}
	// The coordinator and consultant roles.
	c := network("ABCD", "AB", "BC", "AD", "DC")
	g2 := graph.FromNetwork(c)
	b2 := Brokerages(g2, []string{"x", "x", "x", "y"})
	if b2[1].Coordinator != 1 || b2[3].Consultant != 1 {
		t.Errorf("coordinator %+v, consultant %+v", b2[1], b2[3])
	}
}

func TestConstraintHandChecked(t *testing.T) {
	c := Constraint(graph.FromNetwork(hand()))
	want := []float64{1.0 / 3, 0.5, 0.5, 0.5, 0.5, -1, 1}
	for i, w := range want {
		if (w < 0) != (c[i] == nil) || (c[i] != nil && !near(*c[i], w)) {
			t.Errorf("person %d: constraint %v, want %v", i, fixedOrNil(c[i]), w)
		}
	}
	// A triangle: p = 1/2 and each other contact adds 1/2·1/2, so (3/4)² twice.
	tri := Constraint(graph.FromNetwork(network("ABC", "AB", "BC", "CA")))
	if !near(*tri[0], 1.125) {
		t.Errorf("triangle: %v", *tri[0])
	}
}

func TestCentralizationHandChecked(t *testing.T) {
	in, out, ok := Centralization(graph.FromNetwork(hand()))
	if !ok || !near(in, 1.0/6) || !near(out, 1.0/6) {
		t.Errorf("in %v out %v", in, out)
	}
	// A star where one person is helped by all three others: in-centralization
	// 1; out-degrees 0,1,1,1 give (1−0)/3² = 1/9.
	in, out, _ = Centralization(graph.FromNetwork(network("ABCD", "BA", "CA", "DA")))
	if !near(in, 1) || !near(out, 1.0/9) {
		t.Errorf("star: in %v out %v", in, out)
	}
	if _, _, ok := Centralization(graph.FromNetwork(network("A"))); ok {
		t.Error("centralization of one person")
	}
}

func TestLouvainOnTwoCliques(t *testing.T) {
	// Two triangles joined by one tie: two communities, Q = 5/14.
	n := network("ABCDEF", "AB", "BC", "CA", "DE", "EF", "FD", "CD", "BA")
	c := LouvainCommunities(graph.FromNetwork(n), 0)
	if c.Count != 2 || c.Of[0] != c.Of[1] || c.Of[1] != c.Of[2] || c.Of[3] != c.Of[4] || c.Of[0] == c.Of[3] {
		t.Errorf("communities %+v", c)
	}
	if c.Modularity == nil || !near(*c.Modularity, 5.0/14) {
		t.Errorf("modularity %v, want 5/14", fixedOrNil(c.Modularity))
	}
	// Runs repeat.
	again := LouvainCommunities(graph.FromNetwork(n), 0)
	for i := range c.Of {
		if c.Of[i] != again.Of[i] {
			t.Fatal("Louvain gave another partition on the second run")
		}
	}
	// No ties: everybody alone, modularity undefined.
	alone := LouvainCommunities(graph.FromNetwork(network("ABC")), 0)
	if alone.Count != 3 || alone.Modularity != nil {
		t.Errorf("no ties: %+v", alone)
	}
}

func TestBrokersShareTheirRank(t *testing.T) {
	cases := []struct {
		norm []float64
		want []bool
	}{
		{[]float64{0.5, 0.2, 0.2, 0, 0, 0, 0, 0, 0, 0}, []bool{true, false, false, false, false, false, false, false, false, false}},
		{[]float64{0.2, 0.2, 0.1, 0, 0, 0, 0}, []bool{true, true, false, false, false, false, false}}, // a tie for the top
		{[]float64{0, 0, 0}, []bool{false, false, false}},                                             // nobody above 0
		{append([]float64{0.9, 0.8, 0.7, 0.7}, make([]float64, 16)...), nil},                          // 20 people: 2 places
	}
	for _, c := range cases {
		got := Brokers(c.norm)
		if c.want == nil {
			if !got[0] || !got[1] || got[2] || got[3] {
				t.Errorf("20 people: %v", got[:4])
			}
			continue
		}
		for i := range c.want {
			if got[i] != c.want[i] {
				t.Errorf("Brokers(%v) = %v, want %v", c.norm, got, c.want)
				break
			}
		}
	}
}

// Our Louvain finds partitions at least 99% as modular as gonum's.
func TestLouvainMatchesGonum(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		n := 200 * int(seed)
		g := graph.FromNetwork(gnm(n, 5*n, seed))
		ours := LouvainCommunities(g, 0)
		ref := Modularity(g, partsOf(gonumLouvain(g, 0), n))
		if *ours.Modularity < 0.99*ref {
			t.Errorf("%d people: modularity %.4f, gonum %.4f", n, *ours.Modularity, ref)
		}
		t.Logf("%d people: modularity %.4f (%d communities), gonum %.4f", n, *ours.Modularity, ours.Count, ref)
	}
}
