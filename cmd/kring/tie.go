package main

import "github.com/spf13/cobra"

func newTieCmd(g *globals) *cobra.Command {
	cmd := g.Command("tie", "", nil, nil)
	cmd.Aliases = []string{"ties"}
	cmd.AddCommand(newTieAddCmd(g), newTieListCmd(g), newTieRemoveCmd(g))
	return cmd
}
