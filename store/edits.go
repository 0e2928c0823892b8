package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// AnswerResult tells what Answer stored.
type AnswerResult struct {
	AddResult
	Wave      graph.Wave
	Withdrawn int // reports of the wave replaced (their ties removed when nobody else reported them)
}

// Answer stores a participant's answers of a wave, as kring record and the
// pages of kring serve take them: the records (me is their reporter), in
// the wave opts.Wave (or the last one), and me marked present in it. With
// replace, me's earlier reports of that wave go first, and the ties only me
// had reported with them; nothing else changes. All in one transaction.
func (db *DB) Answer(ctx context.Context, netID int64, me string, recs []graph.TieRecord, opts AddOptions, replace bool) (AnswerResult, error) {
	var res AnswerResult
	err := db.tx(ctx, func(tx *sql.Tx) error {
		r := newResolver(tx, netID, opts)
		defer r.close()
		p, err := r.person(ctx, me)
		if err != nil {
			return err
		}
		if opts.Wave != "" {
			res.Wave, err = r.wave(ctx, opts.Wave, "")
		} else {
			res.Wave, err = r.defaultWave(ctx)
		}
		if err != nil {
			return err
		}
		if err := r.flush(ctx); err != nil {
			return err
		}
		if p.ID == 0 {
			if p, err = r.person(ctx, me); err != nil {
				return err
			}
		}
		if replace {
			if res.Withdrawn, err = withdraw(ctx, tx, res.Wave.ID, p.ID); err != nil {
				return err
			}
		}
		for i := range recs {
			recs[i].Wave, recs[i].Reporter = res.Wave.Name, p.Name
		}
		problems, err := r.addAll(ctx, recs, &res.AddResult, true)
		if err != nil {
			return err
		}
		if len(problems) > 0 {
			return &graph.InputError{Source: opts.Source, Problems: problems}
		}
		res.NewPeople, res.NewWaves = r.newPeople, r.newWaves
		return mark(ctx, tx, res.Wave.ID, p.ID, true)
	})
	if err != nil {
		return AnswerResult{}, err
	}
	return res, nil
}

// withdraw removes a person's reports of a wave, and the ties of that wave
// nobody else reported.
func withdraw(ctx context.Context, tx *sql.Tx, waveID, personID int64) (int, error) {
	ids, err := queryInts(ctx, tx, `SELECT r.tie_id FROM tie_reporters r JOIN ties t ON t.id = r.tie_id
		WHERE r.person_id = ? AND t.wave_id = ?`, personID, waveID)
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, `DELETE FROM tie_reporters WHERE tie_id = ? AND person_id = ?`, id, personID); err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM ties WHERE id = ? AND NOT EXISTS (SELECT 1 FROM tie_reporters WHERE tie_id = ?)`, id, id); err != nil {
			return 0, err
		}
	}
	return len(ids), nil
}

func queryInts(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// TieInfo is one tie with the people who reported it.
type TieInfo struct {
	RemovedTie
	Reporters []string
}

// Tie finds a help tie or contact by its ID, with its reporters.
func (db *DB) Tie(ctx context.Context, netID, id int64) (TieInfo, error) {
	var t TieInfo
	err := db.read(ctx, func(tx *sql.Tx) error {
		var err error
		t, err = tieInfo(ctx, tx, netID, id)
		return err
	})
	return t, err
}

func tieInfo(ctx context.Context, tx *sql.Tx, netID, id int64) (TieInfo, error) {
	t := TieInfo{RemovedTie: RemovedTie{ID: id}}
	var kind string
	err := tx.QueryRowContext(ctx, `SELECT t.kind, s.name, d.name, w.name FROM ties t
		JOIN people s ON s.id = t.source_id JOIN people d ON d.id = t.target_id JOIN waves w ON w.id = t.wave_id
		WHERE t.id = ? AND t.network_id = ?`, id, netID).Scan(&kind, &t.Giver, &t.Receiver, &t.Wave)
	if errors.Is(err, sql.ErrNoRows) {
		return t, graph.Errorf(graph.ENOTFOUND, "no tie with ID %d in this network; kring tie list shows the IDs", id)
	} else if err != nil {
		return t, err
	}
	t.Contact = kind == "contact"
	t.Reporters, err = queryStrings(ctx, tx, `SELECT p.name FROM tie_reporters r JOIN people p ON p.id = r.person_id
		WHERE r.tie_id = ? ORDER BY p.name_key`, id)
	return t, err
}

// RemoveReport takes one person's report off a tie; the tie goes too when
// nobody else reported it. It returns the tie as it was.
func (db *DB) RemoveReport(ctx context.Context, netID, id int64, reporter string) (TieInfo, bool, error) {
	var t TieInfo
	gone := false
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if t, err = tieInfo(ctx, tx, netID, id); err != nil {
			return err
		}
		p, err := findPerson(ctx, tx, netID, reporter)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM tie_reporters WHERE tie_id = ? AND person_id = ?`, id, p.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			if len(t.Reporters) == 0 {
				return graph.Errorf(graph.ENOTFOUND, "%s did not report tie %d; nobody did", p.Name, id)
			}
			return graph.Errorf(graph.ENOTFOUND, "%s did not report tie %d (it was reported by %s)", p.Name, id, strings.Join(t.Reporters, ", "))
		}
		res, err = tx.ExecContext(ctx, `DELETE FROM ties WHERE id = ? AND NOT EXISTS (SELECT 1 FROM tie_reporters WHERE tie_id = ?)`, id, id)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		gone = n > 0
		return nil
	})
	if err == nil {
		_, err = db.Checkpoint(ctx)
	}
	return t, gone, err
}

// RenameWave renames a wave; its ties stay.
func (db *DB) RenameWave(ctx context.Context, netID int64, name, newName string) (old, renamed graph.Wave, err error) {
	err = db.tx(ctx, func(tx *sql.Tx) error {
		if old, err = findWave(ctx, tx, netID, name); err != nil {
			return err
		}
		n, err := names.Check("wave", newName)
		if err != nil {
			return err
		}
		if other, err := waveByKey(ctx, tx, netID, names.Key(n)); err == nil && other.ID != old.ID {
			return graph.Errorf(graph.ECONFLICT, "wave %q exists already", other.Name)
		} else if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		renamed = old
		renamed.Name = n
		_, err = tx.ExecContext(ctx, `UPDATE waves SET name = ?, name_key = ? WHERE id = ?`, n, names.Key(n), old.ID)
		return err
	})
	return old, renamed, err
}

// DateWave sets (or, with "", clears) a wave's date.
func (db *DB) DateWave(ctx context.Context, netID int64, name, date string) (graph.Wave, error) {
	var w graph.Wave
	if err := CheckDate(date); err != nil {
		return w, err
	}
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if w, err = findWave(ctx, tx, netID, name); err != nil {
			return err
		}
		w.Date = date
		_, err = tx.ExecContext(ctx, `UPDATE waves SET date = NULLIF(?, '') WHERE id = ?`, date, w.ID)
		return err
	})
	return w, err
}

// WaveContents counts what a wave holds.
type WaveContents struct {
	Wave                graph.Wave
	HelpTies, Contacts  int // records
	Marks               int // attendance marks
	NetworkHasMoreWaves bool
}

// WaveContents counts what removing a wave would remove.
func (db *DB) WaveContents(ctx context.Context, netID int64, name string) (WaveContents, error) {
	var c WaveContents
	err := db.read(ctx, func(tx *sql.Tx) error {
		var err error
		if c.Wave, err = findWave(ctx, tx, netID, name); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM ties WHERE wave_id = ?1 AND kind = 'help'),
			(SELECT count(*) FROM ties WHERE wave_id = ?1 AND kind = 'contact'),
			(SELECT count(*) FROM attendance WHERE wave_id = ?1)`, c.Wave.ID).Scan(&c.HelpTies, &c.Contacts, &c.Marks)
	})
	return c, err
}

// RemoveWave removes a wave with its ties, contacts and attendance.
func (db *DB) RemoveWave(ctx context.Context, netID int64, name string) (graph.Wave, error) {
	var w graph.Wave
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if w, err = findWave(ctx, tx, netID, name); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM waves WHERE id = ?`, w.ID)
		return err
	})
	if err == nil {
		_, err = db.Checkpoint(ctx)
	}
	return w, err
}

// RenameNetwork renames a network.
func (db *DB) RenameNetwork(ctx context.Context, name, newName string) (old NetworkInfo, err error) {
	err = db.tx(ctx, func(tx *sql.Tx) error {
		if old, err = findNetwork(ctx, tx, name); err != nil {
			return err
		}
		n, err := names.Check("network", newName)
		if err != nil {
			return err
		}
		if other, err := findNetwork(ctx, tx, n); err == nil && other.ID != old.ID {
			return graph.Errorf(graph.ECONFLICT, "network %q exists already; pick it with: kring network use %q", other.Name, other.Name)
		}
		_, err = tx.ExecContext(ctx, `UPDATE networks SET name = ?, name_key = ? WHERE id = ?`, n, names.Key(n), old.ID)
		return err
	})
	return old, err
}

// RemoveNetwork removes a network with everything in it.
func (db *DB) RemoveNetwork(ctx context.Context, name string) (NetworkInfo, error) {
	var info NetworkInfo
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if info, err = findNetwork(ctx, tx, name); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM networks WHERE id = ?`, info.ID)
		return err
	})
	if err == nil {
		_, err = db.Checkpoint(ctx)
	}
	return info, err
}
