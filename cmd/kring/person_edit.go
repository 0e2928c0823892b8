package main

import (
	"context"
	"fmt"
	"strings"

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
	cmd := &cobra.Command{
		Use:   "edit NAME [--org O] [--function F] [--offers T,..] [--needs T,..]",
		Short: "Change a participant's organisation, function or topics",
		Long: `Change only the fields given. --offers and --needs replace the list; pass an
empty value (--offers "") to clear it.`,
		Example: `  kring person edit "Ann Peeters" --function "HR-manager"
  kring person edit "ann peeters" --offers "loonbeleid,coaching" --needs talentmanagement`,
		Args:              exactArgs(1, "the NAME of a participant"),
		ValidArgsFunction: completeFirstArg(completePeople(g)),
		RunE: func(cmd *cobra.Command, args []string) error {
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
				return usageError{fmt.Errorf("nothing to change: pass --org, --function, --offers or --needs")}
			}
			return runPersonEdit(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&org, "org", "", "organisation")
	f.StringVar(&function, "function", "", "function or job title")
	f.StringSliceVar(&offers, "offers", nil, "topics this person can help with, comma-separated (replaces the list)")
	f.StringSliceVar(&needs, "needs", nil, "topics this person wants help with, comma-separated (replaces the list)")
	return cmd
}

func runPersonEdit(ctx context.Context, opts *personEditOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := db.EditPerson(ctx, net.ID, opts.Name, opts.Edit)
	if err != nil {
		return hintUnknown(err, false)
	}
	fmt.Fprintf(opts.Out, "%s: organisation %s, function %s, offers %s, needs %s.\n", p.Name,
		orDash(p.Org), orDash(p.Function), orDash(strings.Join(p.Offers, ", ")), orDash(strings.Join(p.Needs, ", ")))
	return nil
}
