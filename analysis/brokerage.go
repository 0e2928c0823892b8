package analysis

import "github.com/kring-nl/kring/graph"

// Brokerage counts the brokerage roles of Gould and Fernandez (1989) of one
// person, relative to the organisations people belong to.
type Brokerage struct {
	Coordinator    int // a, b and c in the same organisation
	Gatekeeper     int // b and c in one organisation, a in another: b lets outside knowledge in
	Representative int // a and b in one organisation, c in another: b carries it out
	Consultant     int // a and c in one organisation, b in another (also called itinerant)
	Liaison        int // a, b and c in three different organisations
}

// Total is the number of brokered two-paths.
func (b Brokerage) Total() int {
	return b.Coordinator + b.Gatekeeper + b.Representative + b.Consultant + b.Liaison
}

// Brokerages counts, for every node b, the open two-paths a → b → c of the
// help graph (a helped b and b helped c, a ≠ c, and a did not help c
// directly) by the organisations of a, b and c, as Gould and Fernandez define
// the roles (and sna's brokerage counts them). group gives each node's
// organisation; a two-path with a person without one (group "") is not
// counted, and such a person gets nil. The result is nil when nobody has an
// organisation.
func Brokerages(g *graph.Graph, group []string) []*Brokerage {
	hasGroup := false
	for _, s := range group {
		hasGroup = hasGroup || s != ""
	}
	if !hasGroup {
		return nil
	}
	out := make([]*Brokerage, g.Len())
	for b := 0; b < g.Len(); b++ {
		if group[b] == "" {
			continue
		}
		r := &Brokerage{}
		for _, a := range g.In(b) {
			if group[a] == "" {
				continue
			}
			for _, c := range g.Out(b) {
				if c == a || group[c] == "" || g.HasTie(a, c) {
					continue
				}
				ga, gb, gc := group[a], group[b], group[c]
				switch {
				case ga == gb && gb == gc:
					r.Coordinator++
				case gb == gc:
					r.Gatekeeper++
				case ga == gb:
					r.Representative++
				case ga == gc:
					r.Consultant++
				default:
					r.Liaison++
				}
			}
		}
		out[b] = r
	}
	return out
}
