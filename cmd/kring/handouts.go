package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/graph"
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
	return opts.WriteHandouts(ctx, opts.OutDir, full, wave, only, net.Lang)
}
