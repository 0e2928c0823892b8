package store

import (
	"context"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"

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
	ReadOnly    bool // the database could only be read: its log was not written into it
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
		return h, classify(db.path, err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return h, classify(db.path, err)
		}
		h.Integrity = append(h.Integrity, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return h, classify(db.path, err)
	}
	fk, err := db.sql.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return h, classify(db.path, err)
	}
	for fk.Next() {
		h.ForeignKeys++
	}
	fk.Close()
	if err := db.sql.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM networks), (SELECT count(*) FROM people), (SELECT count(*) FROM ties)`).
		Scan(&h.Networks, &h.People, &h.Ties); err != nil {
		return h, classify(db.path, err)
	}
	h.ReadOnly = db.w == nil
	h.LogCleared, err = db.Checkpoint(ctx)
	return h, err
}

// testHookBackup, when set, runs while a backup has written its copy but not
// yet given it its name: the moment a kill would leave most behind.
var testHookBackup func()

// Backup writes a consistent copy of the database to path: SQLite's VACUUM
// INTO copies it, from one read transaction (writers may go on meanwhile),
// into memory; the copy is written to a file next to path that has no name
// yet (O_TMPFILE, on Linux) or a hidden temporary one, synced, and renamed
// over path. A backup killed halfway leaves nothing behind (or, where the
// file system cannot make a nameless file, a hidden file that the next
// backup into that folder removes).
//
// path may not be the database or one of its companion files (-wal, -shm,
// -journal), whether they exist or not, also not through a link, and may not
// be a database in use (with a log next to it).
func (db *DB) Backup(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if err := db.checkBackupTarget(path, abs); err != nil {
		return err
	}
	dir := filepath.Dir(abs)
	sweepBackupLeftovers(dir)

	mem, pin, uri, err := newMemDB(ctx)
	if err != nil {
		return err
	}
	defer mem.Close()
	defer pin.Close()
	if _, err := db.sql.ExecContext(ctx, `VACUUM INTO ?`, uri); err != nil {
		return wrapf(db.path, err, "back up %s", db.path)
	}
	f, err := createHidden(dir)
	if err != nil {
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	placed := false
	defer func() {
		if !placed {
			f.discard()
		}
	}()
	// The copy's pages, as they are in memory.
	rows, err := pin.QueryContext(ctx, `SELECT pgno, data FROM sqlite_dbpage`)
	if err != nil {
		return fmt.Errorf("back up: %w", err)
	}
	for rows.Next() {
		var page int64
		var data []byte
		if err := rows.Scan(&page, &data); err != nil {
			rows.Close()
			return fmt.Errorf("back up: %w", err)
		}
		if _, err := f.WriteAt(data, (page-1)*int64(len(data))); err != nil {
			rows.Close()
			return fmt.Errorf("back up to %s: %w", path, err)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("back up: %w", err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	if testHookBackup != nil {
		testHookBackup()
	}
	if err := f.place(abs); err != nil {
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	placed = true
	f.Close()
	syncDir(dir)
	return nil
}

// checkBackupTarget refuses a backup to a folder, to the database or one of
// its companion files (resolving symbolic links, also dangling ones, and
// noticing hard links), and over a database in use.
func (db *DB) checkBackupTarget(given, abs string) error {
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return graph.Errorf(graph.EINVALID, "%s is a folder; give the backup a file name, e.g. %s", given, filepath.Join(given, "kring-backup.db"))
	}
	target, me := resolve(abs), resolve(db.path)
	for _, suffix := range append([]string{""}, companionSuffixes...) {
		if !sameName(target, me+suffix) && !sameFile(abs, db.path+suffix) {
			continue
		}
		if suffix == "" {
			return graph.Errorf(graph.EINVALID, "%s is the database itself; back it up to another file", given)
		}
		return graph.Errorf(graph.EINVALID, "%s is a working file of the database (%s); back the database up to another file", given, filepath.Base(me+suffix))
	}
	for _, suffix := range []string{"-wal", "-journal"} {
		if fi, err := os.Stat(target + suffix); err == nil && fi.Size() > 0 {
			return graph.Errorf(graph.EINVALID, "%s is a database in use, or one that was not closed properly (it has a log file, %s); back up to another file", given, filepath.Base(target+suffix))
		}
	}
	return nil
}

// resolve follows the symbolic links of path, also a dangling last one, to
// the file it names.
func resolve(path string) string {
	for range 40 {
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			break
		}
		link, err := os.Readlink(path)
		if err != nil {
			break
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(path), link)
		}
		path = link
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(path)); err == nil {
		path = filepath.Join(dir, filepath.Base(path))
	}
	return filepath.Clean(path)
}

// sameName compares two resolved paths as the file system does.
func sameName(a, b string) bool {
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return strings.EqualFold(a, b)
	}
	return a == b
}

// sameFile reports whether a and b are the same existing file (hard links).
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

const backupPrefix = ".kring-backup-"

// leftover matches the names of backup copies that were never finished
// (of this kring, or of older ones that ran VACUUM INTO there), and the
// journals SQLite kept next to them.
var leftover = regexp.MustCompile(`^\.kring-backup-[0-9]+(-journal|-wal|-shm)?$`)

// tempName is a new hidden temporary name in dir.
func tempName(dir string) string {
	var b [4]byte
	rand.Read(b[:])
	return filepath.Join(dir, backupPrefix+strconv.FormatUint(uint64(binary.BigEndian.Uint32(b[:])), 10))
}

// hiddenFile is a file being written that gets its name at the end.
type hiddenFile struct {
	*os.File
	place   func(target string) error // gives it the name target
	discard func()                    // closes and removes it
}

// createNamed makes a file with a hidden temporary name in dir, mode 0600,
// locked while it is written (see sweepBackupLeftovers); place renames it.
func createNamed(dir string) (*hiddenFile, error) {
	for range 100 {
		name := tempName(dir)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if err := lock(f); err != nil {
			f.Close()
			os.Remove(name)
			return nil, err
		}
		return &hiddenFile{
			File:    f,
			place:   func(target string) error { return os.Rename(name, target) },
			discard: func() { f.Close(); os.Remove(name) },
		}, nil
	}
	return nil, fmt.Errorf("no free temporary name in %s", dir)
}

// sweepBackupLeftovers removes from dir what backups killed halfway left
// there: copies kring began (not locked by a backup still running) and the
// journals next to them.
func sweepBackupLeftovers(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	var journals []string
	for _, e := range entries {
		m := leftover.FindStringSubmatch(e.Name())
		if m == nil || !e.Type().IsRegular() {
			continue
		}
		if m[1] != "" {
			journals = append(journals, e.Name())
			continue
		}
		p := filepath.Join(dir, e.Name())
		if fi, err := e.Info(); err == nil && mine(fi) && !inUse(p) {
			os.Remove(p)
		}
	}
	for _, name := range journals {
		main := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, "-journal"), "-wal"), "-shm")
		if _, err := os.Lstat(filepath.Join(dir, main)); errors.Is(err, os.ErrNotExist) {
			if fi, err := os.Lstat(filepath.Join(dir, name)); err == nil && mine(fi) {
				os.Remove(filepath.Join(dir, name))
			}
		}
	}
}
