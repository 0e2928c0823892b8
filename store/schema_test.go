package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A file with kring's marks (application_id, user_version) but other tables
// is refused before anything reads it: a view where a table belongs (a
// recursive one hung "kring import" forever), a trigger, missing tables or
// columns, a virtual table.
func TestOpenRefusesAForeignSchema(t *testing.T) {
	ctx := context.Background()
	cases := map[string][]string{
		"recursive view": {`DROP TABLE people`, `CREATE VIEW people AS WITH RECURSIVE c(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM c)
			SELECT id, 1 AS network_id, 'x' || id AS name, 'x' || id AS name_key, '' AS org, '' AS function, '' AS created_at FROM c`},
		"trigger":         {`CREATE TRIGGER spy AFTER INSERT ON ties BEGIN SELECT 1; END`},
		"another view":    {`CREATE VIEW everyone AS SELECT name FROM people`},
		"missing table":   {`DROP TABLE tie_topics`},
		"missing column":  {`DROP TABLE person_aliases`, `CREATE TABLE person_aliases (network_id INTEGER, person_id INTEGER, name TEXT)`},
		"other column":    {`DROP TABLE settings`, `CREATE TABLE settings (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID`},
		"generated":       {`DROP TABLE settings`, `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, v2 TEXT AS (value || value)) WITHOUT ROWID`},
		"virtual table":   {`DROP TABLE settings`, `CREATE VIRTUAL TABLE settings USING fts5(key, value)`},
		"table as index":  {`DROP INDEX person_aliases_person`, `DROP TABLE person_aliases`, `CREATE TABLE x (a)`, `CREATE INDEX person_aliases ON x (a)`},
		"older, view too": {`DROP TABLE person_aliases`, `DROP TABLE people`, `CREATE VIEW people AS SELECT 1 AS id`, `PRAGMA user_version = 1`},
	}
	for name, stmts := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "crafted.db")
			twoTies(t, path).Close()
			rawDB(t, path, stmts...)
			before, _ := os.ReadFile(path)
			for _, opts := range []Options{{ReadOnly: true}, {}} {
				db, err := Open(ctx, path, opts)
				if err == nil {
					t.Errorf("read-only %v: opened", opts.ReadOnly)
					db.Close()
					continue
				}
				if !errors.Is(err, ErrForeign) {
					t.Errorf("read-only %v: %v, want ErrForeign", opts.ReadOnly, err)
				}
				t.Logf("read-only %v: %v", opts.ReadOnly, err)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the file changed")
			}
		})
	}
}

// Reads of another participant's file end when the context does: modernc
// interrupts SQLite (sqlite3_interrupt) when the context is cancelled.
func TestForeignReadsEndWithTheContext(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	twoTies(t, path).Close()
	db, err := Open(context.Background(), path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		var n int
		done <- db.sql.QueryRowContext(ctx, `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c`).Scan(&n)
	}()
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("an endless query after cancel: %v, want context.Canceled", err)
	}
}
