package store

import (
	"cmp"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/kring-nl/kring/graph"
)

const settingSecret = "pseudonym_secret"

// Pseudonymizer gives people codes, such as P-7KQ2M, in place of their
// names: one scheme for every command and export of a database. A code is
// made with HMAC-SHA256, under a secret kept in the database, of the
// person's ID (not of the name): a person keeps their code when renamed and
// in every report and export of this database, codes follow no order of
// names or of joining, and nobody without the database can tell whose code
// it is, not even by trying a list of names.
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

// codeLen is the number of letters and digits of a code (25 bits); codes
// that would be the same get more, until they differ.
const codeLen = 5

// digest is the keyed hash of a person ID in base32.
func (p *Pseudonymizer) digest(id int64) string {
	m := hmac.New(sha256.New, p.key)
	m.Write([]byte("person:" + strconv.FormatInt(id, 10)))
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(m.Sum(nil))
}

// Codes gives each of people a code, by person ID. Codes are unique among
// them: where two would be the same, both are made longer.
func (p *Pseudonymizer) Codes(people []graph.Person) map[int64]string {
	digests := make(map[int64]string, len(people))
	for _, person := range people {
		digests[person.ID] = p.digest(person.ID)
	}
	codes := make(map[int64]string, len(people))
	pending := make([]int64, 0, len(people))
	for id := range digests {
		pending = append(pending, id)
	}
	for n := codeLen; len(pending) > 0 && n <= 52; n += 2 {
		byCode := map[string][]int64{}
		for _, id := range pending {
			byCode[digests[id][:n]] = append(byCode[digests[id][:n]], id)
		}
		pending = pending[:0]
		for c, ids := range byCode {
			if len(ids) == 1 {
				codes[ids[0]] = "P-" + c
			} else {
				pending = append(pending, ids...)
			}
		}
	}
	return codes
}

// Network returns a copy of n in which every name is its code, people are
// in the order of their codes with new IDs 1, 2, … in that order (so that
// neither names nor the order of joining can be read from it), and ties,
// contacts and reports point to the new IDs. Organisations, functions and
// topics are kept.
func (p *Pseudonymizer) Network(n *graph.Network) *graph.Network {
	codes := p.Codes(n.People)
	c := *n
	c.People = make([]graph.Person, len(n.People))
	for i, person := range n.People {
		person.Name = codes[person.ID]
		c.People[i] = person
	}
	slices.SortFunc(c.People, func(a, b graph.Person) int { return cmp.Compare(a.Name, b.Name) })
	newID := make(map[int64]int64, len(c.People))
	for i := range c.People {
		newID[c.People[i].ID] = int64(i + 1)
		c.People[i].ID = int64(i + 1)
	}
	ids := func(old []int64) []int64 {
		out := make([]int64, len(old))
		for i, id := range old {
			out[i] = newID[id]
		}
		slices.Sort(out)
		return out
	}
	c.Ties = make([]graph.Tie, len(n.Ties))
	for i, t := range n.Ties {
		t.ID = 0
		t.Giver, t.Receiver, t.Reporters = newID[t.Giver], newID[t.Receiver], ids(t.Reporters)
		c.Ties[i] = t
	}
	slices.SortFunc(c.Ties, func(a, b graph.Tie) int {
		return cmp.Or(cmp.Compare(a.Wave, b.Wave), cmp.Compare(a.Giver, b.Giver), cmp.Compare(a.Receiver, b.Receiver))
	})
	c.Contacts = make([]graph.Contact, len(n.Contacts))
	for i, k := range n.Contacts {
		k.ID = 0
		a, b := newID[k.A], newID[k.B]
		k.A, k.B, k.Reporters = min(a, b), max(a, b), ids(k.Reporters)
		c.Contacts[i] = k
	}
	slices.SortFunc(c.Contacts, func(a, b graph.Contact) int {
		return cmp.Or(cmp.Compare(a.Wave, b.Wave), cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
	})
	return &c
}
