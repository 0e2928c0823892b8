package app

import (
	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/exchange"
)

// Figures are what a GEXF export carries of the analysis of all waves, by
// person ID.
func Figures(n *graph.Network) map[int64]exchange.Figures {
	res := analysis.Analyze(n, analysis.Options{})
	out := make(map[int64]exchange.Figures, len(n.People))
	for i, p := range n.People {
		m := res.People[i]
		out[p.ID] = exchange.Figures{Role: string(m.Role), Community: m.Community, Betweenness: m.Betweenness, Broker: m.Broker}
	}
	return out
}
