package main

import (
	"context"
	"fmt"
	"io"
	"strings"

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
}

func newRecordCmd(g *globals) *cobra.Command {
	opts := &recordOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "record ME [--asked A,B] [--gave C] [--contact D] [--wave W] [--topic T] [--add-new]",
		Short: "Record whom you asked, whom you gave help to, and whom you know",
		Long: `The mapping exercise of a learning network: after a meeting, each participant
records whom they asked for help or information, whom they gave it to, and
whom they only know or work with.

"ME asked A" stores the help tie A → ME; "ME gave to C" stores ME → C; a
contact is undirected. A tie recorded from both ends (Ann says she asked Bob,
Bob says he gave to Ann) is one tie, marked confirmed. Recording the same tie
again changes nothing.

Names are matched case-, accent- and white-space-insensitively. An unknown
name is an error that names the closest known people; --add-new adds unknown
people instead. Ties go to the last wave unless --wave says otherwise.`,
		Example: `  kring record "Ann Peeters" --asked "Bob Janssens" --gave "Carla De Smet,Dirk Wouters" --contact "Eve Maes"
  kring record "jurgen van der hagen" --asked "Dirk Wouters" --topic roosterplanning --wave "Meeting 2"
  kring record "Noor El Amrani" --gave "Bram Vermeulen" --add-new`,
		Args:              exactArgs(1, "ME, the name of the participant who records"),
		ValidArgsFunction: completeFirstArg(completePeople(g)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Me = args[0]
			if len(opts.Asked)+len(opts.Gave)+len(opts.Contact) == 0 {
				return usageError{fmt.Errorf("nothing to record for %s: pass --asked, --gave or --contact", opts.Me)}
			}
			return runRecord(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringSliceVar(&opts.Asked, "asked", nil, "people ME asked for help or information (comma-separated)")
	f.StringSliceVar(&opts.Gave, "gave", nil, "people ME gave help or information to (comma-separated)")
	f.StringSliceVar(&opts.Contact, "contact", nil, "people ME knows or works with, no help either way (comma-separated)")
	f.StringVarP(&opts.Wave, "wave", "w", "", "wave to record in (default: the last wave)")
	f.StringVarP(&opts.Topic, "topic", "t", "", "what the help was about")
	f.BoolVar(&opts.AddNew, "add-new", false, "add people who are not in the network yet")
	for _, name := range []string{"asked", "gave", "contact"} {
		cmd.RegisterFlagCompletionFunc(name, completePeople(g))
	}
	cmd.RegisterFlagCompletionFunc("wave", completeWaves(g))
	return cmd
}

func runRecord(ctx context.Context, opts *recordOptions) error {
	db, net, err := opts.openNetwork(ctx)
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
	res, err := db.AddTies(ctx, net.ID, recs, store.AddOptions{AddNew: opts.AddNew, Wave: opts.Wave, Today: opts.today()})
	if err != nil {
		return hintUnknown(err, true)
	}
	printAdded(opts.Out, res)
	nearMatches(ctx, opts.Out, db, net.ID, res.NewPeople)
	return nil
}

// printAdded tells what AddTies stored.
func printAdded(w io.Writer, res store.AddResult) {
	for _, wv := range res.NewWaves {
		fmt.Fprintf(w, "Started wave %q.\n", wv.Name)
	}
	if len(res.NewPeople) > 0 {
		fmt.Fprintf(w, "Added to the network: %s.\n", strings.Join(res.NewPeople, ", "))
	}
	t := newTable(w)
	for _, a := range res.Ties {
		arrow := "→"
		if a.Contact {
			arrow = "–"
		}
		what := "help tie"
		if a.Contact {
			what = "contact"
		}
		status := map[store.TieStatus]string{
			store.TieNew:       "new",
			store.TieKnown:     "already recorded",
			store.TieConfirmed: "now confirmed by both",
			store.TieReported:  "recorded by one more",
		}[a.Status]
		t.row("  "+a.Giver+" "+arrow+" "+a.Receiver, what, "wave "+a.Wave, status)
	}
	t.flush()
}
