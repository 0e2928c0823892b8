package analysis

import (
	"cmp"
	"slices"
)

// GroupWave is a group's give and take in one wave: the sums over its
// members (so help inside the group adds to gives and receives alike, and
// the balance is what the group gives to, minus what it gets from, the rest).
type GroupWave struct {
	Wave      string   `json:"wave"`
	Gives     int      `json:"gives"`
	Receives  int      `json:"receives"`
	Balance   int      `json:"balance"`
	GiveShare *float64 `json:"give_share"`
	Exchanges int      `json:"exchanges"`
	OnlyGives int      `json:"only_gives"`
	OnlyAsks  int      `json:"only_asks"`
	Isolated  int      `json:"isolated"`
}

// GroupTrend is one group's give and take across the waves.
type GroupTrend struct {
	Name   string      `json:"name"` // "" for NoneGiven and Other
	People int         `json:"people"`
	Waves  []GroupWave `json:"waves"`
	None   bool        `json:"none_given,omitempty"` // the people without a group
	Other  bool        `json:"other,omitempty"`      // the people of the groups too small to show
}

// Groups sums the trend per group (key gives each person's group; "" is a
// group of its own, the people with none given). Groups of fewer than
// minSize people are not shown on their own, so that nobody can be seen
// through a small group: their people are summed as one group, Other, when
// together they are at least minSize, and left out otherwise. small counts
// the groups too small to show. Groups come largest first, then by name;
// the people without a group and Other come last.
func Groups(t *TrendResult, key func(PersonTrend) string, minSize int) (groups []GroupTrend, small int) {
	members := map[string][]PersonTrend{}
	for _, p := range t.People {
		members[key(p)] = append(members[key(p)], p)
	}
	var rest []PersonTrend
	for name, ps := range members {
		if len(ps) < minSize {
			small++
			rest = append(rest, ps...)
			continue
		}
		g := sum(t, ps)
		g.Name, g.None = name, name == ""
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b GroupTrend) int {
		return cmp.Or(boolOrder(a.None, b.None), cmp.Compare(b.People, a.People), cmp.Compare(a.Name, b.Name))
	})
	if len(rest) >= minSize && small > 1 {
		g := sum(t, rest)
		g.Other = true
		groups = append(groups, g)
	}
	return groups, small
}

// sum is the give and take of people together.
func sum(t *TrendResult, ps []PersonTrend) GroupTrend {
	g := GroupTrend{People: len(ps)}
	for k, w := range t.Waves {
		gw := GroupWave{Wave: w.Name}
		for _, p := range ps {
			m := p.Waves[k]
			gw.Gives += m.Gives
			gw.Receives += m.Receives
			switch m.Role {
			case Exchanges:
				gw.Exchanges++
			case OnlyGives:
				gw.OnlyGives++
			case OnlyAsks:
				gw.OnlyAsks++
			default:
				gw.Isolated++
			}
		}
		gw.Balance = gw.Gives - gw.Receives
		if total := gw.Gives + gw.Receives; total > 0 {
			s := float64(gw.Gives) / float64(total)
			gw.GiveShare = &s
		}
		g.Waves = append(g.Waves, gw)
	}
	return g
}

// boolOrder puts false before true.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
