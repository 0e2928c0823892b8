package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"
)

type tieRemoveOptions struct {
	*globals
	ID int64
}

func newTieRemoveCmd(g *globals) *cobra.Command {
	opts := &tieRemoveOptions{globals: g}
	return &cobra.Command{
		Use:     "remove ID",
		Aliases: []string{"rm"},
		Short:   "Remove one help tie or contact by the ID that kring tie list shows",
		Example: `  kring tie list
  kring tie remove 17`,
		Args: exactArgs(1, "the ID of a tie (kring tie list shows them)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil || id <= 0 {
				return usageError{fmt.Errorf("tie ID %q is not a number; kring tie list shows the IDs", args[0])}
			}
			opts.ID = id
			return runTieRemove(cmd.Context(), opts)
		},
	}
}

func runTieRemove(ctx context.Context, opts *tieRemoveOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	t, err := db.RemoveTie(ctx, net.ID, opts.ID)
	if err != nil {
		return err
	}
	if t.Contact {
		fmt.Fprintf(opts.Out, "Removed contact %d: %s – %s (wave %s).\n", t.ID, t.Giver, t.Receiver, t.Wave)
	} else {
		fmt.Fprintf(opts.Out, "Removed help tie %d: %s → %s (wave %s).\n", t.ID, t.Giver, t.Receiver, t.Wave)
	}
	return nil
}
