package analysis

import (
	"slices"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// trendNetwork is testdata/trend (see its README): A..F = Ann, Bob, Cas,
// Dora, Eef, Fleur over three waves.
func trendNetwork() *graph.Network {
	n := network("ABCDEF",
		"AB1", "BA1", "AC1", "ED1",
		"EC2", "ED2", "DA2", "AF2",
		"FA3", "AF3", "BC3", "CB3", "EB3")
	n.Waves = append(n.Waves, graph.Wave{ID: 3, Name: "3", Seq: 3})
	return n
}

func TestTrendHandChecked(t *testing.T) {
	res := Trend(trendNetwork(), Options{})
	type cell struct {
		gives, receives, balance int
		role                     Role
		reciprocal               int
		broker                   bool
	}
	want := map[string][3]cell{
		"A": {{2, 1, 1, Exchanges, 1, true}, {1, 1, 0, Exchanges, 0, true}, {1, 1, 0, Exchanges, 1, false}},
		"B": {{1, 1, 0, Exchanges, 1, false}, {0, 0, 0, Isolated, 0, false}, {1, 2, -1, Exchanges, 1, true}},
		"C": {{0, 1, -1, OnlyAsks, 0, false}, {0, 1, -1, OnlyAsks, 0, false}, {1, 1, 0, Exchanges, 1, false}},
		"D": {{0, 1, -1, OnlyAsks, 0, false}, {1, 1, 0, Exchanges, 0, true}, {0, 0, 0, Isolated, 0, false}},
		"E": {{1, 0, 1, OnlyGives, 0, false}, {2, 0, 2, OnlyGives, 0, false}, {1, 0, 1, OnlyGives, 0, false}},
		"F": {{0, 0, 0, Isolated, 0, false}, {0, 1, -1, OnlyAsks, 0, false}, {1, 1, 0, Exchanges, 1, false}},
	}
	// testdata/trend/sought.py (networkx)
	sought := [3][6]float64{
		{0.40795512493624425, 0.3886905773698358, 0.041928721174004195, 0.041928721174004195, 0.07756813417190775, 0.041928721174004195},
		{0.1614433911838808, 0.08726669793723477, 0.08726669793723477, 0.22449358044353612, 0.35226293456087865, 0.08726669793723477},
		{0.30734069106542466, 0.13352178750792676, 0.10284786335069918, 0.04610110365982574, 0.10284786335069918, 0.30734069106542466},
	}
	for i, p := range res.People {
		for k, c := range want[p.Name] {
			got := p.Waves[k]
			share := got.GiveShare
			shareOK := (c.gives+c.receives == 0) == (share == nil) && (share == nil || near(*share, float64(c.gives)/float64(c.gives+c.receives)))
			if got.Gives != c.gives || got.Receives != c.receives || got.Balance != c.balance || got.Role != c.role ||
				got.Reciprocal != c.reciprocal || got.Broker != c.broker || !shareOK || got.Wave != []string{"1", "2", "3"}[k] {
				t.Errorf("%s wave %d: %+v, want %+v", p.Name, k+1, got, c)
			}
			if !near(got.Sought, sought[k][i]) {
				t.Errorf("%s wave %d: sought %.12f, networkx %.12f", p.Name, k+1, got.Sought, sought[k][i])
			}
		}
	}
	sum := []struct {
		ties                             int
		reciprocity                      float64
		exchanges, gives, asks, isolated int
	}{{4, 0.5, 2, 1, 2, 1}, {4, 0, 2, 1, 2, 1}, {5, 0.8, 4, 1, 0, 1}}
	for k, w := range res.Waves {
		s := w.Summary
		if s.HelpTies != sum[k].ties || !near(*s.Reciprocity, sum[k].reciprocity) || !near(s.Density, float64(sum[k].ties)/30) ||
			s.Exchanges != sum[k].exchanges || s.OnlyGives != sum[k].gives || s.OnlyAsks != sum[k].asks || s.Isolated != sum[k].isolated {
			t.Errorf("wave %s summary %+v", w.Name, s)
		}
	}
	wantFlags := map[string][]string{
		"A": nil,
		"B": {"became_isolated 2", "joined_exchange 3", "became_broker 3"},
		"C": {"persistent_asker 2", "joined_exchange 3"},
		"D": {"joined_exchange 2", "became_broker 2", "became_isolated 3"},
		"E": {"persistent_giver 2"},
		"F": {"joined_exchange 3"},
	}
	for _, p := range res.People {
		var got []string
		for _, f := range p.Flags {
			got = append(got, f.Flag+" "+f.Wave)
		}
		if !slices.Equal(got, wantFlags[p.Name]) {
			t.Errorf("%s flags %v, want %v", p.Name, got, wantFlags[p.Name])
		}
	}
}

func TestGroupsHideSmallOnes(t *testing.T) {
	n := trendNetwork()
	orgs := map[string]string{"A": "G", "B": "G", "C": "Z", "D": "Z", "E": "H", "F": ""}
	res := Trend(n, Options{})
	key := func(p PersonTrend) string { return orgs[p.Name] }
	groups, hidden := Groups(res, key, 2)
	// H (Eef) and the people without an organisation (Fleur) are too small
	// alone: together they are "other".
	if len(groups) != 3 || hidden != 2 || groups[0].Name != "G" || groups[1].Name != "Z" || !groups[2].Other || groups[2].People != 2 {
		t.Fatalf("groups %+v, hidden %d", groups, hidden)
	}
	if o := groups[2].Waves[1]; o.Gives != 2 || o.Receives != 1 || o.OnlyGives != 1 || o.OnlyAsks != 1 {
		t.Errorf("other in W2: %+v", o)
	}
	// Groups too small even together are left out.
	if got, small := Groups(res, key, 7); len(got) != 0 || small != 4 {
		t.Errorf("min 7: %+v, %d small", got, small)
	}
	// G (Ann, Bob) in W1: gives 2+1, receives 1+1; both exchange.
	g := groups[0].Waves[0]
	if g.Gives != 3 || g.Receives != 2 || g.Balance != 1 || !near(*g.GiveShare, 0.6) || g.Exchanges != 2 {
		t.Errorf("G in W1: %+v", g)
	}
	// Z (Cas, Dora) in W3: Cas 1/1 exchanges, Dora isolated.
	z := groups[1].Waves[2]
	if z.Gives != 1 || z.Receives != 1 || z.Exchanges != 1 || z.Isolated != 1 {
		t.Errorf("Z in W3: %+v", z)
	}
	if all, hiddenNone := Groups(res, key, 1); len(all) != 4 || hiddenNone != 0 || !all[3].None || all[3].Name != "" {
		t.Errorf("min 1: %+v", all)
	}
}
