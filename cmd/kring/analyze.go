package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type analyzeOptions struct {
	*globals
	Scope   scopeFlags
	Format  formatFlag
	Sort    string
	Reverse bool
	Exact   bool
}

func newAnalyzeCmd(g *globals) *cobra.Command {
	opts := &analyzeOptions{globals: g}
	cmd := &cobra.Command{
		Use:     "analyze [--wave W | --upto W] [--sort METRIC] [--format table|json|csv]",
		Aliases: []string{"analyse"},
		Short:   "Show who gives, who only asks, who is isolated, who brokers, and how reciprocal the network is",
		Long: `Analyse the help graph (giver → receiver) of all waves, one wave (--wave) or
the waves up to one (--upto). Several ties between the same two people count
once.

Per person: gives, receives, balance, give_share, reciprocal, role,
betweenness, betweenness_norm, reach, access, sought, broker, community,
constraint and, when people have an organisation, the brokerage roles
coordinator, gatekeeper, representative, consultant and liaison.

For the network: people, help_ties, contacts, density, reciprocity,
mutual_pairs, asymmetric_pairs, the number of people per role,
weak_components, strong_components, communities, modularity,
in_centralization, out_centralization and brokers.

The table shows the most useful columns; json and csv have every metric. The
README explains each metric and its formula.

Above 20,000 people betweenness is estimated from sampled shortest paths,
within ±0.005 of the exact betweenness_norm with 95% probability (the output
says so); --exact computes it exactly, which takes much longer.`,
		Example: `  kring analyze
  kring analyze --wave "Meeting 2" --sort balance
  kring analyze --upto "Meeting 2" --format json
  kring analyze --sort sought --format csv > metrics.csv`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if columnByName(opts.Sort) == nil {
				return usageError{fmt.Errorf("cannot sort by %q: use one of %s", opts.Sort, strings.Join(columnNames(), ", "))}
			}
			return runAnalyze(cmd.Context(), opts)
		},
	}
	addScopeFlags(g, cmd, &opts.Scope)
	addFormatFlag(cmd, &opts.Format)
	cmd.Flags().StringVarP(&opts.Sort, "sort", "s", "name", "order people by this metric: numbers from high to low, names from A to Z")
	cmd.Flags().BoolVarP(&opts.Reverse, "reverse", "r", false, "reverse the order")
	cmd.Flags().BoolVar(&opts.Exact, "exact", false, fmt.Sprintf("compute betweenness exactly also above %s people (slow)", thousands(analysis.SampleAbove)))
	cmd.RegisterFlagCompletionFunc("sort", cobra.FixedCompletions(columnNames(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runAnalyze(ctx context.Context, opts *analyzeOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, sc, err := opts.Scope.loadScoped(ctx, db, net.ID)
	if err != nil {
		return err
	}
	bar := opts.progress()
	res, err := analysis.AnalyzeContext(ctx, n, analysis.Options{Exact: opts.Exact, Progress: bar.set})
	bar.done()
	if err != nil {
		return err
	}
	sortPeople(res.People, opts.Sort, opts.Reverse)
	return writeAnalysis(opts.Out, string(opts.Format), n, sc, res)
}

// column is one per-person metric as analyze shows it.
type column struct {
	name  string                    // the name in JSON, CSV and --sort
	value func(analysis.Person) any // string, int, float64, bool, *int or *float64
}

// personColumns are the CSV columns of analyze, in the order of the JSON fields.
var personColumns = []column{
	{"name", func(p analysis.Person) any { return p.Name }},
	{"org", func(p analysis.Person) any { return p.Org }},
	{"gives", func(p analysis.Person) any { return p.Gives }},
	{"receives", func(p analysis.Person) any { return p.Receives }},
	{"balance", func(p analysis.Person) any { return p.Balance }},
	{"give_share", func(p analysis.Person) any { return p.GiveShare }},
	{"reciprocal", func(p analysis.Person) any { return p.Reciprocal }},
	{"role", func(p analysis.Person) any { return string(p.Role) }},
	{"confirmed_share", func(p analysis.Person) any { return p.ConfirmedShare }},
	{"betweenness", func(p analysis.Person) any { return p.Betweenness }},
	{"betweenness_norm", func(p analysis.Person) any { return p.BetweennessNorm }},
	{"reach", func(p analysis.Person) any { return p.Reach }},
	{"access", func(p analysis.Person) any { return p.Access }},
	{"sought", func(p analysis.Person) any { return p.Sought }},
	{"broker", func(p analysis.Person) any { return p.Broker }},
	{"community", func(p analysis.Person) any { return p.Community }},
	{"constraint", func(p analysis.Person) any { return p.Constraint }},
	{"coordinator", func(p analysis.Person) any { return p.Coordinator }},
	{"gatekeeper", func(p analysis.Person) any { return p.Gatekeeper }},
	{"representative", func(p analysis.Person) any { return p.Representative }},
	{"consultant", func(p analysis.Person) any { return p.Consultant }},
	{"liaison", func(p analysis.Person) any { return p.Liaison }},
}

func columnNames() []string {
	out := make([]string, len(personColumns))
	for i, c := range personColumns {
		out[i] = c.name
	}
	return out
}

func columnByName(name string) *column {
	for i := range personColumns {
		if personColumns[i].name == name {
			return &personColumns[i]
		}
	}
	return nil
}

// sortKey turns a metric value into a number to sort on; missing values sort last.
func sortKey(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case float64:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	case *int:
		if x != nil {
			return float64(*x)
		}
	case *float64:
		if x != nil {
			return *x
		}
	}
	return math.Inf(-1)
}

// sortPeople orders people by a metric: text from A to Z, numbers from high
// to low, then by name; reverse turns the order round.
func sortPeople(people []analysis.Person, metric string, reverse bool) {
	col := columnByName(metric)
	slices.SortStableFunc(people, func(a, b analysis.Person) int {
		var c int
		va, vb := col.value(a), col.value(b)
		if sa, ok := va.(string); ok {
			c = strings.Compare(strings.ToLower(sa), strings.ToLower(vb.(string)))
		} else {
			c = cmp.Compare(sortKey(vb), sortKey(va))
		}
		if reverse {
			c = -c
		}
		return c
	})
}

// cell writes a metric value for CSV.
func cell(v any) csvio.Cell {
	switch x := v.(type) {
	case string:
		return csvio.Text(x)
	case int:
		return csvio.Int(x)
	case float64:
		return csvio.Float(x)
	case bool:
		return csvio.Number(strconv.FormatBool(x))
	case *int:
		if x != nil {
			return csvio.Int(*x)
		}
	case *float64:
		if x != nil {
			return csvio.Float(*x)
		}
	}
	return csvio.Number("")
}

// analysisJSON is the JSON form of an analysis.
type analysisJSON struct {
	Network string            `json:"network"`
	Wave    *string           `json:"wave"`
	Scope   string            `json:"scope"`
	Summary analysis.Summary  `json:"summary"`
	People  []analysis.Person `json:"people"`
}

func writeAnalysis(w io.Writer, format string, n *graph.Network, sc graph.Scope, res *analysis.Result) error {
	switch format {
	case "json":
		out := analysisJSON{Network: n.Name, Scope: scopeKind(sc), Summary: res.Summary, People: res.People}
		if sc.Kind != graph.ScopeAll {
			out.Wave = &sc.Wave.Name
		}
		if out.People == nil {
			out.People = []analysis.Person{}
		}
		return writeJSON(w, out)
	case "csv":
		cw := csvTable(w, columnNames())
		for _, p := range res.People {
			cells := make([]csvio.Cell, len(personColumns))
			for i, c := range personColumns {
				cells[i] = cell(c.value(p))
			}
			cw.Write(cells...)
		}
		return cw.Flush()
	}
	if len(res.People) == 0 {
		fmt.Fprintf(w, "%s has no people yet. Add them with: kring person add NAME (or kring import people.csv)\n", n.Name)
		return nil
	}
	writeSummary(w, n, sc, res)
	fmt.Fprintln(w)
	t := newTable(w, "NAME", "ROLE", ">GIVES", ">RECEIVES", ">BALANCE", ">RECIPROCAL", ">SOUGHT", ">BETWEENNESS", "BROKER", ">COMMUNITY")
	for _, p := range res.People {
		broker := ""
		if p.Broker {
			broker = "broker"
		}
		t.row(p.Name, roleLabel(p.Role), strconv.Itoa(p.Gives), strconv.Itoa(p.Receives), signed(p.Balance),
			strconv.Itoa(p.Reciprocal), fmt.Sprintf("%.3f", p.Sought), fmt.Sprintf("%.3f", p.BetweennessNorm), broker, strconv.Itoa(p.Community))
	}
	return t.flush()
}

func scopeKind(sc graph.Scope) string {
	switch sc.Kind {
	case graph.ScopeWave:
		return "wave"
	case graph.ScopeUpto:
		return "upto"
	}
	return "all"
}

// writeSummary writes the network summary as a few plain lines.
func writeSummary(w io.Writer, n *graph.Network, sc graph.Scope, res *analysis.Result) {
	s := res.Summary
	title := n.Name + " · " + sc.String()
	if sc.Kind == graph.ScopeAll {
		title += fmt.Sprintf(" (%d)", len(n.Waves))
	} else if sc.Wave.Date != "" {
		title += " (" + sc.Wave.Date + ")"
	}
	fmt.Fprintln(w, title)
	fmt.Fprintf(w, "%s, %s, %s · density %.3f · reciprocity %s\n",
		count(s.People, "person", "people"), count(s.HelpTies, "help tie", "help ties"), count(s.Contacts, "contact", "contacts"),
		s.Density, fixed(s.Reciprocity))
	var roles []string
	for _, r := range analysis.Roles {
		roles = append(roles, fmt.Sprintf("%d %s", s.RoleCount(r), roleLabel(r)))
	}
	fmt.Fprintf(w, "Roles: %s\n", strings.Join(roles, ", "))
	fmt.Fprintf(w, "Recorded by both ends (confirmed): %d of %s; by one end only: %d\n", s.ConfirmedTies,
		count(s.HelpTies, "help tie", "help ties"), s.OneSidedTies)
	fmt.Fprintf(w, "Pairs: %d mutual, %d one-way · %s, %s\n", s.MutualPairs, s.AsymmetricPairs,
		count(s.WeakComponents, "weak component", "weak components"), count(s.StrongComponents, "strong component", "strong components"))
	var brokers []string
	for _, p := range res.People {
		if p.Broker {
			brokers = append(brokers, p.Name)
		}
	}
	if len(brokers) == 0 {
		brokers = []string{"none"}
	}
	if len(brokers) > 10 {
		brokers = append(brokers[:10:10], fmt.Sprintf("and %d more", len(brokers)-10))
	}
	fmt.Fprintf(w, "%s (modularity %s) · centralization: in %s, out %s · brokers: %s\n",
		count(s.Communities, "community", "communities"), fixed(s.Modularity), fixed(s.InCentralization), fixed(s.OutCentralization),
		strings.Join(brokers, ", "))
	if e := s.BetweennessEstimate; e != nil {
		fmt.Fprintf(w, "Betweenness estimated from %s sampled shortest paths: within ±%g of the exact value with %g%% probability (--exact computes it exactly)\n",
			thousands(e.Samples), e.Error, 100*e.Confidence)
	}
}

// roleLabel is a role in words.
func roleLabel(r analysis.Role) string {
	switch r {
	case analysis.OnlyGives:
		return "only gives"
	case analysis.OnlyAsks:
		return "only asks"
	}
	return string(r)
}
