package main

import (
	"context"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type tieAddOptions struct {
	*globals
	Giver, Receiver string
	Wave            string
	Topic           string
	Reporter        string
	AddNew          bool
}

func newTieAddCmd(g *globals) *cobra.Command {
	opts := &tieAddOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "add GIVER RECEIVER [--wave W] [--topic T]",
		Short: "Add a help tie: GIVER helped RECEIVER",
		Example: `  kring tie add "Pieter de Vries" "Sofie Claes" --topic AI-tools
  kring tie add "Bob Janssens" "Ann Peeters" --wave "Meeting 2" --reporter "Ann Peeters"`,
		Args:              exactArgs(2, "the GIVER and the RECEIVER"),
		ValidArgsFunction: completePeopleArgs(g, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Giver, opts.Receiver = args[0], args[1]
			return runTieAdd(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Wave, "wave", "w", "", "wave of the tie (default: the last wave)")
	f.StringVarP(&opts.Topic, "topic", "t", "", "what the help was about")
	f.StringVar(&opts.Reporter, "reporter", "", "who reported the tie (default: nobody in particular)")
	f.BoolVar(&opts.AddNew, "add-new", false, "add people who are not in the network yet")
	cmd.RegisterFlagCompletionFunc("wave", completeWaves(g))
	cmd.RegisterFlagCompletionFunc("reporter", completePeople(g))
	return cmd
}

func runTieAdd(ctx context.Context, opts *tieAddOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	rec := graph.TieRecord{Giver: opts.Giver, Receiver: opts.Receiver, Reporter: opts.Reporter}
	if opts.Topic != "" {
		rec.Topics = []string{opts.Topic}
	}
	res, err := db.AddTies(ctx, net.ID, []graph.TieRecord{rec}, store.AddOptions{AddNew: opts.AddNew, Wave: opts.Wave, Today: opts.today()})
	if err != nil {
		return hintUnknown(err, true)
	}
	printAdded(opts.Out, res)
	return nil
}
