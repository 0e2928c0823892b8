package store

import (
	"context"
	"database/sql"

	"github.com/kring-nl/kring/graph"
)

// Attend marks people present (or absent) in a wave: the facilitator's word
// on who took part, which counts over what the records say. A name kring
// does not know is an error, and then nothing is marked.
func (db *DB) Attend(ctx context.Context, netID int64, wave string, people []string, present bool) (graph.Wave, []graph.Person, error) {
	var w graph.Wave
	var marked []graph.Person
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if w, err = findWave(ctx, tx, netID, wave); err != nil {
			return err
		}
		for _, name := range people {
			p, err := findPerson(ctx, tx, netID, name)
			if err != nil {
				return err
			}
			if err := mark(ctx, tx, w.ID, p.ID, present); err != nil {
				return err
			}
			marked = append(marked, p)
		}
		return nil
	})
	return w, marked, err
}

// mark sets whether a person took part in a wave.
func mark(ctx context.Context, tx *sql.Tx, waveID, personID int64, present bool) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO attendance (wave_id, person_id, present) VALUES (?, ?, ?)
		ON CONFLICT (wave_id, person_id) DO UPDATE SET present = excluded.present WHERE present <> excluded.present`, waveID, personID, present)
	return err
}

// loadMarks reads the facilitator's marks of the network.
func loadMarks(ctx context.Context, tx *sql.Tx, n *graph.Network) error {
	rows, err := tx.QueryContext(ctx, `SELECT a.person_id, a.wave_id, a.present FROM attendance a
		JOIN waves w ON w.id = a.wave_id WHERE w.network_id = ? ORDER BY a.id`, n.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var m graph.Mark
		if err := rows.Scan(&m.Person, &m.Wave, &m.Present); err != nil {
			return err
		}
		n.Marks = append(n.Marks, m)
	}
	return rows.Err()
}
