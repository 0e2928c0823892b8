package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/spf13/cobra"
)

func newNetworkUseCmd(g *globals) *cobra.Command {
	cmd := g.Command("network use", "NAME", cli.ExactArgs(1, "the NAME of a network"), func(cmd *cobra.Command, args []string) error {
		return runNetworkUse(cmd.Context(), g, args[0])
	})
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompleteNetworks(g))
	return cmd
}

func runNetworkUse(ctx context.Context, g *globals, name string) error {
	db, err := g.OpenDB(ctx, false)
	if err != nil {
		return err
	}
	defer db.Close()
	info, err := db.UseNetwork(ctx, name)
	if err != nil {
		return err
	}
	g.L.Fprintln(g.Out, "Now working on network %q.", info.Name)
	return nil
}
