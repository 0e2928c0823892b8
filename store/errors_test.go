package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// Every refusal of a file has a type callers can test with errors.Is, and a
// message that says what is wrong without assuming how the file was named
// (--db, an import, a backup).
func TestFileErrorsAreTyped(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	newer := filepath.Join(dir, "newer.db")
	rawDB(t, newer, migrations[0], "PRAGMA user_version = 99")
	other := filepath.Join(dir, "other.db")
	rawDB(t, other, "CREATE TABLE photos (id INTEGER PRIMARY KEY)")
	otherApp := filepath.Join(dir, "other-app.db")
	rawDB(t, otherApp, "PRAGMA application_id = 42", "CREATE TABLE x (y)")
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("giver,receiver\nAnn,Bob\n"), 0o600)
	header := filepath.Join(dir, "header.db")
	os.WriteFile(header, append([]byte("SQLite format 3\x00"), make([]byte, 4096)...), 0o600)
	cases := []struct {
		path string
		kind error
	}{
		{newer, ErrNewer}, {other, ErrForeign}, {otherApp, ErrForeign}, {text, ErrNotSQLite}, {header, ErrDamaged},
		{filepath.Join(dir, "missing.db"), ErrNoDatabase},
	}
	for _, c := range cases {
		for _, opts := range []Options{{}, {ReadOnly: true}} {
			db, err := Open(ctx, c.path, opts)
			if err == nil {
				db.Close()
				t.Errorf("%s: opened", filepath.Base(c.path))
				continue
			}
			if !errors.Is(err, c.kind) || strings.Contains(err.Error(), "--db") || !strings.Contains(err.Error(), c.path) {
				t.Errorf("%s (read-only %v): %v; want %v, the path and no --db", filepath.Base(c.path), opts.ReadOnly, err, c.kind)
			}
		}
	}
}

// A database whose header is sound but whose pages are not opens (only the
// first page is read), and the first read of the damaged pages says it is
// damaged.
func TestDamagedPagesAreTyped(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "k.db")
	db := twoTies(t, path)
	db.Close()
	b, err := os.ReadFile(path)
	if err != nil || len(b) < 3*4096 {
		t.Fatalf("%d bytes, %v", len(b), err)
	}
	for page := 2; page*4096 <= len(b); page++ {
		b[(page-1)*4096] = 0x77 // not a b-tree page type
	}
	os.WriteFile(path, b, 0o600)
	for _, opts := range []Options{{}, {ReadOnly: true}} {
		db, err := Open(ctx, path, opts)
		if err == nil {
			_, err = db.Networks(ctx)
			db.Close()
		}
		if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "Restore it from a backup") {
			t.Errorf("read-only %v: %v, want ErrDamaged", opts.ReadOnly, err)
		}
	}
}

// classify maps SQLite's result codes, not its messages: real errors from
// real situations.
func TestClassify(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "k.db")
	db := twoTies(t, path)
	defer db.Close()

	holder, _ := sql.Open("sqlite", "file:"+path)
	defer holder.Close()
	htx, err := holder.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := htx.Exec(`DELETE FROM settings WHERE key = 'none'`); err != nil { // takes the write lock
		t.Fatal(err)
	}
	impatient, _ := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(0)")
	defer impatient.Close()
	_, busy := impatient.Exec(`DELETE FROM settings WHERE key = 'none'`)
	htx.Rollback()

	ro, _ := sql.Open("sqlite", "file:"+path+"?mode=ro")
	defer ro.Close()
	_, readOnly := ro.Exec(`DELETE FROM settings`)

	for _, c := range []struct {
		err  error
		kind error
	}{{busy, ErrBusy}, {readOnly, ErrReadOnly}, {fmt.Errorf("begin: %w", busy), ErrBusy}} {
		got := classify(path, c.err)
		if !errors.Is(got, c.kind) || !strings.Contains(got.Error(), path) {
			t.Errorf("classify(%v) = %v, want %v", c.err, got, c.kind)
		}
	}
	for _, err := range []error{nil, sql.ErrNoRows, context.Canceled, graph.Errorf(graph.EINVALID, "bad")} {
		if got := classify(path, err); got != err {
			t.Errorf("classify(%v) = %v, want it unchanged", err, got)
		}
	}
}

// A full disk says so, also during "person remove" (it said "disk I/O
// error"), and nothing is lost: a small tmpfs, filled up.
func TestFullDisk(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	ctx := context.Background()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("mount tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	path := filepath.Join(dir, "k.db")
	db, err := Open(ctx, path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n, _ := db.CreateNetwork(ctx, "N", "")
	var recs []graph.PersonRecord
	for i := range 300 {
		recs = append(recs, graph.PersonRecord{Name: fmt.Sprintf("Deelnemer %d", i), Org: "Gemeente Zeedorp, dienst Welzijn"})
	}
	if _, err := db.AddPeople(ctx, n.ID, recs); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Checkpoint(ctx); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	for buf := make([]byte, 4096); err == nil; {
		_, err = f.Write(buf)
	}
	f.Close()
	_, err = db.RemovePerson(ctx, n.ID, "Deelnemer 7")
	if !errors.Is(err, ErrDiskFull) || !strings.Contains(err.Error(), "full") {
		t.Errorf("person remove on a full disk: %v, want ErrDiskFull", err)
	}
	if _, err := db.AddPeople(ctx, n.ID, []graph.PersonRecord{{Name: "Anaïs"}}); !errors.Is(err, ErrDiskFull) {
		t.Errorf("person add on a full disk: %v, want ErrDiskFull", err)
	}
	os.Remove(filepath.Join(dir, "filler"))
	if _, err := db.RemovePerson(ctx, n.ID, "Deelnemer 7"); err != nil {
		t.Errorf("with room again: %v", err)
	}
	if h, err := db.Check(ctx); err != nil || !h.Sound() || h.People != 299 {
		t.Errorf("after the full disk: %+v %v", h, err)
	}
}

// No error is matched by its text in store: only the Error methods
// themselves may call Error().
func TestNoErrorTextMatching(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Name.Name == "Error" {
				continue
			}
			ast.Inspect(fn, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" && len(call.Args) == 0 {
						t.Errorf("%s: %s calls Error(): match errors with errors.Is or errors.As", fset.Position(call.Pos()), fn.Name.Name)
					}
				}
				return true
			})
		}
	}
}
