package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// NetworkInfo describes a network with its counts.
type NetworkInfo struct {
	ID       int64  `json:"-"`
	Name     string `json:"name"`
	People   int    `json:"people"`
	Waves    int    `json:"waves"`
	Ties     int    `json:"help_ties"`
	Contacts int    `json:"contacts"`
	Current  bool   `json:"current"`
	Created  string `json:"created"`
	Lang     string `json:"lang"` // "nl", "en", or "" when the network has no language of its own
}

const settingCurrent = "current_network"

// CreateNetwork adds a network, with its own language lang ("nl", "en" or
// ""). When it is the file's first network it also becomes the current one.
func (db *DB) CreateNetwork(ctx context.Context, name, lang string) (NetworkInfo, error) {
	name, err := names.Check("network", name)
	if err != nil {
		return NetworkInfo{}, graph.Errorf(graph.EINVALID, "%v", err)
	}
	var info NetworkInfo
	err = db.tx(ctx, func(tx *sql.Tx) error {
		var existing string
		err := tx.QueryRowContext(ctx, `SELECT name FROM networks WHERE name_key = ?`, names.Key(name)).Scan(&existing)
		if err == nil {
			return graph.Errorf(graph.ECONFLICT, "network %q exists already; pick it with: kring network use %q", existing, existing)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		err = tx.QueryRowContext(ctx, `INSERT INTO networks (name, name_key, lang) VALUES (?, ?, ?) RETURNING id, created_at`,
			name, names.Key(name), lang).Scan(&info.ID, &info.Created)
		if err != nil {
			return fmt.Errorf("create network: %w", err)
		}
		info.Name, info.Lang = name, lang
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM networks`).Scan(&n); err != nil {
			return err
		}
		if n == 1 {
			info.Current = true
			return setSetting(ctx, tx, settingCurrent, strconv.FormatInt(info.ID, 10))
		}
		return nil
	})
	return info, err
}

// Networks lists the networks of the file by name, with their counts.
func (db *DB) Networks(ctx context.Context) ([]NetworkInfo, error) {
	var out []NetworkInfo
	err := db.read(ctx, func(tx *sql.Tx) error {
		cur, err := currentID(ctx, tx)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `
			SELECT n.id, n.name, n.created_at, n.lang,
				(SELECT count(*) FROM people p WHERE p.network_id = n.id),
				(SELECT count(*) FROM waves w WHERE w.network_id = n.id),
				(SELECT count(*) FROM ties t WHERE t.network_id = n.id AND t.kind = 'help'),
				(SELECT count(*) FROM ties t WHERE t.network_id = n.id AND t.kind = 'contact')
			FROM networks n ORDER BY n.name_key`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var i NetworkInfo
			if err := rows.Scan(&i.ID, &i.Name, &i.Created, &i.Lang, &i.People, &i.Waves, &i.Ties, &i.Contacts); err != nil {
				return err
			}
			i.Current = i.ID == cur
			out = append(out, i)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("list networks: %w", err)
	}
	if len(out) == 1 {
		out[0].Current = true
	}
	return out, nil
}

// UseNetwork makes the named network the file's current one.
func (db *DB) UseNetwork(ctx context.Context, name string) (NetworkInfo, error) {
	var info NetworkInfo
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		info, err = findNetwork(ctx, tx, name)
		if err != nil {
			return err
		}
		info.Current = true
		return setSetting(ctx, tx, settingCurrent, strconv.FormatInt(info.ID, 10))
	})
	return info, err
}

// Network finds the network to work on: the named one, or when name is empty
// the file's current one (set by UseNetwork), or the only one.
func (db *DB) Network(ctx context.Context, name string) (NetworkInfo, error) {
	var info NetworkInfo
	err := db.read(ctx, func(tx *sql.Tx) error {
		var err error
		if name != "" {
			info, err = findNetwork(ctx, tx, name)
			return err
		}
		cur, err := currentID(ctx, tx)
		if err != nil {
			return err
		}
		if cur != 0 {
			err = tx.QueryRowContext(ctx, `SELECT id, name, created_at, lang FROM networks WHERE id = ?`, cur).
				Scan(&info.ID, &info.Name, &info.Created, &info.Lang)
			if err == nil {
				info.Current = true
				return nil
			} else if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
		}
		all, err := networkNames(ctx, tx)
		if err != nil {
			return err
		}
		switch len(all) {
		case 0:
			return graph.Errorf(graph.ENOTFOUND, "no network in %s yet; create one with: kring network create NAME", db.path)
		case 1:
			return tx.QueryRowContext(ctx, `SELECT id, name, created_at, lang FROM networks`).Scan(&info.ID, &info.Name, &info.Created, &info.Lang)
		default:
			return graph.Errorf(graph.EINVALID, "%s holds %d networks; pick one with --network NAME or: kring network use NAME (kring network list shows them)", db.path, len(all))
		}
	})
	return info, err
}

// SetNetworkLang gives the named network its own language ("nl", "en", or
// "" for none).
func (db *DB) SetNetworkLang(ctx context.Context, name, lang string) (NetworkInfo, error) {
	var info NetworkInfo
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		if info, err = findNetwork(ctx, tx, name); err != nil {
			return err
		}
		info.Lang = lang
		_, err = tx.ExecContext(ctx, `UPDATE networks SET lang = ? WHERE id = ?`, lang, info.ID)
		return err
	})
	return info, err
}

func findNetwork(ctx context.Context, tx *sql.Tx, name string) (NetworkInfo, error) {
	var info NetworkInfo
	err := tx.QueryRowContext(ctx, `SELECT id, name, created_at, lang FROM networks WHERE name_key = ?`, names.Key(name)).
		Scan(&info.ID, &info.Name, &info.Created, &info.Lang)
	if errors.Is(err, sql.ErrNoRows) {
		all, err := networkNames(ctx, tx)
		if err != nil {
			return info, err
		}
		return info, &graph.UnknownError{Kind: "network", Name: name, Suggestions: names.Closest(name, all, 3)}
	}
	return info, err
}

func networkNames(ctx context.Context, tx *sql.Tx) ([]string, error) {
	return queryStrings(ctx, tx, `SELECT name FROM networks ORDER BY name_key`)
}

func currentID(ctx context.Context, tx *sql.Tx) (int64, error) {
	var v string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, settingCurrent).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	} else if err != nil {
		return 0, err
	}
	id, _ := strconv.ParseInt(v, 10, 64)
	return id, nil
}

func setSetting(ctx context.Context, tx *sql.Tx, key, value string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES (?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
	return err
}

func queryStrings(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
