package main

import (
	"context"
	"slices"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"

	"github.com/spf13/cobra"
)

type tieListOptions struct {
	*globals
	Scope            cli.ScopeFlags
	Contacts         bool
	Person, Reporter string
	Format           cli.FormatFlag
}

func newTieListCmd(g *globals) *cobra.Command {
	opts := &tieListOptions{globals: g}
	cmd := g.Command("tie list", "[--wave W | --upto W] [--person P] [--reporter R] [--contacts]", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		if err := opts.Scope.Check(); err != nil {
			return err
		}
		return runTieList(cmd.Context(), opts)
	})
	cmd.Aliases = []string{"ls"}
	g.AddScopeFlags(cmd, &opts.Scope)
	cmd.Flags().BoolVar(&opts.Contacts, "contacts", false, g.L.T("list contacts instead of help ties"))
	cmd.Flags().StringVar(&opts.Person, "person", "", g.L.T("only the ties of this person (as either end)"))
	cmd.Flags().StringVar(&opts.Reporter, "reporter", "", g.L.T("only the ties this person reported"))
	cmd.RegisterFlagCompletionFunc("person", cli.CompletePeople(g))
	cmd.RegisterFlagCompletionFunc("reporter", cli.CompletePeople(g))
	g.AddFormatFlag(cmd, &opts.Format)
	return cmd
}

func runTieList(ctx context.Context, opts *tieListOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, sc, err := opts.Scope.LoadScoped(ctx, db, net.ID)
	if err != nil {
		return err
	}
	var person, reporter int64
	for _, f := range []struct {
		name string
		id   *int64
	}{{opts.Person, &person}, {opts.Reporter, &reporter}} {
		if f.name != "" {
			p, err := db.FindPerson(ctx, net.ID, f.name)
			if err != nil {
				return cli.HintUnknown(err, false)
			}
			*f.id = p.ID
		}
	}
	rows := cli.TieRows(n, opts.Contacts, func(a, b int64, reporters []int64) bool {
		return (person == 0 || a == person || b == person) && (reporter == 0 || slices.Contains(reporters, reporter))
	})
	return cli.WriteTieRows(opts.Out, opts.L, string(opts.Format), rows, opts.Contacts, person != 0 || reporter != 0, net.Name, sc)
}
