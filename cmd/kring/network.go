package main

import "github.com/spf13/cobra"

func newNetworkCmd(g *globals) *cobra.Command {
	cmd := g.Command("network", "", nil, nil)
	cmd.AddCommand(newNetworkCreateCmd(g), newNetworkListCmd(g), newNetworkUseCmd(g), newNetworkEditCmd(g), newNetworkRenameCmd(g), newNetworkRemoveCmd(g))
	return cmd
}
