package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// Merged counts what MergePeople did.
type Merged struct {
	From, Into graph.Person // Into as it is after the merge
	Moved      int          // ties and contacts moved from From to Into
	Combined   int          // ties Into already had in the same wave: reporters and topics joined
	Dropped    int          // ties between the two, which would tie Into to itself
	Reports    int          // reports From made, now Into's
	Topics     int          // topics From offered or needed that Into did not yet
}

// MergePeople merges the person named from into the person named into, who
// stays: From's help ties and contacts become Into's (a tie Into already has
// in the same wave keeps one row, with the reporters and topics of both;
// ties between the two are dropped), From's reports and topics become
// Into's, Into's empty organisation and function are filled from From, and
// From is removed. From's name stays an alias of Into: later records and
// imports that write it find Into. All in one transaction.
func (db *DB) MergePeople(ctx context.Context, netID int64, from, into string) (Merged, error) {
	var m Merged
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if m.From, err = findPerson(ctx, tx, netID, from); err != nil {
			return err
		}
		if m.Into, err = findPerson(ctx, tx, netID, into); err != nil {
			return err
		}
		a, b := m.From.ID, m.Into.ID
		if a == b {
			return graph.Errorf(graph.EINVALID, "%q and %q are the same person", from, into)
		}
		type tie struct {
			id, wave, source, target int64
			kind                     string
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, wave_id, kind, source_id, target_id FROM ties
			WHERE source_id = ?1 OR target_id = ?1 ORDER BY id`, a)
		if err != nil {
			return err
		}
		var ties []tie
		for rows.Next() {
			var t tie
			if err := rows.Scan(&t.id, &t.wave, &t.kind, &t.source, &t.target); err != nil {
				rows.Close()
				return err
			}
			ties = append(ties, t)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, t := range ties {
			s, g := t.source, t.target
			if s == a {
				s = b
			}
			if g == a {
				g = b
			}
			if s == g {
				if _, err := tx.ExecContext(ctx, `DELETE FROM ties WHERE id = ?`, t.id); err != nil {
					return err
				}
				m.Dropped++
				continue
			}
			if t.kind == "contact" && s > g {
				s, g = g, s
			}
			var existing int64
			err := tx.QueryRowContext(ctx, `SELECT id FROM ties WHERE source_id = ? AND target_id = ? AND wave_id = ? AND kind = ? AND network_id = ?`,
				s, g, t.wave, t.kind, netID).Scan(&existing)
			switch {
			case err == sql.ErrNoRows:
				if _, err := tx.ExecContext(ctx, `UPDATE ties SET source_id = ?, target_id = ? WHERE id = ?`, s, g, t.id); err != nil {
					return err
				}
				m.Moved++
			case err != nil:
				return err
			default:
				for _, q := range []string{
					`INSERT OR IGNORE INTO tie_reporters (tie_id, person_id) SELECT ?1, CASE person_id WHEN ?3 THEN ?4 ELSE person_id END FROM tie_reporters WHERE tie_id = ?2`,
					`INSERT OR IGNORE INTO tie_topics (tie_id, topic, topic_key) SELECT ?1, topic, topic_key FROM tie_topics WHERE tie_id = ?2`,
					`UPDATE ties SET weight = max(weight, (SELECT weight FROM ties WHERE id = ?2)) WHERE id = ?1`,
					`DELETE FROM ties WHERE id = ?2`,
				} {
					if _, err := tx.ExecContext(ctx, q, existing, t.id, a, b); err != nil {
						return fmt.Errorf("merge ties: %w", err)
					}
				}
				m.Combined++
			}
		}
		// From's reports of other ties, and topics.
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM tie_reporters WHERE person_id = ?`, a).Scan(&m.Reports); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO person_topics (person_id, kind, topic, topic_key)
			SELECT ?2, kind, topic, topic_key FROM person_topics WHERE person_id = ?1 ORDER BY rowid`, a, b)
		if err != nil {
			return err
		}
		topics, _ := res.RowsAffected()
		m.Topics = int(topics)
		// From's name, and the names From had, now find Into.
		if _, err := tx.ExecContext(ctx, `UPDATE person_aliases SET person_id = ?2 WHERE person_id = ?1`, a, b); err != nil {
			return err
		}
		if err := addAlias(ctx, tx, netID, b, m.From.Name); err != nil {
			return err
		}
		for _, q := range []string{
			`INSERT OR IGNORE INTO tie_reporters (tie_id, person_id) SELECT tie_id, ?2 FROM tie_reporters WHERE person_id = ?1`,
			`UPDATE people SET org = (SELECT org FROM people WHERE id = ?1) WHERE id = ?2 AND org = ''`,
			`UPDATE people SET function = (SELECT function FROM people WHERE id = ?1) WHERE id = ?2 AND function = ''`,
			`DELETE FROM people WHERE id = ?1`,
		} {
			if _, err := tx.ExecContext(ctx, q, a, b); err != nil {
				return fmt.Errorf("merge people: %w", err)
			}
		}
		m.Into, err = personByKey(ctx, tx, netID, names.Key(m.Into.Name))
		return err
	})
	return m, err
}
