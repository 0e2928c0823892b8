package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/spf13/cobra"
)

func newPersonRenameCmd(g *globals) *cobra.Command {
	cmd := g.Command("person rename", "NAME NEW-NAME", cli.ExactArgs(2, "the current NAME and the NEW-NAME"), func(cmd *cobra.Command, args []string) error {
		return runPersonRename(cmd.Context(), g, args[0], args[1])
	})
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompletePeople(g))
	return cmd
}

func runPersonRename(ctx context.Context, g *globals, old, new string) error {
	db, net, err := g.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	before, err := db.FindPerson(ctx, net.ID, old)
	if err != nil {
		return cli.HintUnknown(err, false)
	}
	p, err := db.RenamePerson(ctx, net.ID, old, new)
	if err != nil {
		return err
	}
	g.L.Fprintln(g.Out, "Renamed %s to %s; their ties are kept.", before.Name, p.Name)
	return nil
}
