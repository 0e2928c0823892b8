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
