package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// What kring serve keeps (schema version 6): its settings per network, which
// browser holds which person's name (a claim), personal codes, names people
// typed for themselves, and who answered from the pages. Tokens and codes are
// kept only as their SHA-256 hash; the caller makes and hashes them.

// Errors of kring serve's store, to tell apart with errors.Is.
var (
	// ErrClaimed: another browser holds the person's name.
	ErrClaimed = errors.New("the name is in use in another browser")
	// ErrNoClaim: the browser holds no name (or its name was released).
	ErrNoClaim = errors.New("no name picked in this browser")
	// ErrNoCode: no person has the code.
	ErrNoCode = errors.New("unknown personal code")
	// ErrNoRequest: no name waits for the facilitator under this token or ID.
	ErrNoRequest = errors.New("no such request to be added")
	// ErrGone: the person is no longer in the network (merged or removed).
	ErrGone = errors.New("the person is no longer in the network")
)

// ServeSettings are a network's settings for kring serve.
type ServeSettings struct {
	Key          []byte // the HMAC key of the pages' CSRF tokens: 32 random bytes, made once
	ShowNames    bool   // the projector names who answered, instead of counting them
	MapLabels    string // the live map labels people with their "name" or "initials"
	SelfRegister bool   // people not on the list may ask to be added
	ShowResults  bool   // participants see their ego map and whom they could ask
}

// ServeSettings reads the network's settings for kring serve; the first time
// it makes them, with a new random key.
func (db *DB) ServeSettings(ctx context.Context, netID int64) (ServeSettings, error) {
	var s ServeSettings
	get := func(q interface {
		QueryRowContext(context.Context, string, ...any) *sql.Row
	}) error {
		return q.QueryRowContext(ctx, `SELECT csrf_key, show_names, map_labels, self_register, show_results FROM serve_settings
			WHERE network_id = ?`, netID).Scan(&s.Key, &s.ShowNames, &s.MapLabels, &s.SelfRegister, &s.ShowResults)
	}
	err := db.read(ctx, func(tx *sql.Tx) error { return get(tx) })
	if !errors.Is(err, sql.ErrNoRows) {
		return s, err
	}
	key := make([]byte, 32)
	rand.Read(key) // never fails (crypto/rand)
	err = db.rawTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO serve_settings (network_id, csrf_key) VALUES (?, ?)
			ON CONFLICT (network_id) DO NOTHING`, netID, key); err != nil {
			return err
		}
		return get(tx)
	})
	return s, err
}

// SetServeSettings changes the network's settings for kring serve (not its key).
func (db *DB) SetServeSettings(ctx context.Context, netID int64, s ServeSettings) error {
	if s.MapLabels != "name" {
		s.MapLabels = "initials"
	}
	return db.rawTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE serve_settings SET show_names = ?, map_labels = ?, self_register = ?, show_results = ?
			WHERE network_id = ?`, s.ShowNames, s.MapLabels, s.SelfRegister, s.ShowResults, netID)
		return err
	})
}

// Claim gives the person's name to the browser whose session token hashes
// to token. A name another browser holds is refused with ErrClaimed, unless
// takeover is set (a personal code proves who it is). A browser holds one
// name: any other it held is let go.
func (db *DB) Claim(ctx context.Context, netID, personID int64, token []byte, takeover bool) error {
	return db.rawTx(ctx, func(tx *sql.Tx) error {
		if err := inNetwork(ctx, tx, netID, personID); err != nil {
			return err
		}
		var held []byte
		err := tx.QueryRowContext(ctx, `SELECT token_hash FROM serve_claims WHERE person_id = ?`, personID).Scan(&held)
		switch {
		case err == nil && slices.Equal(held, token):
			return nil
		case err == nil && !takeover:
			return ErrClaimed
		case err != nil && !errors.Is(err, sql.ErrNoRows):
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM serve_claims WHERE token_hash = ? OR person_id = ?`, token, personID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM serve_pending WHERE token_hash = ?`, token); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO serve_claims (person_id, token_hash) VALUES (?, ?)`, personID, token)
		return err
	})
}

// inNetwork returns ErrGone unless the person is in the network.
func inNetwork(ctx context.Context, tx *sql.Tx, netID, personID int64) error {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM people WHERE id = ? AND network_id = ?`, personID, netID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrGone
	}
	return err
}

// ClaimOf is the person whose name the browser with the token holds, or
// ErrNoClaim.
func (db *DB) ClaimOf(ctx context.Context, netID int64, token []byte) (graph.Person, error) {
	var p graph.Person
	err := db.read(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT p.id, p.name FROM serve_claims c JOIN people p ON p.id = c.person_id
			WHERE c.token_hash = ? AND p.network_id = ?`, token, netID).Scan(&p.ID, &p.Name)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNoClaim
		}
		if err != nil {
			return err
		}
		p.Offers, p.Needs, err = personTopics(ctx, tx, p.ID)
		return err
	})
	return p, err
}

// Release lets go of the person's name, so that another browser can pick it.
func (db *DB) Release(ctx context.Context, personID int64) error {
	return db.rawTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM serve_claims WHERE person_id = ?`, personID)
		return err
	})
}

// Leave lets go of whatever the browser with the token holds: a name, or a
// request to be added.
func (db *DB) Leave(ctx context.Context, token []byte) error {
	return db.rawTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM serve_claims WHERE token_hash = ?`, token); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM serve_pending WHERE token_hash = ?`, token)
		return err
	})
}

// Claims says whose names are held by a browser, with when they were picked
// (UTC, 2026-11-30T14:05:00Z).
func (db *DB) Claims(ctx context.Context, netID int64) (map[int64]string, error) {
	return db.personTimes(ctx, `SELECT c.person_id, c.claimed_at FROM serve_claims c JOIN people p ON p.id = c.person_id
		WHERE p.network_id = ?`, netID)
}

// SetCodes gives people new personal codes, by person ID (the hash of each
// code); their old codes stop working.
func (db *DB) SetCodes(ctx context.Context, netID int64, codes map[int64][]byte) error {
	return db.rawTx(ctx, func(tx *sql.Tx) error {
		for id, h := range codes {
			if err := inNetwork(ctx, tx, netID, id); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO serve_codes (person_id, code_hash) VALUES (?, ?)
				ON CONFLICT (person_id) DO UPDATE SET code_hash = excluded.code_hash, made_at = excluded.made_at`, id, h); err != nil {
				return err
			}
		}
		return nil
	})
}

// CodeHolder is the person whose personal code hashes to code, or ErrNoCode.
func (db *DB) CodeHolder(ctx context.Context, netID int64, code []byte) (graph.Person, error) {
	var p graph.Person
	err := db.read(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT p.id, p.name FROM serve_codes c JOIN people p ON p.id = c.person_id
			WHERE c.code_hash = ? AND p.network_id = ?`, code, netID).Scan(&p.ID, &p.Name)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNoCode
		}
		return err
	})
	return p, err
}

// Codes says who has a personal code, with when it was made.
func (db *DB) Codes(ctx context.Context, netID int64) (map[int64]string, error) {
	return db.personTimes(ctx, `SELECT c.person_id, c.made_at FROM serve_codes c JOIN people p ON p.id = c.person_id
		WHERE p.network_id = ?`, netID)
}

// Request is a name someone not on the list typed for themselves, waiting
// for the facilitator.
type Request struct {
	ID      int64
	Name    string
	Created string // UTC, 2026-11-30T14:05:00Z
}

// Ask keeps the name someone typed for themselves, to be added to the
// network by the facilitator, for the browser with the token (replacing a
// name it asked for before).
func (db *DB) Ask(ctx context.Context, netID int64, name string, token []byte) (Request, error) {
	clean, err := names.Check("person", name)
	if err != nil {
		return Request{}, err
	}
	r := Request{Name: clean}
	err = db.rawTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM serve_claims WHERE token_hash = ?`, token); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `INSERT INTO serve_pending (network_id, name, name_key, token_hash) VALUES (?, ?, ?, ?)
			ON CONFLICT (token_hash) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, network_id = excluded.network_id
			RETURNING id, created_at`, netID, clean, names.Key(clean), token).Scan(&r.ID, &r.Created)
	})
	return r, err
}

// Asked is the request of the browser with the token, or ErrNoRequest.
func (db *DB) Asked(ctx context.Context, netID int64, token []byte) (Request, error) {
	var r Request
	err := db.read(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id, name, created_at FROM serve_pending WHERE token_hash = ? AND network_id = ?`,
			token, netID).Scan(&r.ID, &r.Name, &r.Created)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNoRequest
		}
		return err
	})
	return r, err
}

// Requests lists the names waiting for the facilitator, oldest first.
func (db *DB) Requests(ctx context.Context, netID int64) ([]Request, error) {
	var out []Request
	err := db.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id, name, created_at FROM serve_pending WHERE network_id = ? ORDER BY id`, netID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var r Request
			if err := rows.Scan(&r.ID, &r.Name, &r.Created); err != nil {
				return err
			}
			out = append(out, r)
		}
		return rows.Err()
	})
	return out, err
}

// Admit answers a request: with into empty, its name is added to the
// network as a new person (or, when someone of that name is there already,
// found); otherwise it is the person named into, who keeps the typed name
// as another name. Either way the requesting browser then holds the
// person's name: ErrClaimed when another browser holds it. It is one change
// in the history (see Describe).
func (db *DB) Admit(ctx context.Context, netID, requestID int64, into string) (graph.Person, error) {
	var p graph.Person
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var name string
		var token []byte
		err := tx.QueryRowContext(ctx, `SELECT name, token_hash FROM serve_pending WHERE id = ? AND network_id = ?`,
			requestID, netID).Scan(&name, &token)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNoRequest
		} else if err != nil {
			return err
		}
		switch {
		case into != "":
			if p, err = findPerson(ctx, tx, netID, into); err != nil {
				return err
			}
			if names.Key(name) != names.Key(p.Name) {
				if err := addAlias(ctx, tx, netID, p.ID, name); err != nil {
					return err
				}
			}
		default:
			p, err = personByKey(ctx, tx, netID, names.Key(name))
			if errors.Is(err, sql.ErrNoRows) {
				p = graph.Person{Name: name}
				p.ID, err = insertPerson(ctx, tx, netID, p)
			}
			if err != nil {
				return err
			}
		}
		var held []byte
		err = tx.QueryRowContext(ctx, `SELECT token_hash FROM serve_claims WHERE person_id = ?`, p.ID).Scan(&held)
		if err == nil && !slices.Equal(held, token) {
			return ErrClaimed
		} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		for _, q := range []string{
			`DELETE FROM serve_pending WHERE id = ?1`,
			`DELETE FROM serve_claims WHERE token_hash = ?2`,
			`INSERT INTO serve_claims (person_id, token_hash) VALUES (?3, ?2)`,
		} {
			if _, err := tx.ExecContext(ctx, q, requestID, token, p.ID); err != nil {
				return err
			}
		}
		return nil
	})
	return p, err
}

// Refuse drops a request: the browser that made it may pick a name again.
func (db *DB) Refuse(ctx context.Context, netID, requestID int64) error {
	return db.rawTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM serve_pending WHERE id = ? AND network_id = ?`, requestID, netID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return ErrNoRequest
		}
		return nil
	})
}

// Submission is one participant's answers of a wave, as the pages of kring
// serve send them: what Answer stores with replace, and the person's topics.
type Submission struct {
	PersonID int64
	Records  []graph.TieRecord // help ties and contacts; Wave and Reporter are set by SubmitAnswers
	Offers   *[]string         // what the person can offer, replacing the list; nil leaves it
	Needs    *[]string         // what the person needs, replacing the list; nil leaves it
	Who      string            // for the history (kring log): who sent it, e.g. "web"
	What     string            // for the history: e.g. "answers of Ann Peeters in Meeting 2"
}

// Submitted is what SubmitAnswers did with one submission: the stored
// result, or Err, why this submission was not stored.
type Submitted struct {
	AnswerResult
	Err error
}

// SubmitAnswers stores participants' answers of a wave, each as Answer does
// with replace (the person is the reporter and is marked present; their
// earlier reports of the wave go first, with the ties only they reported;
// people not in the network are added) and with the person's topics, and
// notes that they answered. All go in one transaction, so that many
// answers arriving at once cost one commit; each is a savepoint of its own
// and a change of its own in the history (Who, What), so that a bad
// submission leaves the others stored and kring undo takes back one
// participant's answers. The error is for the transaction as a whole: then
// none was stored.
func (db *DB) SubmitAnswers(ctx context.Context, netID, waveID int64, subs []Submission) ([]Submitted, error) {
	out := make([]Submitted, len(subs))
	err := db.rawTx(ctx, func(tx *sql.Tx) error {
		var w graph.Wave
		err := tx.QueryRowContext(ctx, `SELECT id, name, coalesce(date, ''), seq FROM waves WHERE id = ? AND network_id = ?`,
			waveID, netID).Scan(&w.ID, &w.Name, &w.Date, &w.Seq)
		if errors.Is(err, sql.ErrNoRows) {
			return graph.Errorf(graph.ENOTFOUND, "the wave the answers are for is gone; start kring serve again, with --wave to pick one")
		} else if err != nil {
			return err
		}
		now := time.Now().UTC().Format("2006-01-02T15:04:05Z")
		fresh := func() *resolver { return newResolver(tx, netID, AddOptions{AddNew: true, Wave: w.Name}) }
		r := fresh()
		defer func() { r.close() }()
		for i, s := range subs {
			if _, err := tx.ExecContext(ctx, `SAVEPOINT answer`); err != nil {
				return err
			}
			res, err := db.submit(ctx, tx, r, netID, w, s, now)
			if err != nil {
				if _, e := tx.ExecContext(ctx, `ROLLBACK TO answer`); e != nil {
					return e
				}
				out[i].Err = classify(db.path, err)
			} else {
				out[i].AnswerResult = res
			}
			if _, err := tx.ExecContext(ctx, `RELEASE answer`); err != nil {
				return err
			}
			// What the resolver remembers may have been rolled back, and a
			// resolver in bulk mode does not see the reports withdrawn.
			if err != nil || r.bulk {
				r.close()
				r = fresh()
			}
		}
		return ctx.Err()
	})
	db.change = nil
	if err != nil {
		return nil, err
	}
	return out, nil
}

// submit stores one submission inside SubmitAnswers' transaction.
func (db *DB) submit(ctx context.Context, tx *sql.Tx, r *resolver, netID int64, w graph.Wave, s Submission, now string) (AnswerResult, error) {
	res := AnswerResult{Wave: w}
	db.change = &pendingChange{netID: netID, who: s.Who, what: s.What}
	if err := db.startChange(ctx, tx); err != nil {
		return res, err
	}
	var me graph.Person
	err := tx.QueryRowContext(ctx, `SELECT id, name FROM people WHERE id = ? AND network_id = ?`, s.PersonID, netID).Scan(&me.ID, &me.Name)
	if errors.Is(err, sql.ErrNoRows) {
		return res, ErrGone
	} else if err != nil {
		return res, err
	}
	if res.Withdrawn, err = r.withdraw(ctx, w.ID, me.ID); err != nil {
		return res, err
	}
	recs := slices.Clone(s.Records)
	for i := range recs {
		recs[i].Wave, recs[i].Reporter, recs[i].Where = w.Name, me.Name, ""
	}
	r.newPeople = nil
	if _, err := r.addAll(ctx, recs, &res.AddResult, true); err != nil {
		return res, err
	}
	res.NewPeople = r.newPeople
	for _, q := range []string{
		`INSERT INTO attendance (wave_id, person_id, present) VALUES (?1, ?2, 1)
			ON CONFLICT (wave_id, person_id) DO UPDATE SET present = 1 WHERE present <> 1`,
		`INSERT INTO serve_answers (wave_id, person_id, answered_at) VALUES (?1, ?2, ?3)
			ON CONFLICT (wave_id, person_id) DO UPDATE SET answered_at = excluded.answered_at`,
	} {
		st, err := r.stmt(ctx, q)
		if err != nil {
			return res, err
		}
		if _, err := st.ExecContext(ctx, w.ID, me.ID, now); err != nil {
			return res, err
		}
	}
	if s.Offers != nil || s.Needs != nil {
		offers, needs, err := personTopics(ctx, tx, me.ID)
		if err != nil {
			return res, err
		}
		for _, t := range []struct {
			kind string
			new  *[]string
			old  []string
		}{{"offers", s.Offers, offers}, {"needs", s.Needs, needs}} {
			if t.new == nil {
				continue
			}
			list, err := topics(*t.new)
			if err != nil {
				return res, err
			}
			if !slices.Equal(list, t.old) {
				if err := setTopics(ctx, tx, me.ID, t.kind, list); err != nil {
					return res, err
				}
			}
		}
	}
	return res, db.endChange(ctx, tx)
}

// withdraw is the package's withdraw with the resolver's prepared
// statements: a person's reports of a wave go, and the ties of that wave
// nobody else reported.
func (r *resolver) withdraw(ctx context.Context, waveID, personID int64) (int, error) {
	find, err := r.stmt(ctx, `SELECT r.tie_id FROM tie_reporters r JOIN ties t ON t.id = r.tie_id WHERE r.person_id = ? AND t.wave_id = ?`)
	if err != nil {
		return 0, err
	}
	rows, err := find.QueryContext(ctx, personID, waveID)
	if err != nil {
		return 0, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	unreport, err := r.stmt(ctx, `DELETE FROM tie_reporters WHERE tie_id = ? AND person_id = ?`)
	if err != nil {
		return 0, err
	}
	orphan, err := r.stmt(ctx, `DELETE FROM ties WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM tie_reporters WHERE tie_id = ?1)`)
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		if _, err := unreport.ExecContext(ctx, id, personID); err != nil {
			return 0, err
		}
		if _, err := orphan.ExecContext(ctx, id); err != nil {
			return 0, err
		}
	}
	return len(ids), nil
}

// Reports lists what a person reported in a wave, as records with the
// person as reporter, in the order they were recorded: the answers they
// gave (kring record, the pages of kring serve, a survey).
func (db *DB) Reports(ctx context.Context, netID, personID, waveID int64) ([]graph.TieRecord, error) {
	var out []graph.TieRecord
	err := db.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT t.id, t.kind, s.name, d.name, w.name, me.name FROM tie_reporters r
			JOIN ties t ON t.id = r.tie_id JOIN people s ON s.id = t.source_id JOIN people d ON d.id = t.target_id
			JOIN waves w ON w.id = t.wave_id JOIN people me ON me.id = r.person_id
			WHERE r.person_id = ? AND t.wave_id = ? AND t.network_id = ? ORDER BY t.id`, personID, waveID, netID)
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			var kind string
			var rec graph.TieRecord
			if err := rows.Scan(&id, &kind, &rec.Giver, &rec.Receiver, &rec.Wave, &rec.Reporter); err != nil {
				rows.Close()
				return err
			}
			rec.Contact = kind == "contact"
			ids = append(ids, id)
			out = append(out, rec)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for i, id := range ids {
			if out[i].Contact {
				continue
			}
			if out[i].Topics, err = queryStrings(ctx, tx, `SELECT topic FROM tie_topics WHERE tie_id = ? ORDER BY rowid`, id); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// Answered says who answered in a wave, with when: who sent answers from
// the pages of kring serve (UTC, 2026-11-30T14:05:00Z), and who reported a
// tie of the wave in another way (with "").
func (db *DB) Answered(ctx context.Context, netID, waveID int64) (map[int64]string, error) {
	out := map[int64]string{}
	err := db.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = answered(ctx, tx, netID, waveID)
		return err
	})
	return out, err
}

func answered(ctx context.Context, tx *sql.Tx, netID, waveID int64) (map[int64]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT r.person_id, '' FROM tie_reporters r JOIN ties t ON t.id = r.tie_id
			WHERE t.wave_id = ?1 AND t.network_id = ?2
		UNION ALL SELECT a.person_id, a.answered_at FROM serve_answers a JOIN waves w ON w.id = a.wave_id
			WHERE a.wave_id = ?1 AND w.network_id = ?2`, waveID, netID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]string{}
	for rows.Next() {
		var id int64
		var at string
		if err := rows.Scan(&id, &at); err != nil {
			return nil, err
		}
		if at != "" || out[id] == "" {
			out[id] = at
		}
	}
	return out, rows.Err()
}

// LoadAnswered is Load and Answered for the wave, as one moment of the
// database saw them.
func (db *DB) LoadAnswered(ctx context.Context, netID, waveID int64) (*graph.Network, map[int64]string, error) {
	n := &graph.Network{ID: netID}
	var who map[int64]string
	err := db.read(ctx, func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, `SELECT name FROM networks WHERE id = ?`, netID).Scan(&n.Name); err != nil {
			return fmt.Errorf("network %d: %w", netID, err)
		}
		var err error
		if n.People, err = loadPeople(ctx, tx, netID); err != nil {
			return err
		}
		if n.Waves, err = loadWaves(ctx, tx, netID); err != nil {
			return err
		}
		if err := loadMarks(ctx, tx, n); err != nil {
			return err
		}
		if err := loadTies(ctx, tx, n); err != nil {
			return err
		}
		who, err = answered(ctx, tx, netID, waveID)
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("load network: %w", err)
	}
	return n, who, nil
}

// personTimes reads (person ID, time) rows.
func (db *DB) personTimes(ctx context.Context, query string, args ...any) (map[int64]string, error) {
	out := map[int64]string{}
	err := db.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var at string
			if err := rows.Scan(&id, &at); err != nil {
				return err
			}
			out[id] = at
		}
		return rows.Err()
	})
	return out, err
}

// Watcher tells whether the database changed, whoever changed it: this
// program or another (a kring command run while kring serve runs).
type Watcher struct {
	conn *sql.DB
}

// Watch makes a Watcher. It has a connection of its own, closed with the DB.
func (db *DB) Watch() (*Watcher, error) {
	conn, err := sql.Open("sqlite", dsn(db.path, ""))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", db.path, err)
	}
	// One connection that lives as long as the DB: SQLite's data version
	// is counted per connection.
	conn.SetMaxOpenConns(1)
	conn.SetMaxIdleConns(1)
	db.closers = append(db.closers, conn.Close)
	return &Watcher{conn: conn}, nil
}

// Version is a number that changes whenever a change to the database is
// committed by another connection: every write of this program (which has
// a connection of its own for writes) or of another.
func (w *Watcher) Version(ctx context.Context) (int64, error) {
	var v int64
	err := w.conn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v)
	return v, err
}
