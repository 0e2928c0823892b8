package main

import (
	"context"
	"fmt"

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
	cmd := &cobra.Command{
		Use:   "add NAME [--date YYYY-MM-DD]",
		Short: "Add a wave after the last one",
		Example: `  kring wave add "Meeting 1" --date 2026-02-05
  kring wave add "Meeting 2"`,
		Args: exactArgs(1, "the NAME of the new wave"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if err := store.CheckDate(opts.Date); err != nil {
				return usageError{err}
			}
			return runWaveAdd(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Date, "date", "", "date of the meeting, YYYY-MM-DD")
	return cmd
}

func runWaveAdd(ctx context.Context, opts *waveAddOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	w, err := db.AddWave(ctx, net.ID, opts.Name, opts.Date)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.Out, "Added wave %d %q", w.Seq, w.Name)
	if w.Date != "" {
		fmt.Fprintf(opts.Out, " (%s)", w.Date)
	}
	fmt.Fprintf(opts.Out, " to %s; new ties go to this wave unless you pass --wave.\n", net.Name)
	return nil
}
