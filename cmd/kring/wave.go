package main

import "github.com/spf13/cobra"

func newWaveCmd(g *globals) *cobra.Command {
	cmd := g.command("wave", "", nil, nil)
	cmd.AddCommand(newWaveAddCmd(g), newWaveListCmd(g))
	return cmd
}
