package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/spf13/cobra"
)

func newNetworkEditCmd(g *globals) *cobra.Command {
	var lang string
	cmd := g.Command("network edit", "NAME --lang nl|en", cli.ExactArgs(1, "the NAME of a network"), func(cmd *cobra.Command, args []string) error {
		if !cmd.Flags().Changed("lang") {
			return cli.Usagef("nothing to change: pass --lang nl or --lang en")
		}
		if err := cli.Choice("lang", lang, i18n.Codes...); err != nil {
			return err
		}
		return runNetworkEdit(cmd.Context(), g, args[0], lang)
	})
	cmd.Flags().StringVar(&lang, "lang", "", g.L.T("the network's own language, for maps, the report and handouts: nl or en"))
	cmd.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(i18n.Codes, cobra.ShellCompDirectiveNoFileComp))
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompleteNetworks(g))
	return cmd
}

func runNetworkEdit(ctx context.Context, g *globals, name, lang string) error {
	db, err := g.OpenDB(ctx, false)
	if err != nil {
		return err
	}
	defer db.Close()
	info, err := db.SetNetworkLang(ctx, name, lang)
	if err != nil {
		return err
	}
	if info.Lang == i18n.Dutch {
		g.L.Fprintln(g.Out, "Maps, the report and handouts of %s are now made in Dutch.", info.Name)
	} else {
		g.L.Fprintln(g.Out, "Maps, the report and handouts of %s are now made in English.", info.Name)
	}
	return nil
}

func newNetworkRenameCmd(g *globals) *cobra.Command {
	cmd := g.Command("network rename", "NAME NEW-NAME", cli.ExactArgs(2, "the NAME of a network and its NEW-NAME"), func(cmd *cobra.Command, args []string) error {
		db, err := g.OpenDB(cmd.Context(), false)
		if err != nil {
			return err
		}
		defer db.Close()
		old, err := db.RenameNetwork(cmd.Context(), args[0], args[1])
		if err != nil {
			return err
		}
		g.L.Fprintln(g.Out, "Renamed network %q to %q.", old.Name, args[1])
		return nil
	})
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompleteNetworks(g))
	return cmd
}

func newNetworkRemoveCmd(g *globals) *cobra.Command {
	var yes bool
	cmd := g.Command("network remove", "NAME [--yes]", cli.ExactArgs(1, "the NAME of a network"), func(cmd *cobra.Command, args []string) error {
		ctx := cmd.Context()
		db, err := g.OpenDB(ctx, false)
		if err != nil {
			return err
		}
		defer db.Close()
		net, err := db.Network(ctx, args[0])
		if err != nil {
			return err
		}
		nets, err := db.Networks(ctx)
		if err != nil {
			return err
		}
		for _, n := range nets {
			if n.ID == net.ID {
				net = n
			}
		}
		l := g.L
		what := l.Sprintf("network %q with %s, %s and %s", net.Name, l.Sprintf("%d people", net.People), l.Sprintf("%d waves", net.Waves),
			l.Sprintf("%d help tie records", net.Ties))
		if !yes {
			ok, err := cli.Confirm(g, l.Sprintf("Remove %s? kring undo can put it back.", what))
			if err != nil {
				return err
			}
			if !ok {
				return cli.ErrNothingChanged
			}
		}
		if _, err := db.RemoveNetwork(ctx, net.Name); err != nil {
			return err
		}
		l.Fprintln(g.Out, "Removed %s.", what)
		return nil
	})
	cmd.Aliases = []string{"rm"}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, g.L.T("do not ask for confirmation"))
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompleteNetworks(g))
	return cmd
}
