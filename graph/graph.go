package graph

import (
	"slices"

	gonum "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/iterator"
	"gonum.org/v1/gonum/graph/simple"
)

// Graph is the directed help graph of a network: one node per person, in the
// order of the people given to New, and one edge giver → receiver for every
// pair with at least one help tie (duplicate ties between the same pair, for
// example from several waves, count once). Node IDs are the positions
// 0..Len()-1. A Graph is immutable and implements gonum's graph.Directed.
type Graph struct {
	people []Person
	index  map[int64]int // person ID → node
	out    [][]int       // sorted successors: whom node i helped
	in     [][]int       // sorted predecessors: who helped node i
	edges  int
}

var _ gonum.Directed = (*Graph)(nil)

// New builds the help graph of people from ties. Ties whose ends are not among
// people, and self-ties, are left out.
func New(people []Person, ties []Tie) *Graph {
	g := &Graph{
		people: people,
		index:  make(map[int64]int, len(people)),
		out:    make([][]int, len(people)),
		in:     make([][]int, len(people)),
	}
	for i, p := range people {
		g.index[p.ID] = i
	}
	for _, t := range ties {
		u, ok1 := g.index[t.Giver]
		v, ok2 := g.index[t.Receiver]
		if !ok1 || !ok2 || u == v {
			continue
		}
		g.out[u] = append(g.out[u], v)
		g.in[v] = append(g.in[v], u)
	}
	for i := range g.out {
		g.out[i] = sortUnique(g.out[i])
		g.in[i] = sortUnique(g.in[i])
		g.edges += len(g.out[i])
	}
	return g
}

// FromNetwork builds the help graph of every person and help tie of n.
func FromNetwork(n *Network) *Graph { return New(n.People, n.Ties) }

func sortUnique(s []int) []int {
	slices.Sort(s)
	return slices.Compact(s)
}

// Len is the number of people (nodes).
func (g *Graph) Len() int { return len(g.people) }

// Edges is the number of distinct giver → receiver pairs.
func (g *Graph) Edges() int { return g.edges }

// Person returns the person at node i.
func (g *Graph) Person(i int) Person { return g.people[i] }

// People returns the people in node order. The slice must not be changed.
func (g *Graph) People() []Person { return g.people }

// NodeOf returns the node of the person with the given person ID.
func (g *Graph) NodeOf(personID int64) (int, bool) {
	i, ok := g.index[personID]
	return i, ok
}

// Out returns whom node i helped, in node order. The slice must not be changed.
func (g *Graph) Out(i int) []int { return g.out[i] }

// In returns who helped node i, in node order. The slice must not be changed.
func (g *Graph) In(i int) []int { return g.in[i] }

// HasTie reports whether u helped v.
func (g *Graph) HasTie(u, v int) bool {
	if u < 0 || u >= len(g.out) {
		return false
	}
	_, found := slices.BinarySearch(g.out[u], v)
	return found
}

// Reverse returns the ask graph: every arrow turned round, asker → the one asked.
func (g *Graph) Reverse() *Graph {
	return &Graph{people: g.people, index: g.index, out: g.in, in: g.out, edges: g.edges}
}

// Node implements gonum's graph.Graph.
func (g *Graph) Node(id int64) gonum.Node {
	if id < 0 || id >= int64(len(g.people)) {
		return nil
	}
	return simple.Node(id)
}

// Nodes implements gonum's graph.Graph.
func (g *Graph) Nodes() gonum.Nodes {
	return iterator.NewImplicitNodes(0, len(g.people), func(id int) gonum.Node { return simple.Node(id) })
}

// From implements gonum's graph.Graph: the people id helped.
func (g *Graph) From(id int64) gonum.Nodes { return g.nodes(g.out, id) }

// To implements gonum's graph.Directed: the people who helped id.
func (g *Graph) To(id int64) gonum.Nodes { return g.nodes(g.in, id) }

func (g *Graph) nodes(adj [][]int, id int64) gonum.Nodes {
	if id < 0 || id >= int64(len(adj)) || len(adj[id]) == 0 {
		return gonum.Empty
	}
	ns := make([]gonum.Node, len(adj[id]))
	for i, v := range adj[id] {
		ns[i] = simple.Node(v)
	}
	return iterator.NewOrderedNodes(ns)
}

// HasEdgeBetween implements gonum's graph.Graph.
func (g *Graph) HasEdgeBetween(xid, yid int64) bool {
	return g.HasEdgeFromTo(xid, yid) || g.HasEdgeFromTo(yid, xid)
}

// HasEdgeFromTo implements gonum's graph.Directed.
func (g *Graph) HasEdgeFromTo(uid, vid int64) bool {
	if vid < 0 || vid >= int64(len(g.people)) {
		return false
	}
	return g.HasTie(int(uid), int(vid))
}

// Edge implements gonum's graph.Graph.
func (g *Graph) Edge(uid, vid int64) gonum.Edge {
	if !g.HasEdgeFromTo(uid, vid) {
		return nil
	}
	return simple.Edge{F: simple.Node(uid), T: simple.Node(vid)}
}
