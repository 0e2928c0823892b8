package store

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// withLog makes a database whose last tie is only in its write-ahead log, as
// a kring that was killed (or is still running) leaves it: the file and its
// -wal, copied while the database is open.
func withLog(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	src := filepath.Join(t.TempDir(), "src.db")
	db := twoTies(t, src)
	defer db.Close()
	if _, err := db.Checkpoint(ctx); err != nil {
		t.Fatal(err)
	}
	nets, _ := db.Networks(ctx)
	if _, err := db.AddTies(ctx, nets[0].ID, []graph.TieRecord{{Giver: "Anaïs", Receiver: "Yılmaz", Wave: "W1"}}, AddOptions{AddNew: true}); err != nil {
		t.Fatal(err)
	}
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(src + suffix)
		if err != nil || (suffix == "-wal" && len(b) == 0) {
			t.Fatalf("copy %s: %d bytes, %v", suffix, len(b), err)
		}
		if err := os.WriteFile(path+suffix, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// people names the people of the first network.
func peopleOf(t *testing.T, db *DB) []string {
	t.Helper()
	ctx := context.Background()
	nets, err := db.Networks(ctx)
	if err != nil || len(nets) == 0 {
		t.Fatalf("networks: %v %v", nets, err)
	}
	ps, err := db.People(ctx, nets[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// files lists path and its companion files with their modes.
func companions(path string) map[string]os.FileMode {
	out := map[string]os.FileMode{}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if fi, err := os.Stat(path + suffix); err == nil {
			out[suffix] = fi.Mode().Perm()
		}
	}
	return out
}

// Importing another participant's database reads it as it is, also when a
// write-ahead log holds part of it: nothing is made next to it, no byte
// changes.
func TestOpenReadOnlyReadsTheLogWithoutAnyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	withLog(t, path)
	before, _ := os.ReadFile(path)
	beforeLog, _ := os.ReadFile(path + "-wal")
	db, err := Open(context.Background(), path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(peopleOf(t, db), ","); got != "Anaïs,Jürgen Van der Hagen,Yılmaz" {
		t.Errorf("people %s: the log was not read", got)
	}
	db.Close()
	after, _ := os.ReadFile(path)
	afterLog, _ := os.ReadFile(path + "-wal")
	if !bytes.Equal(before, after) || !bytes.Equal(beforeLog, afterLog) {
		t.Error("reading changed the file or its log")
	}
	if _, err := os.Stat(path + "-shm"); err == nil {
		t.Error("reading made a -shm file next to the participant's database")
	}
}

// A database an older kring wrote is brought up to date in memory: a kill
// leaves no copy of it in the temporary folder.
func TestKilledImportOfAnOlderDatabaseLeavesNoCopy(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db := twoTies(t, path)
	downgradeToV1(t, ctx, db)
	db.Close()
	tmp := t.TempDir()
	killChild(t, "open-read-only", path, "", "TMPDIR="+tmp)
	if left := folderNames(t, tmp); len(left) > 0 {
		t.Errorf("after a kill, the temporary folder holds %v", left)
	}
}

// A database file only its owner may read (mode 0400) can be read; reading it
// leaves no file behind with a wrong mode, writing says what to do, and once
// the file is 0600 again writing works.
func TestReadOnlyFileMode(t *testing.T) {
	if !asOrdinaryUser(t) {
		return
	}
	ctx := context.Background()
	for _, log := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "k.db")
		if log {
			withLog(t, path)
		} else {
			twoTies(t, path).Close()
		}
		if err := os.Chmod(path, 0o400); err != nil {
			t.Fatal(err)
		}
		db, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatalf("log %v: open: %v", log, err)
		}
		if n := len(peopleOf(t, db)); n < 2 {
			t.Errorf("log %v: %d people", log, n)
		}
		nets, _ := db.Networks(ctx)
		_, err = db.AddPeople(ctx, nets[0].ID, []graph.PersonRecord{{Name: "Bob"}})
		if err == nil || !strings.Contains(err.Error(), "chmod 600 "+path) {
			t.Errorf("log %v: write to a 0400 file: %v", log, err)
		}
		db.Close()
		for suffix, m := range companions(path) {
			if suffix != "" && m != 0o600 {
				t.Errorf("log %v: reading left %s with mode %04o", log, suffix, m)
			}
		}
		if err := os.Chmod(path, 0o600); err != nil {
			t.Fatal(err)
		}
		db, err = Open(ctx, path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.AddPeople(ctx, nets[0].ID, []graph.PersonRecord{{Name: "Bob"}}); err != nil {
			t.Errorf("log %v: write once the file is 0600 again: %v", log, err)
		}
		db.Close()
	}
}

// A database in a folder its owner may not write to can be read.
func TestReadOnlyFolder(t *testing.T) {
	if !asOrdinaryUser(t) {
		return
	}
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ro")
	os.Mkdir(dir, 0o700)
	path := filepath.Join(dir, "k.db")
	twoTies(t, path).Close()
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o700)
	db, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer db.Close()
	if n := len(peopleOf(t, db)); n != 2 {
		t.Errorf("%d people", n)
	}
	nets, _ := db.Networks(ctx)
	if _, err := db.AddPeople(ctx, nets[0].ID, []graph.PersonRecord{{Name: "Bob"}}); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("write in a read-only folder: %v", err)
	}
}

// On a read-only file system (a read-only bind mount, so root too is
// refused), reading works, with and without a write-ahead log, and writing
// says why not.
func TestReadOnlyFileSystem(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("a read-only bind mount needs root")
	}
	ctx := context.Background()
	src := t.TempDir()
	twoTies(t, filepath.Join(src, "clean.db")).Close()
	withLog(t, filepath.Join(src, "log.db"))
	ro := t.TempDir()
	if out, err := exec.Command("mount", "--bind", "-o", "ro", src, ro).CombinedOutput(); err != nil {
		t.Skipf("mount --bind: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", ro).Run() })
	// Older mount versions ignore ro on a bind mount: make sure.
	exec.Command("mount", "-o", "remount,bind,ro", ro).Run()
	if err := os.WriteFile(filepath.Join(ro, "probe"), nil, 0o600); err == nil {
		t.Skip("the bind mount is writable")
	}
	for name, want := range map[string]int{"clean.db": 2, "log.db": 3} {
		path := filepath.Join(ro, name)
		db, err := Open(ctx, path, Options{})
		if err != nil {
			t.Errorf("%s: open: %v", name, err)
			continue
		}
		if n := len(peopleOf(t, db)); n != want {
			t.Errorf("%s: %d people, want %d", name, n, want)
		}
		nets, _ := db.Networks(ctx)
		_, err = db.AddPeople(ctx, nets[0].ID, []graph.PersonRecord{{Name: "Bob"}})
		if err == nil || !strings.Contains(err.Error(), "read-only file system") {
			t.Errorf("%s: write: %v", name, err)
		}
		if h, err := db.Check(ctx); err != nil || !h.Sound() {
			t.Errorf("%s: check: %+v %v", name, h, err)
		}
		db.Close()
	}
	// A new database cannot be made there.
	if _, err := Open(ctx, filepath.Join(ro, "new.db"), Options{Create: true}); err == nil || !strings.Contains(err.Error(), "read-only file system") {
		t.Errorf("create: %v", err)
	}
}
