package main

import (
	"context"
	"io"
	"os"
	"path/filepath"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render/report"
	"github.com/spf13/cobra"
)

type handoutsOptions struct {
	*globals
	OutDir string
	Wave   string
	People []string
}

func newHandoutsCmd(g *globals) *cobra.Command {
	opts := &handoutsOptions{globals: g}
	cmd := g.Command("handouts", "-o DIR [--wave W] [--people NAME,..]", cli.ExactArgs(0, "no arguments; name the folder with -o DIR"),
		func(cmd *cobra.Command, args []string) error {
			if opts.OutDir == "" {
				return cli.Usagef("name the folder to write the handouts to with -o DIR")
			}
			return runHandouts(cmd.Context(), opts)
		})
	l, f := g.L, cmd.Flags()
	f.StringVarP(&opts.OutDir, "out", "o", "", l.T("folder to write the pages to"))
	f.StringVarP(&opts.Wave, "wave", "w", "", l.T("the wave the handouts are for (default: the last)"))
	f.StringSliceVar(&opts.People, "people", nil, l.T("only these people (comma-separated)"))
	cmd.RegisterFlagCompletionFunc("wave", cli.CompleteWaves(g))
	cmd.RegisterFlagCompletionFunc("people", cli.CompletePeople(g))
	cmd.MarkFlagDirname("out")
	return cmd
}

// combinedName is the file with every handout, to print in one go. No
// participant's page gets this name, whatever they are called.
const combinedName = "all.html"

func runHandouts(ctx context.Context, opts *handoutsOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	full, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	if len(full.People) == 0 {
		return graph.Errorf(graph.ENOTFOUND, "%s has no people yet; add them with: kring person add NAME", full.Name)
	}
	if len(full.Waves) == 0 {
		return graph.Errorf(graph.ENOTFOUND, "%s has no waves with ties yet; record some with: kring record NAME --asked A --gave B", full.Name)
	}
	wave := full.Waves[len(full.Waves)-1]
	if opts.Wave != "" {
		if wave, err = db.FindWave(ctx, net.ID, opts.Wave); err != nil {
			return err
		}
	}
	only := map[int64]bool{}
	for _, name := range cli.SplitNames(opts.People) {
		p, err := db.FindPerson(ctx, net.ID, name)
		if err != nil {
			return cli.HintUnknown(err, false)
		}
		only[p.ID] = true
	}
	db.Close()
	if fi, err := os.Stat(opts.OutDir); err == nil && !fi.IsDir() {
		return cli.Usagef("%s is a file; give a folder for the handouts with -o DIR", opts.OutDir)
	}
	if err := os.MkdirAll(opts.OutDir, 0o700); err != nil {
		return err
	}
	l := opts.GroupLang(net.Lang)
	bar := opts.Progress()
	h, err := view.MakeHandouts(ctx, l, full, wave, only, opts.Today(), func(done, total int) { bar.Set(opts.L.T("drawing handouts"), done, total) })
	bar.Done()
	if err != nil {
		return err
	}
	files := view.FileNames(h.For, combinedName)
	for i, page := range h.Pages {
		path := filepath.Join(opts.OutDir, files[i])
		title := page.Name + " · " + full.Name
		if err := opts.WriteOutput(path, nil, func(w io.Writer) error {
			return report.WriteHandouts(w, title, l.Code(), []*report.Handout{page})
		}); err != nil {
			return err
		}
	}
	all := filepath.Join(opts.OutDir, combinedName)
	if err := opts.WriteOutput(all, nil, func(w io.Writer) error {
		return report.WriteHandouts(w, l.Sprintf("Handouts · %s", full.Name), l.Code(), h.Pages)
	}); err != nil {
		return err
	}
	opts.L.Fprintln(opts.Out, "Wrote %d handouts for %s in %s: one page per participant, and %s to print them all.", len(h.Pages), wave.Name, opts.OutDir, all)
	opts.L.Fprintln(opts.Out, "Each page is personal: hand participants only their own.")
	return nil
}
