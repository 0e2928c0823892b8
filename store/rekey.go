package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"

	"github.com/kring-nl/kring/graph/names"
)

const settingKeyVersion = "name_key_version"

// keyedColumns are the columns that hold a matching key (names.Key) of
// another column, by table.
var keyedColumns = []struct{ table, text, key string }{
	{"networks", "name", "name_key"},
	{"people", "name", "name_key"},
	{"person_aliases", "name", "name_key"},
	{"waves", "name", "name_key"},
	{"person_topics", "topic", "topic_key"},
	{"tie_topics", "topic", "topic_key"},
}

// rekey makes the matching keys again when names.Key has changed since they
// were made (names.KeyVersion), so that "Elif Yilmaz" finds the "Elif
// Yılmaz" an older kring stored. Where two names of one network now have the
// same key, the one that has it already (or else the one made first) keeps
// it and the other keeps its old key
// (kring person merge joins them when they are one person). It is not a
// change anyone can undo: it runs outside the history.
func (db *DB) rekey(ctx context.Context) error {
	var v string
	err := db.sql.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, settingKeyVersion).Scan(&v)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return classify(db.path, err)
	}
	if n, _ := strconv.Atoi(v); n >= names.KeyVersion {
		return nil
	}
	return db.rawTx(ctx, func(tx *sql.Tx) error {
		for _, c := range keyedColumns {
			rows, err := tx.QueryContext(ctx, `SELECT rowid, `+c.text+`, `+c.key+` FROM `+c.table+` ORDER BY rowid`)
			if err != nil {
				return err
			}
			type fix struct {
				rowid int64
				key   string
			}
			var fixes []fix
			for rows.Next() {
				var id int64
				var text, key string
				if err := rows.Scan(&id, &text, &key); err != nil {
					rows.Close()
					return err
				}
				if k := names.Key(text); k != key {
					fixes = append(fixes, fix{id, k})
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			for _, f := range fixes {
				if _, err := tx.ExecContext(ctx, `UPDATE OR IGNORE `+c.table+` SET `+c.key+` = ? WHERE rowid = ?`, f.key, f.rowid); err != nil {
					return err
				}
			}
		}
		return setSetting(ctx, tx, settingKeyVersion, strconv.Itoa(names.KeyVersion))
	})
}
