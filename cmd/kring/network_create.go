package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/spf13/cobra"
)

type networkCreateOptions struct {
	*globals
	Name string
	Lang string
}

func newNetworkCreateCmd(g *globals) *cobra.Command {
	opts := &networkCreateOptions{globals: g}
	cmd := g.Command("network create", "NAME [--lang nl|en]", cli.ExactArgs(1, "the NAME of the new network"), func(cmd *cobra.Command, args []string) error {
		opts.Name = args[0]
		if opts.Lang != "" {
			if err := cli.Choice("lang", opts.Lang, i18n.Codes...); err != nil {
				return err
			}
		}
		return runNetworkCreate(cmd.Context(), opts)
	})
	cmd.Flags().StringVar(&opts.Lang, "lang", "", g.L.T("the network's own language, for maps, the report and handouts: nl or en"))
	cmd.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(i18n.Codes, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runNetworkCreate(ctx context.Context, opts *networkCreateOptions) error {
	db, err := opts.OpenDB(ctx, true)
	if err != nil {
		return err
	}
	defer db.Close()
	info, err := db.CreateNetwork(ctx, opts.Name, opts.Lang)
	if err != nil {
		return err
	}
	l := opts.L
	l.Fprintln(opts.Out, "Created network %q in %s.", info.Name, opts.Display(db.Path()))
	if info.Current {
		l.Fprintln(opts.Out, "Next: add people (kring person add NAME) and a wave (kring wave add \"Meeting 1\"), then record ties (kring record).")
	} else {
		l.Fprintln(opts.Out, "To work on it: kring network use %q (or pass --network).", info.Name)
	}
	return nil
}
