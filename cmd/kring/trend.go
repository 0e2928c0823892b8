package main

import (
	"context"
	"fmt"
	"image/color"
	"io"
	"math"
	"path/filepath"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/render/chart"
	"github.com/spf13/cobra"
)

type trendOptions struct {
	*globals
	Format   formatFlag
	People   []string
	Group    string
	MinGroup int
	Chart    string
}

func newTrendCmd(g *globals) *cobra.Command {
	opts := &trendOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "trend [--people NAME,..] [--group org|function] [--chart FILE.svg|.png]",
		Short: "Show give and take per person and for the network across waves, with change flags",
		Long: `Analyse every wave on its own and show, per wave, the network (people, help
ties, density, reciprocity, people per role) and each person's gives,
receives, balance (gives − receives), give_share, role, reciprocal ties and
sought score.

Flags mark changes worth a look, from the wave where they first hold:
  persistent_giver   only gave, asked nobody, in two or more waves in a row
  persistent_asker   only asked, helped nobody, in two or more waves in a row
  became_isolated    help ties in the previous wave, none in this one
  became_broker      among the brokers in this wave, not in the previous one
  joined_exchange    gave and received in this wave, after another role

--group org (or function) sums the figures per group; groups with fewer than
--min-group people are left out, so that nobody is seen through a small
group. With --group, --format csv writes the group rows.

--chart writes the give/ask balance of each person per wave and the
network's reciprocity and density per wave as SVG or PNG.`,
		Example: `  kring trend
  kring trend --people "Ann Peeters,Bram Vermeulen"
  kring trend --group org --format json
  kring trend --chart trend.png`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Group != "" && opts.Group != "org" && opts.Group != "function" {
				return usageError{fmt.Errorf("--group %q: use org or function", opts.Group)}
			}
			return runTrend(cmd.Context(), opts)
		},
	}
	addFormatFlag(cmd, &opts.Format)
	f := cmd.Flags()
	f.StringSliceVar(&opts.People, "people", nil, "only these people (comma-separated)")
	f.StringVar(&opts.Group, "group", "", "sum per org or function")
	f.IntVar(&opts.MinGroup, "min-group", 5, "leave out groups with fewer people than this")
	f.StringVar(&opts.Chart, "chart", "", "also draw the trend charts to this .svg or .png file")
	cmd.RegisterFlagCompletionFunc("people", completePeople(g))
	cmd.RegisterFlagCompletionFunc("group", cobra.FixedCompletions([]string{"org", "function"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// trendJSON is the JSON form of a trend.
type trendJSON struct {
	Network      string                 `json:"network"`
	Waves        []analysis.WaveSummary `json:"waves"`
	People       []analysis.PersonTrend `json:"people"`
	Groups       []analysis.GroupTrend  `json:"groups,omitempty"`
	HiddenGroups *int                   `json:"hidden_groups,omitempty"`
}

func runTrend(ctx context.Context, opts *trendOptions) error {
	chartFormat := ""
	if opts.Chart != "" {
		chartFormat = strings.TrimPrefix(strings.ToLower(filepath.Ext(opts.Chart)), ".")
		if chartFormat != "svg" && chartFormat != "png" {
			return usageError{fmt.Errorf("--chart %s: the chart is written as .svg or .png", opts.Chart)}
		}
		if err := opts.notTheDatabase(opts.Chart); err != nil {
			return err
		}
	}
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	if len(n.Waves) == 0 || len(n.People) == 0 {
		fmt.Fprintf(opts.Out, "%s has no waves with ties yet; record some with: kring record NAME --asked A --gave B\n", n.Name)
		return nil
	}
	bar := opts.progress()
	res, err := analysis.TrendContext(ctx, n, analysis.Options{})
	bar.done()
	if err != nil {
		return err
	}
	if len(opts.People) > 0 {
		keep := map[string]bool{}
		for _, name := range opts.People {
			p, err := db.FindPerson(ctx, net.ID, name)
			if err != nil {
				return hintUnknown(err, false)
			}
			keep[p.Name] = true
		}
		var people []analysis.PersonTrend
		for _, p := range res.People {
			if keep[p.Name] {
				people = append(people, p)
			}
		}
		res.People = people
	}
	var groups []analysis.GroupTrend
	hidden := 0
	if opts.Group != "" {
		key := func(p analysis.PersonTrend) string { return p.Org }
		if opts.Group == "function" {
			key = func(p analysis.PersonTrend) string { return p.Function }
		}
		groups, hidden = analysis.Groups(res, key, opts.MinGroup)
	}
	if opts.Chart != "" {
		if err := opts.writeOutput(opts.Chart, nil, func(w io.Writer) error {
			return chart.Write(w, chartFormat, balanceChart(res), networkChart(res))
		}); err != nil {
			return err
		}
		fmt.Fprintf(opts.Err, "Wrote %s.\n", opts.Chart)
	}
	switch opts.Format {
	case "json":
		out := trendJSON{Network: n.Name, Waves: res.Waves, People: res.People, Groups: groups}
		if out.People == nil {
			out.People = []analysis.PersonTrend{}
		}
		if opts.Group != "" {
			out.HiddenGroups = &hidden
		}
		return writeJSON(opts.Out, out)
	case "csv":
		if opts.Group != "" {
			return writeGroupsCSV(opts.Out, groups, res)
		}
		return writeTrendCSV(opts.Out, res)
	}
	writeTrendTable(opts.Out, n.Name, res, groups, hidden, opts.MinGroup)
	return nil
}

func writeTrendCSV(w io.Writer, res *analysis.TrendResult) error {
	cw := csvTable(w, []string{"name", "wave", "date", "gives", "receives", "balance", "give_share", "role", "reciprocal", "sought", "broker", "flags"})
	for _, p := range res.People {
		for k, m := range p.Waves {
			var flags []string
			for _, f := range p.Flags {
				if f.Wave == m.Wave {
					flags = append(flags, f.Flag)
				}
			}
			cw.Write(csvio.Text(p.Name), csvio.Text(m.Wave), csvio.Text(res.Waves[k].Date), csvio.Int(m.Gives), csvio.Int(m.Receives),
				csvio.Int(m.Balance), cell(m.GiveShare), csvio.Text(string(m.Role)), csvio.Int(m.Reciprocal), csvio.Float(m.Sought),
				cell(m.Broker), csvio.Text(strings.Join(flags, "; ")))
		}
	}
	return cw.Flush()
}

func writeGroupsCSV(w io.Writer, groups []analysis.GroupTrend, res *analysis.TrendResult) error {
	cw := csvTable(w, []string{"group", "people", "wave", "date", "gives", "receives", "balance", "give_share", "exchanges", "only_gives", "only_asks", "isolated"})
	for _, g := range groups {
		for k, m := range g.Waves {
			cw.Write(csvio.Text(g.Name), csvio.Int(g.People), csvio.Text(m.Wave), csvio.Text(res.Waves[k].Date), csvio.Int(m.Gives),
				csvio.Int(m.Receives), csvio.Int(m.Balance), cell(m.GiveShare), csvio.Int(m.Exchanges), csvio.Int(m.OnlyGives),
				csvio.Int(m.OnlyAsks), csvio.Int(m.Isolated))
		}
	}
	return cw.Flush()
}

func writeTrendTable(w io.Writer, network string, res *analysis.TrendResult, groups []analysis.GroupTrend, hidden, minGroup int) {
	fmt.Fprintf(w, "%s · %s\n\n", network, count(len(res.Waves), "wave", "waves"))
	t := newTable(w, "WAVE", "DATE", ">PEOPLE", ">HELP TIES", ">DENSITY", ">RECIPROCITY", ">EXCHANGES", ">ONLY GIVES", ">ONLY ASKS", ">ISOLATED")
	for _, wv := range res.Waves {
		s := wv.Summary
		t.row(wv.Name, orDash(wv.Date), fmt.Sprint(s.People), fmt.Sprint(s.HelpTies), fmt.Sprintf("%.3f", s.Density), fixed(s.Reciprocity),
			fmt.Sprint(s.Exchanges), fmt.Sprint(s.OnlyGives), fmt.Sprint(s.OnlyAsks), fmt.Sprint(s.Isolated))
	}
	t.flush()
	if len(res.People) > 0 {
		fmt.Fprintln(w, "\nBalance (gives − receives) and role per wave:")
		header := []string{"NAME"}
		for _, wv := range res.Waves {
			header = append(header, strings.ToUpper(wv.Name))
		}
		header = append(header, "FLAGS")
		t = newTable(w, header...)
		for _, p := range res.People {
			row := []string{p.Name}
			for _, m := range p.Waves {
				row = append(row, fmt.Sprintf("%s %s", signed(m.Balance), roleLabel(m.Role)))
			}
			var flags []string
			for _, f := range p.Flags {
				flags = append(flags, fmt.Sprintf("%s (%s)", f.Flag, f.Wave))
			}
			row = append(row, orDash(strings.Join(flags, ", ")))
			t.row(row...)
		}
		t.flush()
	}
	if groups != nil || hidden > 0 {
		fmt.Fprintln(w, "\nPer group: balance (give share) per wave:")
		header := []string{"GROUP", ">PEOPLE"}
		for _, wv := range res.Waves {
			header = append(header, ">"+strings.ToUpper(wv.Name))
		}
		t = newTable(w, header...)
		for _, g := range groups {
			row := []string{g.Name, fmt.Sprint(g.People)}
			for _, m := range g.Waves {
				row = append(row, fmt.Sprintf("%s (%s)", signed(m.Balance), fixed(m.GiveShare)))
			}
			t.row(row...)
		}
		t.flush()
		if hidden > 0 {
			fmt.Fprintf(w, "%s with fewer than %d people not shown.\n", count(hidden, "group", "groups"), minGroup)
		}
	}
}

// balanceChart is each person's balance per wave.
func balanceChart(res *analysis.TrendResult) chart.Balance {
	b := chart.Balance{Title: "Give/ask balance per person and wave (gives − receives)"}
	for _, wv := range res.Waves {
		b.Waves = append(b.Waves, wv.Name)
	}
	for _, p := range res.People {
		b.People = append(b.People, p.Name)
		row := make([]*int, len(p.Waves))
		for k, m := range p.Waves {
			if m.Role != analysis.Isolated {
				v := m.Balance
				row[k] = &v
			}
		}
		b.Values = append(b.Values, row)
	}
	return b
}

// networkChart is reciprocity and density per wave.
func networkChart(res *analysis.TrendResult) chart.Lines {
	l := chart.Lines{Title: "The network per wave"}
	recip := chart.Series{Name: "reciprocity", Color: color.NRGBA{0x00, 0x72, 0xB2, 0xFF}}
	density := chart.Series{Name: "density", Color: color.NRGBA{0xD5, 0x5E, 0x00, 0xFF}, Dashed: true}
	for _, wv := range res.Waves {
		l.Waves = append(l.Waves, wv.Name)
		r := math.NaN()
		if wv.Summary.Reciprocity != nil {
			r = *wv.Summary.Reciprocity
		}
		recip.Values = append(recip.Values, r)
		density.Values = append(density.Values, wv.Summary.Density)
	}
	l.Series = []chart.Series{recip, density}
	return l
}
