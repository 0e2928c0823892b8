package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"path/filepath"

	"github.com/kring-nl/kring/graph"
	"modernc.org/sqlite/vfs"
)

// companionSuffixes name the files SQLite keeps next to a database: its
// write-ahead log, the log's shared-memory index, a rollback journal.
var companionSuffixes = []string{"-wal", "-shm", "-journal"}

// writeProblem says why kring cannot change the database at path (an
// ErrReadOnly *FileError), or nil when it can: the file may not be written,
// its file system is read-only, or SQLite's log files cannot be made or
// written next to it.
func writeProblem(path string) *FileError {
	err := writable(path)
	if os.IsNotExist(err) {
		return nil
	}
	if readOnlyFS(err) {
		return fileError(path, ErrReadOnly, err, graph.ECONFLICT,
			"%s is on a read-only file system: reading works; to change it, copy it to a writable place and use the copy", path)
	}
	if err != nil {
		mode := os.FileMode(0)
		if fi, err := os.Stat(path); err == nil {
			mode = fi.Mode().Perm()
		}
		return fileError(path, ErrReadOnly, err, graph.ECONFLICT,
			"%s is read-only (file mode %04o): reading works; to change it, make it writable with: chmod 600 %s", path, mode, path)
	}
	dir := filepath.Dir(path)
	for _, suffix := range []string{"-wal", "-shm"} {
		fi, err := os.Stat(path + suffix)
		if os.IsNotExist(err) {
			if err := writable(dir); err != nil {
				return fileError(path, ErrReadOnly, err, graph.ECONFLICT,
					"the folder %s is read-only, and SQLite keeps a log file next to the database (%s): reading works; to change the database, make the folder writable with: chmod 700 %s",
					dir, filepath.Base(path+suffix), dir)
			}
			continue
		}
		if err == nil && !fi.Mode().IsRegular() {
			return fileError(path, ErrReadOnly, nil, graph.ECONFLICT, "%s is not a file: SQLite cannot keep the database's log there; remove it", path+suffix)
		}
		if err := writable(path + suffix); err != nil {
			return fileError(path, ErrReadOnly, err, graph.ECONFLICT,
				"the database's log file %s is read-only (file mode %04o): reading works; to change the database, make it writable with: chmod 600 %s",
				path+suffix, fi.Mode().Perm(), path+suffix)
		}
	}
	return nil
}

// fixCompanions gives the -wal and -shm files of the database at path that
// belong to this user mode 0600. SQLite makes them with the mode of the
// database file: an older kring that read a 0400 database left a 0400 -shm
// behind, and every later write failed, also once the database was 0600.
func fixCompanions(path string) {
	for _, suffix := range []string{"-wal", "-shm"} {
		fi, err := os.Lstat(path + suffix)
		if err == nil && fi.Mode().IsRegular() && fi.Mode().Perm() != 0o600 && mine(fi) {
			os.Chmod(path+suffix, 0o600)
		}
	}
}

// openReadOnly opens the database at path only to read it, through SQLite's
// read-only file system interface (modernc.org/sqlite/vfs over the file's
// folder): SQLite can neither write, nor lock, nor make a file next to it. A
// write-ahead log next to it is read too, into memory (exclusive locking
// mode: no -shm index); without one the file is opened as immutable. why is
// what writes say.
//
// It is for another participant's database and for a database this user
// cannot change; neither is being written by kring meanwhile (the locks are
// not taken).
func openReadOnly(ctx context.Context, path string, why error) (*DB, error) {
	fresh, err := prepareFile(path, false)
	if err != nil {
		return nil, err
	}
	if fresh {
		return nil, fileError(path, ErrNotSQLite, nil, graph.EINVALID, "%s is empty, not a kring database", path)
	}
	name, fsys, err := vfs.New(os.DirFS(filepath.Dir(path)))
	if err != nil {
		return nil, err
	}
	// Without a log, SQLite opens the file as immutable; with one, it needs
	// exclusive locking mode to read the log without a -shm index.
	how := "immutable=1"
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		how = "_pragma=locking_mode(EXCLUSIVE)"
	}
	dsn := "file:" + escapePath(filepath.Base(path)) + "?vfs=" + name + "&mode=ro&" + how +
		"&_pragma=trusted_schema(0)&_pragma=foreign_keys(1)&_pragma=temp_store(MEMORY)"
	version, err := probe(ctx, path, dsn)
	if err != nil {
		fsys.Close()
		return nil, err
	}
	sqldb, err := sql.Open("sqlite", dsn)
	if err != nil {
		fsys.Close()
		return nil, err
	}
	db := &DB{sql: sqldb, path: path, readOnly: why, closers: []func() error{fsys.Close}}
	if version < len(migrations) {
		if err := db.upgradeInMemory(ctx); err != nil {
			db.Close()
			return nil, err
		}
	}
	return db, nil
}

// upgradeInMemory copies the database into memory (SQLite's memdb), brings
// the copy's schema up to date there and reads the copy from then on: an
// older kring's database is read as this kring knows it, and no copy of it is
// ever written to disk, so a kill leaves nothing behind.
func (db *DB) upgradeInMemory(ctx context.Context) error {
	mem, pin, uri, err := newMemDB(ctx)
	if err != nil {
		return err
	}
	if _, err := db.sql.ExecContext(ctx, `VACUUM INTO ?`, uri); err != nil {
		pin.Close()
		mem.Close()
		return classify(db.path, err)
	}
	// The file is no longer needed.
	db.sql.Close()
	for _, c := range db.closers {
		c()
	}
	db.sql, db.w, db.closers = mem, mem, []func() error{pin.Close}
	err = db.migrate(ctx)
	db.w = nil
	return err
}

// newMemDB opens a new, empty database in memory, with a name (uri) that
// other connections of this process can open it by, e.g. VACUUM INTO. It
// lives while pin is open.
func newMemDB(ctx context.Context) (db *sql.DB, pin *sql.Conn, uri string, err error) {
	var b [8]byte
	rand.Read(b[:])
	uri = "file:/kring-" + hex.EncodeToString(b[:]) + "?vfs=memdb"
	db, err = sql.Open("sqlite", uri+"&_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_txlock=immediate")
	if err != nil {
		return nil, nil, "", err
	}
	db.SetMaxOpenConns(4)
	if pin, err = db.Conn(ctx); err != nil {
		db.Close()
		return nil, nil, "", err
	}
	return db, pin, uri, nil
}

// ReadOnly says why the database cannot be changed (an error that is
// ErrReadOnly), or nil when it can.
func (db *DB) ReadOnly() error {
	if db.w != nil {
		return nil
	}
	return db.readOnly
}

// errOpenedToRead is what writes to another participant's database say.
func errOpenedToRead(path string) error {
	return fileError(path, ErrReadOnly, nil, graph.ECONFLICT, "%s was opened only to read it: kring does not change it", path)
}
