package main

import (
	"context"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/spf13/cobra"
)

func newPersonMergeCmd(g *globals) *cobra.Command {
	cmd := g.Command("person merge", "NAME INTO-NAME", cli.ExactArgs(2, "the NAME to merge and the INTO-NAME to keep"), func(cmd *cobra.Command, args []string) error {
		return runPersonMerge(cmd.Context(), g, args[0], args[1])
	})
	cmd.ValidArgsFunction = cli.CompletePeopleArgs(g, 2)
	return cmd
}

func runPersonMerge(ctx context.Context, g *globals, from, into string) error {
	db, net, err := g.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	m, err := db.MergePeople(ctx, net.ID, from, into)
	if err != nil {
		return err
	}
	l := g.L
	var parts []string
	if m.Moved > 0 {
		parts = append(parts, l.Sprintf("%d ties moved", m.Moved))
	}
	if m.Combined > 0 {
		parts = append(parts, l.Sprintf("%d ties joined with the same ties %s had", m.Combined, m.Into.Name))
	}
	if m.Dropped > 0 {
		parts = append(parts, l.Sprintf("%d ties between the two dropped", m.Dropped))
	}
	if len(parts) == 0 {
		parts = append(parts, l.T("no ties to move"))
	}
	l.Fprintln(g.Out, "Merged %s into %s: %s. %q now also finds %s.", m.From.Name, m.Into.Name, strings.Join(parts, ", "), m.From.Name, m.Into.Name)
	if m.Topics > 0 || m.Reports > 0 {
		l.Fprintln(g.Out, "%s now also holds %s and %s of %s.", m.Into.Name, l.Sprintf("%d topics", m.Topics), l.Sprintf("%d reports", m.Reports), m.From.Name)
	}
	return nil
}
