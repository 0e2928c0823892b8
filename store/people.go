package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// PersonEdit changes the fields of a person that are not nil.
type PersonEdit struct {
	Org      *string
	Function *string
	Offers   *[]string // replaces the list
	Needs    *[]string // replaces the list
}

// AddPeople adds people to the network, all or none: a person who is
// already there (by name, matched case- and accent-insensitively) is an error.
func (db *DB) AddPeople(ctx context.Context, netID int64, recs []graph.PersonRecord) ([]graph.Person, error) {
	var out []graph.Person
	err := db.tx(ctx, func(tx *sql.Tx) error {
		seen := map[string]bool{}
		for _, rec := range recs {
			p, err := checkPerson(rec)
			if err != nil {
				return err
			}
			key := names.Key(p.Name)
			if seen[key] {
				return graph.Errorf(graph.EINVALID, "%q is named twice", p.Name)
			}
			seen[key] = true
			if old, err := personByKey(ctx, tx, netID, key); err == nil {
				return graph.Errorf(graph.ECONFLICT, "%q is already in the network (as %q); change their details with: kring person edit %q", p.Name, old.Name, old.Name)
			} else if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			if p.ID, err = insertPerson(ctx, tx, netID, p); err != nil {
				return err
			}
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

// checkPerson cleans and checks a person record.
func checkPerson(rec graph.PersonRecord) (graph.Person, error) {
	name, err := names.Check("person", rec.Name)
	if err != nil {
		return graph.Person{}, graph.Errorf(graph.EINVALID, "%v", err)
	}
	p := graph.Person{Name: name}
	if p.Org, err = optional("organisation", rec.Org); err != nil {
		return p, err
	}
	if p.Function, err = optional("function", rec.Function); err != nil {
		return p, err
	}
	if p.Offers, err = topics(rec.Offers); err != nil {
		return p, err
	}
	if p.Needs, err = topics(rec.Needs); err != nil {
		return p, err
	}
	return p, nil
}

// optional checks an optional text field: empty is fine.
func optional(what, s string) (string, error) {
	if names.Clean(s) == "" {
		return "", nil
	}
	c, err := names.Check(what, s)
	if err != nil {
		return "", graph.Errorf(graph.EINVALID, "%v", err)
	}
	return c, nil
}

// topics checks a list of topics and drops repeats.
func topics(list []string) ([]string, error) {
	var out []string
	for _, t := range names.Unique(list) {
		c, err := names.Check("topic", t)
		if err != nil {
			return nil, graph.Errorf(graph.EINVALID, "%v", err)
		}
		out = append(out, c)
	}
	return out, nil
}

func insertPerson(ctx context.Context, tx *sql.Tx, netID int64, p graph.Person) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO people (network_id, name, name_key, org, function)
		VALUES (?, ?, ?, ?, ?) RETURNING id`, netID, p.Name, names.Key(p.Name), p.Org, p.Function).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("add person %q: %w", p.Name, err)
	}
	if err := addTopics(ctx, tx, id, "offers", p.Offers); err != nil {
		return 0, err
	}
	return id, addTopics(ctx, tx, id, "needs", p.Needs)
}

// setTopics replaces a person's list of topics of one kind.
func setTopics(ctx context.Context, tx *sql.Tx, personID int64, kind string, list []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM person_topics WHERE person_id = ? AND kind = ?`, personID, kind); err != nil {
		return err
	}
	return addTopics(ctx, tx, personID, kind, list)
}

// addTopics adds topics of one kind to a person.
func addTopics(ctx context.Context, tx *sql.Tx, personID int64, kind string, list []string) error {
	for _, t := range list {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO person_topics (person_id, kind, topic, topic_key)
			VALUES (?, ?, ?, ?)`, personID, kind, t, names.Key(t)); err != nil {
			return fmt.Errorf("set topics: %w", err)
		}
	}
	return nil
}

// EditPerson changes a person's organisation, function or topics.
func (db *DB) EditPerson(ctx context.Context, netID int64, name string, e PersonEdit) (graph.Person, error) {
	var p graph.Person
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if p, err = findPerson(ctx, tx, netID, name); err != nil {
			return err
		}
		if e.Org != nil {
			if p.Org, err = optional("organisation", *e.Org); err != nil {
				return err
			}
		}
		if e.Function != nil {
			if p.Function, err = optional("function", *e.Function); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE people SET org = ?, function = ? WHERE id = ?`, p.Org, p.Function, p.ID); err != nil {
			return fmt.Errorf("edit person: %w", err)
		}
		if e.Offers != nil {
			if p.Offers, err = topics(*e.Offers); err != nil {
				return err
			}
			if err := setTopics(ctx, tx, p.ID, "offers", p.Offers); err != nil {
				return err
			}
		}
		if e.Needs != nil {
			if p.Needs, err = topics(*e.Needs); err != nil {
				return err
			}
			if err := setTopics(ctx, tx, p.ID, "needs", p.Needs); err != nil {
				return err
			}
		}
		return nil
	})
	return p, err
}

// RenamePerson gives a person a new name (or a new spelling of the same name).
func (db *DB) RenamePerson(ctx context.Context, netID int64, oldName, newName string) (graph.Person, error) {
	newName, err := names.Check("person", newName)
	if err != nil {
		return graph.Person{}, graph.Errorf(graph.EINVALID, "%v", err)
	}
	var p graph.Person
	err = db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if p, err = findPerson(ctx, tx, netID, oldName); err != nil {
			return err
		}
		if other, err := personByKey(ctx, tx, netID, names.Key(newName)); err == nil && other.ID != p.ID {
			return graph.Errorf(graph.ECONFLICT, "%q is already in the network; to make one person of the two, use: kring person merge %q %q", other.Name, p.Name, other.Name)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE people SET name = ?, name_key = ? WHERE id = ?`,
			newName, names.Key(newName), p.ID); err != nil {
			return fmt.Errorf("rename: %w", err)
		}
		// The old name stays an alias; the new one is no longer one.
		if err := addAlias(ctx, tx, netID, p.ID, p.Name); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM person_aliases WHERE network_id = ? AND name_key = ?`, netID, names.Key(newName)); err != nil {
			return err
		}
		p.Name = newName
		return nil
	})
	return p, err
}

// Removed counts what RemovePerson erased with the person.
type Removed struct {
	Person   graph.Person
	Ties     int // help ties
	Contacts int
	Reports  int // ties the person had recorded about others

	// Lingers is set when other connections kept kring from clearing the
	// write-ahead log: until they end, the erased data may remain there.
	Lingers bool
}

// RemovePerson erases a person with every help tie and contact they are part
// of (whoever recorded them), their topics, the other names they had, and
// their reports of other people's ties. The deleted data is overwritten with
// zeros (secure_delete) and the write-ahead log emptied, so that the name is
// gone from the database's files, not only from its tables.
//
// An erasure is not recorded in the history, and it erases from the history
// every change that holds anything of the person: it cannot be undone.
func (db *DB) RemovePerson(ctx context.Context, netID int64, name string) (Removed, error) {
	var r Removed
	described := db.change
	db.change = &pendingChange{noHistory: true}
	defer func() { db.change = described }()
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if r.Person, err = findPerson(ctx, tx, netID, name); err != nil {
			return err
		}
		id := r.Person.ID
		err = tx.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM ties WHERE kind = 'help' AND (source_id = ?1 OR target_id = ?1)),
			(SELECT count(*) FROM ties WHERE kind = 'contact' AND (source_id = ?1 OR target_id = ?1)),
			(SELECT count(*) FROM tie_reporters r JOIN ties t ON t.id = r.tie_id
				WHERE r.person_id = ?1 AND t.source_id <> ?1 AND t.target_id <> ?1)`, id).
			Scan(&r.Ties, &r.Contacts, &r.Reports)
		if err != nil {
			return err
		}
		if err := forgetPerson(ctx, tx, id); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM people WHERE id = ?`, id)
		return err
	})
	if err != nil {
		return r, err
	}
	// secure_delete (set for every connection) zeroed what was deleted; the
	// log still holds the pages as they were, so write them back and empty it.
	done, err := db.Checkpoint(ctx)
	r.Lingers = !done
	return r, err
}

// Checkpoint writes the write-ahead log into the database file and empties
// it, so that what was deleted (and zeroed, see secure_delete) is gone from
// both files. done is false when other connections were reading and the log
// could not be emptied yet, or when the database can only be read and its
// log holds something.
func (db *DB) Checkpoint(ctx context.Context) (done bool, err error) {
	if db.w == nil {
		fi, err := os.Stat(db.path + "-wal")
		return err != nil || fi.Size() == 0, nil
	}
	// On the write connection: it waits for readers and writers briefly
	// (writeWait), so that writers of other processes are not held up.
	var busy, logged, checkpointed int
	if err := db.w.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logged, &checkpointed); err != nil {
		if isBusy(err) {
			return false, nil
		}
		return false, wrapf(db.path, err, "checkpoint")
	}
	return busy == 0, nil
}

// People lists the network's people by name, with their topics.
func (db *DB) People(ctx context.Context, netID int64) ([]graph.Person, error) {
	var out []graph.Person
	err := db.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = loadPeople(ctx, tx, netID)
		return err
	})
	return out, err
}

// PersonNames lists the names of the network's people, for completion and suggestions.
func (db *DB) PersonNames(ctx context.Context, netID int64) ([]string, error) {
	var out []string
	err := db.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = personNames(ctx, tx, netID)
		return err
	})
	return out, err
}

// FindPerson finds a person by name, matched case-, accent- and
// white-space-insensitively. An unknown name gives a *graph.UnknownError
// with the closest names.
func (db *DB) FindPerson(ctx context.Context, netID int64, name string) (graph.Person, error) {
	var p graph.Person
	err := db.read(ctx, func(tx *sql.Tx) error {
		var err error
		p, err = findPerson(ctx, tx, netID, name)
		return err
	})
	return p, err
}

func findPerson(ctx context.Context, tx *sql.Tx, netID int64, name string) (graph.Person, error) {
	p, err := personByKey(ctx, tx, netID, names.Key(name))
	if errors.Is(err, sql.ErrNoRows) {
		return p, unknownPerson(ctx, tx, netID, name)
	}
	return p, err
}

func unknownPerson(ctx context.Context, tx *sql.Tx, netID int64, name string) error {
	all, err := personNames(ctx, tx, netID)
	if err != nil {
		return err
	}
	return &graph.UnknownError{Kind: "person", Name: names.Clean(name), Suggestions: names.Closest(name, all, 3)}
}

func personNames(ctx context.Context, tx *sql.Tx, netID int64) ([]string, error) {
	return queryStrings(ctx, tx, `SELECT name FROM people WHERE network_id = ? ORDER BY name_key`, netID)
}

// byKeyQuery finds a person by the key of their name or of an alias.
const byKeyQuery = `SELECT id, name, org, function FROM people WHERE network_id = ?1 AND name_key = ?2
	UNION ALL SELECT p.id, p.name, p.org, p.function FROM person_aliases a JOIN people p ON p.id = a.person_id
		WHERE a.network_id = ?1 AND a.name_key = ?2
	LIMIT 1`

// personByKey returns the person with the key (of their name, or of another
// name they had: see MergePeople), or sql.ErrNoRows.
func personByKey(ctx context.Context, tx *sql.Tx, netID int64, key string) (graph.Person, error) {
	var p graph.Person
	err := tx.QueryRowContext(ctx, byKeyQuery, netID, key).Scan(&p.ID, &p.Name, &p.Org, &p.Function)
	if err != nil {
		return p, err
	}
	p.Offers, p.Needs, err = personTopics(ctx, tx, p.ID)
	return p, err
}

func personTopics(ctx context.Context, tx *sql.Tx, id int64) (offers, needs []string, err error) {
	rows, err := tx.QueryContext(ctx, `SELECT kind, topic FROM person_topics WHERE person_id = ? ORDER BY rowid`, id)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var kind, t string
		if err := rows.Scan(&kind, &t); err != nil {
			return nil, nil, err
		}
		if kind == "offers" {
			offers = append(offers, t)
		} else {
			needs = append(needs, t)
		}
	}
	return offers, needs, rows.Err()
}

func loadPeople(ctx context.Context, tx *sql.Tx, netID int64) ([]graph.Person, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, org, function FROM people WHERE network_id = ? ORDER BY name_key, id`, netID)
	if err != nil {
		return nil, fmt.Errorf("load people: %w", err)
	}
	var out []graph.Person
	index := map[int64]int{}
	for rows.Next() {
		var p graph.Person
		if err := rows.Scan(&p.ID, &p.Name, &p.Org, &p.Function); err != nil {
			rows.Close()
			return nil, err
		}
		index[p.ID] = len(out)
		out = append(out, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	trows, err := tx.QueryContext(ctx, `SELECT t.person_id, t.kind, t.topic FROM person_topics t
		JOIN people p ON p.id = t.person_id WHERE p.network_id = ? ORDER BY t.rowid`, netID)
	if err != nil {
		return nil, fmt.Errorf("load topics: %w", err)
	}
	defer trows.Close()
	for trows.Next() {
		var id int64
		var kind, t string
		if err := trows.Scan(&id, &kind, &t); err != nil {
			return nil, err
		}
		p := &out[index[id]]
		if kind == "offers" {
			p.Offers = append(p.Offers, t)
		} else {
			p.Needs = append(p.Needs, t)
		}
	}
	return out, trows.Err()
}

// addAlias keeps name as another name of the person.
func addAlias(ctx context.Context, tx *sql.Tx, netID, personID int64, name string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO person_aliases (network_id, person_id, name, name_key) VALUES (?, ?, ?, ?)
		ON CONFLICT (network_id, name_key) DO UPDATE SET person_id = excluded.person_id, name = excluded.name`,
		netID, personID, name, names.Key(name))
	if err != nil {
		return fmt.Errorf("keep the name %q: %w", name, err)
	}
	return nil
}

// Aliases lists the other names of the network's people, by person ID.
func (db *DB) Aliases(ctx context.Context, netID int64) (map[int64][]string, error) {
	out := map[int64][]string{}
	err := db.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT person_id, name FROM person_aliases WHERE network_id = ? ORDER BY name_key`, netID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				return err
			}
			out[id] = append(out[id], name)
		}
		return rows.Err()
	})
	return out, err
}
