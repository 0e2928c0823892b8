package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"

	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render/report"
)

// combinedName is the file with every handout, to print in one go. No
// participant's page gets this name, whatever they are called.
const combinedName = "all.html"

// WriteHandouts writes the handouts of wave into dir: a page per person
// (of those in only, when it is not empty), and all.html with every page.
func (g *Env) WriteHandouts(ctx context.Context, dir string, full *graph.Network, wave graph.Wave, only map[int64]bool, networkLang string) error {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return Usagef("%s is a file; give a folder for the handouts with -o DIR", dir)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	l := g.GroupLang(networkLang)
	bar := g.Progress()
	h, err := view.MakeHandouts(ctx, l, full, wave, only, g.Today(), func(done, total int) { bar.Set(g.L.T("drawing handouts"), done, total) })
	bar.Done()
	if err != nil {
		return err
	}
	files := view.FileNames(h.For, combinedName)
	for i, page := range h.Pages {
		path := filepath.Join(dir, files[i])
		title := page.Name + " · " + full.Name
		if err := g.WriteOutput(path, nil, func(w io.Writer) error {
			return report.WriteHandouts(w, title, l.Code(), []*report.Handout{page})
		}); err != nil {
			return err
		}
	}
	all := filepath.Join(dir, combinedName)
	if err := g.WriteOutput(all, nil, func(w io.Writer) error {
		return report.WriteHandouts(w, l.Sprintf("Handouts · %s", full.Name), l.Code(), h.Pages)
	}); err != nil {
		return err
	}
	g.L.Fprintln(g.Out, "Wrote %d handouts for %s in %s: one page per participant, and %s to print them all.", len(h.Pages), wave.Name, dir, all)
	g.L.Fprintln(g.Out, "Each page is personal: hand participants only their own.")
	return nil

}
