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
	Name   string      `json:"name"`
	People int         `json:"people"`
	Waves  []GroupWave `json:"waves"`
}

// Groups sums the trend per group (key gives each person's group; "" is a
// group of its own, "none given"). Groups of fewer than minSize people are
// left out, so that nobody can be seen through a small group; hidden counts
// them. Groups come largest first, then by name.
func Groups(t *TrendResult, key func(PersonTrend) string, minSize int) (groups []GroupTrend, hidden int) {
	members := map[string][]PersonTrend{}
	for _, p := range t.People {
		members[key(p)] = append(members[key(p)], p)
	}
	for name, ps := range members {
		if len(ps) < minSize {
			hidden++
			continue
		}
		g := GroupTrend{Name: name, People: len(ps)}
		if name == "" {
			g.Name = "none given"
		}
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
		groups = append(groups, g)
	}
	slices.SortFunc(groups, func(a, b GroupTrend) int { return cmp.Or(cmp.Compare(b.People, a.People), cmp.Compare(a.Name, b.Name)) })
	return groups, hidden
}
