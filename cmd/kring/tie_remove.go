package main

import (
	"context"
	"strconv"

	"github.com/spf13/cobra"
)

func newTieRemoveCmd(g *globals) *cobra.Command {
	cmd := g.command("tie remove", "ID", exactArgs(1, "the ID of a tie (kring tie list shows them)"), func(cmd *cobra.Command, args []string) error {
		id, err := strconv.ParseInt(args[0], 10, 64)
		if err != nil || id <= 0 {
			return usagef("tie ID %q is not a number; kring tie list shows the IDs", args[0])
		}
		return runTieRemove(cmd.Context(), g, id)
	})
	cmd.Aliases = []string{"rm"}
	return cmd
}

func runTieRemove(ctx context.Context, g *globals, id int64) error {
	db, net, err := g.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	t, err := db.RemoveTie(ctx, net.ID, id)
	if err != nil {
		return err
	}
	if t.Contact {
		g.L.Fprintln(g.Out, "Removed contact %s: %s – %s (%s).", strconv.FormatInt(t.ID, 10), t.Giver, t.Receiver, t.Wave)
	} else {
		g.L.Fprintln(g.Out, "Removed help tie %s: %s → %s (%s).", strconv.FormatInt(t.ID, 10), t.Giver, t.Receiver, t.Wave)
	}
	return nil
}
