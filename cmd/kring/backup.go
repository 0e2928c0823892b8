package main

import (
	"context"
	"fmt"

	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type backupOptions struct {
	*globals
	File string
}

func newBackupCmd(g *globals) *cobra.Command {
	opts := &backupOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "backup FILE",
		Short: "Copy the whole database, consistently, to FILE",
		Long: `Copy the whole database (every network) to FILE with SQLite's VACUUM INTO: a
consistent copy even while others record ties, compact, and written with mode
0600 as it holds personal data. An existing FILE is replaced, only once the
copy is complete. The copy is checked, and is a kring database of its own:
use it with --db FILE, or copy it back in place of the database to restore.`,
		Example: `  kring backup kring-2026-11-21.db
  kring --db netwerk.db backup /media/usb/netwerk-backup.db`,
		Args: exactArgs(1, "the FILE to write the copy to"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			return runBackup(cmd.Context(), opts)
		},
	}
	return cmd
}

func runBackup(ctx context.Context, opts *backupOptions) error {
	db, err := opts.openDB(ctx, false)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.Backup(ctx, opts.File); err != nil {
		return err
	}
	cp, err := store.Open(ctx, opts.File, store.Options{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("the backup %s cannot be read back: %w", opts.File, err)
	}
	defer cp.Close()
	h, err := cp.Check(ctx)
	if err != nil || !h.Sound() {
		return fmt.Errorf("the backup %s does not pass the integrity check (%v); try again", opts.File, err)
	}
	fmt.Fprintf(opts.Out, "Backed up %s to %s: %s, %s, %s; checked. It holds personal data: keep it safe.\n", opts.display(db.Path()), opts.File,
		opts.L.Sprintf("%d networks", h.Networks), opts.L.Sprintf("%d people", h.People), opts.L.Sprintf("%d ties", h.Ties))
	return nil
}
