package main

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render"
	"github.com/kring-nl/kring/graph/render/chart"
	"github.com/kring-nl/kring/graph/render/report"
	"github.com/spf13/cobra"
)

type reportOptions struct {
	*globals
	Output       string
	Pseudonymize bool
	MinGroup     int
	Scope        scopeFlags
}

func newReportCmd(g *globals) *cobra.Command {
	opts := &reportOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "report [-o FILE.html] [--wave W] [--pseudonymize] [--min-group N]",
		Short: "Write a one-file HTML report: summary, map, trend charts, change flags, people and groups",
		Long: `Write one self-contained HTML file to show the group or hand to HR: the
summary, the network map, the give/ask balance per person over the waves and
the network's reciprocity and density per wave, the change flags, a sortable
table of everyone's figures with a line in plain language on what they mean,
and the give and take per organisation and function.

The file needs nothing else: it opens offline in any browser and makes no
request outside itself. It is written with mode 0600, as it holds personal
data.

--wave W reports on one wave, and on the trend up to it; --upto W on the
waves up to W together. By default the report covers all waves.

--pseudonymize replaces every name by a code (P01, P02, … in the order people
were added, so codes stay the same from one report to the next) and leaves
organisations out of the per-person table. --min-group N (default 5) leaves
out any organisation or function with fewer than N people, so that nobody is
seen through a small group.`,
		Example: `  kring report
  kring report -o meeting2.html --wave "Meeting 2"
  kring report -o hr.html --pseudonymize --min-group 6`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.MinGroup < 1 {
				return usageError{fmt.Errorf("--min-group %d: give a number of people of at least 1", opts.MinGroup)}
			}
			return runReport(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "report.html", "HTML file to write (- for standard output)")
	f.BoolVar(&opts.Pseudonymize, "pseudonymize", false, "replace every name by a code (P01, P02, …)")
	f.IntVar(&opts.MinGroup, "min-group", 5, "leave out organisations and functions with fewer people than this")
	addScopeFlags(g, cmd, &opts.Scope)
	cmd.MarkFlagFilename("output", "html")
	return cmd
}

func runReport(ctx context.Context, opts *reportOptions) error {
	if err := opts.notTheDatabase(opts.Output); err != nil {
		return err
	}
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	sc, err := opts.Scope.scope(ctx, db, net.ID)
	if err != nil {
		return err
	}
	full, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	db.Close()
	if len(full.People) == 0 {
		return fmt.Errorf("%s has no people to report on yet; add them with: kring person add NAME", full.Name)
	}
	if opts.Pseudonymize {
		full = pseudonymize(full)
	}
	bar := opts.progress()
	r, err := buildReport(ctx, full, sc, reportSettings{Pseudonymized: opts.Pseudonymize, MinGroup: opts.MinGroup, Today: opts.today()})
	bar.done()
	if err != nil {
		return err
	}
	if err := opts.writeOutput(opts.Output, opts.Out, func(w io.Writer) error { return report.Write(w, r) }); err != nil {
		return err
	}
	if opts.Output != "-" {
		fmt.Fprintf(opts.Err, "Wrote %s: open it in a browser. It holds personal data; share it with care.\n", opts.Output)
	}
	return nil
}

// pseudonymize returns a copy of n with every name replaced by a code P01,
// P02, … in the order of the people's IDs, which is the order they were
// added in, so a person keeps their code from one report to the next.
func pseudonymize(n *graph.Network) *graph.Network {
	c := *n
	c.People = slices.Clone(n.People)
	ids := make([]int64, len(c.People))
	for i, p := range c.People {
		ids[i] = p.ID
	}
	slices.Sort(ids)
	width := max(2, len(strconv.Itoa(len(ids))))
	code := make(map[int64]string, len(ids))
	for i, id := range ids {
		code[id] = fmt.Sprintf("P%0*d", width, i+1)
	}
	for i := range c.People {
		c.People[i].Name = code[c.People[i].ID]
	}
	slices.SortFunc(c.People, func(a, b graph.Person) int { return cmp.Compare(a.ID, b.ID) })
	return &c
}

type reportSettings struct {
	Pseudonymized bool
	MinGroup      int
	Today         string
}

// buildReport analyses n in scope sc, and its waves up to the scope's last
// one, and words the report.
func buildReport(ctx context.Context, n *graph.Network, sc graph.Scope, set reportSettings) (*report.Report, error) {
	scoped := n.In(sc)
	res := analysis.Analyze(scoped, analysis.Options{})
	// The trend runs to the last wave in scope.
	upto := *n
	if sc.Kind != graph.ScopeAll {
		upto.Waves = slices.DeleteFunc(slices.Clone(n.Waves), func(w graph.Wave) bool { return w.Seq > sc.Wave.Seq })
	}
	tr := analysis.Trend(&upto, analysis.Options{})

	covers := when(scoped, sc)
	r := &report.Report{Title: n.Name, Subtitle: strings.ToUpper(covers[:1]) + covers[1:]}
	if set.Pseudonymized {
		r.Notice = "Names are replaced by codes (P01, P02, …), and organisations are left out of the table of people. " +
			"The codes are the same in every report of this network."
	}
	s := res.Summary
	r.Facts = []report.Fact{
		{Value: strconv.Itoa(s.People), Label: "people"},
		{Value: strconv.Itoa(s.HelpTies), Label: "help ties", Help: "pairs where one person helped the other"},
		{Value: fixed(s.Reciprocity), Label: "reciprocity", Help: "the share of help ties that go both ways"},
		{Value: fmt.Sprintf("%.3f", s.Density), Label: "density", Help: "help ties out of all possible ones"},
		{Value: strconv.Itoa(s.Exchanges), Label: "give and ask"},
		{Value: strconv.Itoa(s.OnlyGives), Label: "only give"},
		{Value: strconv.Itoa(s.OnlyAsks), Label: "only ask"},
		{Value: strconv.Itoa(s.Isolated), Label: "no help ties"},
		{Value: strconv.Itoa(s.Brokers), Label: "broker" + plural(s.Brokers), Help: "people in the top 10% of betweenness"},
		{Value: strconv.Itoa(s.Communities), Label: noun(s.Communities, "community", "communities"), Help: "groups who help each other more than others (Louvain)"},
	}
	r.Overview = overview(res, tr)

	// The map, as kring map draws it.
	mo := &mapOptions{Layout: "auto", Color: "role", Size: "sought", Label: "name", Depth: 1}
	m := mo.networkMap(scoped, sc, res)
	var svg bytes.Buffer
	if err := render.Render(ctx, &svg, m, "svg", render.Options{Timeout: 3 * time.Minute}); err != nil {
		return nil, err
	}
	r.Map = svg.Bytes()
	r.MapCaption = "An arrow runs from giver to receiver; a heavy double-headed line where help goes both ways; a dashed line for a contact without help. " +
		"Colours show roles, larger boxes people who are sought more, heavy borders the brokers."

	// Over time.
	if len(tr.Waves) >= 2 {
		for _, c := range []struct {
			name, caption string
			chart         chart.Chart
		}{
			{"balance", "Orange: gave to more people than they asked; blue: asked more than gave; a dash: no help ties that wave.", balanceChart(tr)},
			{"network", "Reciprocity: the share of help ties that go both ways. Density: help ties out of all possible ones.", networkChart(tr)},
		} {
			var b bytes.Buffer
			if err := chart.Write(&b, "svg", c.chart); err != nil {
				return nil, err
			}
			r.Charts = append(r.Charts, report.Figure{Name: c.name, SVG: b.Bytes(), Caption: c.caption})
		}
	} else if len(tr.Waves) == 1 {
		r.ChartsEmpty = "One wave so far: the charts of change appear from the second wave on."
	} else {
		r.ChartsEmpty = "No waves yet: record help ties to see the network over time."
	}
	if len(tr.Waves) > 0 {
		r.Trend = wavesSection(tr)
		r.Sections = append(r.Sections, flagsSection(tr))
	}
	r.Sections = append(r.Sections, peopleSection(n, res, tr, set.Pseudonymized))
	if len(tr.Waves) > 0 {
		r.Sections = append(r.Sections, groupSections(tr, set.MinGroup)...)
	}
	r.Footer = fmt.Sprintf("Made with kring on %s. This report holds personal data about the people in %s: "+
		"keep it private and share it only with the group and those they agreed to.", set.Today, n.Name)
	return r, nil
}

// overview says the summary in sentences.
func overview(res *analysis.Result, tr *analysis.TrendResult) []string {
	s := res.Summary
	if s.HelpTies == 0 {
		return []string{"No help ties recorded yet. Record who asked whom with: kring record NAME --asked A --gave B."}
	}
	var out []string
	out = append(out, fmt.Sprintf("%d of %s gave and received help; %d only gave, %d only asked and %d had no help ties.",
		s.Exchanges, count(s.People, "person", "people"), s.OnlyGives, s.OnlyAsks, s.Isolated))
	out = append(out, fmt.Sprintf("Of the %s, %d go both ways (reciprocity %s).",
		count(s.HelpTies, "help tie", "help ties"), 2*s.MutualPairs, fixed(s.Reciprocity)))
	if len(tr.Waves) >= 2 {
		first, last := tr.Waves[0], tr.Waves[len(tr.Waves)-1]
		if first.Summary.Reciprocity != nil && last.Summary.Reciprocity != nil {
			a, b := *first.Summary.Reciprocity, *last.Summary.Reciprocity
			verb := "stayed at"
			switch {
			case b > a+0.0005:
				verb = "rose to"
			case b < a-0.0005:
				verb = "fell to"
			}
			if verb == "stayed at" {
				out = append(out, fmt.Sprintf("Reciprocity stayed at %.2f from %s to %s.", b, first.Name, last.Name))
			} else {
				out = append(out, fmt.Sprintf("Reciprocity %s %.2f in %s, from %.2f in %s.", verb, b, last.Name, a, first.Name))
			}
		}
		flagged := 0
		for _, p := range tr.People {
			if len(p.Flags) > 0 {
				flagged++
			}
		}
		if flagged > 0 {
			out = append(out, fmt.Sprintf("%s changed in a way worth a look: see the change flags.", count(flagged, "person", "people")))
		}
	}
	return out
}

// wavesSection is the network per wave.
func wavesSection(tr *analysis.TrendResult) *report.Section {
	sec := &report.Section{ID: "waves", Title: "The network per wave", Table: report.Table{Columns: []report.Column{
		{Label: "Wave"}, {Label: "Date"}, {Label: "Help ties", Numeric: true}, {Label: "Density", Numeric: true},
		{Label: "Reciprocity", Numeric: true}, {Label: "Give and ask", Numeric: true}, {Label: "Only give", Numeric: true},
		{Label: "Only ask", Numeric: true}, {Label: "No help ties", Numeric: true},
	}}}
	for _, w := range tr.Waves {
		s := w.Summary
		sec.Table.Rows = append(sec.Table.Rows, []report.Cell{{Text: w.Name}, {Text: orDash(w.Date)}, {Text: strconv.Itoa(s.HelpTies)},
			{Text: fmt.Sprintf("%.3f", s.Density)}, {Text: fixed(s.Reciprocity)}, {Text: strconv.Itoa(s.Exchanges)},
			{Text: strconv.Itoa(s.OnlyGives)}, {Text: strconv.Itoa(s.OnlyAsks)}, {Text: strconv.Itoa(s.Isolated)}})
	}
	return sec
}

// flagWords are the change flags in words.
var flagWords = map[string]string{
	analysis.PersistentGiver: "keeps only giving",
	analysis.PersistentAsker: "keeps only asking",
	analysis.BecameIsolated:  "lost their help ties",
	analysis.BecameBroker:    "became a broker",
	analysis.JoinedExchange:  "joined the exchange",
}

// flagsSection lists the change flags by wave, then person.
func flagsSection(tr *analysis.TrendResult) report.Section {
	sec := report.Section{ID: "flags", Title: "Change flags",
		Intro: "Changes from one wave to the next that are worth a conversation; each is flagged in the wave where it first holds.",
		Empty: "No changes flagged: nobody kept only giving or only asking, lost their help ties, became a broker or joined the exchange.",
		Table: report.Table{Sortable: true, Columns: []report.Column{{Label: "Person"}, {Label: "Flag"}, {Label: "Wave"}, {Label: "Why", Wide: true}}}}
	seq := map[string]int{}
	for i, w := range tr.Waves {
		seq[w.Name] = i
	}
	type row struct {
		person string
		f      analysis.Flag
	}
	var rows []row
	for _, p := range tr.People {
		for _, f := range p.Flags {
			rows = append(rows, row{p.Name, f})
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Compare(seq[a.f.Wave], seq[b.f.Wave]) })
	for _, r := range rows {
		sec.Table.Rows = append(sec.Table.Rows, []report.Cell{{Text: r.person}, {Text: flagWords[r.f.Flag], Sort: r.f.Flag},
			{Text: r.f.Wave, Sort: fmt.Sprintf("%04d", seq[r.f.Wave])}, {Text: sentence(r.f.Reason)}})
	}
	return sec
}

// peopleSection is everyone's figures in the scope, with what they mean.
func peopleSection(n *graph.Network, res *analysis.Result, tr *analysis.TrendResult, pseudonymized bool) report.Section {
	cols := []report.Column{{Label: "Name"}}
	if !pseudonymized {
		cols = append(cols, report.Column{Label: "Organisation"})
	}
	cols = append(cols,
		report.Column{Label: "Role"},
		report.Column{Label: "Gives", Numeric: true, Help: "the number of people they helped"},
		report.Column{Label: "Receives", Numeric: true, Help: "the number of people who helped them"},
		report.Column{Label: "Balance", Numeric: true, Help: "gives − receives"},
		report.Column{Label: "Give share", Numeric: true, Help: "gives / (gives + receives)"},
		report.Column{Label: "Both ways", Numeric: true, Help: "people with whom help goes both ways"},
		report.Column{Label: "Sought", Numeric: true, Help: "how much help is asked of them, weighing who asks (PageRank)"},
		report.Column{Label: "Betweenness", Numeric: true, Help: "the share of shortest help paths that run through them"},
		report.Column{Label: "Broker", Help: "in the top 10% of betweenness"},
	)
	sec := report.Section{ID: "people", Title: "People", Table: report.Table{Sortable: true, Columns: cols, DetailLabel: "What this means:"},
		Intro: "Click a column to sort. Gives and receives count people, not favours."}
	roleOrder := map[analysis.Role]string{}
	for i, r := range analysis.Roles {
		roleOrder[r] = strconv.Itoa(i)
	}
	for i, p := range res.People {
		var waves []analysis.WaveMetrics
		if len(tr.People) == len(res.People) {
			waves = tr.People[i].Waves
		}
		row := []report.Cell{{Text: p.Name}}
		if !pseudonymized {
			row = append(row, report.Cell{Text: orDash(n.People[i].Org)})
		}
		share, shareSort := "–", "-"
		if p.GiveShare != nil {
			share, shareSort = fmt.Sprintf("%.2f", *p.GiveShare), strconv.FormatFloat(*p.GiveShare, 'g', -1, 64)
		}
		broker := ""
		if p.Broker {
			broker = "broker"
		}
		row = append(row,
			report.Cell{Text: roleLabel(p.Role), Sort: roleOrder[p.Role], Swatch: roleColor(p.Role)},
			report.Cell{Text: strconv.Itoa(p.Gives)},
			report.Cell{Text: strconv.Itoa(p.Receives)},
			report.Cell{Text: signed(p.Balance), Sort: strconv.Itoa(p.Balance)},
			report.Cell{Text: share, Sort: shareSort},
			report.Cell{Text: strconv.Itoa(p.Reciprocal)},
			report.Cell{Text: fmt.Sprintf("%.3f", p.Sought), Sort: strconv.FormatFloat(p.Sought, 'g', -1, 64)},
			report.Cell{Text: fmt.Sprintf("%.3f", p.BetweennessNorm), Sort: strconv.FormatFloat(p.BetweennessNorm, 'g', -1, 64)},
			report.Cell{Text: broker},
		)
		sec.Table.Rows = append(sec.Table.Rows, row)
		sec.Table.Details = append(sec.Table.Details, analysis.Explain(p, waves))
	}
	return sec
}

// groupSections sums the trend per organisation and per function, leaving
// out groups of fewer than minGroup people.
func groupSections(tr *analysis.TrendResult, minGroup int) []report.Section {
	var out []report.Section
	for _, by := range []struct {
		id, title, one, many string
		key                  func(analysis.PersonTrend) string
	}{
		{"organisations", "Organisations", "organisation", "organisations", func(p analysis.PersonTrend) string { return p.Org }},
		{"functions", "Functions", "function", "functions", func(p analysis.PersonTrend) string { return p.Function }},
	} {
		given := false
		for _, p := range tr.People {
			given = given || by.key(p) != ""
		}
		if !given {
			continue
		}
		groups, hidden := analysis.Groups(tr, by.key, minGroup)
		cols := []report.Column{{Label: strings.ToUpper(by.one[:1]) + by.one[1:]}, {Label: "People", Numeric: true}}
		for _, w := range tr.Waves {
			cols = append(cols, report.Column{Label: w.Name, Numeric: true, Help: "balance · give share in " + w.Name})
		}
		last := tr.Waves[len(tr.Waves)-1].Name
		cols = append(cols, report.Column{Label: "Give and ask in " + last, Numeric: true})
		sec := report.Section{ID: by.id, Title: by.title, Table: report.Table{Sortable: true, Columns: cols},
			Intro: "Per " + by.one + " and wave: the balance (help its people gave minus help they received, so help within the " + by.one +
				" cancels out) · the give share.",
			Empty: fmt.Sprintf("Every %s has fewer than %d people, so none is shown: nobody should be seen through a small group.", by.one, minGroup)}
		for _, g := range groups {
			row := []report.Cell{{Text: g.Name}, {Text: strconv.Itoa(g.People)}}
			for _, w := range g.Waves {
				text, sort := signed(w.Balance)+" · –", strconv.Itoa(w.Balance)
				if w.GiveShare != nil {
					text = fmt.Sprintf("%s · %.2f", signed(w.Balance), *w.GiveShare)
				}
				row = append(row, report.Cell{Text: text, Sort: sort})
			}
			lw := g.Waves[len(g.Waves)-1]
			row = append(row, report.Cell{Text: fmt.Sprintf("%d of %d", lw.Exchanges, g.People), Sort: strconv.Itoa(lw.Exchanges)})
			sec.Table.Rows = append(sec.Table.Rows, row)
		}
		if hidden > 0 && len(groups) > 0 {
			sec.Note = fmt.Sprintf("%s with fewer than %d people not shown, so that nobody is seen through a small group.",
				count(hidden, by.one, by.many), minGroup)
		}
		out = append(out, sec)
	}
	return out
}

// sentence starts s with a capital and ends it with a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[size:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
