package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
)

// A file that is not a kring database says so; "pass another file with
// --db" only where the file came from --db, not for an import.
func TestForeignFileAdvice(t *testing.T) {
	e := newEnv(t)
	text := e.write("notes.txt", "giver,receiver\nAnn,Bob\n")
	other := filepath.Join(e.dir, "photos.db")
	raw, err := sql.Open("sqlite", "file:"+other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`PRAGMA application_id = 42; CREATE TABLE photos (id INTEGER PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	f := newEnv(t)
	f.db = text
	errs, code := f.fail("person", "list")
	if code != cli.ExitError {
		t.Errorf("--db notes.txt: exit %d", code)
	}
	mustContain(t, "--db text", errs, "notes.txt is not a kring database (not an SQLite file); it was left untouched; pass another file with --db")
	f.db = other
	errs, _ = f.fail("analyze")
	mustContain(t, "--db other", errs, "photos.db is an SQLite database of another program, not of kring; it was left untouched; pass another file with --db")

	e.ok("network", "create", "N")
	errs, _ = e.fail("import", other, "--format", "db")
	mustContain(t, "import other", errs, "photos.db is an SQLite database of another program, not of kring; it was left untouched")
	if strings.Contains(errs, "--db") {
		t.Errorf("an import source is told to pass --db: %s", errs)
	}
}

// "kring backup DB-wal" replaced the live log; it is refused, as is every
// working file of the database.
func TestBackupRefusesTheLog(t *testing.T) {
	e := demoEnv(t)
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		errs, code := e.fail("backup", e.db+suffix)
		if code != cli.ExitError {
			t.Errorf("%s: exit %d", suffix, code)
		}
		mustContain(t, suffix, errs, "is a working file of the database (demo.db"+suffix+"); back the database up to another file")
	}
	mustContain(t, "check", e.ok("check"), "is sound")
}

// signalWriter is an io.Writer that tells when something is written.
type signalWriter struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	written chan struct{}
}

func (w *signalWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.buf.Len() == 0 {
		close(w.written)
	}
	return w.buf.Write(p)
}

func (w *signalWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// A command that must wait for another's write says so, and then succeeds.
func TestWriteWaitsForAnotherCommand(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	other, err := sql.Open("sqlite", "file:"+e.db+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin() // another command holds the write lock
	if err != nil {
		t.Fatal(err)
	}
	stderr := &signalWriter{written: make(chan struct{})}
	var stdout bytes.Buffer
	g := &globals{In: strings.NewReader(""), Out: &stdout, Err: stderr, Getenv: func(string) string { return "" },
		Now: func() time.Time { return time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC) }}
	done := make(chan int)
	go func() { done <- run(context.Background(), []string{"--db", e.db, "person", "add", "Yılmaz"}, g) }()
	<-stderr.written
	if got := stderr.String(); got != "kring: waiting for another kring command to finish…\n" {
		t.Errorf("stderr %q", got)
	}
	tx.Rollback()
	if code := <-done; code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	mustContain(t, "person list", e.ok("person", "list"), "Yılmaz")
}

// On a read-only file system, commands that read work, check says what it
// could not do, and a change says why it cannot be made.
func TestReadOnlyFileSystemCommands(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("a read-only bind mount needs root")
	}
	e := demoEnv(t)
	ro := t.TempDir()
	if out, err := exec.Command("mount", "--bind", "-o", "ro", e.dir, ro).CombinedOutput(); err != nil {
		t.Skipf("mount --bind: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", ro).Run() })
	exec.Command("mount", "-o", "remount,bind,ro", ro).Run()
	if err := os.WriteFile(filepath.Join(ro, "probe"), nil, 0o600); err == nil {
		t.Skip("the bind mount is writable")
	}
	e.db = filepath.Join(ro, "demo", "demo.db")
	mustContain(t, "person list", e.ok("person", "list"), "Anaïs")
	mustContain(t, "analyze", e.ok("analyze"), "14 people")
	mustContain(t, "check", e.ok("check"), "is sound")
	errs, code := e.fail("person", "add", "Yılmaz")
	if code != cli.ExitError {
		t.Errorf("person add: exit %d", code)
	}
	mustContain(t, "person add", errs, "is on a read-only file system: reading works; to change it, copy it to a writable place and use the copy")
}
