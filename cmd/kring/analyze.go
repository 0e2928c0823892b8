package main

import (
	"context"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"

	"github.com/kring-nl/kring/analysis"
	"github.com/spf13/cobra"
)

type analyzeOptions struct {
	*globals
	Scope        cli.ScopeFlags
	Format       cli.FormatFlag
	Sort         string
	Reverse      bool
	Exact        bool
	Pseudonymize bool
}

func newAnalyzeCmd(g *globals) *cobra.Command {
	opts := &analyzeOptions{globals: g}
	cmd := g.Command("analyze", "[--wave W | --upto W] [--sort METRIC] [--format table|json|csv]", cli.ExactArgs(0, "no arguments"),
		func(cmd *cobra.Command, args []string) error {
			if analysis.FieldByName(opts.Sort) == nil {
				return cli.Usagef("cannot sort by %q: use one of %s", opts.Sort, strings.Join(analysis.FieldNames(), ", "))
			}
			if err := opts.Scope.Check(); err != nil {
				return err
			}
			return runAnalyze(cmd.Context(), opts)
		})
	cmd.Aliases = []string{"analyse"}
	g.AddScopeFlags(cmd, &opts.Scope)
	g.AddFormatFlag(cmd, &opts.Format)
	f := cmd.Flags()
	f.StringVarP(&opts.Sort, "sort", "s", "name", g.L.T("order people by this metric: numbers from high to low, names from A to Z"))
	f.BoolVarP(&opts.Reverse, "reverse", "r", false, g.L.T("reverse the order"))
	f.BoolVar(&opts.Exact, "exact", false, g.L.Sprintf("compute betweenness exactly also above %d people (slow)", analysis.SampleAbove))
	f.BoolVar(&opts.Pseudonymize, "pseudonymize", false, g.L.T("show codes instead of names (organisations, functions and topics are kept)"))
	cmd.RegisterFlagCompletionFunc("sort", cobra.FixedCompletions(analysis.FieldNames(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runAnalyze(ctx context.Context, opts *analyzeOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, sc, err := opts.Scope.LoadScoped(ctx, db, net.ID)
	if err != nil {
		return err
	}
	if opts.Pseudonymize {
		if n, err = cli.Pseudonymize(ctx, db, n); err != nil {
			return err
		}
	}
	bar := opts.Progress()
	res, err := analysis.AnalyzeContext(ctx, n, analysis.Options{Exact: opts.Exact, Progress: bar.Set})
	bar.Done()
	if err != nil {
		return err
	}
	analysis.SortPeople(res.People, analysis.FieldByName(opts.Sort), opts.Reverse)
	return cli.WriteAnalysis(opts.Out, opts.L, string(opts.Format), n, sc, res)
}
