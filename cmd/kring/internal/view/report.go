package view

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render"
	"github.com/kring-nl/kring/graph/render/chart"
	"github.com/kring-nl/kring/graph/render/report"
)

// ReportSettings tune the report.
type ReportSettings struct {
	Pseudonymized bool   // names are codes: leave organisations out of the table of people
	MinGroup      int    // organisations and functions with fewer people are not shown on their own
	Today         string // YYYY-MM-DD
}

// Report analyses n in scope sc, and its waves up to the scope's last one,
// and words the report.
func Report(ctx context.Context, l *Lang, n *graph.Network, sc graph.Scope, set ReportSettings) (*report.Report, error) {
	scoped := n.In(sc)
	res, err := analysis.AnalyzeContext(ctx, scoped, analysis.Options{})
	if err != nil {
		return nil, err
	}
	// The trend runs to the last wave in scope.
	upto := *n
	if sc.Kind != graph.ScopeAll {
		upto.Waves = slices.DeleteFunc(slices.Clone(n.Waves), func(w graph.Wave) bool { return w.Seq > sc.Wave.Seq })
	}
	tr, err := analysis.TrendContext(ctx, &upto, analysis.Options{})
	if err != nil {
		return nil, err
	}

	covers := Covers(l, scoped, sc)
	r := &report.Report{Title: n.Name, Subtitle: Capital(covers), Lang: l.Code(), Words: report.Words{
		Report: l.T("kring report"), Broken: l.T("This report did not show correctly:"), Contents: l.T("Contents"),
		Summary: l.T("Summary"), Map: l.T("Map"), OverTime: l.T("Over time")}}
	if set.Pseudonymized {
		r.Notice = l.T("Names are replaced by codes, and organisations are left out of the table of people. " +
			"A person has the same code in every report and export of this database; the codes follow no order of names.")
	}
	s := res.Summary
	r.Facts = []report.Fact{
		{Value: l.Int(s.People), Label: l.T("people")},
		{Value: ResponseRate(l, s), Label: l.T("took part"), Help: l.T("people who answered or were marked present, out of everyone")},
		{Value: l.Int(s.HelpTies), Label: l.T("help ties"), Help: l.T("pairs where one person helped the other")},
		{Value: l.Fixed(s.Reciprocity), Label: l.T("reciprocity"), Help: l.T("the share of help ties that go both ways")},
		{Value: l.Float(s.Density, 3), Label: l.T("density"), Help: l.T("help ties out of all possible ones")},
		{Value: l.Int(s.Exchanges), Label: l.T("give and ask")},
		{Value: l.Int(s.OnlyGives), Label: l.T("only give")},
		{Value: l.Int(s.OnlyAsks), Label: l.T("only ask")},
		{Value: l.Int(s.Isolated), Label: l.T("no help ties")},
		{Value: l.Int(s.Absent), Label: l.T("did not take part")},
		{Value: l.Int(s.Brokers), Label: l.T("brokers"), Help: l.T("people in the top 10%% of betweenness")},
		{Value: l.Int(s.Communities), Label: l.T("communities"), Help: l.T("groups who help each other more than others (Louvain)")},
	}
	r.Overview = overview(l, res, tr)

	// The map, as kring map draws it.
	if err := CheckMapSize(scoped); err != nil {
		r.MapCaption = l.Sprintf("The map is left out: %v", err)
	} else {
		m := NetworkMap(l, scoped, sc, res, DefaultMapStyle())
		var svg bytes.Buffer
		if err := render.Render(ctx, &svg, m, "svg", render.Options{Timeout: 3 * time.Minute}); err != nil {
			return nil, err
		}
		r.Map = svg.Bytes()
		r.MapCaption = l.T("An arrow runs from giver to receiver; a heavy double-headed line where help goes both ways; a dashed line for a contact without help. " +
			"Colours show roles, larger names people who are sought more, heavy borders the brokers.")
	}

	// Over time.
	switch {
	case len(tr.Waves) >= 2:
		for _, c := range []struct {
			name, caption string
			chart         chart.Chart
		}{
			{"balance", l.T("Orange: gave to more people than they asked; blue: asked more than gave; a dash: no help ties that wave."), BalanceChart(l, tr)},
			{"network", l.T("Reciprocity: the share of help ties that go both ways. Density: help ties out of all possible ones."), NetworkChart(l, tr)},
		} {
			var b bytes.Buffer
			if err := chart.Write(&b, "svg", c.chart); err != nil {
				return nil, err
			}
			r.Charts = append(r.Charts, report.Figure{Name: c.name, SVG: b.Bytes(), Caption: c.caption})
		}
	case len(tr.Waves) == 1:
		r.ChartsEmpty = l.T("One wave so far: the charts of change appear from the second wave on.")
	default:
		r.ChartsEmpty = l.T("No waves yet: record help ties to see the network over time.")
	}
	if len(tr.Waves) > 0 {
		r.Trend = wavesSection(l, tr)
		r.Sections = append(r.Sections, flagsSection(l, tr))
	}
	r.Sections = append(r.Sections, peopleSection(l, n, res, tr, set.Pseudonymized))
	if len(tr.Waves) > 0 {
		r.Sections = append(r.Sections, groupSections(l, tr, set.MinGroup)...)
	}
	r.Footer = l.Sprintf("Made with kring on %s. This report holds personal data about the people in %s: "+
		"keep it private and share it only with the group and those they agreed to.", l.Date(set.Today), n.Name)
	return r, nil
}

// overview says the summary in sentences.
func overview(l *Lang, res *analysis.Result, tr *analysis.TrendResult) []string {
	s := res.Summary
	if s.HelpTies == 0 {
		return []string{l.T("No help ties recorded yet. Record who asked whom with: kring record NAME --asked A --gave B.")}
	}
	out := []string{
		l.Sprintf("%d of %d people gave and received help; %d only gave, %d only asked and %d had no help ties.",
			s.Exchanges, s.People, s.OnlyGives, s.OnlyAsks, s.Isolated),
		l.Sprintf("Of the %d help ties, %d go both ways (reciprocity %s).", s.HelpTies, 2*s.MutualPairs, l.Fixed(s.Reciprocity)),
	}
	if s.TookPart != nil {
		out = append(out, l.Sprintf("Took part: %s.", ResponseRate(l, s)))
		if s.Absent > 0 {
			out = append(out, l.Sprintf("%d people did not take part, and nobody named them.", s.Absent))
		}
		if s.AbsentNamed > 0 {
			out = append(out, l.Sprintf("%d people did not answer but were named by others: their figures rest only on what others reported.", s.AbsentNamed))
		}
	}
	if len(tr.Waves) >= 2 {
		first, last := tr.Waves[0], tr.Waves[len(tr.Waves)-1]
		if first.Summary.Reciprocity != nil && last.Summary.Reciprocity != nil {
			a, b := *first.Summary.Reciprocity, *last.Summary.Reciprocity
			switch {
			case b > a+0.0005:
				out = append(out, l.Sprintf("Reciprocity rose to %.2f in %s, from %.2f in %s.", b, last.Name, a, first.Name))
			case b < a-0.0005:
				out = append(out, l.Sprintf("Reciprocity fell to %.2f in %s, from %.2f in %s.", b, last.Name, a, first.Name))
			default:
				out = append(out, l.Sprintf("Reciprocity stayed at %.2f from %s to %s.", b, first.Name, last.Name))
			}
		}
		flagged := 0
		for _, p := range tr.People {
			if len(p.Flags) > 0 {
				flagged++
			}
		}
		if flagged > 0 {
			out = append(out, l.Sprintf("%d people changed in a way worth a look: see the change flags.", flagged))
		}
		if core := Core(tr); len(core) > 0 {
			out = append(out, l.Sprintf("The stable core, who took part in every wave: %s.", l.List(core)))
		}
	}
	return out
}

// wavesSection is the network per wave.
func wavesSection(l *Lang, tr *analysis.TrendResult) *report.Section {
	sec := &report.Section{ID: "waves", Title: l.T("The network per wave"), Table: report.Table{Columns: []report.Column{
		{Label: l.T("Wave")}, {Label: l.T("Date")}, {Label: l.T("Took part"), Numeric: true}, {Label: l.T("Help ties"), Numeric: true}, {Label: l.T("Density"), Numeric: true},
		{Label: l.T("Reciprocity"), Numeric: true}, {Label: l.T("Give and ask"), Numeric: true}, {Label: l.T("Only give"), Numeric: true},
		{Label: l.T("Only ask"), Numeric: true}, {Label: l.T("No help ties"), Numeric: true},
	}}}
	for _, w := range tr.Waves {
		s := w.Summary
		sec.Table.Rows = append(sec.Table.Rows, []report.Cell{{Text: w.Name}, {Text: OrDash(w.Date)}, {Text: ResponseRate(l, s)}, {Text: l.Int(s.HelpTies)},
			{Text: l.Float(s.Density, 3)}, {Text: l.Fixed(s.Reciprocity)}, {Text: l.Int(s.Exchanges)},
			{Text: l.Int(s.OnlyGives)}, {Text: l.Int(s.OnlyAsks)}, {Text: l.Int(s.Isolated)}})
	}
	return sec
}

// flagsSection lists the change flags by wave, then person.
func flagsSection(l *Lang, tr *analysis.TrendResult) report.Section {
	sec := report.Section{ID: "flags", Title: l.T("Change flags"),
		Intro: l.T("Changes from one wave to the next that are worth a conversation; each is flagged in the wave where it first holds."),
		Empty: l.T("No changes flagged: nobody kept only giving or only asking, lost their help ties, became a broker or joined the exchange."),
		Table: report.Table{Sortable: true, Columns: []report.Column{{Label: l.T("Person")}, {Label: l.T("Flag")}, {Label: l.T("Wave")}, {Label: l.T("Why"), Wide: true}}}}
	seq := map[string]int{}
	for i, w := range tr.Waves {
		seq[w.Name] = i
	}
	type row struct {
		p *analysis.PersonTrend
		f analysis.Flag
	}
	var rows []row
	for i := range tr.People {
		for _, f := range tr.People[i].Flags {
			rows = append(rows, row{&tr.People[i], f})
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Compare(seq[a.f.Wave], seq[b.f.Wave]) })
	for _, r := range rows {
		sec.Table.Rows = append(sec.Table.Rows, []report.Cell{{Text: r.p.Name}, {Text: FlagName(l, r.f.Flag), Sort: r.f.Flag},
			{Text: r.f.Wave, Sort: fmt.Sprintf("%04d", seq[r.f.Wave])}, {Text: Sentence(FlagReason(l, r.f, r.p.Waves))}})
	}
	return sec
}

// peopleSection is everyone's figures in the scope, with what they mean.
func peopleSection(l *Lang, n *graph.Network, res *analysis.Result, tr *analysis.TrendResult, pseudonymized bool) report.Section {
	cols := []report.Column{{Label: l.T("Name")}}
	if !pseudonymized {
		cols = append(cols, report.Column{Label: l.T("Organisation")})
	}
	cols = append(cols,
		report.Column{Label: l.T("Role")},
		report.Column{Label: l.T("Gives"), Numeric: true, Help: l.T("the number of people they helped")},
		report.Column{Label: l.T("Receives"), Numeric: true, Help: l.T("the number of people who helped them")},
		report.Column{Label: l.T("Balance"), Numeric: true, Help: l.T("gives − receives")},
		report.Column{Label: l.T("Give share"), Numeric: true, Help: l.T("gives / (gives + receives)")},
		report.Column{Label: l.T("Both ways"), Numeric: true, Help: l.T("people with whom help goes both ways")},
		report.Column{Label: l.T("Sought"), Numeric: true, Help: l.T("how much help is asked of them, weighing who asks (PageRank)")},
		report.Column{Label: l.T("Betweenness"), Numeric: true, Help: l.T("the share of shortest help paths that run through them")},
		report.Column{Label: l.T("Broker"), Help: l.T("in the top 10%% of betweenness")},
	)
	sec := report.Section{ID: "people", Title: l.T("People"), Table: report.Table{Sortable: true, Columns: cols, DetailLabel: l.T("What this means:")},
		Intro: l.T("Click a column to sort. Gives and receives count people, not favours.")}
	roleOrder := map[analysis.Role]string{}
	for i, r := range analysis.Roles {
		roleOrder[r] = strconv.Itoa(i)
	}
	order := make([]int, len(res.People))
	for i := range order {
		order[i] = i
	}
	if pseudonymized { // codes in their own order, which follows no order of names
		slices.SortFunc(order, func(a, b int) int { return strings.Compare(res.People[a].Name, res.People[b].Name) })
	}
	for _, i := range order {
		p := res.People[i]
		var waves []analysis.WaveMetrics
		if len(tr.People) == len(res.People) {
			waves = tr.People[i].Waves
		}
		row := []report.Cell{{Text: p.Name}}
		if !pseudonymized {
			row = append(row, report.Cell{Text: OrDash(n.People[i].Org)})
		}
		share, shareSort := "–", "-"
		if p.GiveShare != nil {
			share, shareSort = l.Float(*p.GiveShare, 2), strconv.FormatFloat(*p.GiveShare, 'g', -1, 64)
		}
		broker := ""
		if p.Broker {
			broker = l.T("broker")
		}
		row = append(row,
			report.Cell{Text: Role(l, p.Role), Sort: roleOrder[p.Role], Swatch: RoleColor(p.Role)},
			report.Cell{Text: l.Int(p.Gives), Sort: strconv.Itoa(p.Gives)},
			report.Cell{Text: l.Int(p.Receives), Sort: strconv.Itoa(p.Receives)},
			report.Cell{Text: l.Signed(p.Balance), Sort: strconv.Itoa(p.Balance)},
			report.Cell{Text: share, Sort: shareSort},
			report.Cell{Text: l.Int(p.Reciprocal), Sort: strconv.Itoa(p.Reciprocal)},
			report.Cell{Text: l.Float(p.Sought, 3), Sort: strconv.FormatFloat(p.Sought, 'g', -1, 64)},
			report.Cell{Text: l.Float(p.BetweennessNorm, 3), Sort: strconv.FormatFloat(p.BetweennessNorm, 'g', -1, 64)},
			report.Cell{Text: broker},
		)
		sec.Table.Rows = append(sec.Table.Rows, row)
		sec.Table.Details = append(sec.Table.Details, Explain(l, p, waves))
	}
	return sec
}

// GroupName says a group's name: its own, or "none given", or "other".
func GroupName(l *Lang, g analysis.GroupTrend, minGroup int) string {
	switch {
	case g.Other:
		return l.Sprintf("other (groups of fewer than %d)", minGroup)
	case g.None:
		return l.T("none given")
	}
	return g.Name
}

// groupSections sums the trend per organisation and per function; groups of
// fewer than minGroup people are summed as "other".
func groupSections(l *Lang, tr *analysis.TrendResult, minGroup int) []report.Section {
	var out []report.Section
	for _, by := range []struct {
		id, title, column, intro, empty, note string
		key                                   func(analysis.PersonTrend) string
	}{
		{"organisations", l.T("Organisations"), l.T("Organisation"),
			l.T("Per organisation and wave: the balance (help its people gave minus help they received, so help within the organisation cancels out) · the give share."),
			l.Sprintf("Every organisation has fewer than %d people, so none is shown: nobody should be seen through a small group.", minGroup),
			l.Sprintf("Organisations with fewer than %d people are summed as other, so that nobody is seen through a small group.", minGroup),
			func(p analysis.PersonTrend) string { return p.Org }},
		{"functions", l.T("Functions"), l.T("Function"),
			l.T("Per function and wave: the balance (help its people gave minus help they received, so help within the function cancels out) · the give share."),
			l.Sprintf("Every function has fewer than %d people, so none is shown: nobody should be seen through a small group.", minGroup),
			l.Sprintf("Functions with fewer than %d people are summed as other, so that nobody is seen through a small group.", minGroup),
			func(p analysis.PersonTrend) string { return p.Function }},
	} {
		given := false
		for _, p := range tr.People {
			given = given || by.key(p) != ""
		}
		if !given {
			continue
		}
		groups, small := analysis.Groups(tr, by.key, minGroup)
		cols := []report.Column{{Label: by.column}, {Label: l.T("People"), Numeric: true}}
		for _, w := range tr.Waves {
			cols = append(cols, report.Column{Label: w.Name, Numeric: true, Help: l.Sprintf("balance · give share in %s", w.Name)})
		}
		last := tr.Waves[len(tr.Waves)-1].Name
		cols = append(cols, report.Column{Label: l.Sprintf("Give and ask in %s", last), Numeric: true})
		sec := report.Section{ID: by.id, Title: by.title, Table: report.Table{Sortable: true, Columns: cols}, Intro: by.intro, Empty: by.empty}
		for _, g := range groups {
			row := []report.Cell{{Text: GroupName(l, g, minGroup)}, {Text: l.Int(g.People), Sort: strconv.Itoa(g.People)}}
			for _, w := range g.Waves {
				text := l.Signed(w.Balance) + " · –"
				if w.GiveShare != nil {
					text = l.Signed(w.Balance) + " · " + l.Float(*w.GiveShare, 2)
				}
				row = append(row, report.Cell{Text: text, Sort: strconv.Itoa(w.Balance)})
			}
			lw := g.Waves[len(g.Waves)-1]
			row = append(row, report.Cell{Text: l.Sprintf("%d of %d", lw.Exchanges, g.People), Sort: strconv.Itoa(lw.Exchanges)})
			sec.Table.Rows = append(sec.Table.Rows, row)
		}
		if small > 0 && len(groups) > 0 {
			sec.Note = by.note
		}
		out = append(out, sec)
	}
	return out
}
