package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/demo"
	"github.com/kring-nl/kring/graph/render"
	"github.com/kring-nl/kring/graph/render/report"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type demoOptions struct {
	*globals
	OutDir string
}

func newDemoCmd(g *globals) *cobra.Command {
	opts := &demoOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "demo [--out DIR]",
		Short: "Analyse and draw an example learning network",
		Long: `Load kring's example learning network (14 people from three organisations,
three meetings) into DIR/demo.db, print its analysis, draw DIR/map.svg and
write the HTML report DIR/report.html.
The demo never touches your own database; explore the example afterwards
with --db DIR/demo.db.`,
		Example: `  kring demo
  kring demo --out /tmp/kring-demo`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVarP(&opts.OutDir, "out", "o", "kring-demo", "folder to write the demo database, map and report to")
	return cmd
}

func runDemo(ctx context.Context, opts *demoOptions) error {
	if err := os.MkdirAll(opts.OutDir, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", opts.OutDir, err)
	}
	dbPath := filepath.Join(opts.OutDir, "demo.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(dbPath + suffix); err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("replace the old demo database: %w", err)
		}
	}
	db, err := store.Open(ctx, dbPath, store.Options{Create: true})
	if err != nil {
		return err
	}
	defer db.Close()
	in, err := readInput(bytes.NewReader(demo.JSON), "demo network", "json")
	if err != nil {
		return err
	}
	net, err := db.CreateNetwork(ctx, "Lerend netwerk HR & zorg")
	if err != nil {
		return err
	}
	if _, err := db.Import(ctx, net.ID, in, store.AddOptions{AddNew: true, NewWaves: true}); err != nil {
		return fmt.Errorf("load the demo network: %w", err)
	}
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	sc := graph.Scope{Kind: graph.ScopeAll}
	res := analysis.Analyze(n, analysis.Options{})
	if err := writeAnalysis(opts.Out, "table", n, sc, res); err != nil {
		return err
	}
	mapPath := filepath.Join(opts.OutDir, "map.svg")
	mo := &mapOptions{globals: opts.globals, Layout: "auto", Color: "role", Size: "sought", Label: "name", Depth: 1}
	m := mo.networkMap(n, sc, res)
	local := *opts.globals
	local.DBPath = dbPath
	if err := local.writeOutput(mapPath, nil, func(w io.Writer) error {
		return render.Render(ctx, w, m, "svg", render.Options{})
	}); err != nil {
		return err
	}
	reportPath := filepath.Join(opts.OutDir, "report.html")
	r, err := buildReport(ctx, n, sc, reportSettings{MinGroup: 5, Today: opts.today()})
	if err != nil {
		return err
	}
	if err := local.writeOutput(reportPath, nil, func(w io.Writer) error { return report.Write(w, r) }); err != nil {
		return err
	}
	fmt.Fprintf(opts.Out, "\nWrote %s and %s: open them in a browser.\n", mapPath, reportPath)
	fmt.Fprintf(opts.Out, "Explore the example with --db (install kring with: go install ./cmd/kring), e.g.:\n"+
		"  kring --db %[1]s analyze --wave \"Meeting 1\"\n  kring --db %[1]s map --ego \"Sofie Claes\" -o sofie.png\n"+
		"  kring --db %[1]s trend\n  kring --db %[1]s suggest --for \"Bram Vermeulen\"\n  kring --db %[1]s pairs --rounds 3\n", dbPath)
	return nil
}
