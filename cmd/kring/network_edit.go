package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/spf13/cobra"
)

type networkEditOptions struct {
	*globals
	Name, Lang string
}

func newNetworkEditCmd(g *globals) *cobra.Command {
	opts := &networkEditOptions{globals: g}
	cmd := g.command("network edit", "NAME --lang nl|en", exactArgs(1, "the NAME of a network"), func(cmd *cobra.Command, args []string) error {
		opts.Name = args[0]
		if !cmd.Flags().Changed("lang") {
			return usagef("nothing to change: pass --lang nl or --lang en")
		}
		if err := choice("lang", opts.Lang, i18n.Codes...); err != nil {
			return err
		}
		return runNetworkEdit(cmd.Context(), opts)
	})
	cmd.Flags().StringVar(&opts.Lang, "lang", "", g.L.T("the network's own language, for maps, the report and handouts: nl or en"))
	cmd.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(i18n.Codes, cobra.ShellCompDirectiveNoFileComp))
	cmd.ValidArgsFunction = completeFirstArg(completeNetworks(g))
	return cmd
}

func runNetworkEdit(ctx context.Context, opts *networkEditOptions) error {
	db, err := opts.openDB(ctx, false)
	if err != nil {
		return err
	}
	defer db.Close()
	info, err := db.SetNetworkLang(ctx, opts.Name, opts.Lang)
	if err != nil {
		return err
	}
	if info.Lang == i18n.Dutch {
		opts.L.Fprintln(opts.Out, "Maps, the report and handouts of %s are now made in Dutch.", info.Name)
	} else {
		opts.L.Fprintln(opts.Out, "Maps, the report and handouts of %s are now made in English.", info.Name)
	}
	return nil
}
