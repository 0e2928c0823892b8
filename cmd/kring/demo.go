package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/demo"
	"github.com/kring-nl/kring/graph/jsonio"
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
	cmd := g.command("demo", "[--out DIR]", exactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
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
	n, err := makeDemo(ctx, dbPath, l.Code())
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
	if err := local.writeOutput(mapPath, nil, func(w io.Writer) error {
		return render.Render(ctx, w, m, "svg", render.Options{})
	}); err != nil {
		return err
	}
	reportPath := filepath.Join(opts.OutDir, "report.html")
	r, err := view.Report(ctx, l, n, sc, view.ReportSettings{MinGroup: 5, Today: opts.today()})
	if err != nil {
		return err
	}
	if err := local.writeOutput(reportPath, nil, func(w io.Writer) error { return report.Write(w, r) }); err != nil {
		return err
	}
	l.Fprintf(opts.Out, "\n%s\n", l.Sprintf("Wrote %s and %s: open them in a browser.", mapPath, reportPath))
	l.Fprintf(opts.Out, "%s\n", l.Sprintf(`Explore the example with --db (install kring from a clone with: go install ./cmd/kring), e.g.:
  kring --db %[1]s analyze --wave "Meeting 1"
  kring --db %[1]s map --ego "Sofie Claes" -o sofie.png
  kring --db %[1]s trend
  kring --db %[1]s suggest --for "Bram Vermeulen"
  kring --db %[1]s pairs --rounds 3`, dbPath))
	return nil
}

// demoNetwork is the name of the example network.
const demoNetwork = "Lerend netwerk HR & zorg"

// makeDemo writes the example network to path and returns it. A file at path
// is replaced only when it holds the example network exactly as kring demo
// makes it: anything else there (a network someone started recording in,
// another database copied there) is left alone, and makeDemo says so.
func makeDemo(ctx context.Context, path, lang string) (*graph.Network, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".demo-*.db")
	if err != nil {
		return nil, fmt.Errorf("write the demo database: %w", err)
	}
	tmp.Close()
	defer func() {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			os.Remove(tmp.Name() + suffix)
		}
	}()
	db, err := store.Open(ctx, tmp.Name(), store.Options{Create: true})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	in, err := readInput(bytes.NewReader(demo.JSON), "demo network", "json")
	if err != nil {
		return nil, err
	}
	net, err := db.CreateNetwork(ctx, demoNetwork, lang)
	if err != nil {
		return nil, err
	}
	if _, err := db.Import(ctx, net.ID, in, store.AddOptions{AddNew: true, NewWaves: true}); err != nil {
		return nil, err
	}
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return nil, err
	}
	if err := db.Close(); err != nil { // checkpoints: the file is whole without its log
		return nil, err
	}
	if _, err := os.Stat(path); err == nil {
		same, err := sameAsDemo(ctx, path, n)
		if err != nil || !same {
			return nil, graph.Errorf(graph.ECONFLICT, "%s is not the example network as kring demo makes it (it may hold someone's records), "+
				"so the demo leaves it alone. Move it away, or write the demo to another folder with --out DIR", path)
		}
		for _, suffix := range []string{"-wal", "-shm"} {
			if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("replace the old demo database: %w", err)
			}
		}
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return nil, fmt.Errorf("write the demo database: %w", err)
	}
	return n, nil
}

// sameAsDemo reports whether the database at path holds nothing but the
// example network n, unchanged. It reads the file without changing it.
func sameAsDemo(ctx context.Context, path string, n *graph.Network) (bool, error) {
	old, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		return false, err
	}
	defer old.Close()
	nets, err := old.Networks(ctx)
	if err != nil || len(nets) != 1 || nets[0].Name != demoNetwork {
		return false, err
	}
	on, err := old.Load(ctx, nets[0].ID)
	if err != nil {
		return false, err
	}
	var a, b bytes.Buffer
	if err := jsonio.Write(&a, on); err != nil {
		return false, err
	}
	if err := jsonio.Write(&b, n); err != nil {
		return false, err
	}
	return bytes.Equal(a.Bytes(), b.Bytes()), nil
}
