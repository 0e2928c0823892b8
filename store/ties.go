package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
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

	// Merge makes Import add to what is known of people instead of replacing
	// it: a missing organisation or function is filled in, topics are added
	// to the lists. For merging a participant's own map; a people file
	// replaces.
	Merge bool

	// Progress, when set, is told every few thousand records how far the
	// stage ("storing", then "indexing" for large imports) is.
	Progress func(stage string, done, total int)
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
	Ties      []AddedTie   // every tie, in the order of the records (AddTies only; Import counts)
	NewPeople []string     // people added because of AddNew
	NewWaves  []graph.Wave // waves added because of NewWaves, or the first wave made automatically
	counts    [2][4]int    // [contact][status]
}

// Count returns how many of the records gave the status.
func (r AddResult) Count(s TieStatus) int { return r.counts[0][s] + r.counts[1][s] }

// CountKind returns how many help tie records (contact false) or contact
// records gave the status.
func (r AddResult) CountKind(contact bool, s TieStatus) int {
	if contact {
		return r.counts[1][s]
	}
	return r.counts[0][s]
}

// count adds one record's outcome.
func (r *AddResult) count(t AddedTie) {
	k := 0
	if t.Contact {
		k = 1
	}
	r.counts[k][t.Status]++
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
		problems, err := r.addAll(ctx, recs, &res, true)
		if err != nil {
			return err
		}
		if len(problems) > 0 {
			return &graph.InputError{Source: opts.Source, Problems: problems}
		}
		res.NewPeople, res.NewWaves = r.newPeople, r.newWaves
		return nil
	})
	if err != nil {
		return AddResult{}, err
	}
	return res, nil
}

// addAll adds every record, counting the outcomes in res and, when keep is
// set, listing them. A typed record (Where "") that fails ends it with that
// error; bad records from a file come back as problems.
func (r *resolver) addAll(ctx context.Context, recs []graph.TieRecord, res *AddResult, keep bool) ([]graph.Problem, error) {
	if len(recs) >= bulkRecords && !r.bulk {
		if err := r.loadBulk(ctx); err != nil {
			return nil, err
		}
	}
	var problems []graph.Problem
	for i, rec := range recs {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if r.opts.Progress != nil {
				r.opts.Progress("storing", i, len(recs))
			}
		}
		t, err := r.add(ctx, rec)
		if err != nil {
			if rec.Where == "" {
				return nil, err
			}
			problems = append(problems, graph.Problem{Where: rec.Where, Err: err})
			continue
		}
		res.count(t)
		if keep {
			res.Ties = append(res.Ties, t)
		}
		if r.bulk && len(r.pendTies) >= batchRows {
			if err := r.flush(ctx); err != nil {
				return nil, err
			}
		}
	}
	return problems, r.flush(ctx)
}

// bulkRecords is the number of records from which a resolver loads the
// network's people and ties into memory once, instead of asking SQLite about
// each record: an import then costs one INSERT per new tie.
const bulkRecords = 500

// resolver turns names into IDs inside one transaction, caching what it found.
type resolver struct {
	tx        *sql.Tx
	net       int64
	opts      AddOptions
	byName    map[string]graph.Person // by name as written: skips checking and folding again
	byKey     map[string]graph.Person // by matching key
	waves     map[string]graph.Wave   // by key
	defWave   *graph.Wave
	bulk      bool                 // byKey holds every person and ties every tie
	ties      map[tieKey]*tieState // in bulk mode
	newPeople []string
	newWaves  []graph.Wave
	stmts     map[string]*sql.Stmt
	now       string // the time stamp of everything this resolver adds

	// In bulk mode new rows get their IDs here and wait to be written in
	// multi-row INSERTs (see flush).
	lastPerson, lastTie int64
	pendPeople          [][]any
	pendTies            [][]any
	pendReporters       [][]any
	pendTopics          [][]any
}

// batchRows is the number of rows a bulk resolver writes per INSERT.
const batchRows = 200

// tieKey identifies a tie: one per wave, kind and ordered pair.
type tieKey struct {
	wave     int64
	contact  bool
	src, dst int64
}

// kind is the key's kind as stored.
func (k tieKey) kind() string {
	if k.contact {
		return "contact"
	}
	return "help"
}

// tieState is what a bulk resolver knows of a stored tie.
type tieState struct {
	id        int64
	reporters []int64
}

func newResolver(tx *sql.Tx, netID int64, opts AddOptions) *resolver {
	return &resolver{tx: tx, net: netID, opts: opts, byName: map[string]graph.Person{}, byKey: map[string]graph.Person{},
		waves: map[string]graph.Wave{}, stmts: map[string]*sql.Stmt{}, now: time.Now().UTC().Format("2006-01-02T15:04:05Z")}
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

// loadBulk reads the network's people and its ties with their reporters.
func (r *resolver) loadBulk(ctx context.Context) error {
	// People by their names, then by the other names they had (a name keeps
	// to its own person).
	rows, err := r.tx.QueryContext(ctx, `SELECT id, name, name_key, 0 FROM people WHERE network_id = ?1
		UNION ALL SELECT p.id, p.name, a.name_key, 1 FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.network_id = ?1
		ORDER BY 4`, r.net)
	if err != nil {
		return err
	}
	for rows.Next() {
		var p graph.Person
		var key string
		var alias int
		if err := rows.Scan(&p.ID, &p.Name, &key, &alias); err != nil {
			rows.Close()
			return err
		}
		if _, taken := r.byKey[key]; !taken {
			r.byKey[key] = p
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	r.ties = map[tieKey]*tieState{}
	byID := map[int64]*tieState{}
	rows, err = r.tx.QueryContext(ctx, `SELECT id, wave_id, kind, source_id, target_id FROM ties WHERE network_id = ?`, r.net)
	if err != nil {
		return err
	}
	for rows.Next() {
		var k tieKey
		var kind string
		st := &tieState{}
		if err := rows.Scan(&st.id, &k.wave, &kind, &k.src, &k.dst); err != nil {
			rows.Close()
			return err
		}
		k.contact = kind == "contact"
		r.ties[k] = st
		byID[st.id] = st
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = r.tx.QueryContext(ctx, `SELECT r.tie_id, r.person_id FROM tie_reporters r JOIN ties t ON t.id = r.tie_id
		WHERE t.network_id = ?`, r.net)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var tie, person int64
		if err := rows.Scan(&tie, &person); err != nil {
			return err
		}
		if st := byID[tie]; st != nil {
			st.reporters = append(st.reporters, person)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if err := r.tx.QueryRowContext(ctx, `SELECT (SELECT coalesce(max(id), 0) FROM people), (SELECT coalesce(max(id), 0) FROM ties)`).
		Scan(&r.lastPerson, &r.lastTie); err != nil {
		return err
	}
	r.bulk = true
	return nil
}

// flush writes the rows waiting in bulk mode, parents first.
func (r *resolver) flush(ctx context.Context) error {
	for _, b := range []struct {
		rows   *[][]any
		insert string
	}{
		{&r.pendPeople, "INSERT INTO people (id, network_id, name, name_key, created_at) VALUES "},
		{&r.pendTies, "INSERT INTO ties (id, network_id, wave_id, kind, source_id, target_id, weight, created_at) VALUES "},
		{&r.pendReporters, "INSERT OR IGNORE INTO tie_reporters (tie_id, person_id) VALUES "},
		{&r.pendTopics, "INSERT OR IGNORE INTO tie_topics (tie_id, topic, topic_key) VALUES "},
	} {
		rows := *b.rows
		for len(rows) > 0 {
			k := min(len(rows), batchRows)
			placeholder := "(" + strings.Repeat("?, ", len(rows[0])-1) + "?)"
			st, err := r.stmt(ctx, b.insert+strings.Repeat(placeholder+", ", k-1)+placeholder)
			if err != nil {
				return err
			}
			args := make([]any, 0, k*len(rows[0]))
			for _, row := range rows[:k] {
				args = append(args, row...)
			}
			if _, err := st.ExecContext(ctx, args...); err != nil {
				return fmt.Errorf("store: %w", err)
			}
			rows = rows[k:]
		}
		*b.rows = (*b.rows)[:0]
	}
	return nil
}

func (r *resolver) person(ctx context.Context, name string) (graph.Person, error) {
	if p, ok := r.byName[name]; ok {
		return p, nil
	}
	clean, err := names.Check("person", name)
	if err != nil {
		return graph.Person{}, err
	}
	key := names.Key(clean)
	p, ok := r.byKey[key]
	if !ok && !r.bulk {
		s, err := r.stmt(ctx, byKeyQuery)
		if err != nil {
			return p, err
		}
		var org, function string
		switch err := s.QueryRowContext(ctx, r.net, key).Scan(&p.ID, &p.Name, &org, &function); {
		case err == nil:
			ok = true
		case !errors.Is(err, sql.ErrNoRows):
			return p, err
		}
	}
	if !ok {
		if !r.opts.AddNew {
			return p, unknownPerson(ctx, r.tx, r.net, clean)
		}
		p = graph.Person{Name: clean}
		if r.bulk {
			r.lastPerson++
			p.ID = r.lastPerson
			r.pendPeople = append(r.pendPeople, []any{p.ID, r.net, clean, key, r.now})
		} else {
			ins, err := r.stmt(ctx, `INSERT INTO people (network_id, name, name_key, created_at) VALUES (?, ?, ?, ?)`)
			if err != nil {
				return p, err
			}
			res, err := ins.ExecContext(ctx, r.net, clean, key, r.now)
			if err != nil {
				return p, fmt.Errorf("add person %q: %w", clean, err)
			}
			if p.ID, err = res.LastInsertId(); err != nil {
				return p, err
			}
		}
		r.newPeople = append(r.newPeople, clean)
	}
	r.byKey[key] = p
	r.byName[name] = p
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

	key := tieKey{wave: w.ID, contact: rec.Contact, src: src.ID, dst: dst.ID}
	state, found, err := r.findTie(ctx, key)
	if err != nil {
		return t, err
	}
	var before []int64
	if !found && r.bulk {
		r.lastTie++
		state.id = r.lastTie
		r.pendTies = append(r.pendTies, []any{state.id, r.net, w.ID, kind, src.ID, dst.ID, weight, r.now})
		r.ties[key] = state
		t.ID = state.id
		t.Status = TieNew
	} else if !found {
		ins, err := r.stmt(ctx, `INSERT INTO ties (network_id, wave_id, kind, source_id, target_id, weight, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return t, err
		}
		res, err := ins.ExecContext(ctx, r.net, w.ID, kind, src.ID, dst.ID, weight, r.now)
		if err != nil {
			return t, fmt.Errorf("add tie: %w", err)
		}
		if state.id, err = res.LastInsertId(); err != nil {
			return t, err
		}
		if r.bulk {
			r.ties[key] = state
		}
		t.ID = state.id
		t.Status = TieNew
	} else {
		t.ID = state.id
		before = state.reporters
		if weight != 1 {
			if err := r.flush(ctx); err != nil { // the tie may still be waiting
				return t, err
			}
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
		if r.bulk {
			r.pendTopics = append(r.pendTopics, []any{t.ID, topic, names.Key(topic)})
			continue
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
		if r.bulk {
			r.pendReporters = append(r.pendReporters, []any{t.ID, reporter.ID})
		} else {
			s, err := r.stmt(ctx, `INSERT INTO tie_reporters (tie_id, person_id) VALUES (?, ?)`)
			if err != nil {
				return t, err
			}
			if _, err := s.ExecContext(ctx, t.ID, reporter.ID); err != nil {
				return t, err
			}
		}
		after = append(slices.Clip(before), reporter.ID)
		state.reporters = after
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

// findTie looks a tie up: in memory in bulk mode, else in the database.
func (r *resolver) findTie(ctx context.Context, key tieKey) (*tieState, bool, error) {
	if r.bulk {
		st, ok := r.ties[key]
		if !ok {
			st = &tieState{}
		}
		return st, ok, nil
	}
	st := &tieState{}
	find, err := r.stmt(ctx, `SELECT id FROM ties WHERE network_id = ? AND wave_id = ? AND kind = ? AND source_id = ? AND target_id = ?`)
	if err != nil {
		return st, false, err
	}
	switch err := find.QueryRowContext(ctx, r.net, key.wave, key.kind(), key.src, key.dst).Scan(&st.id); {
	case errors.Is(err, sql.ErrNoRows):
		return st, false, nil
	case err != nil:
		return st, false, err
	}
	rs, err := r.stmt(ctx, `SELECT person_id FROM tie_reporters WHERE tie_id = ?`)
	if err != nil {
		return st, false, err
	}
	rows, err := rs.QueryContext(ctx, st.id)
	if err != nil {
		return st, false, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return st, false, err
		}
		st.reporters = append(st.reporters, id)
	}
	return st, true, rows.Err()
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
	if err != nil {
		return t, err
	}
	_, err = db.Checkpoint(ctx)
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
		if err := loadMarks(ctx, tx, n); err != nil {
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
