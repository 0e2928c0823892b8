package main

import (
	"cmp"
	"context"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type analyzeOptions struct {
	*globals
	Scope        scopeFlags
	Format       formatFlag
	Sort         string
	Reverse      bool
	Exact        bool
	Pseudonymize bool
}

func newAnalyzeCmd(g *globals) *cobra.Command {
	opts := &analyzeOptions{globals: g}
	cmd := g.command("analyze", "[--wave W | --upto W] [--sort METRIC] [--format table|json|csv]", exactArgs(0, "no arguments"),
		func(cmd *cobra.Command, args []string) error {
			if columnByName(opts.Sort) == nil {
				return usagef("cannot sort by %q: use one of %s", opts.Sort, strings.Join(columnNames(), ", "))
			}
			if err := opts.Scope.check(); err != nil {
				return err
			}
			return runAnalyze(cmd.Context(), opts)
		})
	cmd.Aliases = []string{"analyse"}
	g.addScopeFlags(cmd, &opts.Scope)
	g.addFormatFlag(cmd, &opts.Format)
	f := cmd.Flags()
	f.StringVarP(&opts.Sort, "sort", "s", "name", g.L.T("order people by this metric: numbers from high to low, names from A to Z"))
	f.BoolVarP(&opts.Reverse, "reverse", "r", false, g.L.T("reverse the order"))
	f.BoolVar(&opts.Exact, "exact", false, g.L.Sprintf("compute betweenness exactly also above %d people (slow)", analysis.SampleAbove))
	f.BoolVar(&opts.Pseudonymize, "pseudonymize", false, g.L.T("show codes instead of names (organisations, functions and topics are kept)"))
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
	if opts.Pseudonymize {
		if n, err = pseudonymize(ctx, db, n); err != nil {
			return err
		}
	}
	bar := opts.progress()
	res, err := analysis.AnalyzeContext(ctx, n, analysis.Options{Exact: opts.Exact, Progress: bar.set})
	bar.done()
	if err != nil {
		return err
	}
	sortPeople(res.People, opts.Sort, opts.Reverse)
	return writeAnalysis(opts.Out, opts.L, string(opts.Format), n, sc, res)
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

// analysisJSON is the JSON form of an analysis.
type analysisJSON struct {
	Network string            `json:"network"`
	Wave    *string           `json:"wave"`
	Scope   string            `json:"scope"`
	Summary analysis.Summary  `json:"summary"`
	People  []analysis.Person `json:"people"`
}

func writeAnalysis(w io.Writer, l *i18n.Lang, format string, n *graph.Network, sc graph.Scope, res *analysis.Result) error {
	switch format {
	case "json":
		out := analysisJSON{Network: n.Name, Scope: scopeKind(sc), Summary: res.Summary, People: nonNil(res.People)}
		if sc.Kind != graph.ScopeAll {
			out.Wave = &sc.Wave.Name
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
	return view.WriteAnalysis(w, l, n, sc, res)
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
