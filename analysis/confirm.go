package analysis

import "github.com/kring-nl/kring/graph"

// Confirmation is how well the help ties of a network are backed by both
// ends, from who recorded them (the reporters).
type Confirmation struct {
	Confirmed int // help ties reported by both their giver and their receiver
	OneSided  int // help ties reported by only one of their two ends

	// Share is, per person (in the order of the network's people), the share
	// of the help ties they reported that are confirmed; nil for someone who
	// reported none.
	Share []*float64
}

// Confirmations counts, over the distinct help ties (giver → receiver pairs)
// of n, those confirmed: in some wave both the giver and the receiver
// recorded the tie (the same meeting remembered by both); and those
// one-sided: not confirmed, but recorded by the giver or the receiver. Ties
// recorded by neither end (imported without a reporter, or added by the
// facilitator for someone else) are neither.
//
// A person's confirmed share is confirmed / reported over the distinct help
// ties they recorded, as one end or for others.
func Confirmations(n *graph.Network) Confirmation {
	type state struct{ confirmed, byEnd bool }
	type pair struct{ giver, receiver int64 }
	ties := map[pair]*state{}
	reported := map[int64]map[pair]bool{}
	for _, t := range n.Ties {
		k := pair{t.Giver, t.Receiver}
		s := ties[k]
		if s == nil {
			s = &state{}
			ties[k] = s
		}
		s.confirmed = s.confirmed || t.Confirmed()
		for _, r := range t.Reporters {
			if r == t.Giver || r == t.Receiver {
				s.byEnd = true
			}
			if reported[r] == nil {
				reported[r] = map[pair]bool{}
			}
			reported[r][k] = true
		}
	}
	var c Confirmation
	for _, s := range ties {
		switch {
		case s.confirmed:
			c.Confirmed++
		case s.byEnd:
			c.OneSided++
		}
	}
	c.Share = make([]*float64, len(n.People))
	for i, p := range n.People {
		pairs := reported[p.ID]
		if len(pairs) == 0 {
			continue
		}
		confirmed := 0
		for k := range pairs {
			if ties[k].confirmed {
				confirmed++
			}
		}
		share := float64(confirmed) / float64(len(pairs))
		c.Share[i] = &share
	}
	return c
}
