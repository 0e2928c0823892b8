package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// AddOptions say how AddTies resolves names and waves.
type AddOptions struct {
	AddNew   bool   // add unknown people instead of failing
	NewWaves bool   // add unknown waves (as imports do) instead of failing
	Wave     string // the wave of records that name none; "" means the last wave
	Source   string // the file the records come from, for error messages
	Today    string // YYYY-MM-DD, the date of a first wave made automatically; "" means today
}

// TieStatus says what adding a tie did.
type TieStatus int

const (
	TieNew       TieStatus = iota // not recorded before
	TieKnown                      // recorded before by the same reporter: nothing changed
	TieConfirmed                  // recorded before by the other end: now confirmed
	TieReported                   // recorded before by someone else: reporter added
)

// AddedTie is one tie as AddTies left it.
type AddedTie struct {
	ID        int64
	Contact   bool
	Giver     string // display names; for a contact, the two people
	Receiver  string
	Wave      string
	Status    TieStatus
	Confirmed bool
}

// AddResult tells what AddTies stored.
type AddResult struct {
	Ties      []AddedTie
	NewPeople []string     // people added because of AddNew
	NewWaves  []graph.Wave // waves added because of NewWaves, or the first wave made automatically
}

// Count returns how many of the ties have the given status.
func (r AddResult) Count(s TieStatus) int {
	n := 0
	for _, t := range r.Ties {
		if t.Status == s {
			n++
		}
	}
	return n
}

// AddTies stores help ties and contacts given by names, in one transaction:
// all of them or, when any record is bad, none. Records typed on the command
// line (Where "") fail with the first problem; records from a file fail with a
// *graph.InputError that lists every bad record.
func (db *DB) AddTies(ctx context.Context, netID int64, recs []graph.TieRecord, opts AddOptions) (AddResult, error) {
	var res AddResult
	err := db.tx(ctx, func(tx *sql.Tx) error {
		r := newResolver(tx, netID, opts)
		defer r.close()
		ties, problems, err := r.addAll(ctx, recs)
		if err != nil {
			return err
		}
		if len(problems) > 0 {
			return &graph.InputError{Source: opts.Source, Problems: problems}
		}
		res = AddResult{Ties: ties, NewPeople: r.newPeople, NewWaves: r.newWaves}
		return nil
	})
	if err != nil {
		return AddResult{}, err
	}
	return res, nil
}

// addAll adds every record. A typed record (Where "") that fails ends it with
// that error; bad records from a file come back as problems.
func (r *resolver) addAll(ctx context.Context, recs []graph.TieRecord) ([]AddedTie, []graph.Problem, error) {
	var ties []AddedTie
	var problems []graph.Problem
	for _, rec := range recs {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		t, err := r.add(ctx, rec)
		if err != nil {
			if rec.Where == "" {
				return nil, nil, err
			}
			problems = append(problems, graph.Problem{Where: rec.Where, Err: err})
			continue
		}
		ties = append(ties, t)
	}
	return ties, problems, nil
}

// resolver turns names into IDs inside one transaction, caching what it found.
type resolver struct {
	tx        *sql.Tx
	net       int64
	opts      AddOptions
	people    map[string]graph.Person // by key
	waves     map[string]graph.Wave   // by key
	defWave   *graph.Wave
	newPeople []string
	newWaves  []graph.Wave
	stmts     map[string]*sql.Stmt
}

func newResolver(tx *sql.Tx, netID int64, opts AddOptions) *resolver {
	return &resolver{tx: tx, net: netID, opts: opts,
		people: map[string]graph.Person{}, waves: map[string]graph.Wave{}, stmts: map[string]*sql.Stmt{}}
}

func (r *resolver) close() {
	for _, s := range r.stmts {
		s.Close()
	}
}

// stmt returns a prepared statement for query, prepared once per transaction.
func (r *resolver) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := r.stmts[query]; ok {
		return s, nil
	}
	s, err := r.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	r.stmts[query] = s
	return s, nil
}

func (r *resolver) person(ctx context.Context, name string) (graph.Person, error) {
	clean, err := names.Check("person", name)
	if err != nil {
		return graph.Person{}, err
	}
	key := names.Key(clean)
	if p, ok := r.people[key]; ok {
		return p, nil
	}
	p, err := personByKey(ctx, r.tx, r.net, key)
	switch {
	case err == nil:
	case !errors.Is(err, sql.ErrNoRows):
		return p, err
	case r.opts.AddNew:
		p = graph.Person{Name: clean}
		if p.ID, err = insertPerson(ctx, r.tx, r.net, p); err != nil {
			return p, err
		}
		r.newPeople = append(r.newPeople, clean)
	default:
		return p, unknownPerson(ctx, r.tx, r.net, clean)
	}
	r.people[key] = p
	return p, nil
}

// wave finds the wave of a record: its own, else the default one.
func (r *resolver) wave(ctx context.Context, name, date string) (graph.Wave, error) {
	if err := CheckDate(date); err != nil {
		return graph.Wave{}, err
	}
	if name == "" && date != "" && r.opts.Wave == "" {
		name = date // a file with dates but no wave names: one wave per date
	}
	if name == "" {
		return r.defaultWave(ctx)
	}
	key := names.Key(name)
	w, ok := r.waves[key]
	if !ok {
		var err error
		w, err = waveByKey(ctx, r.tx, r.net, key)
		switch {
		case err == nil:
		case !errors.Is(err, sql.ErrNoRows):
			return w, err
		case r.opts.NewWaves:
			if w, err = insertWave(ctx, r.tx, r.net, name, date); err != nil {
				return w, err
			}
			r.newWaves = append(r.newWaves, w)
		default:
			_, err := findWave(ctx, r.tx, r.net, name)
			var u *graph.UnknownError
			if errors.As(err, &u) {
				return w, graph.Errorf(graph.ENOTFOUND, "%v; add it with: kring wave add %q", u, names.Clean(name))
			}
			return w, err
		}
	}
	if date != "" && w.Date != date {
		if w.Date != "" {
			return w, graph.Errorf(graph.ECONFLICT, "wave %q is dated %s, but the record says %s", w.Name, w.Date, date)
		}
		if _, err := r.tx.ExecContext(ctx, `UPDATE waves SET date = ? WHERE id = ?`, date, w.ID); err != nil {
			return w, err
		}
		w.Date = date
	}
	r.waves[key] = w
	return w, nil
}

// defaultWave is AddOptions.Wave (added when NewWaves is set), else the last
// wave, else a first wave named after today's date.
func (r *resolver) defaultWave(ctx context.Context) (graph.Wave, error) {
	if r.defWave != nil {
		return *r.defWave, nil
	}
	if r.opts.Wave != "" {
		w, err := r.wave(ctx, r.opts.Wave, "")
		if err != nil {
			return w, err
		}
		r.defWave = &w
		return w, nil
	}
	w, err := lastWave(ctx, r.tx, r.net)
	if errors.Is(err, sql.ErrNoRows) {
		today := r.opts.Today
		if today == "" {
			today = time.Now().Format(time.DateOnly)
		}
		w, err = insertWave(ctx, r.tx, r.net, today, today)
		if err != nil {
			return w, err
		}
		r.newWaves = append(r.newWaves, w)
	} else if err != nil {
		return w, err
	}
	r.defWave = &w
	return w, nil
}

func (r *resolver) add(ctx context.Context, rec graph.TieRecord) (AddedTie, error) {
	w, err := r.wave(ctx, rec.Wave, rec.Date)
	if err != nil {
		return AddedTie{}, err
	}
	giver, err := r.person(ctx, rec.Giver)
	if err != nil {
		return AddedTie{}, err
	}
	receiver, err := r.person(ctx, rec.Receiver)
	if err != nil {
		return AddedTie{}, err
	}
	if giver.ID == receiver.ID {
		if rec.Contact {
			return AddedTie{}, graph.Errorf(graph.EINVALID, "%s cannot be their own contact", giver.Name)
		}
		return AddedTie{}, graph.Errorf(graph.EINVALID, "a tie needs two people, but giver and receiver are both %s", giver.Name)
	}
	var reporter graph.Person
	if rec.Reporter != "" {
		if reporter, err = r.person(ctx, rec.Reporter); err != nil {
			return AddedTie{}, err
		}
	}
	weight := rec.Weight
	if weight == 0 {
		weight = 1
	}
	if weight < 0 || math.IsNaN(weight) || math.IsInf(weight, 0) {
		return AddedTie{}, graph.Errorf(graph.EINVALID, "weight %v is not a positive number", rec.Weight)
	}
	topics, err := topics(rec.Topics)
	if err != nil {
		return AddedTie{}, err
	}

	kind, src, dst := "help", giver, receiver
	if rec.Contact {
		kind = "contact"
		if dst.ID < src.ID {
			src, dst = dst, src
		}
	}
	t := AddedTie{Contact: rec.Contact, Giver: src.Name, Receiver: dst.Name, Wave: w.Name}

	find, err := r.stmt(ctx, `SELECT id FROM ties WHERE wave_id = ? AND kind = ? AND source_id = ? AND target_id = ?`)
	if err != nil {
		return t, err
	}
	err = find.QueryRowContext(ctx, w.ID, kind, src.ID, dst.ID).Scan(&t.ID)
	var before []int64
	switch {
	case errors.Is(err, sql.ErrNoRows):
		ins, err := r.stmt(ctx, `INSERT INTO ties (network_id, wave_id, kind, source_id, target_id, weight)
			VALUES (?, ?, ?, ?, ?, ?) RETURNING id`)
		if err != nil {
			return t, err
		}
		if err := ins.QueryRowContext(ctx, r.net, w.ID, kind, src.ID, dst.ID, weight).Scan(&t.ID); err != nil {
			return t, fmt.Errorf("add tie: %w", err)
		}
		t.Status = TieNew
	case err != nil:
		return t, err
	default:
		if before, err = r.reporters(ctx, t.ID); err != nil {
			return t, err
		}
		if weight != 1 {
			if _, err := r.tx.ExecContext(ctx, `UPDATE ties SET weight = max(weight, ?) WHERE id = ?`, weight, t.ID); err != nil {
				return t, err
			}
		}
		t.Status = TieKnown
	}
	for _, topic := range topics {
		if rec.Contact {
			break // contacts carry no topics
		}
		s, err := r.stmt(ctx, `INSERT OR IGNORE INTO tie_topics (tie_id, topic, topic_key) VALUES (?, ?, ?)`)
		if err != nil {
			return t, err
		}
		if _, err := s.ExecContext(ctx, t.ID, topic, names.Key(topic)); err != nil {
			return t, err
		}
	}
	after := before
	if reporter.ID != 0 && !slices.Contains(before, reporter.ID) {
		s, err := r.stmt(ctx, `INSERT INTO tie_reporters (tie_id, person_id) VALUES (?, ?)`)
		if err != nil {
			return t, err
		}
		if _, err := s.ExecContext(ctx, t.ID, reporter.ID); err != nil {
			return t, err
		}
		after = append(slices.Clip(before), reporter.ID)
	}
	both := func(rs []int64) bool { return slices.Contains(rs, src.ID) && slices.Contains(rs, dst.ID) }
	t.Confirmed = both(after)
	if t.Status == TieKnown && len(after) > len(before) {
		t.Status = TieReported
		if t.Confirmed && !both(before) {
			t.Status = TieConfirmed
		}
	}
	return t, nil
}

func (r *resolver) reporters(ctx context.Context, tieID int64) ([]int64, error) {
	s, err := r.stmt(ctx, `SELECT person_id FROM tie_reporters WHERE tie_id = ?`)
	if err != nil {
		return nil, err
	}
	rows, err := s.QueryContext(ctx, tieID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// RemovedTie describes a tie RemoveTie erased.
type RemovedTie struct {
	ID       int64
	Contact  bool
	Giver    string
	Receiver string
	Wave     string
}

// RemoveTie erases one help tie or contact by its ID (as "kring tie list" shows it).
func (db *DB) RemoveTie(ctx context.Context, netID, id int64) (RemovedTie, error) {
	t := RemovedTie{ID: id}
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var kind string
		err := tx.QueryRowContext(ctx, `SELECT t.kind, s.name, d.name, w.name FROM ties t
			JOIN people s ON s.id = t.source_id JOIN people d ON d.id = t.target_id JOIN waves w ON w.id = t.wave_id
			WHERE t.id = ? AND t.network_id = ?`, id, netID).Scan(&kind, &t.Giver, &t.Receiver, &t.Wave)
		if errors.Is(err, sql.ErrNoRows) {
			return graph.Errorf(graph.ENOTFOUND, "no tie with ID %d in this network; kring tie list shows the IDs", id)
		} else if err != nil {
			return err
		}
		t.Contact = kind == "contact"
		_, err = tx.ExecContext(ctx, `DELETE FROM ties WHERE id = ?`, id)
		return err
	})
	return t, err
}

// Load reads a whole network: people, waves, help ties and contacts with their
// topics and reporters.
func (db *DB) Load(ctx context.Context, netID int64) (*graph.Network, error) {
	n := &graph.Network{ID: netID}
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
		return loadTies(ctx, tx, n)
	})
	if err != nil {
		return nil, fmt.Errorf("load network: %w", err)
	}
	return n, nil
}

func loadTies(ctx context.Context, tx *sql.Tx, n *graph.Network) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, kind, source_id, target_id, wave_id, weight FROM ties
		WHERE network_id = ? ORDER BY id`, n.ID)
	if err != nil {
		return err
	}
	help := map[int64]int{}
	contact := map[int64]int{}
	for rows.Next() {
		var id, src, dst, wave int64
		var kind string
		var weight float64
		if err := rows.Scan(&id, &kind, &src, &dst, &wave, &weight); err != nil {
			rows.Close()
			return err
		}
		if kind == "help" {
			help[id] = len(n.Ties)
			n.Ties = append(n.Ties, graph.Tie{ID: id, Giver: src, Receiver: dst, Wave: wave, Weight: weight})
		} else {
			contact[id] = len(n.Contacts)
			n.Contacts = append(n.Contacts, graph.Contact{ID: id, A: src, B: dst, Wave: wave})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = tx.QueryContext(ctx, `SELECT r.tie_id, r.person_id FROM tie_reporters r
		JOIN ties t ON t.id = r.tie_id WHERE t.network_id = ? ORDER BY r.tie_id, r.person_id`, n.ID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var tie, person int64
		if err := rows.Scan(&tie, &person); err != nil {
			rows.Close()
			return err
		}
		if i, ok := help[tie]; ok {
			n.Ties[i].Reporters = append(n.Ties[i].Reporters, person)
		} else if i, ok := contact[tie]; ok {
			n.Contacts[i].Reporters = append(n.Contacts[i].Reporters, person)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = tx.QueryContext(ctx, `SELECT tt.tie_id, tt.topic FROM tie_topics tt
		JOIN ties t ON t.id = tt.tie_id WHERE t.network_id = ? ORDER BY tt.rowid`, n.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var tie int64
		var topic string
		if err := rows.Scan(&tie, &topic); err != nil {
			return err
		}
		if i, ok := help[tie]; ok {
			n.Ties[i].Topics = append(n.Ties[i].Topics, topic)
		}
	}
	return rows.Err()
}
