package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// Issue 11, item 3: two concatenated JSON documents, trailing content, or a
// GraphML file with two graphs imported the first part and exited 0.
func TestImportRefusesPartialDocuments(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Ann")
	before := e.dump()
	doc := `{"format":"kring-network","version":1,"network":"N","people":[{"name":"Bob"}],"waves":[],"ties":[],"contacts":[]}`
	for _, c := range []struct{ name, content, want string }{
		{"two.json", doc + doc, "holds more than one JSON document"},
		{"trailing.json", doc + "\n,{}", "holds more than one JSON document"},
		{"two.graphml", `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/></graph>` +
			`<graph edgedefault="directed"><node id="b"/></graph></graphml>`, "holds 2 graphs"},
	} {
		errs, code := e.fail("import", e.write(c.name, c.content))
		if code != exitError {
			t.Errorf("%s: exit %d", c.name, code)
		}
		mustContain(t, c.name, errs, c.want)
		if after := e.dump(); after != before {
			t.Errorf("%s changed the database", c.name)
		}
	}
	if strings.Contains(e.ok("person", "list"), "Bob") {
		t.Error("Bob was imported")
	}
}

// Issue 15: GraphML invented people from a name with a comma, and the tie
// lost its confirmation; aliases were lost by every export and by importing
// another database.
func TestRoundTripsKeepCommasAndAliases(t *testing.T) {
	a := newEnv(t)
	a.ok("network", "create", "N")
	a.ok("person", "add", "Zoë O'Brien, jr.", "Ann Peeters", "--offers", "coaching")
	a.ok("record", "Zoë O'Brien, jr.", "--gave", "Ann Peeters")
	a.ok("record", "Ann Peeters", "--asked", `"Zoë O'Brien, jr."`)
	a.ok("person", "rename", "Ann Peeters", "Ann Peeters-Maes")
	for _, format := range []string{"graphml", "json"} {
		file := filepath.Join(a.dir, "net."+format)
		a.ok("export", "-o", file)
		b := newEnv(t)
		b.ok("network", "create", "B")
		b.ok("import", file)
		people := b.ok("person", "list", "--format", "json")
		if strings.Count(people, `"name":`) != 2 || !strings.Contains(people, `"Zoë O'Brien, jr."`) {
			t.Errorf("%s: people %s", format, people)
		}
		ties := b.tieList()
		if len(ties) != 1 || !ties[0].Confirmed {
			t.Errorf("%s: ties %+v", format, ties)
		}
		// The old name finds the person: it came along as another name.
		mustContain(t, format, b.ok("record", "ann peeters", "--gave", `"Zoë O'Brien, jr."`), "Ann Peeters-Maes → Zoë O'Brien, jr.")
	}
	c := newEnv(t)
	c.ok("network", "create", "C")
	mustContain(t, "db", c.ok("import", a.db), "other names of people kept: 1")
	mustContain(t, "db", c.ok("record", "Ann Peeters", "--gave", `"Zoë O'Brien, jr."`), "Ann Peeters-Maes → Zoë O'Brien, jr.")

	// An alias that is someone else's name here is not kept, and said so.
	d := newEnv(t)
	d.ok("network", "create", "D")
	d.ok("person", "add", "Ann Peeters")
	mustContain(t, "conflict", d.ok("import", a.db),
		`"Ann Peeters" is another name of Ann Peeters-Maes in the file, but here it is Ann Peeters: not kept; if they are one person, run: kring person merge "Ann Peeters" "Ann Peeters-Maes"`)
}
