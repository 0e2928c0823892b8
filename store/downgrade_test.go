package store

import (
	"context"
	"testing"
)

// downgradeToV1 turns a database of the current schema back into one that
// kring wrote at schema version 1, keeping its data: for tests of reading
// older files.
func downgradeToV1(t *testing.T, ctx context.Context, db *DB) {
	t.Helper()
	rows, err := db.sql.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'trigger'`)
	if err != nil {
		t.Fatal(err)
	}
	var triggers []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		triggers = append(triggers, n)
	}
	rows.Close()
	for _, tr := range triggers {
		if _, err := db.sql.ExecContext(ctx, `DROP TRIGGER "`+tr+`"`); err != nil {
			t.Fatal(err)
		}
	}
	for _, stmt := range []string{
		`DROP TABLE undo_log`, `DROP TABLE undo_state`, `DROP TABLE changes`, `DROP TABLE attendance`,
		`DROP TABLE person_aliases`, `ALTER TABLE networks DROP COLUMN lang`, `PRAGMA user_version = 1`,
	} {
		if _, err := db.sql.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
}
