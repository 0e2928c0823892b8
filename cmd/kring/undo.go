package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"

	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/spf13/cobra"
)

func newUndoCmd(g *globals) *cobra.Command {
	var yes bool
	cmd := g.Command("undo", "[--yes]", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		return runUndo(cmd.Context(), g, yes)
	})
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, g.L.T("do not ask for confirmation"))
	return cmd
}

func runUndo(ctx context.Context, g *globals, yes bool) error {
	db, err := g.OpenDB(ctx, false)
	if err != nil {
		return err
	}
	defer db.Close()
	last, err := db.History(ctx, 1)
	if err != nil {
		return err
	}
	if len(last) == 0 {
		g.L.Fprintln(g.Out, "Nothing to undo: kring keeps no changes yet.")
		return nil
	}
	what := view.ChangeLine(g.L, last[0])
	if !yes {
		ok, err := cli.Confirm(g, g.L.Sprintf("Undo the last change, %s?", what))
		if err != nil {
			return err
		}
		if !ok {
			return cli.ErrNothingChanged
		}
	}
	c, err := db.Undo(ctx, g.Who())
	if err != nil {
		return err
	}
	g.L.Fprintln(g.Out, "Undone: %s. To put it back, run kring undo again.", view.ChangeLine(g.L, c))
	return nil
}

func newLogCmd(g *globals) *cobra.Command {
	var limit int
	var format cli.FormatFlag
	cmd := g.Command("log", "[--limit N]", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		db, err := g.OpenDB(cmd.Context(), false)
		if err != nil {
			return err
		}
		defer db.Close()
		changes, err := db.History(cmd.Context(), limit)
		if err != nil {
			return err
		}
		switch format {
		case "json":
			return cli.WriteJSON(g.Out, cli.NonNil(changes))
		case "csv":
			w := cli.CSVTable(g.Out, []string{"id", "at", "network", "who", "what", "undoes", "rows"})
			for _, c := range changes {
				w.Write(cli.Cell(int(c.ID)), cli.Cell(c.At), cli.Cell(c.Network), cli.Cell(c.Who), cli.Cell(c.What), cli.Cell(int(c.Undoes)), cli.Cell(c.Rows))
			}
			return w.Flush()
		}
		return view.WriteLog(g.Out, g.L, changes)
	})
	cmd.Flags().IntVar(&limit, "limit", 20, g.L.T("how many changes to list, newest first"))
	g.AddFormatFlag(cmd, &format)
	return cmd
}
