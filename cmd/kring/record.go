package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type recordOptions struct {
	*globals
	Me      string
	Asked   []string
	Gave    []string
	Contact []string
	Wave    string
	Topic   string
	AddNew  bool
	Replace bool
}

func newRecordCmd(g *globals) *cobra.Command {
	opts := &recordOptions{globals: g}
	cmd := g.Command("record", "ME [--asked A,B] [--gave C] [--contact D] [--wave W] [--topic T] [--add-new] [--replace]", cli.OneName("ME, the name of the participant who records"),
		func(cmd *cobra.Command, args []string) error {
			opts.Me = args[0]
			opts.Asked, opts.Gave, opts.Contact = cli.SplitNames(opts.Asked), cli.SplitNames(opts.Gave), cli.SplitNames(opts.Contact)
			if len(opts.Asked)+len(opts.Gave)+len(opts.Contact) == 0 && !opts.Replace {
				return cli.Usagef("nothing to record for %s: pass --asked, --gave or --contact", opts.Me)
			}
			return runRecord(cmd.Context(), opts)
		})
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompletePeople(g))
	f := cmd.Flags()
	f.StringSliceVar(&opts.Asked, "asked", nil, g.L.T("people ME asked for help or information (comma-separated)"))
	f.StringSliceVar(&opts.Gave, "gave", nil, g.L.T("people ME gave help or information to (comma-separated)"))
	f.StringSliceVar(&opts.Contact, "contact", nil, g.L.T("people ME knows or works with, no help either way (comma-separated)"))
	f.StringVarP(&opts.Wave, "wave", "w", "", g.L.T("wave to record in (default: the last wave)"))
	f.StringVarP(&opts.Topic, "topic", "t", "", g.L.T("what the help was about"))
	f.BoolVar(&opts.AddNew, "add-new", false, g.L.T("add people who are not in the network yet"))
	f.BoolVar(&opts.Replace, "replace", false, g.L.T("replace ME's answers of the wave with these (ties only ME reported go)"))
	for _, name := range []string{"asked", "gave", "contact"} {
		cmd.RegisterFlagCompletionFunc(name, cli.CompletePeople(g))
	}
	cmd.RegisterFlagCompletionFunc("wave", cli.CompleteWaves(g))
	return cmd
}

func runRecord(ctx context.Context, opts *recordOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	var topics []string
	if opts.Topic != "" {
		topics = []string{opts.Topic}
	}
	var recs []graph.TieRecord
	for _, a := range opts.Asked {
		recs = append(recs, graph.TieRecord{Giver: a, Receiver: opts.Me, Topics: topics, Reporter: opts.Me})
	}
	for _, c := range opts.Gave {
		recs = append(recs, graph.TieRecord{Giver: opts.Me, Receiver: c, Topics: topics, Reporter: opts.Me})
	}
	for _, c := range opts.Contact {
		recs = append(recs, graph.TieRecord{Contact: true, Giver: opts.Me, Receiver: c, Reporter: opts.Me})
	}
	res, err := db.Answer(ctx, net.ID, opts.Me, recs, store.AddOptions{AddNew: opts.AddNew, Wave: opts.Wave, Today: opts.Today()}, opts.Replace)
	if err != nil {
		return cli.HintUnknown(err, true)
	}
	if opts.Replace {
		opts.L.Fprintln(opts.Out, "Replaced %s's answers of %s (%s).", opts.Me, res.Wave.Name, opts.L.Sprintf("%d earlier reports", res.Withdrawn))
	}
	view.WriteAdded(opts.Out, opts.L, res.AddResult)
	cli.NearMatches(ctx, opts.globals, db, net.ID, res.NewPeople)
	return nil
}
