package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// AddWave adds a wave after the network's last one. date is YYYY-MM-DD or "".
func (db *DB) AddWave(ctx context.Context, netID int64, name, date string) (graph.Wave, error) {
	var w graph.Wave
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		w, err = insertWave(ctx, tx, netID, name, date)
		return err
	})
	return w, err
}

// CheckDate checks a YYYY-MM-DD date; "" is allowed.
func CheckDate(date string) error {
	if date == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, date); err != nil {
		return graph.Errorf(graph.EINVALID, "date %q is not a calendar date in the form YYYY-MM-DD (e.g. 2026-03-12)", date)
	}
	return nil
}

func insertWave(ctx context.Context, tx *sql.Tx, netID int64, name, date string) (graph.Wave, error) {
	name, err := names.Check("wave", name)
	if err != nil {
		return graph.Wave{}, graph.Errorf(graph.EINVALID, "%v", err)
	}
	if err := CheckDate(date); err != nil {
		return graph.Wave{}, err
	}
	if old, err := waveByKey(ctx, tx, netID, names.Key(name)); err == nil {
		return graph.Wave{}, graph.Errorf(graph.ECONFLICT, "wave %q exists already", old.Name)
	} else if !errors.Is(err, sql.ErrNoRows) {
		return graph.Wave{}, err
	}
	w := graph.Wave{Name: name, Date: date}
	err = tx.QueryRowContext(ctx, `INSERT INTO waves (network_id, name, name_key, date, seq)
		VALUES (?, ?, ?, NULLIF(?, ''), (SELECT coalesce(max(seq), 0) + 1 FROM waves WHERE network_id = ?))
		RETURNING id, seq`, netID, name, names.Key(name), date, netID).Scan(&w.ID, &w.Seq)
	if err != nil {
		return w, fmt.Errorf("add wave: %w", err)
	}
	return w, nil
}

// Waves lists the network's waves in order.
func (db *DB) Waves(ctx context.Context, netID int64) ([]graph.Wave, error) {
	var out []graph.Wave
	err := db.read(ctx, func(tx *sql.Tx) error {
		var err error
		out, err = loadWaves(ctx, tx, netID)
		return err
	})
	return out, err
}

// FindWave finds a wave by name.
func (db *DB) FindWave(ctx context.Context, netID int64, name string) (graph.Wave, error) {
	var w graph.Wave
	err := db.read(ctx, func(tx *sql.Tx) error {
		var err error
		w, err = findWave(ctx, tx, netID, name)
		return err
	})
	return w, err
}

func findWave(ctx context.Context, tx *sql.Tx, netID int64, name string) (graph.Wave, error) {
	w, err := waveByKey(ctx, tx, netID, names.Key(name))
	if errors.Is(err, sql.ErrNoRows) {
		all, err := queryStrings(ctx, tx, `SELECT name FROM waves WHERE network_id = ? ORDER BY seq`, netID)
		if err != nil {
			return w, err
		}
		return w, &graph.UnknownError{Kind: "wave", Name: names.Clean(name), Suggestions: names.Closest(name, all, 3)}
	}
	return w, err
}

func waveByKey(ctx context.Context, tx *sql.Tx, netID int64, key string) (graph.Wave, error) {
	var w graph.Wave
	var date sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT id, name, date, seq FROM waves WHERE network_id = ? AND name_key = ?`,
		netID, key).Scan(&w.ID, &w.Name, &date, &w.Seq)
	w.Date = date.String
	return w, err
}

// lastWave returns the network's last wave, or sql.ErrNoRows.
func lastWave(ctx context.Context, tx *sql.Tx, netID int64) (graph.Wave, error) {
	var w graph.Wave
	var date sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT id, name, date, seq FROM waves WHERE network_id = ? ORDER BY seq DESC LIMIT 1`,
		netID).Scan(&w.ID, &w.Name, &date, &w.Seq)
	w.Date = date.String
	return w, err
}

func loadWaves(ctx context.Context, tx *sql.Tx, netID int64) ([]graph.Wave, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, date, seq FROM waves WHERE network_id = ? ORDER BY seq`, netID)
	if err != nil {
		return nil, fmt.Errorf("load waves: %w", err)
	}
	defer rows.Close()
	var out []graph.Wave
	for rows.Next() {
		var w graph.Wave
		var date sql.NullString
		if err := rows.Scan(&w.ID, &w.Name, &date, &w.Seq); err != nil {
			return nil, err
		}
		w.Date = date.String
		out = append(out, w)
	}
	return out, rows.Err()
}
