package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
)

// dump is the logical content of the test database: every network with its
// people, waves, ties, contacts and reporters, as kring exports them.
func (e *env) dump() string {
	e.t.Helper()
	var b strings.Builder
	b.WriteString(e.ok("network", "list", "--format", "json"))
	b.WriteString(e.ok("person", "list", "--format", "json"))
	b.WriteString(e.ok("export", "--format", "json"))
	return b.String()
}

// Every kind of bad input is refused with a message that names the file, the
// record and what to do, and leaves the database as it was.
func TestBadInputLeavesTheDatabaseUnchanged(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Ann Peeters", "Bob Janssens")
	e.ok("record", "Ann Peeters", "--gave", "Bob Janssens")
	before := e.dump()

	var huge strings.Builder
	huge.WriteString("giver,receiver\n")
	for i := range 50000 {
		fmt.Fprintf(&huge, "Ann Peeters,Person %d\n", i)
	}
	huge.WriteString("Ann Peeters,\"Bob Janssens\n")
	long := strings.Repeat("a", 201)

	for _, c := range []struct {
		name, content string
		want          []string
	}{
		{"ragged.csv", "giver,receiver,wave\nAnn Peeters,Bob Janssens,W1\nAnn Peeters,Bob Janssens\n",
			[]string{"ragged.csv: 1 bad record; nothing was imported", "line 3: has 2 fields, but the header has 3; check for a missing or extra comma"}},
		{"empty.csv", "giver,receiver\n,Bob Janssens\nAnn Peeters, \n",
			[]string{"empty.csv: 2 bad records", "line 2: the giver is empty", "line 3: the receiver is empty"}},
		{"self.csv", "giver,receiver\nAnn Peeters,ann  peeters\n",
			[]string{"self.csv: 1 bad record", "line 2: a tie needs two people, but giver and receiver are both Ann Peeters"}},
		{"columns.csv", "giver,receiver,colour\nAnn Peeters,Bob Janssens,red\n",
			[]string{`columns.csv: unknown column "colour"; a ties file may have the columns giver,receiver,wave,topic,date,weight,reporter`}},
		// A file that is not UTF-8 is read as Windows-1252 now: see TestImportDutchExcelCSV.
		{"control.csv", "giver,receiver\nAnn Peeters,Bob\x07 Janssens\n",
			[]string{"control.csv: 1 bad record", `line 2: person name "Bob\a Janssens" holds an invisible or control character (U+0007); type the name again without it`}},
		{"bidi.csv", "giver,receiver\nAnn Peeters,\u202eBob Janssens\n",
			[]string{"bidi.csv: 1 bad record", "line 2: person name", "holds an invisible or control character (U+202E)"}},
		{"long.csv", "giver,receiver\nAnn Peeters," + long + "\n",
			[]string{"long.csv: 1 bad record", "line 2: person name is 201 characters long; the most is 200"}},
		{"picture.csv", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
			[]string{"picture.csv is a picture or a document (PDF, web page), not data; import the file the data came from"}},
		// Found by FuzzRead: a lone quote after the header made kring panic.
		{"quote.csv", "giver,receiver\n\"",
			[]string{"quote.csv: 1 bad record", "line 2: a quote opened on line 2 is never closed; close it or remove it"}},
		{"huge.csv", huge.String(),
			[]string{"huge.csv: 1 bad record; nothing was imported", "line 50002: a quote opened on line 50002 is never closed; close it or remove it"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			errs, code := e.fail("import", e.write(c.name, c.content), "--add-new")
			if code != cli.ExitError {
				t.Errorf("exit %d", code)
			}
			mustContain(t, c.name, errs, c.want...)
			if strings.Contains(errs, "bad record") {
				mustContain(t, c.name, errs, "Correct these records and import the file again, or import the others with --skip-bad")
			}
			if after := e.dump(); after != before {
				t.Errorf("the database changed:\n%s\nwas\n%s", after, before)
			}
		})
	}
}

// What a spreadsheet writes is accepted: semicolons or tabs, a byte order
// mark, a line break inside a quoted cell.
func TestSpreadsheetCSVIsAccepted(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("import", e.write("semi.csv", "\ufeffgiver;receiver;topic\r\nAnn Peeters;Jürgen Van der Hagen;\"rooster\nplanning\"\r\n"), "--add-new")
	e.ok("import", e.write("tab.csv", "giver\treceiver\nBob Janssens\tAnn Peeters\n"), "--add-new")
	out := e.ok("tie", "list", "--format", "csv")
	mustContain(t, "ties", out, "Ann Peeters,Jürgen Van der Hagen,rooster planning", "Bob Janssens,Ann Peeters")
}

func TestImportSkipBad(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Ann", "Bob", "Carla", "--several")
	out := e.ok("import", e.write("mixed.csv", "giver,receiver,wave\nAnn,Bob,W1\nAnn,Zeno,W2\nBob,Bob,W1\nCarla,Ann,W1\n,Ann,W3\n"), "--skip-bad")
	mustContain(t, "skip-bad", out, "2 help tie records: 2 new", "Skipped 3 bad records:",
		`line 3: unknown person "Zeno"`, "line 4: a tie needs two people", "line 6: the giver is empty")
	// Nothing of a skipped record is kept: not its wave W2 or W3, not Zeno.
	waves := e.ok("wave", "list")
	if strings.Contains(waves, "W2") || strings.Contains(waves, "W3") || strings.Contains(e.ok("person", "list"), "Zeno") {
		t.Errorf("a skipped record left something:\n%s", waves)
	}
	if rows := e.tieList(); len(rows) != 2 {
		t.Errorf("%d ties, want 2", len(rows))
	}
}
