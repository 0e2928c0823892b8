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
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kring-nl/kring/graph"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// appID marks a kring database in the SQLite header ('kRin').
const appID = 0x6b52696e

// DB is an open kring database.
type DB struct {
	sql *sql.DB // reads (a pool: readers never wait for a writer in WAL mode)
	w   *sql.DB // writes (one connection); nil when the file can only be read

	path     string
	readOnly error            // what writes say when w is nil
	waiting  func()           // Options.Waiting
	now      func() time.Time // Options.Now
	closers  []func() error
	change   *pendingChange // what the writes are, for the history (Describe)
}

// Options tune Open.
type Options struct {
	// Create makes the file (mode 0600, parent folders 0700) when it does not
	// exist yet. Commands that only read leave it unset.
	Create bool

	// ReadOnly opens the file only to read it, without changing it in any
	// way (no schema update, no lock, no file next to it): for importing
	// another participant's database.
	ReadOnly bool

	// Waiting, when set, is called when a write has to wait for another
	// program (another kring command) to finish its write, once each time it
	// starts waiting. Writes wait as long as it takes, until the context
	// passed to them is done.
	Waiting func()

	// Now, when set, is the clock that dates the changes kring log lists
	// (time.Now when nil).
	Now func() time.Time
}

// Open opens the kring database at path and brings its schema up to date.
//
// Before anything is written, the file is checked: a file that is not SQLite,
// an SQLite file of another program, one whose tables are not kring's, or a
// database written by a newer kring is refused and left untouched (see the
// Err kinds). The connections run in WAL mode with synchronous=FULL, foreign
// keys and secure_delete on, and write transactions that begin IMMEDIATE and
// wait their turn (see Options.Waiting).
//
// A file this user cannot change (its mode, its folder, a read-only file
// system) is opened to read it: reading works, writes return an ErrReadOnly
// error that says why, and nothing is made next to the file.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("database path %q: %w", path, err)
	}
	if opts.ReadOnly {
		return openReadOnly(ctx, abs, errOpenedToRead(abs))
	}
	fresh, err := prepareFile(abs, opts.Create)
	if err != nil {
		return nil, err
	}
	fixCompanions(abs)
	if why := writeProblem(abs); why != nil {
		if fresh {
			return nil, why
		}
		return openReadOnly(ctx, abs, why)
	}
	if !fresh {
		if _, err := probe(ctx, abs, dsn(abs, "mode=ro&_pragma=busy_timeout(10000)&_pragma=trusted_schema(0)")); err != nil {
			return nil, err
		}
	}
	reads, err := sql.Open("sqlite", dsn(abs, ""))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	reads.SetMaxOpenConns(4)
	writes, err := sql.Open("sqlite", dsn(abs, writeQuery))
	if err != nil {
		reads.Close()
		return nil, fmt.Errorf("open %s: %w", abs, err)
	}
	// One process writes one transaction at a time: its goroutines queue
	// here, other processes in begin.
	writes.SetMaxOpenConns(1)
	db := &DB{sql: reads, w: writes, path: abs, waiting: opts.Waiting, now: opts.Now}
	if err := db.migrate(ctx); err == nil && db.w != nil {
		err = db.rekey(ctx)
		if err != nil {
			db.Close()
			return nil, err
		}
	} else if err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	var errs []error
	if db.w != nil && db.w != db.sql {
		errs = append(errs, db.w.Close())
	}
	errs = append(errs, db.sql.Close())
	for _, c := range db.closers {
		errs = append(errs, c())
	}
	db.closers = nil
	return errors.Join(errs...)
}

// Path is the absolute path of the database file.
func (db *DB) Path() string { return db.path }

// settings are the pragmas of every connection that may write, as a DSN
// query; busy is the busy timeout.
func settings(busy time.Duration) string {
	return fmt.Sprintf("_pragma=busy_timeout(%d)", busy.Milliseconds()) +
		"&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-32000)&_pragma=threads(2)" +
		"&_pragma=foreign_keys(1)&_pragma=secure_delete(1)&_pragma=trusted_schema(0)&_txlock=immediate"
}

// Readers wait up to 10 s for a lock (in WAL mode only rare moments, such as
// the recovery of a log after a crash, keep them waiting at all). A writer
// asks SQLite to wait only briefly, then says it waits (Options.Waiting) and
// tries again until it gets its turn: see begin.
const writeWait = 200 * time.Millisecond

var (
	readQuery  = settings(10 * time.Second)
	writeQuery = settings(writeWait)
)

// escapePath escapes path for the file part of an SQLite URI.
func escapePath(path string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(filepath.ToSlash(path))
}

// dsn builds the modernc DSN for path; query is the DSN query, readQuery
// when empty.
func dsn(path, query string) string {
	if query == "" {
		query = readQuery
	}
	return "file:" + escapePath(path) + "?" + query
}

// prepareFile makes sure path can be opened: it creates a missing file with
// mode 0600 when create is set. fresh reports an empty (new) file.
func prepareFile(path string, create bool) (fresh bool, err error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if !create {
			return false, fileError(path, ErrNoDatabase, nil, graph.ENOTFOUND, "no kring database at %s", path)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return false, cannotCreate(path, err)
		}
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil && !errors.Is(err, os.ErrExist) {
			return false, cannotCreate(path, err)
		}
		if f != nil {
			f.Close()
		}
		return true, nil
	case err != nil:
		return false, fmt.Errorf("database %s: %w", path, err)
	case fi.IsDir():
		return false, fileError(path, ErrNotSQLite, nil, graph.EINVALID, "%s is a folder, not a kring database file", path)
	}
	if fi.Size() == 0 {
		return true, nil
	}
	return false, checkHeader(path)
}

// cannotCreate explains why a new database file could not be made.
func cannotCreate(path string, err error) error {
	switch {
	case readOnlyFS(err):
		return fileError(path, ErrReadOnly, err, graph.ECONFLICT, "cannot create %s: it is on a read-only file system; pick a writable place for it", path)
	case errors.Is(err, os.ErrPermission):
		return fileError(path, ErrReadOnly, err, graph.ECONFLICT, "cannot create %s: you may not write in its folder; pick another place, or make the folder writable", path)
	}
	return fmt.Errorf("create database %s: %w", path, err)
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
		return fileError(path, ErrNotSQLite, nil, graph.EINVALID, "%s is not a kring database (not an SQLite file); it was left untouched", path)
	}
	// The payload fractions are fixed at 64, 32, 32 and the page size is a
	// power of two from 512 to 65536 (1 meaning 65536) in every SQLite file.
	size := int(binary.BigEndian.Uint16(h[16:18]))
	if h[21] != 64 || h[22] != 32 || h[23] != 32 || (size != 1 && (size < 512 || size&(size-1) != 0)) {
		return fileError(path, ErrDamaged, nil, graph.EINVALID, "%s is damaged (its SQLite header is not valid); it was left untouched. Restore it from a backup (kring backup makes one)", path)
	}
	return checkIDs(path, int(binary.BigEndian.Uint32(h[60:64])), binary.BigEndian.Uint32(h[68:72]), -1)
}

// checkIDs refuses another program's database and one from a newer kring.
// tables is the number of schema objects, or -1 when not known.
func checkIDs(path string, version int, app uint32, tables int) error {
	switch {
	case app != 0 && app != appID:
		return fileError(path, ErrForeign, nil, graph.EINVALID, "%s is an SQLite database of another program, not of kring; it was left untouched", path)
	case app == 0 && (version != 0 || tables > 0):
		return fileError(path, ErrForeign, nil, graph.EINVALID, "%s is an SQLite database but not a kring database; it was left untouched", path)
	case version > len(migrations):
		return fileError(path, ErrNewer, nil, graph.ECONFLICT, "%s was written by a newer kring (schema version %d; this kring knows up to %d); it was left untouched. Update kring to use it", path, version, len(migrations))
	}
	return nil
}

// probe opens an existing file read-only with dsn, with no pragma that
// changes it, and checks what it holds: kring's marks (checkIDs) and kring's
// tables (checkSchema). It returns the schema version.
func probe(ctx context.Context, path, dsn string) (int, error) {
	ro, err := sql.Open("sqlite", dsn)
	if err != nil {
		return 0, fmt.Errorf("open %s: %w", path, err)
	}
	defer ro.Close()
	ro.SetMaxOpenConns(1)
	var version, tables int
	var app int64
	row := ro.QueryRowContext(ctx, `SELECT (SELECT user_version FROM pragma_user_version),
		(SELECT application_id FROM pragma_application_id),
		(SELECT count(*) FROM sqlite_schema)`)
	if err := row.Scan(&version, &app, &tables); err != nil {
		return 0, classify(path, err)
	}
	if err := checkIDs(path, version, uint32(app), tables); err != nil {
		return 0, err
	}
	return version, checkSchema(ctx, ro, path, version)
}

// tx runs fn in a write transaction (BEGIN IMMEDIATE) and commits it when fn
// returns nil. Errors from SQLite come back classified (see classify).
func (db *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	return db.writeTx(ctx, true, fn)
}

// rawTx is tx without the history: for schema changes.
func (db *DB) rawTx(ctx context.Context, fn func(*sql.Tx) error) error {
	return db.writeTx(ctx, false, fn)
}

func (db *DB) writeTx(ctx context.Context, history bool, fn func(*sql.Tx) error) error {
	tx, err := db.begin(ctx)
	if err != nil {
		return err
	}
	if !history {
		if err := fn(tx); err != nil {
			tx.Rollback()
			return classify(db.path, err)
		}
		if err := tx.Commit(); err != nil {
			return classify(db.path, fmt.Errorf("commit: %w", err))
		}
		return nil
	}
	first := db.change != nil && db.change.id == 0
	err = db.startChange(ctx, tx)
	if err == nil {
		err = fn(tx)
	}
	if err == nil {
		err = db.endChange(ctx, tx)
	}
	if err != nil {
		tx.Rollback()
		db.abandonChange(first)
		return classify(db.path, err)
	}
	if err := tx.Commit(); err != nil {
		db.abandonChange(first)
		return classify(db.path, fmt.Errorf("commit: %w", err))
	}
	return nil
}

// begin starts a write transaction, waiting as long as another program
// holds the write lock: SQLite waits briefly (writeQuery's busy timeout),
// then begin says it waits (Options.Waiting) and tries again after a pause
// that grows and is jittered, so that many waiting writers do not retry in
// step. It stops waiting when ctx is done.
func (db *DB) begin(ctx context.Context) (*sql.Tx, error) {
	if db.w == nil {
		return nil, db.readOnly
	}
	told := false
	pause := 10 * time.Millisecond
	for {
		tx, err := db.w.BeginTx(ctx, nil)
		if err == nil {
			return tx, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if !isBusy(err) {
			return nil, classify(db.path, fmt.Errorf("begin: %w", err))
		}
		if !told && db.waiting != nil {
			db.waiting()
		}
		told = true
		t := time.NewTimer(pause/2 + rand.N(pause/2+1))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
		pause = min(2*pause, 400*time.Millisecond)
	}
}

// read runs fn in a read transaction, so that it sees one consistent state.
func (db *DB) read(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return classify(db.path, fmt.Errorf("begin: %w", err))
	}
	defer tx.Rollback()
	return classify(db.path, fn(tx))
}
