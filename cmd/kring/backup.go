package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

func newBackupCmd(g *globals) *cobra.Command {
	return g.Command("backup", "FILE", cli.ExactArgs(1, "the FILE to write the copy to"), func(cmd *cobra.Command, args []string) error {
		return runBackup(cmd.Context(), g, args[0])
	})
}

func runBackup(ctx context.Context, g *globals, file string) error {
	db, err := g.OpenDB(ctx, false)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Backup(ctx, file); err != nil {
		return err
	}
	cp, err := store.Open(ctx, file, store.Options{ReadOnly: true})
	if err != nil {
		return graph.Errorf(graph.EINVALID, "the backup %s cannot be read back (%v); try again", file, err)
	}
	defer cp.Close()
	h, err := cp.Check(ctx)
	if err != nil || !h.Sound() {
		return graph.Errorf(graph.EINVALID, "the backup %s does not pass the integrity check (%v); try again", file, err)
	}
	l := g.L
	l.Fprintln(g.Out, "Backed up %s to %s: %s, %s, %s; checked. It holds personal data: keep it safe.", g.Display(db.Path()), file,
		l.Sprintf("%d networks", h.Networks), l.Sprintf("%d people", h.People), l.Sprintf("%d ties", h.Ties))
	return nil
}
