// Package store keeps learning networks in one SQLite file (pure-Go driver
// modernc.org/sqlite): schema and embedded migrations, queries, and the
// translation between rows and kring's graph types.
package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kring-nl/kring/graph"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// appID marks a kring database in the SQLite header ('kRin').
const appID = 0x6b52696e

// ErrNoDatabase is returned by Open when the file does not exist and Create is
// not set.
var ErrNoDatabase = errors.New("no kring database")

// DB is an open kring database.
type DB struct {
	sql     *sql.DB
	path    string
	cleanup func() // removes a private copy (see openReadOnly)
}

// Options tune Open.
type Options struct {
	// Create makes the file (mode 0600, parent folders 0700) when it does not
	// exist yet. Commands that only read leave it unset.
	Create bool

	// ReadOnly opens the file only to read it, without changing it in any
	// way (no schema update, no write lock): for importing another
	// participant's database.
	ReadOnly bool
}

// Open opens the kring database at path and brings its schema up to date.
//
// Before anything is written, the file is checked: a file that is not SQLite,
// an SQLite file of another program, or a database written by a newer kring
// is refused and left untouched. The connection runs in WAL mode with
// synchronous=FULL, foreign keys on, a busy timeout, and write transactions
// that begin IMMEDIATE.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("database path %q: %w", path, err)
	}
	if opts.ReadOnly {
		return openReadOnly(ctx, abs)
	}
	fresh, err := prepareFile(abs, opts.Create)
	if err != nil {
		return nil, err
	}
	if !fresh {
		if err := probe(ctx, abs, "mode=ro&_pragma=busy_timeout(10000)"); err != nil {
			return nil, err
		}
	}
	sqldb, err := sql.Open("sqlite", dsn(abs, ""))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	sqldb.SetMaxOpenConns(4)
	db := &DB{sql: sqldb, path: abs}
	if err := db.migrate(ctx); err != nil {
		sqldb.Close()
		return nil, err
	}
	return db, nil
}

// openReadOnly opens an existing, up-to-date kring database only to read it.
func openReadOnly(ctx context.Context, path string) (*DB, error) {
	fresh, err := prepareFile(path, false)
	if err != nil {
		return nil, err
	}
	if fresh {
		return nil, graph.Errorf(graph.EINVALID, "%s is empty, not a kring database", path)
	}
	if err := probe(ctx, path, readOnly(path)); err != nil {
		return nil, err
	}
	sqldb, err := sql.Open("sqlite", dsn(path, readOnly(path)+"&_pragma=foreign_keys(1)"))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db := &DB{sql: sqldb, path: path}
	var v int
	if err := sqldb.QueryRowContext(ctx, `SELECT user_version FROM pragma_user_version`).Scan(&v); err != nil {
		sqldb.Close()
		return nil, damaged(path, err)
	}
	if v == len(migrations) {
		return db, nil
	}
	// An older kring wrote it: bring a private copy up to date, and read
	// that, leaving the file as it is.
	defer sqldb.Close()
	dir, err := os.MkdirTemp("", "kring-import-")
	if err != nil {
		return nil, err
	}
	copyPath := filepath.Join(dir, "copy.db")
	if _, err := sqldb.ExecContext(ctx, `VACUUM INTO ?`, copyPath); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("copy %s to bring it up to date: %w", path, err)
	}
	if err := os.Chmod(copyPath, 0o600); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	cp, err := Open(ctx, copyPath, Options{})
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	cp.path = path
	cp.cleanup = func() { os.RemoveAll(dir) }
	return cp, nil
}

// Close closes the database.
func (db *DB) Close() error {
	err := db.sql.Close()
	if db.cleanup != nil {
		db.cleanup()
		db.cleanup = nil
	}
	return err
}

// Path is the absolute path of the database file.
func (db *DB) Path() string { return db.path }

// dsn builds the modernc DSN for path. extra is appended to the query.
func dsn(path, extra string) string {
	esc := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path))
	q := "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-32000)&_pragma=threads(2)" +
		"&_pragma=foreign_keys(1)&_pragma=secure_delete(1)&_txlock=immediate"
	if extra != "" {
		q = extra
	}
	return "file:" + esc + "?" + q
}

// prepareFile makes sure path can be opened: it creates a missing file with
// mode 0600 when create is set. fresh reports an empty (new) file.
func prepareFile(path string, create bool) (fresh bool, err error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if !create {
			return false, fmt.Errorf("%w at %s", ErrNoDatabase, path)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return false, fmt.Errorf("create database folder: %w", err)
		}
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil && !errors.Is(err, os.ErrExist) {
			return false, fmt.Errorf("create database: %w", err)
		}
		if f != nil {
			f.Close()
		}
		return true, nil
	case err != nil:
		return false, fmt.Errorf("database %s: %w", path, err)
	case fi.IsDir():
		return false, graph.Errorf(graph.EINVALID, "%s is a folder, not a database file; pass a file name with --db", path)
	}
	if fi.Size() == 0 {
		return true, nil
	}
	return false, checkHeader(path)
}

// checkHeader refuses files that are not SQLite databases, by their first
// 100 bytes, without opening them with SQLite.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("database %s: %w", path, err)
	}
	defer f.Close()
	var h [100]byte
	if _, err := io.ReadFull(f, h[:]); err != nil || string(h[:16]) != "SQLite format 3\x00" {
		return graph.Errorf(graph.EINVALID, "%s is not a kring database (not an SQLite file); it was left untouched. Pass another file with --db", path)
	}
	// The payload fractions are fixed at 64, 32, 32 and the page size is a
	// power of two from 512 to 65536 (1 meaning 65536) in every SQLite file.
	size := int(binary.BigEndian.Uint16(h[16:18]))
	if h[21] != 64 || h[22] != 32 || h[23] != 32 || (size != 1 && (size < 512 || size&(size-1) != 0)) {
		return graph.Errorf(graph.EINVALID, "%s is damaged (its SQLite header is not valid); it was left untouched. Restore it from a backup", path)
	}
	return checkIDs(path, int(binary.BigEndian.Uint32(h[60:64])), binary.BigEndian.Uint32(h[68:72]), -1)
}

// checkIDs refuses another program's database and one from a newer kring.
// tables is the number of schema objects, or -1 when not known.
func checkIDs(path string, version int, app uint32, tables int) error {
	switch {
	case app != 0 && app != appID:
		return graph.Errorf(graph.EINVALID, "%s is an SQLite database of another program, not of kring; it was left untouched. Pass another file with --db", path)
	case app == 0 && (version != 0 || tables > 0):
		return graph.Errorf(graph.EINVALID, "%s is an SQLite database but not a kring database; it was left untouched. Pass another file with --db", path)
	case version > len(migrations):
		return graph.Errorf(graph.ECONFLICT, "%s was written by a newer kring (schema version %d; this kring knows up to %d); it was left untouched. Update kring to use it", path, version, len(migrations))
	}
	return nil
}

// probe opens an existing file read-only (query: the DSN query), without
// pragmas that change it, and checks what it holds.
func probe(ctx context.Context, path, query string) error {
	ro, err := sql.Open("sqlite", dsn(path, query))
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer ro.Close()
	var version, tables int
	var app int64
	row := ro.QueryRowContext(ctx, `SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT application_id FROM pragma_application_id),
		(SELECT count(*) FROM sqlite_schema)`)
	if err := row.Scan(&version, &app, &tables); err != nil {
		return damaged(path, err)
	}
	return checkIDs(path, version, uint32(app), tables)
}

// readOnly is the DSN query that opens another participant's file only to
// read it. A file closed cleanly has no write-ahead log: it is opened
// immutable, so that SQLite makes no -wal and -shm files next to it (kring
// does not import a file another kring is writing at the same moment). With
// a log, the log must be read too.
func readOnly(path string) string {
	if fi, err := os.Stat(path + "-wal"); err != nil || fi.Size() == 0 {
		return "mode=ro&immutable=1"
	}
	return "mode=ro&_pragma=busy_timeout(10000)"
}

// damaged explains a file SQLite cannot read.
func damaged(path string, err error) error {
	msg := err.Error()
	if strings.Contains(msg, "malformed") || strings.Contains(msg, "not a database") || strings.Contains(msg, "corrupt") {
		return graph.Errorf(graph.EINVALID, "%s is damaged (%v); it was left untouched. Restore it from a backup (kring backup makes one)", path, err)
	}
	return fmt.Errorf("read %s: %w", path, err)
}

// tx runs fn in a write transaction (BEGIN IMMEDIATE) and commits it when fn
// returns nil.
func (db *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.sql.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// read runs fn in a read transaction, so that it sees one consistent state.
func (db *DB) read(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	return fn(tx)
}
