package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/spf13/cobra"
)

func newUndoCmd(g *globals) *cobra.Command {
	var yes bool
	cmd := g.command("undo", "[--yes]", exactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		return runUndo(cmd.Context(), g, yes)
	})
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, g.L.T("do not ask for confirmation"))
	return cmd
}

func runUndo(ctx context.Context, g *globals, yes bool) error {
	db, err := g.openDB(ctx, false)
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
		ok, err := confirm(g, g.L.Sprintf("Undo the last change, %s?", what))
		if err != nil {
			return err
		}
		if !ok {
			return errNothingChanged
		}
	}
	c, err := db.Undo(ctx, g.who())
	if err != nil {
		return err
	}
	g.L.Fprintln(g.Out, "Undone: %s. To put it back, run kring undo again.", view.ChangeLine(g.L, c))
	return nil
}

func newLogCmd(g *globals) *cobra.Command {
	var limit int
	var format formatFlag
	cmd := g.command("log", "[--limit N]", exactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		db, err := g.openDB(cmd.Context(), false)
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
			return writeJSON(g.Out, nonNil(changes))
		case "csv":
			w := csvTable(g.Out, []string{"id", "at", "network", "who", "what", "undoes", "rows"})
			for _, c := range changes {
				w.Write(cell(int(c.ID)), cell(c.At), cell(c.Network), cell(c.Who), cell(c.What), cell(int(c.Undoes)), cell(c.Rows))
			}
			return w.Flush()
		}
		return view.WriteLog(g.Out, g.L, changes)
	})
	cmd.Flags().IntVar(&limit, "limit", 20, g.L.T("how many changes to list, newest first"))
	g.addFormatFlag(cmd, &format)
	return cmd
}
