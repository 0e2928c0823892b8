package store

import (
	"errors"
	"fmt"

	"github.com/kring-nl/kring/graph"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// What can be wrong with a database file. Every error store returns about a
// file is a *FileError whose kind is one of these, so that callers can tell
// them apart with errors.Is, and whose message says what is wrong without
// assuming how the file was named (with --db, as an import, as a backup).
var (
	// ErrNoDatabase: the file does not exist, and Options.Create is not set.
	ErrNoDatabase = errors.New("no kring database")
	// ErrNotSQLite: the file is not an SQLite database (or is a folder).
	ErrNotSQLite = errors.New("not an SQLite file")
	// ErrForeign: an SQLite database of another program, or one marked as
	// kring's whose tables are not kring's.
	ErrForeign = errors.New("not a kring database")
	// ErrNewer: written by a newer kring, with a schema this one does not know.
	ErrNewer = errors.New("written by a newer kring")
	// ErrDamaged: SQLite finds the file damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
	ErrDamaged = errors.New("damaged database")
	// ErrBusy: another program holds the file locked for longer than kring waits.
	ErrBusy = errors.New("database busy")
	// ErrReadOnly: the file can be read but not changed (file mode, folder,
	// read-only file system), or was opened only to read it.
	ErrReadOnly = errors.New("read-only database")
	// ErrDiskFull: the disk holding the file is full.
	ErrDiskFull = errors.New("disk full")
	// ErrIO: the file cannot be read or written for another reason (a disk
	// error, a removed USB stick).
	ErrIO = errors.New("database file cannot be read or written")
)

// FileError is a problem with a database file.
type FileError struct {
	Path  string // the database file
	Kind  error  // ErrNotSQLite, ErrForeign, ...
	Cause error  // what SQLite or the system said, when it said something
	msg   *graph.Error
}

func (e *FileError) Error() string { return e.msg.Error() }

// Unwrap gives the kind, the message (a *graph.Error with its code) and the
// cause, so that errors.Is and errors.As find each.
func (e *FileError) Unwrap() []error {
	out := []error{e.Kind, e.msg}
	if e.Cause != nil {
		out = append(out, e.Cause)
	}
	return out
}

// fileError makes a *FileError; format and args are the message.
func fileError(path string, kind, cause error, code, format string, args ...any) *FileError {
	return &FileError{Path: path, Kind: kind, Cause: cause, msg: graph.Errorf(code, format, args...)}
}

// sqliteCode is the primary SQLite result code of err, or 0 when err does not
// come from SQLite.
func sqliteCode(err error) int {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return 0
	}
	return se.Code() & 0xff
}

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	c := sqliteCode(err)
	return c == sqlite3.SQLITE_BUSY || c == sqlite3.SQLITE_LOCKED
}

// classify turns an error SQLite gave about the database at path into a
// *FileError by its result code; other errors come back as they are.
func classify(path string, err error) error {
	var fe *FileError
	if err == nil || errors.As(err, &fe) {
		return err
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return fileError(path, ErrBusy, err, graph.ECONFLICT,
			"%s is locked by another program (%v); try again once the other kring command, or the program using the file, has finished", path, se)
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return damagedError(path, err)
	case sqlite3.SQLITE_FULL:
		return fullError(path, err)
	case sqlite3.SQLITE_READONLY:
		if why := writeProblem(path); why != nil {
			why.Cause = err
			return why
		}
		return fileError(path, ErrReadOnly, err, graph.ECONFLICT,
			"%s cannot be changed (%v); reading works. Check that you may write to it and to its folder", path, se)
	case sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN:
		if diskFull(path) {
			return fullError(path, err)
		}
		if why := writeProblem(path); why != nil {
			why.Cause = err
			return why
		}
		return fileError(path, ErrIO, err, graph.ECONFLICT,
			"%s cannot be read or written (%v); check the disk it is on (is it still connected?), then try again and run: kring check", path, se)
	}
	return err
}

func damagedError(path string, cause error) *FileError {
	return fileError(path, ErrDamaged, cause, graph.EINVALID,
		"%s is damaged (%v); it was left untouched. Restore it from a backup (kring backup makes one)", path, cause)
}

func fullError(path string, cause error) *FileError {
	return fileError(path, ErrDiskFull, cause, graph.ECONFLICT,
		"the disk holding %s is full, so the change was not saved; free some space and try again", path)
}

// wrapf adds context to an error from SQLite about path, keeping it
// classified: fmt.Errorf with %w, then classify.
func wrapf(path string, err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return classify(path, fmt.Errorf(format+": %w", append(args, err)...))
}
