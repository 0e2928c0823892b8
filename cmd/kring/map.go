package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type mapOptions struct {
	*globals
	Output string
	Format string
	Layout string
	Color  string
	Size   string
	Label  string
	Group  string
	Ego    string
	Depth  int
	Diff   string
	Scope  scopeFlags
}

func newMapCmd(g *globals) *cobra.Command {
	opts := &mapOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "map [-o FILE] [--color role|org|community] [--size METRIC] [--ego NAME | --diff W1..W2]",
		Short: "Draw the network map, an ego map or the change between two waves",
		Long: `Draw the help graph as a map: one box per person, coloured by role (exchanges,
only gives, only asks, isolated), by organisation or by community; an arrow
from giver to receiver where help flows one way, a heavier double-headed line
where it flows both ways, and a dashed line for a contact without help.
Brokers have a heavy border; boxes are larger for people who are sought more
(--size). The legend explains colours and lines.

--ego NAME draws one person's own network: everyone they gave to or asked
(--depth 2: and those people's), with the ties among them.

--diff W1..W2 draws the change between two waves: ties new in W2 (blue), lost
since W1 (red, dashed) and kept (grey); people whose role changed say what it
was. In DOT and SVG every tie has the class new, lost or kept.

The format follows the file name (.svg, .png, .pdf, .dot) or --format. Files
are written with mode 0600: a map shows personal data.`,
		Example: `  kring map -o map.svg
  kring map -o map.png --color org --group org
  kring map --ego "Ann Peeters" -o ann.png
  kring map --diff "Meeting 1..Meeting 3" -o change.pdf
  kring map --wave "Meeting 1" --label initials -o meeting1.svg`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Diff != "" && (opts.Scope.Wave != "" || opts.Scope.Upto != "") {
				return usageError{fmt.Errorf("--diff compares two waves; it cannot be used with --wave or --upto")}
			}
			if opts.Depth != 1 && opts.Depth != 2 {
				return usageError{fmt.Errorf("--depth is 1 or 2")}
			}
			return runMap(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "map.svg", "file to write (- for standard output)")
	f.StringVar(&opts.Format, "format", "", "svg, png, pdf or dot (default: from the file name)")
	f.StringVar(&opts.Layout, "layout", "auto", "graphviz layout: auto, dot, neato, fdp, sfdp or circo")
	f.StringVar(&opts.Color, "color", "role", "colour people by role, org or community")
	f.StringVar(&opts.Size, "size", "sought", "size people by sought, betweenness, gives or none")
	f.StringVar(&opts.Label, "label", "name", "label people with their name, initials or none")
	f.StringVar(&opts.Group, "group", "", "draw each org (or community) as a cluster")
	f.StringVar(&opts.Ego, "ego", "", "draw the ego map of this person")
	f.IntVar(&opts.Depth, "depth", 1, "with --ego: 1 (direct ties) or 2 (also their ties)")
	f.StringVar(&opts.Diff, "diff", "", "draw the change from wave W1 to wave W2, written W1..W2")
	addScopeFlags(g, cmd, &opts.Scope)
	cmd.MarkFlagsMutuallyExclusive("ego", "diff")
	fixed := func(name string, values ...string) {
		cmd.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
	}
	fixed("format", render.Formats...)
	fixed("layout", append([]string{"auto"}, render.Layouts...)...)
	fixed("color", "role", "org", "community")
	fixed("size", "sought", "betweenness", "gives", "none")
	fixed("label", "name", "initials", "none")
	fixed("group", "org", "community")
	cmd.RegisterFlagCompletionFunc("ego", completePeople(g))
	return cmd
}

func runMap(ctx context.Context, opts *mapOptions) error {
	if err := opts.notTheDatabase(opts.Output); err != nil {
		return err
	}
	format, err := mapFormat(opts.Format, opts.Output)
	if err != nil {
		return err
	}
	if err := opts.checkChoices(); err != nil {
		return err
	}
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	m, err := opts.build(ctx, db, net)
	if err != nil {
		return err
	}
	if err := opts.writeOutput(opts.Output, opts.Out, func(w io.Writer) error {
		return render.Render(ctx, w, m, format, render.Options{Timeout: 3 * time.Minute})
	}); err != nil {
		if strings.Contains(err.Error(), render.ErrTimeout.Error()) {
			return fmt.Errorf("%w; try a faster layout (--layout sfdp) or a smaller map (--ego NAME)", err)
		}
		return err
	}
	if opts.Output != "-" {
		fmt.Fprintf(opts.Err, "Wrote %s: %s, %s (layout %s).\n", opts.Output, m.Title, count(len(m.Nodes), "person", "people"), m.Layout)
	}
	return nil
}

func (opts *mapOptions) checkChoices() error {
	for _, c := range []struct {
		flag, value string
		allowed     []string
	}{
		{"layout", opts.Layout, append([]string{"auto"}, render.Layouts...)},
		{"color", opts.Color, []string{"role", "org", "community"}},
		{"size", opts.Size, []string{"sought", "betweenness", "gives", "none"}},
		{"label", opts.Label, []string{"name", "initials", "none"}},
		{"group", opts.Group, []string{"", "org", "community"}},
	} {
		if !slices.Contains(c.allowed, c.value) {
			return usageError{fmt.Errorf("--%s %q: use %s", c.flag, c.value, strings.Join(slices.DeleteFunc(slices.Clone(c.allowed), func(s string) bool { return s == "" }), ", "))}
		}
	}
	return nil
}

// mapFormat picks the format from --format or the file name.
func mapFormat(format, output string) (string, error) {
	if format == "" {
		format = strings.TrimPrefix(strings.ToLower(filepath.Ext(output)), ".")
		if output == "-" || format == "" {
			format = "svg"
		}
	}
	if !slices.Contains(render.Formats, format) {
		return "", usageError{fmt.Errorf("unknown map format %q: use svg, png, pdf or dot", format)}
	}
	return format, nil
}

// build makes the map the options ask for.
func (opts *mapOptions) build(ctx context.Context, db *store.DB, net store.NetworkInfo) (render.Map, error) {
	if opts.Diff != "" {
		return opts.buildDiff(ctx, db, net)
	}
	n, sc, err := opts.Scope.loadScoped(ctx, db, net.ID)
	if err != nil {
		return render.Map{}, err
	}
	if len(n.People) == 0 {
		return render.Map{}, fmt.Errorf("%s has no people to draw yet; add them with: kring person add NAME", n.Name)
	}
	if opts.Ego == "" {
		if err := mapSize(n); err != nil {
			return render.Map{}, err
		}
	}
	res, err := analysis.AnalyzeContext(ctx, n, analysis.Options{})
	if err != nil {
		return render.Map{}, err
	}
	if opts.Ego != "" {
		p, err := db.FindPerson(ctx, net.ID, opts.Ego)
		if err != nil {
			return render.Map{}, hintUnknown(err, false)
		}
		return opts.egoMap(n, sc, res, p), nil
	}
	return opts.networkMap(n, sc, res), nil
}

// egoMap is the ego map of person p in the network n (in scope sc).
func (opts *mapOptions) egoMap(n *graph.Network, sc graph.Scope, res *analysis.Result, p graph.Person) render.Map {
	ego := n.Ego(p.ID, opts.Depth)
	look, legend := opts.look(n, res, ego)
	look.Focus = p.ID
	m := render.NetworkMap(ego, look)
	m.Legend, m.Key = legend, opts.key(m, false)
	m.Title = "Ego map: " + p.Name
	helps, contacts := pairs(ego)
	m.Subtitle = fmt.Sprintf("%s · %s · %s within %s · %s, %s", n.Name, when(n, sc), count(len(ego.People)-1, "person", "people"),
		count(opts.Depth, "step", "steps"), count(helps, "help tie", "help ties"), count(contacts, "contact", "contacts"))
	return opts.finish(m)
}

// networkMap is the map of the whole network n in scope sc.
func (opts *mapOptions) networkMap(n *graph.Network, sc graph.Scope, res *analysis.Result) render.Map {
	look, legend := opts.look(n, res, n)
	m := render.NetworkMap(n, look)
	m.Legend, m.Key = legend, opts.key(m, false)
	m.Title = n.Name
	s := res.Summary
	m.Subtitle = fmt.Sprintf("%s · %s, %s, %s", when(n, sc), count(s.People, "person", "people"),
		count(s.HelpTies, "help tie", "help ties"), count(s.Contacts, "contact", "contacts"))
	return opts.finish(m)
}

// buildDiff makes the map of the change between two waves.
func (opts *mapOptions) buildDiff(ctx context.Context, db *store.DB, net store.NetworkInfo) (render.Map, error) {
	from, to, ok := strings.Cut(opts.Diff, "..")
	if !ok || strings.TrimSpace(from) == "" || strings.TrimSpace(to) == "" {
		return render.Map{}, usageError{fmt.Errorf("--diff %q: write two waves as W1..W2, e.g. --diff \"Meeting 1..Meeting 2\"", opts.Diff)}
	}
	a, err := db.FindWave(ctx, net.ID, strings.TrimSpace(from))
	if err != nil {
		return render.Map{}, err
	}
	b, err := db.FindWave(ctx, net.ID, strings.TrimSpace(to))
	if err != nil {
		return render.Map{}, err
	}
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return render.Map{}, err
	}
	if err := mapSize(n); err != nil {
		return render.Map{}, err
	}
	before, err := analysis.AnalyzeContext(ctx, n.In(graph.Scope{Kind: graph.ScopeWave, Wave: a}), analysis.Options{})
	if err != nil {
		return render.Map{}, err
	}
	after, err := analysis.AnalyzeContext(ctx, n.In(graph.Scope{Kind: graph.ScopeWave, Wave: b}), analysis.Options{})
	if err != nil {
		return render.Map{}, err
	}
	look, legend := opts.look(n, after, n)
	look.Note = make([]string, len(n.People))
	changed := 0
	for i := range n.People {
		if r0, r1 := before.People[i].Role, after.People[i].Role; r0 != r1 {
			look.Note[i] = "was: " + roleLabel(r0)
			changed++
		}
	}
	m := render.DiffMap(n, a, b, look)
	m.Legend = legend
	m.Key = opts.key(m, true)
	m.Title = fmt.Sprintf("%s: from %s to %s", n.Name, a.Name, b.Name)
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
	m.Subtitle = fmt.Sprintf("%s · %d new, %d lost, %d kept help ties · %s changed role (colours: roles in %s)",
		dateRange(a.Date, b.Date), news, lost, kept, count(changed, "person", "people"), b.Name)
	return opts.finish(m), nil
}

// maxMapPeople is the most people a map of the whole network draws: more
// cannot be read on any screen or page, and the layout would take minutes.
const maxMapPeople = 10000

// mapSize refuses a map of more than maxMapPeople people at once, saying
// what works instead.
func mapSize(n *graph.Network) error {
	if len(n.People) <= maxMapPeople {
		return nil
	}
	return graph.Errorf(graph.EINVALID, "%s has %s people: a map of more than %s cannot be read, and its layout would take many minutes. "+
		"Draw one person's network with --ego NAME, or open the whole network in Gephi: kring export -o network.gexf",
		n.Name, thousands(len(n.People)), thousands(maxMapPeople))
}

// finish applies the label mode and the layout.
func (opts *mapOptions) finish(m render.Map) render.Map {
	switch opts.Label {
	case "initials":
		m.Labels = render.Initials
	case "none":
		m.Labels = render.NoLabels
	}
	m.Layout = opts.Layout
	if m.Layout == "auto" {
		m.Layout = render.AutoLayout(len(m.Nodes), m.Group)
	}
	return m
}

// look colours, sizes and outlines the people of sub (the whole network or
// part of it) from the analysis of n, and returns the colour legend.
func (opts *mapOptions) look(n *graph.Network, res *analysis.Result, sub *graph.Network) (render.Look, []render.LegendItem) {
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
	// Colours.
	switch opts.Color {
	case "role":
		counts := map[analysis.Role]int{}
		for _, p := range people {
			look.Color = append(look.Color, roleColor(p.Role))
			counts[p.Role]++
		}
		for _, r := range analysis.Roles {
			if counts[r] > 0 {
				legend = append(legend, render.LegendItem{Color: roleColor(r), Label: fmt.Sprintf("%s (%d)", roleLabel(r), counts[r])})
			}
		}
	case "org", "community":
		keys := make([]string, len(people))
		for i, p := range people {
			keys[i] = p.Org
			if opts.Color == "community" {
				keys[i] = fmt.Sprintf("community %d", p.Community)
			}
		}
		colors, items := categories(keys)
		look.Color, legend = colors, items
	}
	// Clusters.
	if opts.Group != "" {
		look.Group = make([]string, len(people))
		for i, p := range people {
			look.Group[i] = p.Org
			if opts.Group == "community" {
				look.Group[i] = fmt.Sprintf("community %d", p.Community)
			}
		}
	}
	// Sizes.
	if opts.Size != "none" {
		values := make([]float64, len(people))
		top := 0.0
		for i, p := range people {
			switch opts.Size {
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
func categories(keys []string) ([]string, []render.LegendItem) {
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
			legend = append(legend, render.LegendItem{Color: color[k], Label: fmt.Sprintf("%s (%d)", k, count[k])})
		}
	}
	if len(order) > 12 {
		legend = append(legend, render.LegendItem{Color: "#FFFFFF", Label: fmt.Sprintf("%d more (colours repeat)", len(order)-12)})
	}
	if count[""] > 0 {
		legend = append(legend, render.LegendItem{Color: render.ColorUnknown, Label: fmt.Sprintf("none given (%d)", count[""])})
	}
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = color[k]
	}
	return out, legend
}

// key explains the lines and borders that the map shows.
func (opts *mapOptions) key(m render.Map, diff bool) []render.KeyItem {
	has := map[render.EdgeKind]bool{}
	for _, e := range m.Edges {
		has[e.Kind] = true
	}
	var key []render.KeyItem
	if diff {
		key = append(key,
			render.KeyItem{Sample: "▬", Color: "#0072B2", Label: "new help tie"},
			render.KeyItem{Sample: "– – –", Color: "#D55E00", Label: "lost"},
			render.KeyItem{Sample: "▬", Color: "#8C8C8C", Label: "kept"},
			render.KeyItem{Sample: "A → B", Color: "#444444", Label: "A helped B"})
	} else {
		key = append(key, render.KeyItem{Sample: "A → B", Color: "#444444", Label: "A helped B"})
		if has[render.Mutual] {
			key = append(key, render.KeyItem{Sample: "↔", Color: "#1A1A1A", Label: "help both ways"})
		}
		if has[render.Contact] {
			key = append(key, render.KeyItem{Sample: "– – –", Color: "#A8A8A8", Label: "contact, no help"})
		}
	}
	for _, n := range m.Nodes {
		if n.Outline {
			key = append(key, render.KeyItem{Sample: "□", Color: "#000000", Label: "heavy border: broker"})
			break
		}
	}
	sized := false
	for _, n := range m.Nodes {
		sized = sized || n.Size > 0
	}
	if sized && opts.Size != "none" {
		what := map[string]string{"sought": "more sought", "betweenness": "more between others", "gives": "helps more people"}[opts.Size]
		key = append(key, render.KeyItem{Sample: "Aa", Label: "larger name: " + what})
	}
	return key
}

func roleColor(r analysis.Role) string {
	switch r {
	case analysis.Exchanges:
		return render.ColorExchanges
	case analysis.OnlyGives:
		return render.ColorOnlyGives
	case analysis.OnlyAsks:
		return render.ColorOnlyAsks
	}
	return render.ColorIsolated
}

// when says which waves a map shows, with their dates.
func when(n *graph.Network, sc graph.Scope) string {
	var dates []string
	for _, w := range n.Waves {
		if sc.Includes(w) && w.Date != "" {
			dates = append(dates, w.Date)
		}
	}
	if len(dates) == 0 {
		return sc.String()
	}
	return sc.String() + " · " + dateRange(dates[0], dates[len(dates)-1])
}

func dateRange(a, b string) string {
	switch {
	case a == "" && b == "":
		return "dates not given"
	case a == b || b == "":
		return a
	case a == "":
		return b
	}
	return a + " to " + b
}

// pairs counts the distinct help ties (giver, receiver) and contacts of n.
func pairs(n *graph.Network) (helps, contacts int) {
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
