package main

import (
	"context"
	"io"
	"os"
	"path/filepath"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render"
	"github.com/kring-nl/kring/graph/render/report"
	"github.com/spf13/cobra"
)

type demoOptions struct {
	*globals
	OutDir string
}

func newDemoCmd(g *globals) *cobra.Command {
	opts := &demoOptions{globals: g}
	cmd := g.Command("demo", "[--out DIR]", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		return runDemo(cmd.Context(), opts)
	})
	cmd.Flags().StringVarP(&opts.OutDir, "out", "o", "kring-demo", g.L.T("folder to write the demo database, map and report to"))
	return cmd
}

func runDemo(ctx context.Context, opts *demoOptions) error {
	if err := os.MkdirAll(opts.OutDir, 0o700); err != nil {
		return err
	}
	l := opts.L
	dbPath := filepath.Join(opts.OutDir, "demo.db")
	n, err := app.MakeDemo(ctx, dbPath, l.Code())
	if err != nil {
		return err
	}
	sc := graph.Scope{Kind: graph.ScopeAll}
	res, err := analysis.AnalyzeContext(ctx, n, analysis.Options{})
	if err != nil {
		return err
	}
	if err := view.WriteAnalysis(opts.Out, l, n, sc, res); err != nil {
		return err
	}
	local := *opts.globals
	local.DBPath = dbPath
	mapPath := filepath.Join(opts.OutDir, "map.svg")
	m := view.NetworkMap(l, n, sc, res, view.DefaultMapStyle())
	if err := local.WriteOutput(mapPath, nil, func(w io.Writer) error {
		return render.Render(ctx, w, m, "svg", render.Options{})
	}); err != nil {
		return err
	}
	reportPath := filepath.Join(opts.OutDir, "report.html")
	r, err := view.Report(ctx, l, n, sc, view.ReportSettings{MinGroup: 5, Today: opts.Today()})
	if err != nil {
		return err
	}
	if err := local.WriteOutput(reportPath, nil, func(w io.Writer) error { return report.Write(w, r) }); err != nil {
		return err
	}
	l.Fprintf(opts.Out, "\n%s\n", l.Sprintf("Wrote %s and %s: open them in a browser.", mapPath, reportPath))
	l.Fprintf(opts.Out, "%s\n", l.Sprintf(`Explore the example with --db (install kring from a clone with: go install ./cmd/kring), e.g.:
  kring --db %[1]s analyze --wave "Meeting 1"
  kring --db %[1]s map --ego "Sofie Claes" -o sofie.png
  kring --db %[1]s trend
  kring --db %[1]s suggest --for "Bram Vermeulen"
  kring --db %[1]s pairs --rounds 3`, dbPath))
	l.Fprintf(opts.Out, "%s\n", l.Sprintf(`Let a room answer from their phones: start the server, open its Participants address on a phone on the same Wi-Fi, and watch the map grow on the Facilitator page:
  kring --db %s serve`, dbPath))
	return nil
}
