package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// Input is what one import stores, in one transaction: people first, then
// waves (added in order when missing), then help ties and contacts.
type Input struct {
	Source string // the file name, for messages
	People []graph.PersonRecord
	Waves  []graph.Wave // Name and Date
	Ties   []graph.TieRecord
	// Respondents are the people who answered a survey: each must be in
	// the network (or is added when AddOptions.AddNew is set, like the
	// people the ties name); what they offer and need is added to what is
	// known of them.
	Respondents []graph.PersonRecord
	// Problems found while reading the file. The import then fails, listing
	// them with any the records themselves have, and stores nothing.
	Problems []graph.Problem
}

// tieIndexes are the indexes of the ties table, as the migration makes them.
var tieIndexes = map[string]string{
	"ties_key":    "CREATE UNIQUE INDEX ties_key ON ties (source_id, target_id, wave_id, kind, network_id)",
	"ties_target": "CREATE INDEX ties_target ON ties (target_id)",
}

// rebuildIndexesFrom is the number of tie records from which an import drops
// the tie indexes and builds them again at the end: one sorted build is much
// faster than a million inserts at random places (uniqueness is checked in
// memory meanwhile, see bulkRecords).
const rebuildIndexesFrom = 20000

// withoutTieIndexes runs fn with the tie indexes dropped, in the caller's
// transaction, and builds them again.
func withoutTieIndexes(ctx context.Context, tx *sql.Tx, progress func(string, int, int), fn func() error) error {
	for name := range tieIndexes {
		if _, err := tx.ExecContext(ctx, "DROP INDEX "+name); err != nil {
			return fmt.Errorf("drop index %s: %w", name, err)
		}
	}
	if err := fn(); err != nil {
		return err
	}
	done := 0
	for name, create := range tieIndexes {
		if progress != nil {
			progress("indexing", done, len(tieIndexes))
		}
		if _, err := tx.ExecContext(ctx, create); err != nil {
			return fmt.Errorf("build index %s: %w", name, err)
		}
		done++
	}
	return nil
}

// ImportResult tells what Import did.
type ImportResult struct {
	Added       []string // people added from the people records
	Updated     []string // known people whose details changed
	Unchanged   []string // known people listed with nothing new
	Aliases     int      // other names of people kept
	Respondents int      // distinct people who answered a survey
	Ties        AddResult

	// AliasConflicts are other names the file gives a person that are the
	// name, or another name, of someone else here: they were not kept.
	AliasConflicts []AliasConflict
}

// AliasConflict is another name of a person that an import did not keep.
type AliasConflict struct {
	Person string // the person the file gives the name to
	Alias  string
	Other  string // who has that name here
}

// Import stores in one transaction: all of in or, when any record is bad,
// nothing; a bad input gives a *graph.InputError listing every bad record.
//
// People records add new people and update known ones: a non-empty
// organisation, function or topic list replaces the stored one, empty cells
// keep what is stored. Ties follow opts, as in AddTies.
func (db *DB) Import(ctx context.Context, netID int64, in Input, opts AddOptions) (ImportResult, error) {
	var res ImportResult
	opts.Source = in.Source
	err := db.tx(ctx, func(tx *sql.Tx) error {
		problems, err := importPeople(ctx, tx, netID, in.People, opts.Merge, &res)
		if err != nil {
			return err
		}
		problems = append(problems, in.Problems...)
		r := newResolver(tx, netID, opts)
		defer r.close()
		for _, w := range in.Waves {
			if _, err := r.wave(ctx, w.Name, w.Date); err != nil {
				problems = append(problems, graph.Problem{Where: "wave " + w.Name, Err: err})
			}
		}
		more, err := r.respondents(ctx, in.Respondents, &res)
		if err != nil {
			return err
		}
		problems = append(problems, more...)
		add := func() error {
			more, err := r.addAll(ctx, in.Ties, &res.Ties, false)
			problems = append(problems, more...)
			return err
		}
		if len(in.Ties) >= rebuildIndexesFrom {
			if err := bulkTies(ctx, tx, netID); err != nil {
				return err
			}
			err = withoutTieIndexes(ctx, tx, opts.Progress, add)
		} else {
			err = add()
		}
		if err != nil {
			return err
		}
		if len(problems) > 0 {
			graph.SortProblems(problems)
			return &graph.InputError{Source: in.Source, Problems: problems}
		}
		res.Ties.NewPeople, res.Ties.NewWaves = r.newPeople, r.newWaves
		return nil
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}

// importPeople adds and updates people, then keeps their other names; bad
// records come back as problems.
func importPeople(ctx context.Context, tx *sql.Tx, netID int64, recs []graph.PersonRecord, merge bool, res *ImportResult) ([]graph.Problem, error) {
	var problems []graph.Problem
	seen := map[string]string{}
	type withAliases struct {
		id      int64
		name    string
		aliases []string
		where   string
	}
	var later []withAliases // aliases are kept once every person of the file is in
	for _, rec := range recs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		p, err := checkPerson(rec)
		if err != nil {
			problems = append(problems, graph.Problem{Where: rec.Where, Err: err})
			continue
		}
		key := names.Key(p.Name)
		if where, dup := seen[key]; dup {
			problems = append(problems, graph.Problem{Where: rec.Where, Err: graph.Errorf(graph.EINVALID, "%q is listed twice (also at %s)", p.Name, where)})
			continue
		}
		seen[key] = rec.Where
		old, err := personByKey(ctx, tx, netID, key)
		if errors.Is(err, sql.ErrNoRows) {
			id, err := insertPerson(ctx, tx, netID, p)
			if err != nil {
				return nil, err
			}
			res.Added = append(res.Added, p.Name)
			if len(rec.Aliases) > 0 {
				later = append(later, withAliases{id, p.Name, rec.Aliases, rec.Where})
			}
			continue
		} else if err != nil {
			return nil, err
		}
		if len(rec.Aliases) > 0 {
			later = append(later, withAliases{old.ID, old.Name, rec.Aliases, rec.Where})
		}
		if merge {
			p = merged(old, p)
		}
		changed, err := updatePerson(ctx, tx, old, p)
		if err != nil {
			return nil, err
		}
		if changed {
			res.Updated = append(res.Updated, old.Name)
		} else {
			res.Unchanged = append(res.Unchanged, old.Name)
		}
	}
	for _, p := range later {
		for _, a := range p.aliases {
			alias, err := names.Check("person", a)
			if err != nil {
				problems = append(problems, graph.Problem{Where: p.where, Err: graph.Errorf(graph.EINVALID, "other name of %s: %v", p.name, err)})
				continue
			}
			other, err := keepAlias(ctx, tx, netID, p.id, p.name, alias)
			switch {
			case err != nil:
				return nil, err
			case other != "":
				res.AliasConflicts = append(res.AliasConflicts, AliasConflict{Person: p.name, Alias: alias, Other: other})
			default:
				res.Aliases++
			}
		}
	}
	return problems, nil
}

// keepAlias keeps alias as another name of the person, unless it is their
// own name or already theirs. When it is the name, or another name, of
// someone else, nothing is kept and other is that person's name.
func keepAlias(ctx context.Context, tx *sql.Tx, netID, personID int64, name, alias string) (other string, err error) {
	key := names.Key(alias)
	if key == names.Key(name) {
		return "", nil
	}
	var id int64
	err = tx.QueryRowContext(ctx, `SELECT id, name FROM people WHERE network_id = ? AND name_key = ?`, netID, key).Scan(&id, &other)
	switch {
	case err == nil:
		return other, nil // someone else's name (it cannot be the person's own: the keys differ)
	case !errors.Is(err, sql.ErrNoRows):
		return "", err
	}
	err = tx.QueryRowContext(ctx, `SELECT p.id, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id
		WHERE a.network_id = ? AND a.name_key = ?`, netID, key).Scan(&id, &other)
	switch {
	case err == nil && id == personID:
		return "", nil
	case err == nil:
		return other, nil
	case !errors.Is(err, sql.ErrNoRows):
		return "", err
	}
	return "", addAlias(ctx, tx, netID, personID, alias)
}

// merged is what p adds to old: an organisation or function old lacks, and
// old's topics followed by p's new ones.
func merged(old, p graph.Person) graph.Person {
	out := graph.Person{Name: p.Name}
	if old.Org == "" {
		out.Org = p.Org
	}
	if old.Function == "" {
		out.Function = p.Function
	}
	if len(p.Offers) > 0 {
		out.Offers = names.Unique(append(slices.Clone(old.Offers), p.Offers...))
	}
	if len(p.Needs) > 0 {
		out.Needs = names.Unique(append(slices.Clone(old.Needs), p.Needs...))
	}
	return out
}

// updatePerson copies the non-empty fields of p onto old.
func updatePerson(ctx context.Context, tx *sql.Tx, old, p graph.Person) (bool, error) {
	changed := false
	org, function := old.Org, old.Function
	if p.Org != "" && p.Org != org {
		org, changed = p.Org, true
	}
	if p.Function != "" && p.Function != function {
		function, changed = p.Function, true
	}
	if changed {
		if _, err := tx.ExecContext(ctx, `UPDATE people SET org = ?, function = ? WHERE id = ?`, org, function, old.ID); err != nil {
			return false, fmt.Errorf("update %q: %w", old.Name, err)
		}
	}
	for _, l := range []struct {
		kind     string
		old, new []string
	}{{"offers", old.Offers, p.Offers}, {"needs", old.Needs, p.Needs}} {
		if len(l.new) == 0 || slices.Equal(l.old, l.new) {
			continue
		}
		if err := setTopics(ctx, tx, old.ID, l.kind, l.new); err != nil {
			return false, err
		}
		changed = true
	}
	return changed, nil
}

// respondents finds (or, with AddNew, adds) the people who answered a
// survey, and adds the topics they offer and need to what is known of them.
func (r *resolver) respondents(ctx context.Context, recs []graph.PersonRecord, res *ImportResult) ([]graph.Problem, error) {
	var problems []graph.Problem
	seen := map[int64]bool{}
	for _, rec := range recs {
		p, err := r.person(ctx, rec.Name)
		if err != nil {
			problems = append(problems, graph.Problem{Where: rec.Where, Err: err})
			continue
		}
		if err := r.flush(ctx); err != nil { // a person just added may still be waiting
			return nil, err
		}
		if p.ID == 0 {
			if p, err = r.person(ctx, rec.Name); err != nil {
				return nil, err
			}
		}
		if !seen[p.ID] {
			seen[p.ID] = true
			res.Respondents++
			// A respondent took part in the wave of the answers, also when
			// they named nobody.
			w, err := r.defaultWave(ctx)
			if err != nil {
				return nil, err
			}
			if err := mark(ctx, r.tx, w.ID, p.ID, true); err != nil {
				return nil, err
			}
		}
		if len(rec.Offers)+len(rec.Needs) == 0 {
			continue
		}
		for _, l := range []struct {
			kind  string
			items []string
		}{{"offers", rec.Offers}, {"needs", rec.Needs}} {
			list, err := topics(l.items)
			if err != nil {
				problems = append(problems, graph.Problem{Where: rec.Where, Err: err})
				continue
			}
			if err := addTopics(ctx, r.tx, p.ID, l.kind, list); err != nil {
				return nil, err
			}
		}
	}
	return problems, nil
}
