package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
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
	cmd := g.Command("tie add", "GIVER RECEIVER [--wave W] [--topic T]", cli.ExactArgs(2, "the GIVER and the RECEIVER"), func(cmd *cobra.Command, args []string) error {
		opts.Giver, opts.Receiver = args[0], args[1]
		return runTieAdd(cmd.Context(), opts)
	})
	cmd.ValidArgsFunction = cli.CompletePeopleArgs(g, 2)
	f := cmd.Flags()
	f.StringVarP(&opts.Wave, "wave", "w", "", g.L.T("wave of the tie (default: the last wave)"))
	f.StringVarP(&opts.Topic, "topic", "t", "", g.L.T("what the help was about"))
	f.StringVar(&opts.Reporter, "reporter", "", g.L.T("who reported the tie (default: nobody in particular)"))
	f.BoolVar(&opts.AddNew, "add-new", false, g.L.T("add people who are not in the network yet"))
	cmd.RegisterFlagCompletionFunc("wave", cli.CompleteWaves(g))
	cmd.RegisterFlagCompletionFunc("reporter", cli.CompletePeople(g))
	return cmd
}

func runTieAdd(ctx context.Context, opts *tieAddOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	rec := graph.TieRecord{Giver: opts.Giver, Receiver: opts.Receiver, Reporter: opts.Reporter}
	if opts.Topic != "" {
		rec.Topics = []string{opts.Topic}
	}
	res, err := db.AddTies(ctx, net.ID, []graph.TieRecord{rec}, store.AddOptions{AddNew: opts.AddNew, Wave: opts.Wave, Today: opts.Today()})
	if err != nil {
		return cli.HintUnknown(err, true)
	}
	view.WriteAdded(opts.Out, opts.L, res)
	return nil
}
