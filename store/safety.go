package store

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

const settingSecret = "pseudonym_secret"

// Pseudonymizer gives people keyed pseudonyms: codes made with HMAC-SHA256
// under a secret kept in the database, so that a person has the same code in
// every export of this database, and nobody without the database can find
// whose code it is by hashing a list of names.
type Pseudonymizer struct {
	key []byte
}

// Pseudonymizer returns the database's pseudonymizer, making its secret (32
// random bytes) on first use.
func (db *DB) Pseudonymizer(ctx context.Context) (*Pseudonymizer, error) {
	var secret string
	err := db.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, settingSecret).Scan(&secret)
	})
	if errors.Is(err, sql.ErrNoRows) {
		err = db.tx(ctx, func(tx *sql.Tx) error {
			// Another kring may have made it meanwhile: keep the first.
			b := make([]byte, 32)
			if _, err := rand.Read(b); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)`, settingSecret, hex.EncodeToString(b)); err != nil {
				return err
			}
			return tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, settingSecret).Scan(&secret)
		})
	}
	if err != nil {
		return nil, fmt.Errorf("pseudonym secret: %w", err)
	}
	key, err := hex.DecodeString(secret)
	if err != nil || len(key) < 16 {
		return nil, fmt.Errorf("pseudonym secret in %s is damaged", db.path)
	}
	return &Pseudonymizer{key: key}, nil
}

// Code is the pseudonym of a name: "P-" and 10 letters and digits (50 bits).
// Names that are the same for kring (same Key) get the same code.
func (p *Pseudonymizer) Code(name string) string {
	m := hmac.New(sha256.New, p.key)
	m.Write([]byte(names.Key(name)))
	sum := m.Sum(nil)
	return "P-" + base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(sum)[:10]
}

// Network returns a copy of n with every name replaced by its code.
func (p *Pseudonymizer) Network(n *graph.Network) *graph.Network {
	c := *n
	c.People = make([]graph.Person, len(n.People))
	for i, person := range n.People {
		person.Name = p.Code(person.Name)
		c.People[i] = person
	}
	return &c
}

// Health is what Check found.
type Health struct {
	Integrity   []string // PRAGMA integrity_check: ["ok"] when sound
	ForeignKeys int      // rows that point to something that is not there
	Networks    int
	People      int
	Ties        int // help ties and contacts
	LogCleared  bool
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
		return h, damaged(db.path, err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return h, err
		}
		h.Integrity = append(h.Integrity, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return h, damaged(db.path, err)
	}
	fk, err := db.sql.QueryContext(ctx, `PRAGMA foreign_key_check`)
	if err != nil {
		return h, err
	}
	for fk.Next() {
		h.ForeignKeys++
	}
	fk.Close()
	if err := db.sql.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM networks), (SELECT count(*) FROM people), (SELECT count(*) FROM ties)`).
		Scan(&h.Networks, &h.People, &h.Ties); err != nil {
		return h, err
	}
	h.LogCleared, err = db.Checkpoint(ctx)
	return h, err
}

// Backup writes a consistent copy of the database to path (with VACUUM
// INTO, from one read transaction, so writers may go on meanwhile): first to
// a private temporary file next to it, then renamed over path.
func (db *DB) Backup(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	if fi, err := os.Stat(abs); err == nil {
		if fi.IsDir() {
			return graph.Errorf(graph.EINVALID, "%s is a folder; give the backup a file name, e.g. %s", path, filepath.Join(path, "kring-backup.db"))
		}
		if me, err := os.Stat(db.path); err == nil && os.SameFile(fi, me) {
			return graph.Errorf(graph.EINVALID, "%s is the database itself; back it up to another file", path)
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(abs), ".kring-backup-*")
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	tmpPath := tmp.Name()
	tmp.Close() // empty, mode 0600: VACUUM INTO fills it
	defer os.Remove(tmpPath)
	if _, err := db.sql.ExecContext(ctx, `VACUUM INTO ?`, tmpPath); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	f, err := os.OpenFile(tmpPath, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	f.Close()
	if err != nil {
		return err
	}
	if err := os.Rename(tmpPath, abs); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	return nil
}
