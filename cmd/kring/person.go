package main

import "github.com/spf13/cobra"

func newPersonCmd(g *globals) *cobra.Command {
	cmd := g.Command("person", "", nil, nil)
	cmd.Aliases = []string{"people"}
	cmd.AddCommand(newPersonAddCmd(g), newPersonEditCmd(g), newPersonListCmd(g), newPersonRenameCmd(g),
		newPersonMergeCmd(g), newPersonRemoveCmd(g))
	return cmd
}
