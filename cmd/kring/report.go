package main

import (
	"context"
	"io"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render/report"
	"github.com/spf13/cobra"
)

type reportOptions struct {
	*globals
	Output       string
	Pseudonymize bool
	MinGroup     int
	Scope        cli.ScopeFlags
}

func newReportCmd(g *globals) *cobra.Command {
	opts := &reportOptions{globals: g}
	cmd := g.Command("report", "[-o FILE.html] [--wave W] [--pseudonymize] [--min-group N]", cli.ExactArgs(0, "no arguments"),
		func(cmd *cobra.Command, args []string) error {
			if opts.MinGroup < 1 {
				return cli.Usagef("--min-group %d: give a number of people of at least 1", opts.MinGroup)
			}
			if err := opts.Scope.Check(); err != nil {
				return err
			}
			return runReport(cmd.Context(), opts)
		})
	l, f := g.L, cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "report.html", l.T("HTML file to write (- for standard output)"))
	f.BoolVar(&opts.Pseudonymize, "pseudonymize", false, l.T("replace every name by its code"))
	f.IntVar(&opts.MinGroup, "min-group", 5, l.T("sum organisations and functions with fewer people than this as other"))
	g.AddScopeFlags(cmd, &opts.Scope)
	cmd.MarkFlagFilename("output", "html")
	return cmd
}

func runReport(ctx context.Context, opts *reportOptions) error {
	if _, err := opts.OutputFormat(opts.Output, "", []string{"html", "htm"}); err != nil {
		return err
	}
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	sc, err := opts.Scope.Scope(ctx, db, net.ID)
	if err != nil {
		return err
	}
	full, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	if len(full.People) == 0 {
		return graph.Errorf(graph.ENOTFOUND, "%s has no people to report on yet; add them with: kring person add NAME", full.Name)
	}
	if opts.Pseudonymize {
		if full, err = cli.Pseudonymize(ctx, db, full); err != nil {
			return err
		}
	}
	db.Close()
	bar := opts.Progress()
	l := opts.GroupLang(net.Lang)
	r, err := view.Report(ctx, l, full, sc, view.ReportSettings{Pseudonymized: opts.Pseudonymize, MinGroup: opts.MinGroup, Today: opts.Today()})
	bar.Done()
	if err != nil {
		return err
	}
	if err := opts.WriteOutput(opts.Output, opts.Out, func(w io.Writer) error { return report.Write(w, r) }); err != nil {
		return err
	}
	if opts.Output != "-" {
		opts.L.Fprintln(opts.Err, "Wrote %s: open it in a browser. It holds personal data; share it with care.", opts.Output)
	}
	return nil
}
