package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type waveAddOptions struct {
	*globals
	Name string
	Date string
}

func newWaveAddCmd(g *globals) *cobra.Command {
	opts := &waveAddOptions{globals: g}
	cmd := g.Command("wave add", "NAME [--date YYYY-MM-DD]", cli.ExactArgs(1, "the NAME of the new wave"), func(cmd *cobra.Command, args []string) error {
		opts.Name = args[0]
		if err := store.CheckDate(opts.Date); err != nil {
			return cli.UsageError{Err: err}
		}
		return runWaveAdd(cmd.Context(), opts)
	})
	cmd.Flags().StringVar(&opts.Date, "date", "", g.L.T("date of the meeting, YYYY-MM-DD"))
	return cmd
}

func runWaveAdd(ctx context.Context, opts *waveAddOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	w, err := db.AddWave(ctx, net.ID, opts.Name, opts.Date)
	if err != nil {
		return err
	}
	if w.Date != "" {
		opts.L.Fprintln(opts.Out, "Added wave %d %q (%s) to %s; new ties go to this wave unless you pass --wave.", w.Seq, w.Name, opts.L.Date(w.Date), net.Name)
	} else {
		opts.L.Fprintln(opts.Out, "Added wave %d %q to %s; new ties go to this wave unless you pass --wave.", w.Seq, w.Name, net.Name)
	}
	return nil
}
