package main

import "github.com/spf13/cobra"

func newTieCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "tie",
		Aliases: []string{"ties"},
		Short:   "Add, list and remove single help ties",
		Long: `A help tie runs from giver to receiver: knowledge or help flowed from the giver
to the receiver. "kring record" is the usual way to enter ties; "kring tie"
lets a facilitator add, inspect and correct them one by one.`,
	}
	cmd.AddCommand(newTieAddCmd(g), newTieListCmd(g), newTieRemoveCmd(g))
	return cmd
}
