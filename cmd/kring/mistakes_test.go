package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	_ "modernc.org/sqlite"
)

// rows dumps every row of kring's data tables (not the history of changes):
// what a command changed, to the last byte.
func (e *env) rows() string {
	e.t.Helper()
	db, err := sql.Open("sqlite", "file:"+e.db+"?mode=ro")
	if err != nil {
		e.t.Fatal(err)
	}
	defer db.Close()
	var b strings.Builder
	for _, table := range []string{"networks", "people", "person_topics", "person_aliases", "waves", "ties", "tie_topics", "tie_reporters", "attendance"} {
		rows, err := db.QueryContext(context.Background(), "SELECT * FROM "+table+" ORDER BY 1, 2")
		if err != nil {
			e.t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			rows.Scan(ptrs...)
			fmt.Fprintf(&b, "%s %v\n", table, vals)
		}
		rows.Close()
	}
	return b.String()
}

// Mistakes people make at the terminal are caught before anything lands:
// the exit code says so, the message says what to do next, and the
// database is as it was (issue 16).
func TestMistakesAreCaught(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("record", "Ann Peeters", "--gave", "Bob Janssens", "--add-new")
	e.ok("record", "Bob Janssens", "--asked", "Ann Peeters")
	before := e.rows()
	for _, c := range []struct {
		args []string
		code int
		want []string
	}{
		{[]string{"person", "add", "Marc", "Van", "Houtte", "--org", "X"}, cli.ExitUsage, []string{`kring person add "Marc Van Houtte"`, "--several"}},
		{[]string{"person", "add", "Sofie", "Claes"}, cli.ExitUsage, []string{`kring person add "Sofie Claes"`}},
		{[]string{"record", "Sofie", "De", "Wilde", "--asked", "Ann Peeters"}, cli.ExitUsage, []string{`put a name with spaces in quotes: kring record "Sofie De Wilde"`}},
		{[]string{"person", "delete", "Ann Peeters"}, cli.ExitUsage, []string{`unknown command "delete" for "kring person"`, `did you mean "remove"?`}},
		{[]string{"network", "delete", "N"}, cli.ExitUsage, []string{`did you mean "remove"?`}},
		{[]string{"person", "frobnicate"}, cli.ExitUsage, []string{`unknown command "frobnicate" for "kring person"`, "add, edit"}},
		{[]string{"record", "Ann Peeters", "--aksed", "Bob Janssens"}, cli.ExitUsage, []string{"unknown flag --aksed (did you mean --asked?)"}},
		{[]string{"map", "--colour", "org"}, cli.ExitUsage, []string{"unknown flag --colour (did you mean --color?)"}},
		{[]string{"person", "remove", "Ann Peeters"}, cli.ExitUsage, []string{"Pass --yes to confirm", "cannot be undone"}},
		{[]string{"tie", "remove", "1"}, cli.ExitUsage, []string{"with the reports of Ann Peeters and Bob Janssens", "--report NAME", "Pass --yes"}},
		{[]string{"wave", "remove", "Meeting 9"}, cli.ExitError, []string{`unknown wave "Meeting 9"`}},
		{[]string{"report", "-o", filepath.Join(e.dir, "report.pdf")}, cli.ExitUsage, []string{"report.pdf: kring writes html, htm here"}},
		{[]string{"map", "-o", filepath.Join(e.dir, "map")}, cli.ExitUsage, []string{"has no extension", "map.svg"}},
		{[]string{"export", "-o", filepath.Join(e.dir, "ties")}, cli.ExitUsage, []string{"has no extension", "ties.csv"}},
		{[]string{"export", "-o", filepath.Join(e.dir, "n.xlsx"), "--format", "csv"}, cli.ExitUsage, []string{"ends in .xlsx but --format is csv"}},
		{[]string{"record", "Ann Peeters", "--asked", "Koen"}, cli.ExitError, []string{`unknown person "Koen"`, "--add-new"}},
		{[]string{"--lang", "fr", "analyze"}, cli.ExitUsage, []string{`--lang "fr": kring speaks nl (Dutch) and en (English)`}},
	} {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			_, errs, code := e.run(c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d\n%s", code, c.code, errs)
			}
			mustContain(t, "message", errs, c.want...)
			if after := e.rows(); after != before {
				t.Errorf("the database changed")
			}
		})
	}
	// Names as people type them: the dotless i, a hyphen, decomposed accents.
	e.ok("record", "Elif Yılmaz", "--gave", "Pieter-Jan De Wilde", "--add-new")
	out := e.ok("record", "elif yilmaz", "--asked", "Pieter Jan de Wilde")
	mustContain(t, "matched", out, "Pieter-Jan De Wilde → Elif Yılmaz")
	e.ok("person", "add", "Jo\u0308rg Mu\u0308ller") // typed decomposed
	if list := e.ok("person", "list"); !strings.Contains(list, "Jörg Müller") || strings.Contains(list, "\u0308") {
		t.Errorf("a decomposed name is not stored composed:\n%q", list)
	}
	// Lists split on ";" as well as ",".
	out = e.ok("record", "Sofie De Wilde", "--asked", "Koen D'Hondt; Anaïs Dubois", "--add-new")
	mustContain(t, "two people", out, "Added to the network: Sofie De Wilde, Koen D'Hondt, Anaïs Dubois.")
	// --version.
	mustContain(t, "version", e.ok("--version"), "kring ")
	// Counts say what they count.
	mustContain(t, "network list", e.ok("network", "list"), "HELP TIE RECORDS")
}

// Every command that changes the database can be undone: the rows after
// kring undo are the rows before the command (issue 16).
func TestUndoEveryWriteCommand(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Ann Peeters", "Bob Janssens", "Carla De Smet", "--org", "Zorg")
	e.ok("wave", "add", "Meeting 1", "--date", "2026-02-05")
	e.ok("record", "Ann Peeters", "--asked", "Bob Janssens", "--gave", "Carla De Smet", "--topic", "roosters")
	people := e.write("people.csv", "name,org,offers\nDirk Wouters,Hogeschool,data\nAnn Peeters,Gemeente,coaching\n")
	ties := e.write("ties.csv", "giver,receiver,wave,reporter\nDirk Wouters,Ann Peeters,Meeting 2,Dirk Wouters\nBob Janssens,Dirk Wouters,Meeting 2,\n")
	for _, args := range [][]string{
		{"record", "Bob Janssens", "--gave", "Ann Peeters", "--contact", "Carla De Smet"},
		{"record", "Ann Peeters", "--replace", "--gave", "Bob Janssens"},
		{"import", people},
		{"import", ties, "--add-new"},
		{"person", "add", "Eve Maes", "--offers", "AI"},
		{"person", "edit", "Ann Peeters", "--function", "HR", "--needs", "data"},
		{"person", "rename", "Bob Janssens", "Robert Janssens"},
		{"person", "merge", "Carla De Smet", "Ann Peeters"},
		{"tie", "add", "Carla De Smet", "Bob Janssens", "--topic", "x"},
		{"tie", "remove", "1", "--yes"},
		{"tie", "remove", "1", "--report", "Ann Peeters"},
		{"wave", "add", "Meeting 3"},
		{"wave", "rename", "Meeting 1", "Bijeenkomst 1"},
		{"wave", "edit", "Meeting 1", "--date", "2026-02-06"},
		{"wave", "attend", "Meeting 1", "--present", "Carla De Smet", "--absent", "Bob Janssens"},
		{"wave", "remove", "Meeting 1", "--yes"},
		{"network", "edit", "N", "--lang", "nl"},
		{"network", "rename", "N", "Lerend netwerk"},
		{"network", "create", "Other"},
		{"network", "remove", "N", "--yes"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			before := e.rows()
			if _, errs, code := e.run(args...); code != 0 {
				t.Fatalf("the command failed: %s", errs)
			}
			if e.rows() == before {
				t.Fatalf("the command changed nothing, so undo proves nothing")
			}
			e.ok("undo", "--yes")
			if after := e.rows(); after != before {
				t.Errorf("after undo the rows differ from before:\nbefore:\n%s\nafter:\n%s", before, after)
			}
			// Undo of the undo redoes; undo again for the next command.
			changed := e.rows()
			e.ok("undo", "--yes")
			if e.rows() == changed {
				t.Errorf("undoing the undo did not redo")
			}
			e.ok("undo", "--yes")
		})
	}
}

// Erasing a person cannot be undone, and leaves no byte of their name in
// the database, its log or the history, however much was recorded about
// them (issue 16 and the privacy promise).
func TestRemovedPersonLeavesNoTrace(t *testing.T) {
	e := newEnv(t)
	const name = "Zacharias Quintijnsdochter"
	e.ok("network", "create", "N")
	e.ok("record", name, "--asked", "Ann", "--gave", "Bob", "--add-new")
	e.ok("record", "Ann", "--gave", name)
	e.ok("person", "rename", name, name+" Jr")
	e.ok("wave", "attend", "2026-11-21", "--present", name+" Jr")
	e.ok("record", "Bob", "--asked", "Ann")
	e.ok("person", "remove", name+" Jr", "--yes")
	e.ok("record", "Ann", "--asked", "Bob") // any later command
	for _, suffix := range []string{"", "-wal", "-shm"} {
		b, err := os.ReadFile(e.db + suffix)
		if err != nil {
			continue
		}
		for _, needle := range []string{"Zacharias", "zacharias", "Quintijn", "quintijn"} {
			if strings.Contains(string(b), needle) {
				t.Errorf("%s holds %q", filepath.Base(e.db+suffix), needle)
			}
		}
	}
	if log := e.ok("log"); strings.Contains(strings.ToLower(log), "zacharias") {
		t.Errorf("the history still names the removed person:\n%s", log)
	}
}
