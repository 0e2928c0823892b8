package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type pairsOptions struct {
	*globals
	Rounds int
	Size   int
	Absent []string
	Seed   uint64
	Format formatFlag
}

func newPairsCmd(g *globals) *cobra.Command {
	opts := &pairsOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "pairs --rounds N [--size 2|3] [--absent NAME,..]",
		Short: "Plan speed-dating rounds between people who do not know each other yet",
		Long: `Plan N speed-dating rounds: every round seats everyone once, in pairs (one
trio when the count is odd) or, with --size 3, in trios; nobody meets the same
person twice. As many pairs of strangers as possible meet (no help tie either
way and no contact in any wave), then pairs across organisations (or, for
people without one, communities), then people who only give with people who
only ask.

kring says how many stranger pairs the schedule covers, against the most any
schedule of these rounds could, and against a plain round-robin rotation.
--absent leaves out people who are not there.`,
		Example: `  kring pairs --rounds 4
  kring pairs --rounds 3 --size 3 --absent "Eve Maes,Dirk Wouters"
  kring pairs --rounds 6 --format json > rounds.json`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Rounds < 1 {
				return usageError{fmt.Errorf("give the number of rounds with --rounds N (at least 1)")}
			}
			if opts.Size != 2 && opts.Size != 3 {
				return usageError{fmt.Errorf("--size %d: people meet in pairs (2) or trios (3)", opts.Size)}
			}
			return runPairs(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.IntVarP(&opts.Rounds, "rounds", "r", 0, "number of rounds")
	f.IntVar(&opts.Size, "size", 2, "people per group: 2 or 3")
	f.StringSliceVar(&opts.Absent, "absent", nil, "people who are not there (comma-separated)")
	f.Uint64Var(&opts.Seed, "seed", 1, "another seed gives another schedule of the same quality")
	addFormatFlag(cmd, &opts.Format)
	cmd.RegisterFlagCompletionFunc("absent", completePeople(g))
	cmd.RegisterFlagCompletionFunc("size", cobra.FixedCompletions([]string{"2", "3"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// pairsJSON is the JSON of pairs.
type pairsJSON struct {
	Rounds             [][][]string `json:"rounds"`
	StrangerPairs      int          `json:"stranger_pairs"`
	MaxStrangerPairs   int          `json:"max_stranger_pairs"`
	RoundRobinStranger *int         `json:"round_robin_stranger_pairs"`
	CrossPairs         int          `json:"cross_pairs"`
	GiverAskerPairs    int          `json:"giver_asker_pairs"`
}

func runPairs(ctx context.Context, opts *pairsOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	absent := map[int64]bool{}
	for _, name := range opts.Absent {
		p, err := db.FindPerson(ctx, net.ID, name)
		if err != nil {
			return hintUnknown(err, false)
		}
		absent[p.ID] = true
	}
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	present := *n
	present.People = slices.DeleteFunc(slices.Clone(n.People), func(p graph.Person) bool { return absent[p.ID] })
	present.Ties = slices.DeleteFunc(slices.Clone(n.Ties), func(t graph.Tie) bool { return absent[t.Giver] || absent[t.Receiver] })
	present.Contacts = slices.DeleteFunc(slices.Clone(n.Contacts), func(c graph.Contact) bool { return absent[c.A] || absent[c.B] })
	if len(present.People) < opts.Size {
		return fmt.Errorf("%s to seat: add people with kring person add NAME", count(len(present.People), "person", "people"))
	}
	s, err := analysis.Pairs(&present, analysis.PairOptions{Rounds: opts.Rounds, Size: opts.Size, Seed: opts.Seed})
	switch {
	case errors.Is(err, analysis.ErrTooManyRounds):
		return usageError{fmt.Errorf("%v; use fewer rounds", err)}
	case errors.Is(err, analysis.ErrTooManyPeople):
		return fmt.Errorf("speed-dating rounds are planned for the people in a room: at most %s, and %s has %s; leave out who is not there with --absent",
			thousands(analysis.MaxPairPeople), n.Name, count(len(present.People), "person", "people"))
	case err != nil:
		return err
	}
	name := func(i int) string { return present.People[i].Name }
	switch opts.Format {
	case "json":
		out := pairsJSON{StrangerPairs: s.StrangerPairs, MaxStrangerPairs: s.MaxStrangerPairs, CrossPairs: s.CrossPairs, GiverAskerPairs: s.GiverAskerPairs}
		if opts.Size == 2 {
			out.RoundRobinStranger = &s.RoundRobinPairs
		}
		for _, round := range s.Rounds {
			var r [][]string
			for _, g := range round {
				var names []string
				for _, i := range g {
					names = append(names, name(i))
				}
				r = append(r, names)
			}
			out.Rounds = append(out.Rounds, r)
		}
		return writeJSON(opts.Out, out)
	case "csv":
		w := csvTable(opts.Out, []string{"round", "group", "name"})
		for r, round := range s.Rounds {
			for k, g := range round {
				for _, i := range g {
					w.Write(csvio.Int(r+1), csvio.Int(k+1), csvio.Text(name(i)))
				}
			}
		}
		return w.Flush()
	}
	kind := "pairs"
	if opts.Size == 3 {
		kind = "trios"
	}
	fmt.Fprintf(opts.Out, "Speed-dating in %s: %s, %s of %s\n", n.Name, count(len(present.People), "person", "people"),
		count(opts.Rounds, "round", "rounds"), kind)
	for r, round := range s.Rounds {
		fmt.Fprintf(opts.Out, "\nRound %d\n", r+1)
		t := newTable(opts.Out)
		for k, g := range round {
			var names []string
			for _, i := range g {
				names = append(names, name(i))
			}
			t.row(fmt.Sprintf("  %d", k+1), strings.Join(names, " – "), groupReason(s.Group(g)))
		}
		t.flush()
	}
	fmt.Fprintf(opts.Out, "\nStrangers who meet: %d of at most %d", s.StrangerPairs, s.MaxStrangerPairs)
	if opts.Size == 2 {
		fmt.Fprintf(opts.Out, " (a plain round-robin rotation: %d)", s.RoundRobinPairs)
	}
	fmt.Fprintf(opts.Out, ". Across organisations or communities: %d. Only-givers with only-askers: %d.\n", s.CrossPairs, s.GiverAskerPairs)
	return nil
}

// groupReason says why a group is a good one: which of its pairs are
// strangers, across organisations (or communities), or a giver with an asker.
func groupReason(gp analysis.GroupPairs) string {
	var parts []string
	switch {
	case gp.Strangers == gp.Pairs:
		parts = append(parts, "strangers")
	case gp.Strangers > 0:
		parts = append(parts, fmt.Sprintf("%d of %d pairs strangers", gp.Strangers, gp.Pairs))
	default:
		parts = append(parts, "know each other")
	}
	if gp.Cross > 0 {
		parts = append(parts, "across organisations or communities")
	}
	if gp.GiverAsker > 0 {
		parts = append(parts, "a giver meets an asker")
	}
	return strings.Join(parts, ", ")
}
