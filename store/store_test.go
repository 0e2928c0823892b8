package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// newDB opens a new database in a temporary folder.
func newDB(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "kring.db"), Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// newNetwork opens a new database with one network.
func newNetwork(t testing.TB) (*DB, int64) {
	t.Helper()
	db := newDB(t)
	n, err := db.CreateNetwork(context.Background(), "Test", "")
	if err != nil {
		t.Fatal(err)
	}
	return db, n.ID
}

func mode(t *testing.T, path string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

func TestOpenCreatesAPrivateFileWithTheRightSettings(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data", "kring")
	path := filepath.Join(dir, "kring.db")
	db, err := Open(ctx, path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.CreateNetwork(ctx, "N", ""); err != nil { // a write, so that -wal and -shm exist
		t.Fatal(err)
	}
	if m := mode(t, dir); m != 0o700 {
		t.Errorf("folder mode %v, want 0700", m)
	}
	for _, f := range []string{path, path + "-wal", path + "-shm"} {
		if m := mode(t, f); m != 0o600 {
			t.Errorf("%s mode %v, want 0600", filepath.Base(f), m)
		}
	}
	// Every pooled connection has the settings: take several at once.
	var conns []*sql.Conn
	for i := 0; i < 3; i++ {
		c, err := db.sql.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	for _, c := range conns {
		var journal string
		var fk, sync, busy, version int
		var app int64
		err := c.QueryRowContext(ctx, `SELECT (SELECT journal_mode FROM pragma_journal_mode), (SELECT foreign_keys FROM pragma_foreign_keys),
			(SELECT synchronous FROM pragma_synchronous), (SELECT timeout FROM pragma_busy_timeout),
			(SELECT user_version FROM pragma_user_version), (SELECT application_id FROM pragma_application_id)`).
			Scan(&journal, &fk, &sync, &busy, &version, &app)
		if err != nil {
			t.Fatal(err)
		}
		if journal != "wal" || fk != 1 || sync != 2 || busy < 5000 || version != SchemaVersion() || app != appID {
			t.Errorf("journal %s, foreign_keys %d, synchronous %d, busy_timeout %d, user_version %d, application_id %x",
				journal, fk, sync, busy, version, app)
		}
		c.Close()
	}
}

func TestOpenWithoutCreateMakesNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db")
	_, err := Open(context.Background(), path, Options{})
	if !errors.Is(err, ErrNoDatabase) {
		t.Errorf("err = %v, want ErrNoDatabase", err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("Open without Create made a file")
	}
}

// rawDB makes an SQLite file with plain settings (rollback journal), as
// another program or a newer kring might.
func rawDB(t *testing.T, path string, stmts ...string) {
	t.Helper()
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	for _, s := range stmts {
		if _, err := raw.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func TestOpenRefusesFilesItMustNotTouch(t *testing.T) {
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	rawDB(t, newer, migrations[0], "PRAGMA user_version = 99")
	other := filepath.Join(dir, "other.db")
	rawDB(t, other, "CREATE TABLE photos (id INTEGER PRIMARY KEY)")
	otherApp := filepath.Join(dir, "other-app.db")
	rawDB(t, otherApp, "PRAGMA application_id = 42", "CREATE TABLE x (y)")
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("giver,receiver\nAnn,Bob\n"), 0o600)
	corrupt := filepath.Join(dir, "corrupt.db")
	os.WriteFile(corrupt, append([]byte("SQLite format 3\x00"), bytes.Repeat([]byte{0xAB}, 4096)...), 0o600)

	cases := map[string]string{
		newer:    "written by a newer kring (schema version 99",
		other:    "not a kring database",
		otherApp: "of another program",
		text:     "not an SQLite file",
		corrupt:  "is damaged",
	}
	for path, want := range cases {
		before, _ := os.ReadFile(path)
		db, err := Open(context.Background(), path, Options{Create: true})
		if err == nil {
			db.Close()
			t.Errorf("%s: opened; want refusal", filepath.Base(path))
			continue
		}
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %q; want %q", filepath.Base(path), err, want)
		}
		after, _ := os.ReadFile(path)
		if !bytes.Equal(before, after) {
			t.Errorf("%s: the file changed", filepath.Base(path))
		}
		for _, s := range []string{"-wal", "-shm", "-journal"} {
			if _, err := os.Stat(path + s); err == nil {
				t.Errorf("%s: left %s behind", filepath.Base(path), s)
			}
		}
	}
}

func TestOpenAgainKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "k.db")
	db, err := Open(ctx, path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateNetwork(ctx, "Kenniskring", ""); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	nets, err := db.Networks(ctx)
	if err != nil || len(nets) != 1 || nets[0].Name != "Kenniskring" {
		t.Errorf("networks = %+v, %v", nets, err)
	}
}

func TestNetworks(t *testing.T) {
	ctx := context.Background()
	db := newDB(t)
	if _, err := db.Network(ctx, ""); err == nil || !strings.Contains(err.Error(), "kring network create") {
		t.Errorf("no network: %v", err)
	}
	a, err := db.CreateNetwork(ctx, "Zorg & Welzijn", "")
	if err != nil || !a.Current {
		t.Fatalf("create: %+v, %v", a, err)
	}
	if _, err := db.CreateNetwork(ctx, "zorg  &  welzijn", ""); graph.ErrorCode(err) != graph.ECONFLICT {
		t.Errorf("duplicate: %v", err)
	}
	if n, err := db.Network(ctx, ""); err != nil || n.ID != a.ID {
		t.Errorf("the first network is current: %+v, %v", n, err)
	}
	b, err := db.CreateNetwork(ctx, "HR", "")
	if err != nil || b.Current {
		t.Fatalf("second: %+v, %v", b, err)
	}
	if n, _ := db.Network(ctx, ""); n.ID != a.ID {
		t.Errorf("current changed to %q by creating another", n.Name)
	}
	if _, err := db.UseNetwork(ctx, "hr"); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.Network(ctx, ""); n.ID != b.ID {
		t.Errorf("after use: %q", n.Name)
	}
	if n, err := db.Network(ctx, "ZORG & WELZIJN"); err != nil || n.Name != "Zorg & Welzijn" {
		t.Errorf("by name: %+v %v", n, err)
	}
	_, err = db.Network(ctx, "Zorg en Welzijn")
	var u *graph.UnknownError
	if !errors.As(err, &u) || len(u.Suggestions) == 0 || u.Suggestions[0] != "Zorg & Welzijn" {
		t.Errorf("unknown network: %v", err)
	}
	list, _ := db.Networks(ctx)
	if len(list) != 2 || list[0].Name != "HR" || !list[0].Current || list[1].Current {
		t.Errorf("list = %+v", list)
	}
}

// Large imports rebuild the tie indexes from tieIndexes: they must be the
// migration's indexes exactly.
func TestTieIndexesMatchTheSchema(t *testing.T) {
	db := newDB(t)
	rows, err := db.sql.Query(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'ties' AND sql IS NOT NULL`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	found := 0
	for rows.Next() {
		var name, stmt string
		rows.Scan(&name, &stmt)
		if tieIndexes[name] != stmt {
			t.Errorf("index %s is %q in the schema, %q in tieIndexes", name, stmt, tieIndexes[name])
		}
		found++
	}
	if found != len(tieIndexes) {
		t.Errorf("%d tie indexes in the schema, %d in tieIndexes", found, len(tieIndexes))
	}
}
