package main

import (
	"context"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type personEditOptions struct {
	*globals
	Name string
	Edit store.PersonEdit
}

func newPersonEditCmd(g *globals) *cobra.Command {
	opts := &personEditOptions{globals: g}
	var org, function string
	var offers, needs []string
	cmd := g.Command("person edit", "NAME [--org O] [--function F] [--offers T,..] [--needs T,..]", cli.OneName("the NAME of a participant"),
		func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			f := cmd.Flags()
			if f.Changed("org") {
				opts.Edit.Org = &org
			}
			if f.Changed("function") {
				opts.Edit.Function = &function
			}
			if f.Changed("offers") {
				opts.Edit.Offers = &offers
			}
			if f.Changed("needs") {
				opts.Edit.Needs = &needs
			}
			if opts.Edit == (store.PersonEdit{}) {
				return cli.Usagef("nothing to change: pass --org, --function, --offers or --needs")
			}
			return runPersonEdit(cmd.Context(), opts)
		})
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompletePeople(g))
	f := cmd.Flags()
	f.StringVar(&org, "org", "", g.L.T("organisation"))
	f.StringVar(&function, "function", "", g.L.T("function or job title"))
	f.StringSliceVar(&offers, "offers", nil, g.L.T("topics this person can help with, comma-separated (replaces the list)"))
	f.StringSliceVar(&needs, "needs", nil, g.L.T("topics this person wants help with, comma-separated (replaces the list)"))
	return cmd
}

func runPersonEdit(ctx context.Context, opts *personEditOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := db.EditPerson(ctx, net.ID, opts.Name, opts.Edit)
	if err != nil {
		return cli.HintUnknown(err, false)
	}
	opts.L.Fprintln(opts.Out, "%s: organisation %s, function %s, offers %s, needs %s.", p.Name,
		view.OrDash(p.Org), view.OrDash(p.Function), view.OrDash(strings.Join(p.Offers, ", ")), view.OrDash(strings.Join(p.Needs, ", ")))
	return nil
}
