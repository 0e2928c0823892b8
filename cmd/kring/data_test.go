package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/spf13/cobra"
)

func fileMode(t *testing.T, path string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

func TestExportImportRoundTrips(t *testing.T) {
	a := newEnv(t)
	a.ok("network", "create", "A")
	a.ok("import", testdata("hand", "people.csv"))
	a.ok("import", testdata("hand", "ties.csv"))
	a.ok("record", "Fien Goossens", "--contact", "Carla De Smet", "--wave", "W2")
	a.ok("record", "=Eve", "--gave", "Ann Peeters", "--add-new")        // a name a spreadsheet would run
	a.ok("record", "Eve Maes", "--gave", "Ann Peeters", "--wave", "W2") // Ann reported it too: now confirmed

	csvPath := filepath.Join(a.dir, "ties.csv")
	jsonPath := filepath.Join(a.dir, "net.json")
	a.ok("export", "-o", csvPath)
	a.ok("export", "-o", jsonPath)
	for _, p := range []string{csvPath, jsonPath} {
		if m := fileMode(t, p); m != 0o600 {
			t.Errorf("%s mode %v, want 0600", filepath.Base(p), m)
		}
	}
	csvText, _ := os.ReadFile(csvPath)
	mustContain(t, "csv export", string(csvText), "giver,receiver,wave,topic,date,weight,reporter\n", "'=Eve,Ann Peeters")

	// CSV: the ties come back the same.
	b := newEnv(t)
	b.ok("network", "create", "B")
	b.ok("import", csvPath, "--add-new")
	if got, want := b.ok("export"), string(csvText); got != want {
		t.Errorf("CSV round trip differs:\n%s\nwant:\n%s", got, want)
	}

	// JSON: the whole network comes back the same, contacts and details included.
	c := newEnv(t)
	c.ok("network", "create", "A")
	c.ok("import", jsonPath)
	jsonText, _ := os.ReadFile(jsonPath)
	if got := c.ok("export", "--format", "json"); got != string(jsonText) {
		t.Errorf("JSON round trip differs:\n%s\nwant:\n%s", got, jsonText)
	}
	mustContain(t, "json", string(jsonText), `"offers": [`, `"data-analyse"`, `"contacts": [`, `"confirmed": true`)
}

func TestImportRejectsABadFileWhole(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Ann", "Bob", "--several")
	bad := e.write("bad.csv", "giver;receiver;wave\nAnn;Bob;W1\nAnn;Zeno;W1\nBob;Bob;W1\nAnn\n")
	errs, _ := e.fail("import", bad)
	mustContain(t, "error", errs, "bad.csv: 3 bad records; nothing was imported", "line 3: unknown person \"Zeno\"",
		"line 4: a tie needs two people", "line 5: has 1 field, but the header has 3; check for a missing or extra semicolon",
		"run again with --add-new")
	if rows := e.tieList(); len(rows) != 0 {
		t.Errorf("%d ties stored from a bad file", len(rows))
	}
	if out := e.ok("wave", "list"); !strings.Contains(out, "No waves") {
		t.Errorf("a wave was kept from a bad file:\n%s", out)
	}
	errs, _ = e.fail("import", e.write("x.csv", "colour,size\nAnn,Bob\n"))
	mustContain(t, "header", errs, "a ties file starts with giver,receiver")
	errs, _ = e.fail("import", filepath.Join(e.dir, "missing.csv"))
	mustContain(t, "missing", errs, "missing.csv: no such file")
}

func TestDemo(t *testing.T) {
	e := newEnv(t)
	e.db = "" // the demo must not use or make the user's database
	user := filepath.Join(e.dir, "user.db")
	e.vars["KRING_DB"] = user
	out := filepath.Join(e.dir, "demo")
	text := e.ok("demo", "--out", out)
	mustContain(t, "demo", text, "Lerend netwerk HR & zorg · all waves (3)", "14 people",
		"Pieter de Vries", "only gives", "Fien Goossens", "isolated", "Sofie Claes", "map.svg")
	if strings.Count(text, "only asks") < 2 {
		t.Errorf("the demo should have two only-askers:\n%s", text)
	}
	if _, err := os.Stat(user); !os.IsNotExist(err) {
		t.Errorf("the demo touched the user's database: %v", err)
	}
	svg := filepath.Join(out, "map.svg")
	if m := fileMode(t, svg); m != 0o600 {
		t.Errorf("map.svg mode %v", m)
	}
	if m := fileMode(t, filepath.Join(out, "report.html")); m != 0o600 {
		t.Errorf("report.html mode %v", m)
	}
	mustContain(t, "demo", text, "report.html: open them in a browser", "Let a room answer from their phones", "demo.db serve")
	f, _ := os.Open(svg)
	defer f.Close()
	d := xml.NewDecoder(f)
	for {
		if _, err := d.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("map.svg is not well-formed: %v", err)
		}
	}
	// The README shows these maps of the demo: docs/ must hold what kring draws.
	e.db = filepath.Join(out, "demo.db")
	ego := filepath.Join(e.dir, "ego.svg")
	diff := filepath.Join(e.dir, "diff.svg")
	e.ok("map", "--ego", "Sofie Claes", "-o", ego)
	e.ok("map", "--diff", "Meeting 1..Meeting 3", "-o", diff)
	trend := filepath.Join(e.dir, "trend.svg")
	e.ok("trend", "--chart", trend)
	e.db = ""
	// The Dutch demo, for the README's Dutch section.
	outNL := filepath.Join(e.dir, "demo-nl")
	e.ok("--lang", "nl", "demo", "--out", outNL)
	svgNL := filepath.Join(outNL, "map.svg")
	for doc, drawnFile := range map[string]string{"demo-map.svg": svg, "demo-ego.svg": ego, "demo-diff.svg": diff, "demo-trend.svg": trend, "demo-map-nl.svg": svgNL} {
		docs := filepath.Join("..", "..", "docs", doc)
		drawn, _ := os.ReadFile(drawnFile)
		if *update {
			if err := os.WriteFile(docs, drawn, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if shown, err := os.ReadFile(docs); err != nil || string(shown) != string(drawn) {
			t.Errorf("docs/%s is not what kring draws (%v); run go test ./cmd/kring -run Demo -update and look at it", doc, err)
		}
	}
	// Running it again replaces the demo.
	e.ok("demo", "--out", out)
	e.db = filepath.Join(out, "demo.db")
	mustContain(t, "demo db", e.ok("wave", "list"), "Meeting 1", "Meeting 3")
}

func TestDatabaseLocation(t *testing.T) {
	e := newEnv(t)
	e.db = ""
	xdg := filepath.Join(e.dir, "xdg", "kring", "kring.db")
	errs, _ := e.fail("analyze")
	mustContain(t, "no database", errs, "no kring database at "+xdg+" yet; start one with: kring network create NAME")
	if _, err := os.Stat(xdg); !os.IsNotExist(err) {
		t.Error("a read command made the database")
	}
	mustContain(t, "create", e.ok("network", "create", "X"), xdg)
	delete(e.vars, "XDG_DATA_HOME")
	e.vars["HOME"] = filepath.Join(e.dir, "home")
	mustContain(t, "default", e.ok("network", "create", "X"), "in "+filepath.Join("~", ".local", "share", "kring", "kring.db"))
	if m := fileMode(t, xdg); m != 0o600 {
		t.Errorf("database mode %v", m)
	}
	env := filepath.Join(e.dir, "env.db")
	e.vars["KRING_DB"] = env
	mustContain(t, "env", e.ok("network", "create", "Y"), env)
	flag := filepath.Join(e.dir, "flag.db")
	mustContain(t, "flag", e.ok("--db", flag, "network", "create", "Z"), flag)
}

func TestNetworkChoice(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "Zorg")
	e.ok("network", "create", "HR")
	e.ok("person", "add", "Ann") // the first network is current
	mustContain(t, "list", e.ok("network", "list"), "*  Zorg", "HR")
	e.ok("network", "use", "hr")
	mustContain(t, "people in HR", e.ok("person", "list"), "No people in HR yet")
	mustContain(t, "--network", e.ok("--network", "zorg", "person", "list"), "Ann")
	e.vars["KRING_NETWORK"] = "Zorg"
	mustContain(t, "$KRING_NETWORK", e.ok("person", "list"), "Ann")
	errs, _ := e.fail("--network", "Zrog", "person", "list")
	mustContain(t, "unknown network", errs, `unknown network "Zrog" (did you mean "Zorg"?)`)
}

func TestListingFormats(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("import", testdata("hand", "people.csv"))
	e.ok("import", testdata("hand", "ties.csv"))
	for _, cmd := range [][]string{{"network", "list"}, {"person", "list"}, {"wave", "list"}, {"tie", "list"}, {"analyze"}} {
		for _, f := range []string{"table", "json", "csv"} {
			out := e.ok(append(cmd, "--format", f)...)
			if strings.TrimSpace(out) == "" {
				t.Errorf("%v --format %s printed nothing", cmd, f)
			}
			if f == "json" && !strings.HasPrefix(out, "[") && !strings.HasPrefix(out, "{") {
				t.Errorf("%v --format json: %s", cmd, out)
			}
		}
		errs, code := e.fail(append(cmd, "--format", "xml")...)
		if code != cli.ExitUsage || !strings.Contains(errs, "must be table, json or csv") {
			t.Errorf("%v --format xml: exit %d, %s", cmd, code, errs)
		}
	}
}

func TestPersonCommands(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Ann Peeters", "--org", "Gemeente", "--offers", "loonbeleid,coaching")
	errs, _ := e.fail("person", "add", "ann  peeters")
	mustContain(t, "duplicate", errs, `"ann peeters" is already in the network (as "Ann Peeters")`)
	mustContain(t, "edit", e.ok("person", "edit", "ann peeters", "--function", "HR-manager", "--needs", "talentmanagement"),
		"Ann Peeters: organisation Gemeente, function HR-manager, offers loonbeleid, coaching, needs talentmanagement.")
	e.ok("record", "Ann Peeters", "--gave", "Bob", "--add-new")
	mustContain(t, "rename", e.ok("person", "rename", "Ann Peeters", "Ann Peeters-Claes"), "Renamed Ann Peeters to Ann Peeters-Claes")
	errs, code := e.fail("person", "remove", "Bob")
	mustContain(t, "remove without --yes", errs, "Pass --yes to confirm")
	if code != cli.ExitUsage {
		t.Errorf("exit %d", code)
	}
	mustContain(t, "remove", e.ok("person", "remove", "bob", "--yes"), "Erased Bob with 1 help tie, 0 contacts")
	mustContain(t, "list", e.ok("person", "list"), "Ann Peeters-Claes", "Gemeente", "HR-manager")
}

func TestMapOutputs(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("import", testdata("hand", "people.csv"))
	e.ok("import", testdata("hand", "ties.csv"))
	dot := e.ok("map", "-o", "-", "--format", "dot")
	mustContain(t, "dot", dot, "digraph kring", `p0 [label="Ann Peeters"`, `p0 -> p1 [class="mutual", dir=both`, "waves")
	svgPath := filepath.Join(e.dir, "w1.svg")
	_, errs, code := e.run("map", "--wave", "W1", "-o", svgPath)
	if code != 0 {
		t.Fatal(errs)
	}
	mustContain(t, "map message", errs, "Wrote "+svgPath)
	svg, _ := os.ReadFile(svgPath)
	mustContain(t, "svg", string(svg), "<svg", "W1 · 5 February 2026", "Gert Jürgens")
	if m := fileMode(t, svgPath); m != 0o600 {
		t.Errorf("mode %v", m)
	}
	errs, _ = e.fail("map", "-o", e.db)
	mustContain(t, "over the database", errs, "is kring's database; choose another output file")
	errs, code = e.fail("map", "-o", "map.gif")
	if code != cli.ExitUsage {
		t.Errorf("exit %d: %s", code, errs)
	}
	errs, _ = e.fail("map", "--layout", "spring")
	mustContain(t, "layout", errs, `--layout "spring": use auto, dot, neato, fdp, sfdp, circo`)
	errs, _ = e.fail("map", "--color", "mood")
	mustContain(t, "color", errs, `--color "mood": use role, org, community`)
}

// Every command that does something shows examples of itself in --help, in
// both languages.
func TestHelpHasExamples(t *testing.T) {
	e := newEnv(t)
	for _, lang := range []string{"en", "nl"} {
		g := &globals{Getenv: func(string) string { return "" }, L: i18n.New(lang)}
		heading := map[string]string{"en": "Examples:", "nl": "Voorbeelden:"}[lang]
		var walk func(c *cobra.Command)
		walk = func(c *cobra.Command) {
			path := strings.Fields(c.CommandPath())[1:]
			if c.Runnable() && !c.HasSubCommands() && c.Name() != "help" && c.Parent() != nil && c.Parent().Name() != "completion" {
				out := e.ok(append([]string{"--lang", lang}, append(path, "--help")...)...)
				mustContain(t, c.CommandPath()+" --help ("+lang+")", out, heading, c.CommandPath())
			}
			for _, s := range c.Commands() {
				if s.IsAvailableCommand() {
					walk(s)
				}
			}
		}
		walk(newRootCmd(g))
	}
}

// go-graphviz compiles its WebAssembly module into a cache in $TMPDIR the
// first time something draws (graph/render/third_party/go-graphviz makes that
// lazy). Commands that draw nothing must not load it.
func TestGraphvizLoadsOnlyToDraw(t *testing.T) {
	e := newEnv(t)
	tmp := t.TempDir()
	cache := filepath.Join(tmp, "go-graphviz")
	kringProcess(t, tmp, "--db", e.db, "network", "create", "N")
	kringProcess(t, tmp, "--db", e.db, "record", "Ann", "--gave", "Bob", "--add-new")
	kringProcess(t, tmp, "--db", e.db, "analyze")
	kringProcess(t, tmp, "--db", e.db, "map", "-o", "-", "--format", "dot")
	if _, err := os.Stat(cache); !os.IsNotExist(err) {
		t.Fatalf("a command that draws nothing loaded graphviz (%s exists)", cache)
	}
	kringProcess(t, tmp, "--db", e.db, "map", "-o", filepath.Join(tmp, "m.svg"))
	if _, err := os.Stat(cache); err != nil {
		t.Fatalf("drawing a map did not load graphviz: %v", err)
	}
}

func TestMapFormatsEgoAndDiff(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("import", testdata("hand", "people.csv"))
	e.ok("import", testdata("hand", "ties.csv"))
	check := func(name string, prefix []byte) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(e.dir, name))
		if err != nil || !bytes.HasPrefix(b, prefix) || len(b) < 1000 {
			t.Errorf("%s: %d bytes, err %v", name, len(b), err)
		}
		if m := fileMode(t, filepath.Join(e.dir, name)); m != 0o600 {
			t.Errorf("%s mode %v", name, m)
		}
	}
	for _, f := range []struct {
		file   string
		prefix string
		args   []string
	}{
		{"map.png", "\x89PNG", nil},
		{"map.pdf", "%PDF-", nil},
		{"org.svg", "<?xml", []string{"--color", "org", "--group", "org"}},
		{"ego.png", "\x89PNG", []string{"--ego", "ann peeters"}},
		{"ego2.svg", "<?xml", []string{"--ego", "Ann Peeters", "--depth", "2", "--label", "initials"}},
		{"diff.pdf", "%PDF-", []string{"--diff", "W1..W2"}},
		{"shape.svg", "<?xml", []string{"--label", "none", "--size", "betweenness", "--color", "community"}},
	} {
		e.ok(append([]string{"map", "-o", filepath.Join(e.dir, f.file)}, f.args...)...)
		check(f.file, []byte(f.prefix))
	}
	ego := e.ok("map", "-o", "-", "--format", "dot", "--ego", "Ann Peeters")
	mustContain(t, "ego", ego, "Ego map: Ann Peeters", "peripheries=2", `label="Bob Janssens"`, `label="Eve Maes"`)
	if strings.Contains(ego, "Gert") {
		t.Error("Gert is not in Ann's ego network (depth 1)")
	}
	diff := e.ok("map", "-o", "-", "--format", "dot", "--diff", "W1..W2")
	mustContain(t, "diff", diff, "from W1 to W2", `class="new"`, `class="lost"`, `class="kept"`, "was: ")
	svg := e.ok("map", "-o", "-", "--diff", "W1..W2")
	mustContain(t, "diff svg", svg, `class="edge new"`, `class="edge lost"`)
	org := e.ok("map", "-o", "-", "--format", "dot", "--color", "org", "--group", "org")
	mustContain(t, "org", org, "subgraph cluster_", `label="Zorggroep Linde"`, "Gemeente Zeedorp (2)", "layout=fdp")
	errs, _ := e.fail("map", "--diff", "W1")
	mustContain(t, "bad diff", errs, "write two waves as W1..W2")
	errs, _ = e.fail("map", "--diff", "W1..W9")
	mustContain(t, "unknown wave", errs, `unknown wave "W9"`)
	errs, _ = e.fail("map", "--ego", "Zeno")
	mustContain(t, "unknown ego", errs, `unknown person "Zeno"`)
}

// Output to a named pipe (or a device like /dev/null) is written into it, not
// renamed over it.
func TestOutputToAPipe(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("record", "Ann", "--gave", "Bob", "--add-new")
	fifo := filepath.Join(e.dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	got := make(chan string)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- string(b)
	}()
	e.ok("export", "-o", fifo)
	select {
	case s := <-got:
		if !strings.Contains(s, "Ann,Bob") {
			t.Errorf("read %q from the pipe", s)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("nothing was written into the pipe")
	}
	if fi, err := os.Stat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v %v", fi.Mode(), err)
	}
	errs, _ := e.fail("export", "-o", e.dir)
	mustContain(t, "folder", errs, "is a folder")
}

// The demo replaces its own database only while it holds the untouched
// example: a database someone recorded in, or another one copied there, is
// left alone (issue 11: the demo used to delete whatever was at DIR/demo.db).
func TestDemoLeavesOtherDatabasesAlone(t *testing.T) {
	e := newEnv(t)
	out := filepath.Join(e.dir, "dm")
	demoDB := filepath.Join(out, "demo.db")

	// Someone records in the demo database, then runs the demo again.
	e.db = ""
	e.ok("demo", "--out", out)
	e.db = demoDB
	e.ok("record", "Sofie Claes", "--gave", "Bram Vermeulen")
	before := e.dump()
	e.db = ""
	e.vars["KRING_DB"] = demoDB
	errs, _ := e.fail("demo", "--out", out)
	mustContain(t, "refusal", errs, "is not the example network as kring demo makes it", "--out DIR")
	e.db = demoDB
	if after := e.dump(); after != before {
		t.Errorf("the demo changed a database that someone recorded in")
	}

	// A real database copied to DIR/demo.db.
	real := filepath.Join(e.dir, "real.db")
	e.db = real
	e.ok("network", "create", "Echt netwerk")
	e.ok("record", "Ann", "--gave", "Bob", "--add-new")
	realDump := e.dump()
	if err := os.Remove(demoDB); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(real)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(demoDB, data, 0o600); err != nil {
		t.Fatal(err)
	}
	e.db = ""
	e.fail("demo", "--out", out)
	e.db = demoDB
	if after := e.dump(); after != realDump {
		t.Errorf("the demo changed a copied database")
	}

	// A file that is not a database at all.
	if err := os.WriteFile(demoDB, []byte("my notes"), 0o600); err != nil {
		t.Fatal(err)
	}
	e.db = ""
	e.fail("demo", "--out", out)
	if b, _ := os.ReadFile(demoDB); string(b) != "my notes" {
		t.Errorf("the demo replaced a file that is not a database")
	}
}
