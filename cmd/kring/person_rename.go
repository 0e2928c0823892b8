package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

type personRenameOptions struct {
	*globals
	Old, New string
}

func newPersonRenameCmd(g *globals) *cobra.Command {
	opts := &personRenameOptions{globals: g}
	return &cobra.Command{
		Use:   "rename NAME NEW-NAME",
		Short: "Rename a participant (or correct the spelling of a name)",
		Example: `  kring person rename "Jurgen Vd Hagen" "Jürgen Van der Hagen"
  kring person rename "ann peeters" "Ann Peeters-Claes"`,
		Args:              exactArgs(2, "the current NAME and the NEW-NAME"),
		ValidArgsFunction: completeFirstArg(completePeople(g)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Old, opts.New = args[0], args[1]
			return runPersonRename(cmd.Context(), opts)
		},
	}
}

func runPersonRename(ctx context.Context, opts *personRenameOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	before, err := db.FindPerson(ctx, net.ID, opts.Old)
	if err != nil {
		return hintUnknown(err, false)
	}
	p, err := db.RenamePerson(ctx, net.ID, opts.Old, opts.New)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.Out, "Renamed %s to %s; their ties are kept.\n", before.Name, p.Name)
	return nil
}
