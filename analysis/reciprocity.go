package analysis

import "github.com/kring-nl/kring/graph"

// Dyads counts the pairs of people by the help between them.
type Dyads struct {
	Mutual     int // help flows both ways
	Asymmetric int // help flows one way
	Null       int // no help between them
}

// DyadCensus counts the mutual, asymmetric and null pairs of g (as igraph's
// dyad_census): Mutual + Asymmetric + Null = n(n−1)/2.
func DyadCensus(g *graph.Graph) Dyads {
	var d Dyads
	for i := 0; i < g.Len(); i++ {
		r := countCommon(g.Out(i), g.In(i))
		d.Mutual += r
		d.Asymmetric += len(g.Out(i)) - r
	}
	d.Mutual /= 2
	n := g.Len()
	d.Null = n*(n-1)/2 - d.Mutual - d.Asymmetric
	return d
}

// Reciprocity is the share of help ties whose reverse tie also exists:
// 2·mutual / ties, as networkx overall_reciprocity and igraph reciprocity().
// ok is false when g has no ties (networkx raises an error there).
func Reciprocity(g *graph.Graph) (r float64, ok bool) {
	if g.Edges() == 0 {
		return 0, false
	}
	return float64(2*DyadCensus(g).Mutual) / float64(g.Edges()), true
}

// Density is ties / (n(n−1)), the share of possible help ties that exist; 0
// for fewer than two people (as networkx density).
func Density(g *graph.Graph) float64 {
	n := g.Len()
	if n < 2 {
		return 0
	}
	return float64(g.Edges()) / float64(n*(n-1))
}
