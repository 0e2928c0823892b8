package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// Change is one change to the database, as kring log lists it: what a
// command did, in one or more write transactions, which kring undo can put
// back.
type Change struct {
	ID        int64  `json:"id"`
	At        string `json:"at"` // when, UTC: 2026-11-30T14:05:00Z
	NetworkID int64  `json:"-"`
	Network   string `json:"network"`
	Who       string `json:"who"`    // the user, or "web" for kring serve
	What      string `json:"what"`   // the command, e.g. record "Ann Peeters" --asked Bob
	Undoes    int64  `json:"undoes"` // the change this one put back, or 0
	Rows      int    `json:"rows"`   // the rows it inserted, changed or deleted
}

// keepChanges is how many changes the history keeps; older ones can no
// longer be undone.
const keepChanges = 500

// ErrNothingToUndo is returned by Undo when the history is empty.
var ErrNothingToUndo = graph.Errorf(graph.ENOTFOUND, "nothing to undo")

// Describe says what the coming writes are: the change that Undo can put
// back, in kring log's words. Writes of a DB that is not described are not
// recorded in the history. All write transactions after Describe (until the
// next Describe) make up one change.
func (db *DB) Describe(netID int64, who, what string) {
	db.change = &pendingChange{netID: netID, who: who, what: what}
}

// pendingChange is what Describe said, and the change's ID once its first
// transaction wrote something.
type pendingChange struct {
	netID     int64
	who, what string
	undoes    int64
	id        int64
	noHistory bool // this change is not recorded (an erasure)
}

// startChange marks the rows the transaction writes as belonging to the
// described change, making the change on first use; without a description,
// nothing is recorded.
func (db *DB) startChange(ctx context.Context, tx *sql.Tx) error {
	c := db.change
	if c == nil || c.noHistory {
		_, err := tx.ExecContext(ctx, `UPDATE undo_state SET change_id = NULL, active = 0, bulk_from = NULL WHERE id = 1`)
		return err
	}
	if c.id == 0 {
		var net any
		if c.netID != 0 {
			net = c.netID
		}
		var undoes any
		if c.undoes != 0 {
			undoes = c.undoes
		}
		now := time.Now
		if db.now != nil {
			now = db.now
		}
		at := now().UTC().Format("2006-01-02T15:04:05Z")
		if err := tx.QueryRowContext(ctx, `INSERT INTO changes (at, network_id, who, what, undoes) VALUES (?, ?, ?, ?, ?) RETURNING id`,
			at, net, c.who, c.what, undoes).Scan(&c.id); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, `UPDATE undo_state SET change_id = ?, active = 1, bulk_from = NULL WHERE id = 1`, c.id)
	return err
}

// endChange drops a change that wrote nothing (so that the history holds
// only changes), turns recording off, and lets go of the oldest changes.
func (db *DB) endChange(ctx context.Context, tx *sql.Tx) error {
	c := db.change
	if c == nil || c.noHistory || c.id == 0 {
		return nil
	}
	var rows int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM undo_log WHERE change_id = ?`, c.id).Scan(&rows); err != nil {
		return err
	}
	if rows == 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM changes WHERE id = ?`, c.id); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE undo_state SET change_id = NULL, active = 0, bulk_from = NULL WHERE id = 1`); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM changes WHERE id <= (SELECT id FROM changes ORDER BY id DESC LIMIT 1 OFFSET ?)`, keepChanges)
	return err
}

// abandonChange forgets the change ID of a transaction that was rolled back.
func (db *DB) abandonChange(first bool) {
	if db.change != nil && first {
		db.change.id = 0
	}
}

// History lists the most recent changes, newest first.
func (db *DB) History(ctx context.Context, limit int) ([]Change, error) {
	var out []Change
	err := db.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT c.id, c.at, coalesce(c.network_id, 0), coalesce(n.name, ''), c.who, c.what, coalesce(c.undoes, 0),
				(SELECT count(*) FROM undo_log l WHERE l.change_id = c.id)
			FROM changes c LEFT JOIN networks n ON n.id = c.network_id
			ORDER BY c.id DESC LIMIT ?`, limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c Change
			if err := rows.Scan(&c.ID, &c.At, &c.NetworkID, &c.Network, &c.Who, &c.What, &c.Undoes, &c.Rows); err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	return out, err
}

// Undo puts back the last change, as a new change (which is the last one
// then, so that undoing it again redoes what was undone). who says who
// undoes. It returns the change it put back.
func (db *DB) Undo(ctx context.Context, who string) (Change, error) {
	last, err := db.History(ctx, 1)
	if err != nil {
		return Change{}, err
	}
	if len(last) == 0 {
		return Change{}, graph.Errorf(graph.ENOTFOUND, "%v: kring log shows the changes kring keeps", ErrNothingToUndo)
	}
	c := last[0]
	what := "undo " + strconv.FormatInt(c.ID, 10)
	db.change = &pendingChange{netID: c.NetworkID, who: who, what: what, undoes: c.ID}
	err = db.tx(ctx, func(tx *sql.Tx) error {
		// The last change may have been made by another kring meanwhile:
		// undo only the one the caller saw.
		var newest int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM changes WHERE id <> ?`, db.change.id).Scan(&newest); err != nil {
			return err
		}
		if newest != c.ID {
			return graph.Errorf(graph.ECONFLICT, "another change was made just now; run kring undo again to see what it would put back")
		}
		if _, err := tx.ExecContext(ctx, `PRAGMA defer_foreign_keys = ON`); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT stmt FROM undo_log WHERE change_id = ? ORDER BY seq DESC`, c.ID)
		if err != nil {
			return err
		}
		var stmts []string
		for rows.Next() {
			var s string
			if err := rows.Scan(&s); err != nil {
				rows.Close()
				return err
			}
			stmts = append(stmts, s)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, s := range stmts {
			if _, err := tx.ExecContext(ctx, s); err != nil {
				return graph.Errorf(graph.ECONFLICT, "change %d cannot be put back (%v); kring log shows what came after it", c.ID, err)
			}
		}
		return nil
	})
	db.change = nil
	return c, err
}

// forgetPerson erases from the history every change that holds anything of
// the person: their ties, their reports, and their name or another name of
// theirs (keys, the names of people as matched) in what the change says it
// did. Call it before the person's row goes.
func forgetPerson(ctx context.Context, tx *sql.Tx, personID int64) error {
	keys, err := queryStrings(ctx, tx, `SELECT name_key FROM people WHERE id = ?1 UNION SELECT name_key FROM person_aliases WHERE person_id = ?1`, personID)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, what FROM changes`)
	if err != nil {
		return err
	}
	var mention []int64
	for rows.Next() {
		var id int64
		var what string
		if err := rows.Scan(&id, &what); err != nil {
			rows.Close()
			return err
		}
		w := names.Key(what)
		for _, k := range keys {
			if k != "" && strings.Contains(w, k) {
				mention = append(mention, id)
				break
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range mention {
		if _, err := tx.ExecContext(ctx, `DELETE FROM changes WHERE id = ?`, id); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM changes WHERE id IN
		(SELECT DISTINCT change_id FROM undo_log WHERE instr(people, ',' || ? || ',') > 0)`, personID)
	return err
}

// bulkTies records, for a large import, one statement that removes the ties
// it is about to add (all ties after the last one there is), instead of one
// per tie; the triggers then leave those ties and their reporters and
// topics to it.
func bulkTies(ctx context.Context, tx *sql.Tx, netID int64) error {
	var active bool
	if err := tx.QueryRowContext(ctx, `SELECT active FROM undo_state WHERE id = 1`).Scan(&active); err != nil || !active {
		return err
	}
	var last int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM ties`).Scan(&last); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO undo_log (change_id, people, stmt)
		VALUES ((SELECT change_id FROM undo_state WHERE id = 1), '', ?)`,
		"DELETE FROM ties WHERE network_id = "+strconv.FormatInt(netID, 10)+" AND id > "+strconv.FormatInt(last, 10)); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE undo_state SET bulk_from = ? WHERE id = 1`, last)
	return err
}
