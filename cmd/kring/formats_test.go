package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/graph/jsonio"
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
		if code != cli.ExitError {
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

// A form's answers: unknown names are refused (each with the closest known
// names) unless --add-new; --skip-bad imports the other rows; columns can be
// named; what respondents offer and need is added to what is known of them.
func TestImportSurvey(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("import", e.write("people.csv", "naam,organisatie\nAnn Peeters,Gemeente\nBob Janssens,Gemeente\nCarla De Smet,Zorg\n"))
	form := "Tijdstempel,Wat is je naam?,Aan wie heb je hulp of informatie gevraagd?,Aan wie heb je hulp of informatie gegeven?,Welke kennis kan je delen?\n" +
		"5-2-2026 10:01:00,Ann Peeters,\"Bob Janssens, Carla De Smet\",Bob Janssens,\"onboarding; rooster, planning\"\n" +
		"5-2-2026 10:05:00,Bob Janssens,Ann Peeters,\"Ann Peeters\nCarla de Smet\",\n" +
		"5-2-2026 10:09:00,Carla De Smet,Bob Jansens,Zeno,\n"
	path := e.write("antwoorden.csv", form)
	errs, _ := e.fail("import", path)
	mustContain(t, "unknown", errs, "antwoorden.csv: 2 bad records; nothing was imported",
		`line 5: unknown person "Bob Jansens" (did you mean "Bob Janssens"?)`, `line 5: unknown person "Zeno"`, "run again with --add-new")
	out := e.ok("import", path, "--skip-bad", "--wave", "Bijeenkomst 1")
	mustContain(t, "skip-bad", out, "answers of 2 respondents", "Skipped 2 bad records:", "6 help tie records: 4 new, 2 now confirmed by both ends")
	mustContain(t, "offers", e.ok("person", "list", "--format", "json"), `"onboarding"`, `"rooster"`, `"planning"`, `"org": "Gemeente"`)
	// Carla's row again, with the names right and the columns named by hand.
	fixed := e.write("carla.csv", "Deelnemer;Kolom 2;Kolom 3\nCarla De Smet;Bob Janssens;Ann Peeters\n")
	errs, _ = e.fail("import", fixed)
	mustContain(t, "not known", errs, `the header line "Deelnemer,Kolom 2,Kolom 3" is not one kring knows`, "imports with --survey")
	out = e.ok("import", fixed, "--survey", "--respondent", "A", "--asked", "kolom 2", "--gave", "3", "--wave", "Bijeenkomst 1")
	mustContain(t, "named columns", out, "answers of 1 respondent", `asked:     "Kolom 2"`, "2 help tie records: 0 new, 2 now confirmed by both ends")
	errs, code := e.fail("import", fixed, "--survey", "--respondent", "X")
	if code != cli.ExitError || !strings.Contains(errs, `no column "X"; the columns are "Deelnemer", "Kolom 2", "Kolom 3" (for --respondent)`) {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// A Network Canvas export imports from its zip or from one of its files
// (then the other files of that interview are read with it).
func TestImportNetworkCanvasFile(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	z, err := zip.OpenReader(testdata("formats", "network-canvas", "networkCanvasExport.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	for _, f := range z.File {
		r, _ := f.Open()
		b, _ := io.ReadAll(r)
		r.Close()
		e.write(f.Name, string(b))
	}
	out := e.ok("import", filepath.Join(e.dir, "P01_2f0c9a3e-5b1d-4c7e-9f55-1a2b3c4d5e6f_attributeList_Person.csv"), "--add-new")
	mustContain(t, "one interview", out, "answers of 1 respondent", "read as Network Canvas export", "4 help tie records", "2 contact records")
	if strings.Contains(e.ok("person", "list"), "Jürgen") {
		t.Error("the other interview was read too")
	}
}

// The format comes from the content: a GraphML file called .xml, a Pajek
// file called .txt. What kring does not read is named, with what to do.
func TestImportKnowsFormatsByContent(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	mustContain(t, "xml", e.ok("import", e.write("netwerk.xml", `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">`+
		`<graph edgedefault="undirected"><node id="a"><data key="label">Ann</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>`)),
		"read as GraphML, recognised by its content", "1 contact record: 1 new")
	for _, c := range []struct{ name, content, want string }{
		{"oud.xls", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", "is an Excel 97-2003 workbook (.xls), which kring does not read; open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV"},
		{"net.gml", "graph [\n directed 1\n node [ id 1 label \"Ann\" ]\n]\n", "is a GML graph (Graph Modelling Language), which kring does not read; export the network from your tool as GraphML or GEXF"},
		{"net.dot", "digraph G { a -> b }\n", "is a Graphviz DOT graph"},
		{"net.json", `{"directed": true, "nodes": [{"id": "Ann"}], "links": []}`, "is JSON, but neither a kring network file nor a Kumu map"},
		{"cyto.xml", `<?xml version="1.0"?><graph label="x"><node/></graph>`, "is XML whose root element is <graph>, not GraphML or GEXF"},
	} {
		errs, _ := e.fail("import", e.write(c.name, c.content))
		mustContain(t, c.name, errs, c.want, "kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL")
	}
	var ods bytes.Buffer
	zw := zip.NewWriter(&ods)
	for _, name := range []string{"mimetype", "content.xml"} {
		w, _ := zw.Create(name)
		w.Write([]byte("x"))
	}
	zw.Close()
	errs, _ := e.fail("import", e.write("lijst.ods", ods.String()))
	mustContain(t, "ods", errs, "is a LibreOffice or OpenOffice spreadsheet (.ods)")
}

func TestImportDutchExcelCSV(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	path := e.write("hulp.csv", "gever;ontvanger;datum;gewicht\r\nJ\xfcrgen;Ana\xefs;5-2-2026;1,5\r\n")
	errs, _ := e.fail("import", path, "--add-new")
	mustContain(t, "ambiguous", errs, `line 2: date "5-2-2026" can be read as 2026-02-05 or as 2026-05-02; say which with --date-order dmy`)
	out := e.ok("import", path, "--add-new", "--date-order", "dmy")
	mustContain(t, "dmy", out, "hulp.csv is not UTF-8: it was read as Windows-1252", `new wave "2026-02-05" (2026-02-05)`, "Jürgen, Anaïs")
	errs, code := e.fail("import", path, "--date-order", "ymd")
	if code != cli.ExitUsage || !strings.Contains(errs, `date order "ymd" is not one kring knows`) {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// Node ids are the people's IDs: someone who joins (and sorts first) does
// not change the others' ids.
func TestExportNodeIDsStayWhenPeopleJoin(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("record", "Bob", "--gave", "Carla", "--add-new")
	before := e.ok("export", "--format", "graphml")
	e.ok("record", "Aaron", "--gave", "Bob", "--add-new")
	after := e.ok("export", "--format", "graphml")
	for _, s := range []string{`<node id="p1">`, `<data key="label">Bob</data>`, `<edge source="p1" target="p2">`} {
		if !strings.Contains(before, s) || !strings.Contains(after, s) {
			t.Errorf("%s is not in both exports", s)
		}
	}
	mustContain(t, "after", after, `<node id="p3">`, `<edge source="p3" target="p1">`)
}

// Excel and the other formats out: what kring writes, it reads back, and it
// says what a format leaves out.
func TestExportFormats(t *testing.T) {
	a := demoEnv(t)
	a.ok("person", "rename", "Ann Peeters", "Ann Peeters-Maes")
	for _, c := range []struct {
		file, note string
		args       []string
	}{
		{"netwerk.xlsx", "", nil},
		{"netwerk.net", "Pajek holds names, help ties and contacts only: ties of several waves are one (with the largest weight)", nil},
		{"netwerk.dl", "UCINET DL holds names and help ties only: ties of several waves are one (with the largest weight); contacts,", nil},
		{"ties.csv", "CSV holds the help ties only: the contacts are not in it", []string{"--excel"}},
		{"people.csv", "The people file holds no ties", []string{"--people"}},
	} {
		path := filepath.Join(a.dir, c.file)
		_, errs, code := a.run(append([]string{"export", "-o", path}, c.args...)...)
		if code != 0 || !strings.Contains(errs, c.note) {
			t.Errorf("%s: exit %d\n%s", c.file, code, errs)
		}
		if m := fileMode(t, path); m != 0o600 {
			t.Errorf("%s mode %v", c.file, m)
		}
	}
	csv, _ := os.ReadFile(filepath.Join(a.dir, "ties.csv"))
	if !strings.HasPrefix(string(csv), "\ufeffgiver;receiver;wave;topic;date;weight;reporter\r\n") {
		t.Errorf("Excel CSV starts %q", csv[:60])
	}
	b := newEnv(t)
	b.ok("network", "create", "B")
	mustContain(t, "xlsx", b.ok("import", filepath.Join(a.dir, "netwerk.xlsx")), "people: 14 added", "sheets read: people, ties, contacts, waves", "other names of people kept: 1")
	if got, want := canonicalJSON(t, b.ok("export", "--format", "json")), canonicalJSON(t, a.ok("export", "--format", "json")); got != want {
		t.Errorf("the workbook round trip changed the network:\n%s\nwas\n%s", got, want)
	}
	c := newEnv(t)
	c.ok("network", "create", "C")
	mustContain(t, "people and excel ties", c.ok("import", filepath.Join(a.dir, "people.csv")), "people: 14 added", "other names of people kept: 1")
	mustContain(t, "excel ties", c.ok("import", filepath.Join(a.dir, "ties.csv")), "help tie records")
	d := newEnv(t)
	d.ok("network", "create", "D")
	mustContain(t, "pajek", d.ok("import", filepath.Join(a.dir, "netwerk.net")), "people: 14 added")
	mustContain(t, "dl", d.ok("import", filepath.Join(a.dir, "netwerk.dl")), "people: 0 added, 0 updated, 14 unchanged")
}

// canonicalJSON is a network file without its name and with reporters in
// name order (the order of their IDs, which a new database gives anew).
func canonicalJSON(t *testing.T, s string) string {
	t.Helper()
	var f jsonio.File
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		t.Fatal(err)
	}
	f.Network = ""
	for i := range f.Ties {
		slices.Sort(f.Ties[i].Reporters)
	}
	for i := range f.Contacts {
		slices.Sort(f.Contacts[i].Reporters)
	}
	b, _ := json.MarshalIndent(f, "", " ")
	return string(b)
}
