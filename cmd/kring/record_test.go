package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
)

// tieList returns the help ties (or contacts) of the test network as JSON rows.
func (e *env) tieList(args ...string) []cli.TieJSON {
	e.t.Helper()
	var rows []cli.TieJSON
	if err := json.Unmarshal([]byte(e.ok(append([]string{"tie", "list", "--format", "json"}, args...)...)), &rows); err != nil {
		e.t.Fatal(err)
	}
	return rows
}

func TestRecordTheExercise(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "Lerend netwerk")
	e.ok("person", "add", "Ann Peeters", "Bob Janssens")
	e.ok("wave", "add", "Meeting 1", "--date", "2026-02-05")
	out := e.ok("record", "Ann Peeters", "--asked", "Bob Janssens", "--gave", "Carla,Dirk", "--contact", "Eve", "--add-new")
	mustContain(t, "record output", out, "Added to the network: Carla, Dirk, Eve.",
		"Bob Janssens → Ann Peeters", "Ann Peeters → Carla", "Ann Peeters → Dirk", "Ann Peeters – Eve", "new")

	ties := e.tieList()
	got := map[string]bool{}
	for _, r := range ties {
		got[r.Giver+" → "+r.Receiver] = true
		if r.Wave != "Meeting 1" || len(r.Reporters) != 1 || r.Reporters[0] != "Ann Peeters" || r.Confirmed {
			t.Errorf("tie %+v", r)
		}
	}
	for _, want := range []string{"Bob Janssens → Ann Peeters", "Ann Peeters → Carla", "Ann Peeters → Dirk"} {
		if !got[want] {
			t.Errorf("missing help tie %s; have %v", want, got)
		}
	}
	if len(ties) != 3 {
		t.Errorf("%d help ties, want 3", len(ties))
	}
	contacts := e.tieList("--contacts")
	if len(contacts) != 1 || contacts[0].A != "Ann Peeters" || contacts[0].B != "Eve" {
		t.Errorf("contacts = %+v", contacts)
	}

	// Bob records the same help from his end: one tie, now confirmed.
	out = e.ok("record", "bob janssens", "--gave", "ANN PEETERS")
	mustContain(t, "confirmation", out, "Bob Janssens → Ann Peeters", "now confirmed by both")
	ties = e.tieList()
	if len(ties) != 3 {
		t.Fatalf("%d ties after confirmation, want 3", len(ties))
	}
	for _, r := range ties {
		if r.Giver == "Bob Janssens" && (!r.Confirmed || len(r.Reporters) != 2) {
			t.Errorf("Bob → Ann = %+v, want confirmed by both", r)
		}
	}
	// And again: nothing changes.
	mustContain(t, "repeat", e.ok("record", "Bob Janssens", "--gave", "Ann Peeters"), "already recorded")
}

func TestNamesMatchLooselyAndShowAsWritten(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Jürgen Van der Hagen", "Anaïs Dubois")
	out := e.ok("record", "jurgen  van der HAGEN", "--gave", "anais dubois")
	mustContain(t, "record", out, "Jürgen Van der Hagen → Anaïs Dubois")
	if strings.Contains(out, "jurgen") || strings.Contains(out, "anais") {
		t.Errorf("output shows the typed spelling:\n%s", out)
	}
	var people []cli.PersonJSON
	json.Unmarshal([]byte(e.ok("person", "list", "--format", "json")), &people)
	if len(people) != 2 || people[0].Name != "Anaïs Dubois" || people[1].Name != "Jürgen Van der Hagen" {
		t.Errorf("people = %+v", people)
	}
}

func TestUnknownNameSaysWhatToDo(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Bob Janssens", "Ann Peeters")
	errs, code := e.fail("record", "Ann Peeters", "--asked", "Bbo Janssens")
	if code != cli.ExitError {
		t.Errorf("exit %d", code)
	}
	mustContain(t, "error", errs, `unknown person "Bbo Janssens" (did you mean "Bob Janssens"?)`,
		`kring person add "Bbo Janssens"`, "--add-new")
	if rows := e.tieList(); len(rows) != 0 {
		t.Errorf("a failed record stored %d ties", len(rows))
	}
	errs, _ = e.fail("record", "Ann Peeters", "--asked", "Ann Peeters")
	mustContain(t, "self-tie", errs, "giver and receiver are both Ann Peeters")
	errs, code = e.fail("record", "Ann Peeters")
	mustContain(t, "nothing to record", errs, "pass --asked, --gave or --contact", "Run 'kring record --help'")
	if code != cli.ExitUsage {
		t.Errorf("usage error exit %d, want %d", code, cli.ExitUsage)
	}
}

func TestRecordWithoutWaveStartsOne(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	out := e.ok("record", "Ann", "--gave", "Bob", "--add-new")
	mustContain(t, "record", out, `Started wave "2026-11-21"; to name it after the meeting: kring wave rename "2026-11-21" NAME`)
	e.ok("wave", "add", "Meeting 2")
	e.ok("record", "Bob", "--gave", "Ann")
	ties := e.tieList()
	if len(ties) != 2 || ties[0].Wave != "2026-11-21" || ties[1].Wave != "Meeting 2" {
		t.Errorf("ties = %+v", ties)
	}
	errs, _ := e.fail("record", "Bob", "--gave", "Ann", "--wave", "Meeting 3")
	mustContain(t, "unknown wave", errs, `unknown wave "Meeting 3" (did you mean "Meeting 2"?)`, `kring wave add "Meeting 3"`)
}

func TestTieAddListRemove(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Ann", "Bob", "--several")
	e.ok("tie", "add", "Ann", "Bob", "--topic", "loonbeleid")
	rows := e.tieList()
	if len(rows) != 1 || rows[0].Giver != "Ann" || rows[0].Topics[0] != "loonbeleid" || len(rows[0].Reporters) != 0 {
		t.Fatalf("rows = %+v", rows)
	}
	table := e.ok("tie", "list")
	mustContain(t, "table", table, "ID", "GIVER", "Ann", "loonbeleid")
	out := e.ok("tie", "remove", "1")
	mustContain(t, "remove", out, "Removed help tie 1 (Ann → Bob, ")
	errs, _ := e.fail("tie", "remove", "1")
	mustContain(t, "remove again", errs, "no tie with ID 1")
	errs, code := e.fail("tie", "remove", "one")
	mustContain(t, "bad id", errs, "not a number")
	if code != cli.ExitUsage {
		t.Errorf("exit %d", code)
	}
}

// The run functions work with a buffer and no terminal.
func TestRunRecordDirectly(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	var out bytes.Buffer
	g := &globals{Out: &out, Err: &out, Getenv: func(string) string { return "" }, DBPath: e.db, L: i18n.New(i18n.English)}
	opts := &recordOptions{globals: g, Me: "Ann", Gave: []string{"Bob"}, AddNew: true}
	if err := runRecord(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	mustContain(t, "output", out.String(), "Ann → Bob", "help tie", "new")
}
