package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations holds the SQL of each schema version, in order: migrations[0]
// brings an empty file to version 1.
var migrations = loadMigrations()

func loadMigrations() []string {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	out := make([]string, len(names))
	for i, n := range names {
		b, err := migrationFiles.ReadFile(n)
		if err != nil {
			panic(err)
		}
		out[i] = string(b)
	}
	return out
}

// SchemaVersion is the schema version this kring writes.
func SchemaVersion() int { return len(migrations) }

// migrate brings the schema up to date, each step in its own transaction that
// also sets PRAGMA user_version, so a crash leaves the file at a whole version.
// An up-to-date file is only read: most commands never take the write lock.
func (db *DB) migrate(ctx context.Context) error {
	var v int
	var app int64
	if err := db.sql.QueryRowContext(ctx, `SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT application_id FROM pragma_application_id)`).Scan(&v, &app); err != nil {
		return classify(db.path, err)
	}
	if v == len(migrations) && uint32(app) == appID {
		return nil
	}
	for {
		done := false
		err := db.rawTx(ctx, func(tx *sql.Tx) error {
			var v int
			if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
				return classify(db.path, err)
			}
			var app int64
			if err := tx.QueryRowContext(ctx, "PRAGMA application_id").Scan(&app); err != nil {
				return classify(db.path, err)
			}
			if err := checkIDs(db.path, v, uint32(app), -1); err != nil {
				return err
			}
			if v == len(migrations) {
				done = true
				return nil
			}
			if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
				return fmt.Errorf("migrate %s to schema version %d: %w", db.path, v+1, err)
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1))
			return err
		})
		if err != nil || done {
			return err
		}
	}
}
