package main

import (
	"context"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/graph"
	"github.com/spf13/cobra"
)

type personAddOptions struct {
	*globals
	Names    []string
	Org      string
	Function string
	Offers   []string
	Needs    []string
	Several  bool
}

func newPersonAddCmd(g *globals) *cobra.Command {
	opts := &personAddOptions{globals: g}
	args := func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return cli.Usagef("kring person add needs at least one NAME")
		}
		return nil
	}
	cmd := g.Command("person add", "NAME [NAME...]", args, func(cmd *cobra.Command, args []string) error {
		if cli.LooksLikeOneName(args) && !opts.Several {
			return cli.Usagef("%s looks like one name typed without quotes. For one person, quote it: kring person add %q. To add each word as a person of its own, add --several",
				strings.Join(args, " "), strings.Join(args, " "))
		}
		opts.Names = args
		return runPersonAdd(cmd.Context(), opts)
	})
	f := cmd.Flags()
	f.StringVar(&opts.Org, "org", "", g.L.T("organisation"))
	f.StringVar(&opts.Function, "function", "", g.L.T("function or job title"))
	f.StringSliceVar(&opts.Offers, "offers", nil, g.L.T("topics this person can help with, comma-separated"))
	f.StringSliceVar(&opts.Needs, "needs", nil, g.L.T("topics this person wants help with, comma-separated"))
	f.BoolVar(&opts.Several, "several", false, g.L.T("the NAMEs are several people, each one word"))
	return cmd
}

func runPersonAdd(ctx context.Context, opts *personAddOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	recs := make([]graph.PersonRecord, len(opts.Names))
	for i, n := range opts.Names {
		recs[i] = graph.PersonRecord{Name: n, Org: opts.Org, Function: opts.Function, Offers: opts.Offers, Needs: opts.Needs}
	}
	added, err := db.AddPeople(ctx, net.ID, recs)
	if err != nil {
		return err
	}
	var addedNames []string
	for _, p := range added {
		if p.Org != "" {
			opts.L.Fprintln(opts.Out, "Added %s (%s) to %s.", p.Name, p.Org, net.Name)
		} else {
			opts.L.Fprintln(opts.Out, "Added %s to %s.", p.Name, net.Name)
		}
		addedNames = append(addedNames, p.Name)
	}
	cli.NearMatches(ctx, opts.globals, db, net.ID, addedNames)
	return nil
}
