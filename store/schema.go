package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/kring-nl/kring/graph"
)

// A database file carries kring's marks (application_id, user_version) in
// its header, but anyone can write those: before anything reads its tables,
// checkSchema makes sure they are kring's tables. A view where a table
// belongs could run forever (a recursive one hung "kring import"), a trigger
// could do anything on a write.

// column is one column as PRAGMA table_xinfo describes it.
type column struct {
	name, typ  string
	notNull    bool
	dflt       sql.NullString
	pk, hidden int
}

func (c column) String() string {
	s := c.name
	if c.typ != "" {
		s += " " + c.typ
	}
	if c.hidden != 0 {
		s += " (hidden or generated)"
	}
	return s
}

// schema is what the migrations up to a version make: the columns of each
// table, and kring's own triggers (those of the history of changes) by
// name, with their SQL.
type schema struct {
	tables   map[string][]column
	triggers map[string]string
}

// schemas holds the schema of each version v (index v-1).
var schemas = sync.OnceValues(func() ([]schema, error) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one in-memory database
	ctx := context.Background()
	var out []schema
	for _, m := range migrations {
		if _, err := db.ExecContext(ctx, m); err != nil {
			return nil, fmt.Errorf("schema: %w", err)
		}
		tables := map[string][]column{}
		rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
		if err != nil {
			return nil, err
		}
		var names []string
		for rows.Next() {
			var n string
			if err := rows.Scan(&n); err != nil {
				rows.Close()
				return nil, err
			}
			names = append(names, n)
		}
		rows.Close()
		for _, n := range names {
			if tables[n], err = columns(ctx, db, n); err != nil {
				return nil, err
			}
		}
		triggers := map[string]string{}
		trows, err := db.QueryContext(ctx, `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'`)
		if err != nil {
			return nil, err
		}
		for trows.Next() {
			var n, stmt string
			if err := trows.Scan(&n, &stmt); err != nil {
				trows.Close()
				return nil, err
			}
			triggers[n] = stmt
		}
		trows.Close()
		out = append(out, schema{tables, triggers})
	}
	return out, nil
})

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// columns lists the columns of table, hidden and generated ones too.
func columns(ctx context.Context, q querier, table string) ([]column, error) {
	rows, err := q.QueryContext(ctx, `SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []column
	for rows.Next() {
		var c column
		if err := rows.Scan(&c.name, &c.typ, &c.notNull, &c.dflt, &c.pk, &c.hidden); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// checkSchema refuses a database at schema version whose schema is not the
// one kring's migrations make: every table kring expects exists as an
// ordinary table with kring's columns, there is no view at all, and no
// trigger but kring's own, word for word. Other tables and indexes are let
// be.
func checkSchema(ctx context.Context, q querier, path string, version int) error {
	if version == 0 {
		return nil // a new file: checkIDs made sure it holds nothing
	}
	all, err := schemas()
	if err != nil {
		return err
	}
	want, triggers := all[version-1].tables, all[version-1].triggers
	foreign := func(format string, args ...any) error {
		return fileError(path, ErrForeign, nil, graph.EINVALID, format, args...)
	}
	rows, err := q.QueryContext(ctx, `SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY rowid`)
	if err != nil {
		return classify(path, err)
	}
	found := map[string]bool{}
	var problem error
	for rows.Next() {
		var typ, name, stmt string
		if err := rows.Scan(&typ, &name, &stmt); err != nil {
			rows.Close()
			return classify(path, err)
		}
		_, expected := want[name]
		switch {
		case problem != nil:
		case typ == "view" && expected:
			problem = foreign("%s is marked as a kring database, but %q is a view, not a table; its tables were not read, and it was left untouched", path, name)
		case typ == "view":
			problem = foreign("%s is marked as a kring database, but holds a view (%q), which kring databases never do; its tables were not read, and it was left untouched", path, name)
		case typ == "trigger" && triggers[name] == stmt && stmt != "":
		case typ == "trigger":
			problem = foreign("%s is marked as a kring database, but holds a trigger (%q), which kring databases never do; its tables were not read, and it was left untouched", path, name)
		case expected && typ != "table":
			problem = foreign("%s is marked as a kring database, but %q is not a table; its tables were not read, and it was left untouched", path, name)
		case expected && strings.HasPrefix(strings.ToUpper(strings.TrimSpace(stmt)), "CREATE VIRTUAL"):
			problem = foreign("%s is marked as a kring database, but %q is a virtual table, not an ordinary one; its tables were not read, and it was left untouched", path, name)
		case expected:
			found[name] = true
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return classify(path, err)
	}
	if problem != nil {
		return problem
	}
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if !found[n] {
			return foreign("%s is marked as a kring database, but its table %q is missing; its tables were not read, and it was left untouched", path, n)
		}
		got, err := columns(ctx, q, n)
		if err != nil {
			return classify(path, err)
		}
		if !slices.Equal(got, want[n]) {
			return foreign("%s is marked as a kring database, but its table %q has the columns (%s), not kring's (%s); its tables were not read, and it was left untouched",
				path, n, describe(got), describe(want[n]))
		}
	}
	return nil
}

func describe(cols []column) string {
	s := make([]string, len(cols))
	for i, c := range cols {
		s[i] = c.String()
	}
	return strings.Join(s, ", ")
}
