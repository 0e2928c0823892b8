package main

import (
	"context"
	"io"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph/render/chart"
	"github.com/spf13/cobra"
)

type trendOptions struct {
	*globals
	Format       cli.FormatFlag
	People       []string
	Group        string
	MinGroup     int
	Chart        string
	Pseudonymize bool
}

func newTrendCmd(g *globals) *cobra.Command {
	opts := &trendOptions{globals: g}
	cmd := g.Command("trend", "[--people NAME,..] [--group org|function] [--chart FILE.svg|.png]", cli.ExactArgs(0, "no arguments"),
		func(cmd *cobra.Command, args []string) error {
			if opts.Group != "" {
				if err := cli.Choice("group", opts.Group, "org", "function"); err != nil {
					return err
				}
				if len(opts.People) > 0 {
					return cli.Usagef("--people and --group cannot go together: per group, no row is about one person")
				}
			}
			if opts.MinGroup < 1 {
				return cli.Usagef("--min-group %d: give a number of people of at least 1", opts.MinGroup)
			}
			return runTrend(cmd.Context(), opts)
		})
	g.AddFormatFlag(cmd, &opts.Format)
	l, f := g.L, cmd.Flags()
	f.StringSliceVar(&opts.People, "people", nil, l.T("only these people (comma-separated)"))
	f.StringVar(&opts.Group, "group", "", l.T("per org or function instead of per person"))
	f.IntVar(&opts.MinGroup, "min-group", 5, l.T("sum groups with fewer people than this as other"))
	f.StringVar(&opts.Chart, "chart", "", l.T("also draw the trend charts to this .svg or .png file"))
	f.BoolVar(&opts.Pseudonymize, "pseudonymize", false, l.T("show codes instead of names (organisations and functions are kept)"))
	cmd.RegisterFlagCompletionFunc("people", cli.CompletePeople(g))
	cmd.RegisterFlagCompletionFunc("group", cobra.FixedCompletions([]string{"org", "function"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runTrend(ctx context.Context, opts *trendOptions) error {
	chartFormat := ""
	if opts.Chart != "" {
		var err error
		if chartFormat, err = opts.OutputFormat(opts.Chart, "", []string{"svg", "png"}); err != nil {
			return err
		}
	}
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	l := opts.L
	if len(n.Waves) == 0 || len(n.People) == 0 {
		l.Fprintln(opts.Out, "%s has no waves with ties yet; record some with: kring record NAME --asked A --gave B", n.Name)
		return nil
	}
	keep := map[int64]bool{}
	for _, name := range cli.SplitNames(opts.People) {
		p, err := db.FindPerson(ctx, net.ID, name)
		if err != nil {
			return cli.HintUnknown(err, false)
		}
		keep[p.ID] = true
	}
	if opts.Pseudonymize {
		codes, err := db.Pseudonymizer(ctx)
		if err != nil {
			return err
		}
		old := codes.Codes(n.People)
		n = codes.Network(n)
		kept := map[int64]bool{}
		for _, p := range n.People {
			for id := range keep {
				if old[id] == p.Name {
					kept[p.ID] = true
				}
			}
		}
		keep = kept
	}
	bar := opts.Progress()
	res, err := analysis.TrendContext(ctx, n, analysis.Options{})
	bar.Done()
	if err != nil {
		return err
	}
	if len(keep) > 0 {
		var people []analysis.PersonTrend
		for i, p := range res.People {
			if keep[n.People[i].ID] {
				people = append(people, p)
			}
		}
		res.People = people
	}
	var groups []analysis.GroupTrend
	small := 0
	if opts.Group != "" {
		key := func(p analysis.PersonTrend) string { return p.Org }
		if opts.Group == "function" {
			key = func(p analysis.PersonTrend) string { return p.Function }
		}
		groups, small = analysis.Groups(res, key, opts.MinGroup)
	}
	if opts.Chart != "" {
		if err := opts.writeChart(l, opts.GroupLang(net.Lang), chartFormat, res, opts.Group != ""); err != nil {
			return err
		}
	}
	if opts.Format != "table" {
		return cli.WriteTrendData(opts.Out, string(opts.Format), n.Name, res, opts.Group != "", groups, small)
	}
	return view.WriteTrend(opts.Out, l, n.Name, res, opts.Group != "", groups, small, opts.MinGroup)
}

// writeChart draws the trend charts; per group, only the network's chart,
// since the balance chart has a row per person.
func (opts *trendOptions) writeChart(l, group *i18n.Lang, format string, res *analysis.TrendResult, byGroup bool) error {
	charts := []chart.Chart{view.BalanceChart(group, res), view.NetworkChart(group, res)}
	if byGroup {
		charts = charts[1:]
	}
	if err := opts.WriteOutput(opts.Chart, nil, func(w io.Writer) error { return chart.Write(w, format, charts...) }); err != nil {
		return err
	}
	l.Fprintln(opts.Err, "Wrote %s.", opts.Chart)
	return nil
}
