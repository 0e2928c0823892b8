package store

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// twoTies makes a database with a network, two people and two help ties.
func twoTies(t *testing.T, path string) *DB {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	n, err := db.CreateNetwork(ctx, "N", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddTies(ctx, n.ID, []graph.TieRecord{
		{Giver: "Anaïs", Receiver: "Jürgen Van der Hagen", Wave: "W1"},
		{Giver: "Jürgen Van der Hagen", Receiver: "Anaïs", Wave: "W1"},
	}, AddOptions{AddNew: true, NewWaves: true}); err != nil {
		t.Fatal(err)
	}
	return db
}

// A backup never goes over the database or one of its companion files,
// whether that file exists yet or not, also not through a symbolic or hard
// link: with a reader open, replacing the -wal lost two committed ties.
func TestBackupRefusesTheDatabaseAndItsCompanions(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "k.db")
	db := twoTies(t, path)
	defer db.Close()
	// A reader keeps the ties in the write-ahead log.
	reader, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	rtx, err := reader.Begin()
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := rtx.QueryRow(`SELECT count(*) FROM ties`).Scan(&n); err != nil || n != 2 {
		t.Fatalf("reader: %d ties, %v", n, err)
	}
	links := filepath.Join(dir, "links")
	os.Mkdir(links, 0o700)
	link := func(name, target string) string {
		p := filepath.Join(links, name)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hard := filepath.Join(links, "hard.db")
	if err := os.Link(path, hard); err != nil {
		t.Fatal(err)
	}
	targets := []string{
		path, path + "-wal", path + "-shm", path + "-journal",
		filepath.Join(dir, "links", "..", "k.db-wal"),
		link("wal.db", path+"-wal"),
		link("journal.db", path+"-journal"), // dangling: no journal in WAL mode
		link("folder", dir) + "/k.db-shm",
		link("chain.db", filepath.Join(links, "wal.db")),
		hard,
	}
	if _, err := os.Stat(path + "-wal"); err != nil {
		t.Fatal("no write-ahead log to protect: the test cannot see the problem")
	}
	wal, _ := os.ReadFile(path + "-wal")
	for _, target := range targets {
		err := db.Backup(ctx, target)
		if err == nil {
			t.Errorf("backup to %s: no error", target)
			continue
		}
		if graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("backup to %s: %v, want a refusal", target, err)
		}
	}
	if now, _ := os.ReadFile(path + "-wal"); !bytes.Equal(now, wal) {
		t.Error("the write-ahead log changed")
	}
	if _, err := os.Lstat(path + "-journal"); err == nil {
		t.Error("a backup made a -journal file next to the database")
	}
	rtx.Rollback()
	reader.Close()
	db.Close()
	db, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	h, err := db.Check(ctx)
	if err != nil || !h.Sound() || h.Ties != 2 {
		t.Errorf("after the refused backups: %+v, %v", h, err)
	}
}

// A backup does not replace a database someone has open: a file with a
// write-ahead log next to it.
func TestBackupRefusesADatabaseInUse(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := twoTies(t, filepath.Join(dir, "k.db"))
	defer db.Close()
	other := twoTies(t, filepath.Join(dir, "other.db")) // open: it has a -wal
	defer other.Close()
	err := db.Backup(ctx, filepath.Join(dir, "other.db"))
	if graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("backup over a database in use: %v", err)
	}
	if h, err := other.Check(ctx); err != nil || !h.Sound() || h.Ties != 2 {
		t.Errorf("the other database: %+v %v", h, err)
	}
}

// folderNames lists the names in dir.
func folderNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// A backup killed halfway leaves no copy of the data behind; leftovers of an
// older kring are swept at the next backup into that folder.
func TestKilledBackupLeavesNoCopy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "k.db")
	db := twoTies(t, path)
	db.Close()
	out := filepath.Join(dir, "backups")
	os.Mkdir(out, 0o700)
	target := filepath.Join(out, "b.db")
	killChild(t, "backup", path, target)
	if left := folderNames(t, out); len(left) > 0 {
		t.Errorf("after a kill during the backup, the folder holds %v", left)
	}
}

func TestBackupSweepsLeftovers(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := twoTies(t, filepath.Join(dir, "k.db"))
	defer db.Close()
	out := filepath.Join(dir, "backups")
	os.Mkdir(out, 0o700)
	stale := []string{".kring-backup-123456", ".kring-backup-123456-journal", ".kring-backup-999-wal", ".kring-backup-999-shm", ".kring-backup-42"}
	kept := []string{".kring-backup-notes.txt", "kring-backup-7", "mine.db", "mine.db-journal"}
	for _, name := range append(slices.Clone(stale), kept...) {
		if err := os.WriteFile(filepath.Join(out, name), []byte("Anaïs"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Backup(ctx, filepath.Join(out, "b.db")); err != nil {
		t.Fatal(err)
	}
	want := append(slices.Clone(kept), "b.db")
	slices.Sort(want)
	if got := folderNames(t, out); !slices.Equal(got, want) {
		t.Errorf("after the backup the folder holds %v, want %v", got, want)
	}
}
