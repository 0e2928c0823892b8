package main

import (
	"context"
	"strconv"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/spf13/cobra"
)

func newTieRemoveCmd(g *globals) *cobra.Command {
	var report string
	var yes bool
	cmd := g.Command("tie remove", "ID [--report NAME] [--yes]", cli.ExactArgs(1, "the ID of a tie (kring tie list shows them)"), func(cmd *cobra.Command, args []string) error {
		id, err := strconv.ParseInt(args[0], 10, 64)
		if err != nil || id <= 0 {
			return cli.Usagef("tie ID %q is not a number; kring tie list shows the IDs", args[0])
		}
		return runTieRemove(cmd.Context(), g, id, report, yes)
	})
	cmd.Aliases = []string{"rm"}
	cmd.Flags().StringVar(&report, "report", "", g.L.T("remove only this person's report of the tie; the tie goes when nobody else reported it"))
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, g.L.T("do not ask for confirmation"))
	cmd.RegisterFlagCompletionFunc("report", cli.CompletePeople(g))
	return cmd
}

func runTieRemove(ctx context.Context, g *globals, id int64, report string, yes bool) error {
	db, net, err := g.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	l := g.L
	if report != "" {
		t, gone, err := db.RemoveReport(ctx, net.ID, id, report)
		if err != nil {
			return cli.HintUnknown(err, false)
		}
		if gone {
			l.Fprintln(g.Out, "Removed the report of %s, the only one: tie %s (%s → %s, %s) is gone.", report, strconv.FormatInt(id, 10), t.Giver, t.Receiver, t.Wave)
		} else {
			l.Fprintln(g.Out, "Removed the report of %s from tie %s (%s → %s, %s); the others' reports stay.", report, strconv.FormatInt(id, 10), t.Giver, t.Receiver, t.Wave)
		}
		return nil
	}
	t, err := db.Tie(ctx, net.ID, id)
	if err != nil {
		return err
	}
	what := l.Sprintf("help tie %s (%s → %s, %s)", strconv.FormatInt(id, 10), t.Giver, t.Receiver, t.Wave)
	if t.Contact {
		what = l.Sprintf("contact %s (%s – %s, %s)", strconv.FormatInt(id, 10), t.Giver, t.Receiver, t.Wave)
	}
	if len(t.Reporters) > 1 && !yes {
		ok, err := cli.Confirm(g, l.Sprintf("Remove %s with the reports of %s? To take off one report only, use --report NAME.", what, l.List(t.Reporters)))
		if err != nil {
			return err
		}
		if !ok {
			return cli.ErrNothingChanged
		}
	}
	if _, err := db.RemoveTie(ctx, net.ID, id); err != nil {
		return err
	}
	if len(t.Reporters) > 0 {
		l.Fprintln(g.Out, "Removed %s, reported by %s.", what, l.List(t.Reporters))
	} else {
		l.Fprintln(g.Out, "Removed %s.", what)
	}
	return nil
}
