package view

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render"
)

// MapStyle is how a map draws people.
type MapStyle struct {
	Layout string // graphviz layout, or "auto" to pick one by size
	Color  string // colour people by "role", "org" or "community"
	Size   string // size names by "sought", "betweenness", "gives" or "none"
	Label  string // label people with their "name", "initials" or "none"
	Group  string // draw each "org" or "community" as a cluster; "" for none
	Depth  int    // an ego map's depth: 1 or 2
}

// The choices of each MapStyle field, as the map command offers them.
var (
	MapColors = []string{"role", "org", "community"}
	MapSizes  = []string{"sought", "betweenness", "gives", "none"}
	MapLabels = []string{"name", "initials", "none"}
	MapGroups = []string{"org", "community"}
)

// DefaultMapStyle is the map people see unless they ask for another.
func DefaultMapStyle() MapStyle {
	return MapStyle{Layout: "auto", Color: "role", Size: "sought", Label: "name", Depth: 1}
}

// MaxMapPeople is the most people a map of a whole network draws: more
// cannot be read on any screen or page, and the layout would take minutes.
const MaxMapPeople = 10000

// CheckMapSize refuses a map of more than MaxMapPeople people, saying what
// works instead.
func CheckMapSize(n *graph.Network) error {
	if len(n.People) <= MaxMapPeople {
		return nil
	}
	return graph.Errorf(graph.EINVALID, "%s has %d people: a map of more than %d cannot be read, and its layout would take many minutes. "+
		"Draw one person's network with --ego NAME, or open the whole network in Gephi: kring export -o network.gexf",
		n.Name, len(n.People), MaxMapPeople)
}

// NetworkMap is the map of the whole network n in scope sc, analysed as res.
func NetworkMap(l *Lang, n *graph.Network, sc graph.Scope, res *analysis.Result, st MapStyle) render.Map {
	look, legend := st.look(l, n, res, n)
	m := render.NetworkMap(n, look)
	m.Legend, m.Key = legend, st.key(l, m, false)
	m.Title = n.Name
	s := res.Summary
	m.Subtitle = l.Sprintf("%s · %s, %s, %s", Covers(l, n, sc), People(l, s.People),
		l.Sprintf("%d help ties", s.HelpTies), l.Sprintf("%d contacts", s.Contacts))
	return st.finish(l, m)
}

// EgoMap is the ego map of person p in the network n (in scope sc, analysed
// as res): p, the people p gave to or asked (and, at depth 2, theirs), and
// the ties among them.
func EgoMap(l *Lang, n *graph.Network, sc graph.Scope, res *analysis.Result, p graph.Person, st MapStyle) render.Map {
	ego := n.Ego(p.ID, st.Depth)
	look, legend := st.look(l, n, res, ego)
	look.Focus = p.ID
	m := render.NetworkMap(ego, look)
	m.Legend, m.Key = legend, st.key(l, m, false)
	m.Title = l.Sprintf("Ego map: %s", p.Name)
	helps, contacts := Pairs(ego)
	m.Subtitle = l.Sprintf("%s · %s · %s within %s · %s, %s", n.Name, Covers(l, n, sc), People(l, len(ego.People)-1),
		l.Sprintf("%d steps", st.Depth), l.Sprintf("%d help ties", helps), l.Sprintf("%d contacts", contacts))
	return st.finish(l, m)
}

// DiffMap is the map of the change in n from wave a to wave b (analysed as
// before and after): ties new in b, lost since a and kept; people whose role
// changed say what it was.
func DiffMap(l *Lang, n *graph.Network, a, b graph.Wave, before, after *analysis.Result, st MapStyle) render.Map {
	look, legend := st.look(l, n, after, n)
	look.Note = make([]string, len(n.People))
	changed := 0
	for i := range n.People {
		if r0, r1 := before.People[i].Role, after.People[i].Role; r0 != r1 {
			look.Note[i] = l.Sprintf("was: %s", Role(l, r0))
			changed++
		}
	}
	m := render.DiffMap(n, a, b, look)
	m.Legend = legend
	m.Key = st.key(l, m, true)
	m.Title = l.Sprintf("%s: from %s to %s", n.Name, a.Name, b.Name)
	var news, lost, kept int
	for _, e := range m.Edges {
		switch e.Kind {
		case render.New:
			news++
		case render.Lost:
			lost++
		case render.Kept:
			kept++
		}
	}
	m.Subtitle = l.Sprintf("%s · %d new, %d lost, %d kept help ties · %s changed role (colours: roles in %s)",
		DateRange(l, a.Date, b.Date), news, lost, kept, People(l, changed), b.Name)
	return st.finish(l, m)
}

// finish applies the label mode and the layout.
func (st MapStyle) finish(l *Lang, m render.Map) render.Map {
	switch st.Label {
	case "initials":
		m.Labels = render.Initials
	case "none":
		m.Labels = render.NoLabels
	}
	m.InitialsNote = l.T("Initials instead of names: the map is too full for whole names to be read; kring map --ego NAME shows one person's network with names.")
	m.Layout = st.Layout
	if m.Layout == "" || m.Layout == "auto" {
		m.Layout = render.AutoLayout(len(m.Nodes), m.Group)
	}
	return m
}

// look colours, sizes and outlines the people of sub (the whole network or
// part of it) from the analysis res of n, and returns the colour legend.
func (st MapStyle) look(l *Lang, n *graph.Network, res *analysis.Result, sub *graph.Network) (render.Look, []render.LegendItem) {
	of := map[int64]analysis.Person{}
	for i, p := range n.People {
		of[p.ID] = res.People[i]
	}
	var look render.Look
	var legend []render.LegendItem
	people := make([]analysis.Person, len(sub.People))
	for i, p := range sub.People {
		people[i] = of[p.ID]
	}
	switch st.Color {
	case "org", "community":
		keys := make([]string, len(people))
		for i, p := range people {
			keys[i] = p.Org
			if st.Color == "community" {
				keys[i] = l.Sprintf("community %d", p.Community)
			}
		}
		look.Color, legend = categories(l, keys)
	default:
		counts := map[analysis.Role]int{}
		for _, p := range people {
			look.Color = append(look.Color, RoleColor(p.Role))
			counts[p.Role]++
		}
		for _, r := range analysis.Roles {
			if counts[r] > 0 {
				legend = append(legend, render.LegendItem{Color: RoleColor(r), Label: l.Sprintf("%s (%d)", Role(l, r), counts[r])})
			}
		}
	}
	if st.Group != "" {
		look.Group = make([]string, len(people))
		for i, p := range people {
			look.Group[i] = p.Org
			if st.Group == "community" {
				look.Group[i] = l.Sprintf("community %d", p.Community)
			}
		}
	}
	if st.Size != "none" && st.Size != "" {
		values := make([]float64, len(people))
		top := 0.0
		for i, p := range people {
			switch st.Size {
			case "sought":
				values[i] = p.Sought
			case "betweenness":
				values[i] = p.BetweennessNorm
			case "gives":
				values[i] = float64(p.Gives)
			}
			top = max(top, values[i])
		}
		if top > 0 {
			look.Size = make([]float64, len(people))
			for i, v := range values {
				look.Size[i] = math.Sqrt(v / top)
			}
		}
	}
	look.Outline = make([]bool, len(people))
	for i, p := range people {
		look.Outline[i] = p.Broker
	}
	return look, legend
}

// categories colours categories by size, largest first; "" is white.
func categories(l *Lang, keys []string) ([]string, []render.LegendItem) {
	count := map[string]int{}
	for _, k := range keys {
		count[k]++
	}
	var order []string
	for k := range count {
		if k != "" {
			order = append(order, k)
		}
	}
	slices.SortFunc(order, func(a, b string) int { return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b)) })
	color := map[string]string{"": render.ColorUnknown}
	var legend []render.LegendItem
	for i, k := range order {
		color[k] = render.Categorical[i%len(render.Categorical)]
		if i < 12 {
			legend = append(legend, render.LegendItem{Color: color[k], Label: k + " (" + strconv.Itoa(count[k]) + ")"})
		}
	}
	if len(order) > 12 {
		legend = append(legend, render.LegendItem{Color: "#FFFFFF", Label: l.Sprintf("%d more (colours repeat)", len(order)-12)})
	}
	if count[""] > 0 {
		legend = append(legend, render.LegendItem{Color: render.ColorUnknown, Label: l.Sprintf("none given (%d)", count[""])})
	}
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = color[k]
	}
	return out, legend
}

// key explains the lines and borders that the map shows.
func (st MapStyle) key(l *Lang, m render.Map, diff bool) []render.KeyItem {
	has := map[render.EdgeKind]bool{}
	for _, e := range m.Edges {
		has[e.Kind] = true
	}
	helped := render.KeyItem{Sample: "A → B", Color: "#444444", Label: l.T("A helped B")}
	var key []render.KeyItem
	if diff {
		key = append(key,
			render.KeyItem{Sample: "▬", Color: "#0072B2", Label: l.T("new help tie")},
			render.KeyItem{Sample: "– – –", Color: "#D55E00", Label: l.T("lost")},
			render.KeyItem{Sample: "▬", Color: "#8C8C8C", Label: l.T("kept")},
			helped)
	} else {
		key = append(key, helped)
		if has[render.Mutual] {
			key = append(key, render.KeyItem{Sample: "↔", Color: "#1A1A1A", Label: l.T("help both ways")})
		}
		if has[render.Contact] {
			key = append(key, render.KeyItem{Sample: "– – –", Color: "#A8A8A8", Label: l.T("contact, no help")})
		}
	}
	for _, n := range m.Nodes {
		if n.Outline {
			key = append(key, render.KeyItem{Sample: "□", Color: "#000000", Label: l.T("heavy border: broker")})
			break
		}
	}
	sized := false
	for _, n := range m.Nodes {
		sized = sized || n.Size > 0
	}
	if sized {
		switch st.Size {
		case "sought":
			key = append(key, render.KeyItem{Sample: "Aa", Label: l.T("larger name: more sought")})
		case "betweenness":
			key = append(key, render.KeyItem{Sample: "Aa", Label: l.T("larger name: more between others")})
		case "gives":
			key = append(key, render.KeyItem{Sample: "Aa", Label: l.T("larger name: helps more people")})
		}
	}
	return key
}

// Pairs counts the distinct help ties (giver, receiver) and contacts of n.
func Pairs(n *graph.Network) (helps, contacts int) {
	seen := map[[3]int64]bool{}
	for _, t := range n.Ties {
		seen[[3]int64{0, t.Giver, t.Receiver}] = true
	}
	for _, c := range n.Contacts {
		seen[[3]int64{1, c.A, c.B}] = true
	}
	for k := range seen {
		if k[0] == 0 {
			helps++
		} else {
			contacts++
		}
	}
	return helps, contacts
}
