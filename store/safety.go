package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kring-nl/kring/graph"
)

// Health is what Check found.
type Health struct {
	Integrity   []string // PRAGMA integrity_check: ["ok"] when sound
	ForeignKeys int      // rows that point to something that is not there
	Networks    int
	People      int
	Ties        int // help ties and contacts
	LogCleared  bool
}

// Sound reports whether the database passed every check.
func (h Health) Sound() bool {
	return len(h.Integrity) == 1 && h.Integrity[0] == "ok" && h.ForeignKeys == 0
}

// Check runs SQLite's integrity and foreign-key checks, counts what the file
// holds and empties the write-ahead log.
func (db *DB) Check(ctx context.Context) (Health, error) {
	var h Health
	rows, err := db.sql.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return h, damaged(db.path, err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return h, err
		}
		h.Integrity = append(h.Integrity, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return h, damaged(db.path, err)
	}
	fk, err := db.sql.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return h, err
	}
	for fk.Next() {
		h.ForeignKeys++
	}
	fk.Close()
	if err := db.sql.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM networks), (SELECT count(*) FROM people), (SELECT count(*) FROM ties)`).
		Scan(&h.Networks, &h.People, &h.Ties); err != nil {
		return h, err
	}
	h.LogCleared, err = db.Checkpoint(ctx)
	return h, err
}

// Backup writes a consistent copy of the database to path (with VACUUM
// INTO, from one read transaction, so writers may go on meanwhile): first to
// a private temporary file next to it, then renamed over path.
func (db *DB) Backup(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if fi, err := os.Stat(abs); err == nil {
		if fi.IsDir() {
			return graph.Errorf(graph.EINVALID, "%s is a folder; give the backup a file name, e.g. %s", path, filepath.Join(path, "kring-backup.db"))
		}
		if me, err := os.Stat(db.path); err == nil && os.SameFile(fi, me) {
			return graph.Errorf(graph.EINVALID, "%s is the database itself; back it up to another file", path)
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(abs), ".kring-backup-*")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	tmpPath := tmp.Name()
	tmp.Close() // empty, mode 0600: VACUUM INTO fills it
	defer os.Remove(tmpPath)
	if _, err := db.sql.ExecContext(ctx, `VACUUM INTO ?`, tmpPath); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	f, err := os.OpenFile(tmpPath, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	f.Close()
	if err != nil {
		return err
	}
	if err := os.Rename(tmpPath, abs); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}
