package render

import (
	"cmp"
	"slices"

	"github.com/kring-nl/kring/graph"
)

// Node is one person on a map.
type Node struct {
	Label string
	Class string // a key of Palette: the person's role
}

// EdgeKind tells how a tie is drawn.
type EdgeKind int

const (
	OneWay  EdgeKind = iota // help from From to To only: one arrow
	Mutual                  // help both ways: one line, arrows at both ends, heavier
	Contact                 // know each other, no help recorded: dashed, no arrows
)

// Edge is one line on a map between the nodes at positions From and To.
type Edge struct {
	From, To int
	Kind     EdgeKind
}

// LegendItem explains one node class.
type LegendItem struct {
	Class string
	Label string
	Count int
}

// Map is everything a map shows.
type Map struct {
	Title    string
	Subtitle string
	Nodes    []Node
	Edges    []Edge
	Legend   []LegendItem
	Layout   string // graphviz layout engine; "" picks one by size
}

// NetworkMap builds the map of n: one node per person, classed by classes
// (in the order of n.People), one line per pair of people: a double-headed
// line where help flows both ways, an arrow where it flows one way, and a
// dashed line for a contact without help.
func NetworkMap(n *graph.Network, classes []string) Map {
	m := Map{Nodes: make([]Node, len(n.People))}
	index := make(map[int64]int, len(n.People))
	for i, p := range n.People {
		index[p.ID] = i
		m.Nodes[i] = Node{Label: p.Name, Class: classes[i]}
	}
	type pair struct{ a, b int }
	help := map[pair]bool{}
	for _, t := range n.Ties {
		u, ok1 := index[t.Giver]
		v, ok2 := index[t.Receiver]
		if ok1 && ok2 && u != v {
			help[pair{u, v}] = true
		}
	}
	for p := range help {
		switch {
		case help[pair{p.b, p.a}] && p.a < p.b:
			m.Edges = append(m.Edges, Edge{From: p.a, To: p.b, Kind: Mutual})
		case !help[pair{p.b, p.a}]:
			m.Edges = append(m.Edges, Edge{From: p.a, To: p.b, Kind: OneWay})
		}
	}
	seen := map[pair]bool{}
	for _, c := range n.Contacts {
		u, ok1 := index[c.A]
		v, ok2 := index[c.B]
		if !ok1 || !ok2 || u == v {
			continue
		}
		u, v = min(u, v), max(u, v)
		if seen[pair{u, v}] || help[pair{u, v}] || help[pair{v, u}] {
			continue
		}
		seen[pair{u, v}] = true
		m.Edges = append(m.Edges, Edge{From: u, To: v, Kind: Contact})
	}
	slices.SortFunc(m.Edges, func(x, y Edge) int {
		return cmp.Or(cmp.Compare(x.From, y.From), cmp.Compare(x.To, y.To), cmp.Compare(x.Kind, y.Kind))
	})
	return m
}
