package main

import "github.com/spf13/cobra"

func newNetworkCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "network",
		Short: "Create, list and choose networks",
		Long: `A database file can hold several learning networks. People, waves and ties
belong to one network. Commands work on --network NAME, else $KRING_NETWORK,
else the network chosen with "kring network use", else the only one.`,
	}
	cmd.AddCommand(newNetworkCreateCmd(g), newNetworkListCmd(g), newNetworkUseCmd(g))
	return cmd
}
