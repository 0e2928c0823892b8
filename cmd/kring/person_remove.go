package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/spf13/cobra"
)

type personRemoveOptions struct {
	*globals
	Name string
	Yes  bool
}

func newPersonRemoveCmd(g *globals) *cobra.Command {
	opts := &personRemoveOptions{globals: g}
	cmd := g.Command("person remove", "NAME", cli.OneName("the NAME of a participant"), func(cmd *cobra.Command, args []string) error {
		opts.Name = args[0]
		return runPersonRemove(cmd.Context(), opts)
	})
	cmd.Aliases = []string{"rm"}
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompletePeople(g))
	cmd.Flags().BoolVarP(&opts.Yes, "yes", "y", false, g.L.T("do not ask for confirmation"))
	return cmd
}

func runPersonRemove(ctx context.Context, opts *personRemoveOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := db.FindPerson(ctx, net.ID, opts.Name)
	if err != nil {
		return cli.HintUnknown(err, false)
	}
	l := opts.L
	if !opts.Yes {
		ok, err := cli.Confirm(opts.globals, l.Sprintf("Erase %s and every tie they are part of from %s? This cannot be undone.", p.Name, net.Name))
		if err != nil {
			return err
		}
		if !ok {
			return cli.ErrNothingChanged
		}
	}
	r, err := db.RemovePerson(ctx, net.ID, p.Name)
	if err != nil {
		return err
	}
	l.Fprintln(opts.Out, "Erased %s with %s, %s and %s about others.", r.Person.Name, l.Sprintf("%d help ties", r.Ties),
		l.Sprintf("%d contacts", r.Contacts), l.Sprintf("%d reports", r.Reports))
	if r.Lingers {
		l.Fprintln(opts.Err, "Other kring commands are using %s: until they end, traces of %s may remain in its log file. Run kring check afterwards to clear them.",
			opts.Display(db.Path()), r.Person.Name)
	}
	return nil
}
