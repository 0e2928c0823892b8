package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

type networkCreateOptions struct {
	*globals
	Name string
}

func newNetworkCreateCmd(g *globals) *cobra.Command {
	opts := &networkCreateOptions{globals: g}
	return &cobra.Command{
		Use:   "create NAME",
		Short: "Create a network (and the database file, the first time)",
		Example: `  kring network create "Lerend netwerk HR"
  kring --db ~/netwerken/zorg.db network create "Kenniskring zorg"`,
		Args: exactArgs(1, "the NAME of the new network"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			return runNetworkCreate(cmd.Context(), opts)
		},
	}
}

func runNetworkCreate(ctx context.Context, opts *networkCreateOptions) error {
	db, err := opts.openDB(ctx, true)
	if err != nil {
		return err
	}
	defer db.Close()
	info, err := db.CreateNetwork(ctx, opts.Name)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.Out, "Created network %q in %s.\n", info.Name, opts.display(db.Path()))
	if info.Current {
		fmt.Fprintln(opts.Out, "Next: add people (kring person add NAME) and a wave (kring wave add \"Meeting 1\"), then record ties (kring record).")
	} else {
		fmt.Fprintf(opts.Out, "To work on it: kring network use %q (or pass --network).\n", info.Name)
	}
	return nil
}
