package main

import (
	"context"
	"fmt"

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
}

func newPersonAddCmd(g *globals) *cobra.Command {
	opts := &personAddOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "add NAME [NAME...]",
		Short: "Add participants to the network",
		Long: `Add one or more participants. The organisation, function and topics apply to
every name given. Topics are what a person can help with (--offers) and
wants help with (--needs), comma-separated.`,
		Example: `  kring person add "Ann Peeters" --org "Gemeente Zeedorp" --function "HR-adviseur"
  kring person add "Jürgen Van der Hagen" --offers "roosterplanning,EPD" --needs data-analyse
  kring person add "Bob Janssens" "Carla De Smet" "Dirk Wouters"`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{fmt.Errorf("kring person add needs at least one NAME")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Names = args
			return runPersonAdd(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Org, "org", "", "organisation")
	f.StringVar(&opts.Function, "function", "", "function or job title")
	f.StringSliceVar(&opts.Offers, "offers", nil, "topics this person can help with, comma-separated")
	f.StringSliceVar(&opts.Needs, "needs", nil, "topics this person wants help with, comma-separated")
	return cmd
}

func runPersonAdd(ctx context.Context, opts *personAddOptions) error {
	db, net, err := opts.openNetwork(ctx)
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
	for _, p := range added {
		fmt.Fprintf(opts.Out, "Added %s", p.Name)
		if p.Org != "" {
			fmt.Fprintf(opts.Out, " (%s)", p.Org)
		}
		fmt.Fprintf(opts.Out, " to %s.\n", net.Name)
	}
	var addedNames []string
	for _, p := range added {
		addedNames = append(addedNames, p.Name)
	}
	nearMatches(ctx, opts.Out, db, net.ID, addedNames)
	return nil
}
