package render

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/kring-nl/kring/graph"
)

// Node is one person on a map.
type Node struct {
	Label   string
	Color   string  // fill, "#rrggbb"
	Size    float64 // 0 (smallest) to 1 (largest)
	Outline bool    // a heavy border: a broker
	Focus   bool    // a double border: the person an ego map is about
	Note    string  // a second, smaller line, such as "was: only asks"
	Group   string  // the cluster the node is drawn in, when the map groups
}

// EdgeKind tells how a tie is drawn.
type EdgeKind int

const (
	OneWay  EdgeKind = iota // help from From to To only: one arrow
	Mutual                  // help both ways: one line, arrows at both ends, heavier
	Contact                 // know each other, no help recorded: dashed, no arrows
	New                     // a diff map: help new in the later wave
	Lost                    // a diff map: help in the earlier wave, not in the later
	Kept                    // a diff map: help in both waves
)

// class is the edge's class attribute in DOT and SVG.
func (k EdgeKind) class() string {
	return [...]string{"oneway", "mutual", "contact", "new", "lost", "kept"}[k]
}

// Edge is one line on a map between the nodes at positions From and To.
type Edge struct {
	From, To int
	Kind     EdgeKind
}

// LegendItem explains one colour of the map.
type LegendItem struct {
	Color string
	Label string
}

// KeyItem explains one kind of line or border: a sample in its colour, then
// words.
type KeyItem struct {
	Sample string // e.g. "→" or "– – –"
	Color  string
	Label  string
}

// Map is everything a map shows.
type Map struct {
	Title    string
	Subtitle string
	Nodes    []Node
	Edges    []Edge
	Legend   []LegendItem // the node colours
	Key      []KeyItem    // lines that explain the ties and borders
	Layout   string       // graphviz layout engine; "" picks one by size
	Group    bool         // draw each Node.Group as a cluster
	Labels   LabelMode
	// InitialsNote is a line the legend shows when Draw shows initials
	// instead of the names asked for, to keep a large map legible (see
	// Drawn.Initials); it says so in the reader's words.
	InitialsNote string
}

// LabelMode says what a node shows.
type LabelMode int

const (
	Names    LabelMode = iota // the person's name
	Initials                  // the initials of the name: fewer names on a projector
	NoLabels                  // none: the shape of the network only
)

// Look says how each person of a network is drawn, in the order of its people.
type Look struct {
	Color   []string  // fill colour of each person
	Size    []float64 // 0..1 for each person; nil draws everyone alike
	Outline []bool    // brokers; nil: none
	Group   []string  // cluster of each person; nil: no clusters
	Note    []string  // a second line for each person; nil: none
	Focus   int64     // person ID of the ego of an ego map; 0: none
}

// NetworkMap builds the map of n: one node per person and one line per pair
// of people: a double-headed line where help flows both ways, an arrow where
// it flows one way, and a dashed line for a contact without help.
func NetworkMap(n *graph.Network, look Look) Map {
	m := Map{Nodes: nodes(n, look)}
	index := indexOf(n)
	help := map[[2]int]bool{}
	for _, t := range n.Ties {
		u, ok1 := index[t.Giver]
		v, ok2 := index[t.Receiver]
		if ok1 && ok2 && u != v {
			help[[2]int{u, v}] = true
		}
	}
	for p := range help {
		switch {
		case help[[2]int{p[1], p[0]}] && p[0] < p[1]:
			m.Edges = append(m.Edges, Edge{From: p[0], To: p[1], Kind: Mutual})
		case !help[[2]int{p[1], p[0]}]:
			m.Edges = append(m.Edges, Edge{From: p[0], To: p[1], Kind: OneWay})
		}
	}
	seen := map[[2]int]bool{}
	for _, c := range n.Contacts {
		u, ok1 := index[c.A]
		v, ok2 := index[c.B]
		if !ok1 || !ok2 || u == v {
			continue
		}
		u, v = min(u, v), max(u, v)
		if seen[[2]int{u, v}] || help[[2]int{u, v}] || help[[2]int{v, u}] {
			continue
		}
		seen[[2]int{u, v}] = true
		m.Edges = append(m.Edges, Edge{From: u, To: v, Kind: Contact})
	}
	sortEdges(m.Edges)
	m.Group = look.Group != nil
	return m
}

// DiffMap builds the map of the change from wave a to wave b: every person
// of n, and every help tie of either wave, drawn as new (only in b), lost
// (only in a) or kept (in both); each direction is its own line, so that each
// can carry its class.
func DiffMap(n *graph.Network, a, b graph.Wave, look Look) Map {
	m := Map{Nodes: nodes(n, look)}
	index := indexOf(n)
	in := map[[2]int][2]bool{}
	for _, t := range n.Ties {
		u, ok1 := index[t.Giver]
		v, ok2 := index[t.Receiver]
		if !ok1 || !ok2 || u == v {
			continue
		}
		k := in[[2]int{u, v}]
		if t.Wave == a.ID {
			k[0] = true
		}
		if t.Wave == b.ID {
			k[1] = true
		}
		in[[2]int{u, v}] = k
	}
	for p, k := range in {
		switch {
		case k[0] && k[1]:
			m.Edges = append(m.Edges, Edge{From: p[0], To: p[1], Kind: Kept})
		case k[0]:
			m.Edges = append(m.Edges, Edge{From: p[0], To: p[1], Kind: Lost})
		case k[1]:
			m.Edges = append(m.Edges, Edge{From: p[0], To: p[1], Kind: New})
		}
	}
	sortEdges(m.Edges)
	m.Group = look.Group != nil
	return m
}

func indexOf(n *graph.Network) map[int64]int {
	index := make(map[int64]int, len(n.People))
	for i, p := range n.People {
		index[p.ID] = i
	}
	return index
}

func sortEdges(es []Edge) {
	slices.SortFunc(es, func(x, y Edge) int {
		return cmp.Or(cmp.Compare(x.From, y.From), cmp.Compare(x.To, y.To), cmp.Compare(x.Kind, y.Kind))
	})
}

// nodes makes one node per person of n with the look's attributes.
func nodes(n *graph.Network, look Look) []Node {
	out := make([]Node, len(n.People))
	for i, p := range n.People {
		nd := Node{Label: p.Name, Color: ColorUnknown, Focus: look.Focus != 0 && p.ID == look.Focus}
		if i < len(look.Color) {
			nd.Color = look.Color[i]
		}
		if i < len(look.Size) {
			nd.Size = look.Size[i]
		}
		if i < len(look.Outline) {
			nd.Outline = look.Outline[i]
		}
		if i < len(look.Group) {
			nd.Group = look.Group[i]
		}
		if i < len(look.Note) {
			nd.Note = look.Note[i]
		}
		out[i] = nd
	}
	return out
}

// initials shortens every label to its initials ("Jürgen Van der Hagen" →
// "JVdH"), numbering repeats ("AP", "AP2").
func initials(labels []string) []string {
	out := make([]string, len(labels))
	seen := map[string]int{}
	for i, l := range labels {
		var b strings.Builder
		for _, w := range strings.Fields(l) {
			for _, r := range w {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					b.WriteRune(r)
					break
				}
			}
		}
		s := b.String()
		if s == "" {
			s = "?"
		}
		seen[s]++
		if seen[s] > 1 {
			s = fmt.Sprintf("%s%d", s, seen[s])
		}
		out[i] = s
	}
	return out
}
