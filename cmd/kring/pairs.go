package main

import (
	"context"
	"errors"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/spf13/cobra"
)

type pairsOptions struct {
	*globals
	Rounds int
	Size   int
	Absent []string
	Seed   uint64
	Format cli.FormatFlag
}

func newPairsCmd(g *globals) *cobra.Command {
	opts := &pairsOptions{globals: g}
	cmd := g.Command("pairs", "--rounds N [--size 2|3] [--absent NAME,..]", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		if opts.Rounds < 1 {
			return cli.Usagef("give the number of rounds with --rounds N (at least 1)")
		}
		if opts.Size != 2 && opts.Size != 3 {
			return cli.Usagef("--size %d: people meet in pairs (2) or trios (3)", opts.Size)
		}
		return runPairs(cmd.Context(), opts)
	})
	l, f := g.L, cmd.Flags()
	f.IntVarP(&opts.Rounds, "rounds", "r", 0, l.T("number of rounds"))
	f.IntVar(&opts.Size, "size", 2, l.T("people per group: 2 or 3"))
	f.StringSliceVar(&opts.Absent, "absent", nil, l.T("people who are not there (comma-separated)"))
	f.Uint64Var(&opts.Seed, "seed", 1, l.T("another seed gives another schedule of the same quality"))
	g.AddFormatFlag(cmd, &opts.Format)
	cmd.RegisterFlagCompletionFunc("absent", cli.CompletePeople(g))
	cmd.RegisterFlagCompletionFunc("size", cobra.FixedCompletions([]string{"2", "3"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runPairs(ctx context.Context, opts *pairsOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	absent := map[int64]bool{}
	for _, name := range cli.SplitNames(opts.Absent) {
		p, err := db.FindPerson(ctx, net.ID, name)
		if err != nil {
			return cli.HintUnknown(err, false)
		}
		absent[p.ID] = true
	}
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	l := opts.L
	if len(opts.Absent) == 0 && len(n.Waves) > 0 {
		// Who was marked absent in the last wave is not there, unless --absent says otherwise.
		last := n.Waves[len(n.Waves)-1]
		var away []string
		for _, m := range n.Marks {
			if m.Wave == last.ID && !m.Present {
				absent[m.Person] = true
				p, _ := n.Person(m.Person)
				away = append(away, p.Name)
			}
		}
		if len(away) > 0 {
			l.Fprintln(opts.Err, "Left out, marked absent in %s: %s (--absent names others).", last.Name, l.List(away))
		}
	}
	present := n.Without(absent)
	if len(present.People) < opts.Size {
		return graph.Errorf(graph.EINVALID, "%s to seat: add people with kring person add NAME", view.People(l, len(present.People)))
	}
	s, err := analysis.Pairs(present, analysis.PairOptions{Rounds: opts.Rounds, Size: opts.Size, Seed: opts.Seed})
	switch {
	case errors.Is(err, analysis.ErrTooManyRounds):
		return cli.Usagef("%d people meet in at most %d rounds without anyone meeting twice; use fewer rounds",
			len(present.People), analysis.MaxRounds(len(present.People), opts.Size))
	case errors.Is(err, analysis.ErrTooManyPeople):
		return graph.Errorf(graph.EINVALID, "speed-dating rounds are planned for the people in a room: at most %d, and %s has %d; leave out who is not there with --absent",
			analysis.MaxPairPeople, n.Name, len(present.People))
	case err != nil:
		return err
	}
	if opts.Format != "table" {
		return cli.WritePairsData(opts.Out, string(opts.Format), s, present.People, opts.Size)
	}
	return view.WritePairs(opts.Out, l, n.Name, present.People, opts.Size, s)
}
