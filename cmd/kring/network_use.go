package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

type networkUseOptions struct {
	*globals
	Name string
}

func newNetworkUseCmd(g *globals) *cobra.Command {
	opts := &networkUseOptions{globals: g}
	return &cobra.Command{
		Use:               "use NAME",
		Short:             "Choose the network that commands work on",
		Example:           `  kring network use "Kenniskring zorg"`,
		Args:              exactArgs(1, "the NAME of a network"),
		ValidArgsFunction: completeFirstArg(completeNetworks(g)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			return runNetworkUse(cmd.Context(), opts)
		},
	}
}

func runNetworkUse(ctx context.Context, opts *networkUseOptions) error {
	db, err := opts.openDB(ctx, false)
	if err != nil {
		return err
	}
	defer db.Close()
	info, err := db.UseNetwork(ctx, opts.Name)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.Out, "Now working on network %q.\n", info.Name)
	return nil
}
