package main

import (
	"cmp"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
)

func TestBackupAndCheck(t *testing.T) {
	e := demoEnv(t)
	mustContain(t, "check", e.ok("check"), "demo.db is sound (integrity check ok, no broken references): 1 network, 14 people, 44 ties.")
	before := e.dump()
	backup := filepath.Join(e.dir, "backups", "b.db")
	os.MkdirAll(filepath.Dir(backup), 0o700)
	mustContain(t, "backup", e.ok("backup", backup), "to "+backup+": 1 network, 14 people, 44 ties; checked.")
	if m := fileMode(t, backup); m != 0o600 {
		t.Errorf("backup mode %v", m)
	}
	// The backup is the same network, and replacing it works.
	e.ok("person", "add", "Nieuwe Deelnemer")
	e.ok("backup", backup)
	orig := e.db
	e.db = backup
	if after := e.dump(); after == before || !strings.Contains(after, "Nieuwe Deelnemer") {
		t.Errorf("the second backup is not the database as it is now")
	}
	e.db = orig
	entries, _ := os.ReadDir(filepath.Dir(backup))
	if len(entries) != 1 {
		t.Errorf("the backup folder holds %d files, want only the backup (no temporary files)", len(entries))
	}
	errs, _ := e.fail("backup", e.db)
	mustContain(t, "self", errs, "is the database itself; back it up to another file")
	errs, _ = e.fail("backup", e.dir)
	mustContain(t, "folder", errs, "is a folder; give the backup a file name")

	// A damaged copy: check says so and exits 1.
	b, _ := os.ReadFile(backup)
	for page := 2; page*4096 < len(b); page++ {
		b[(page-1)*4096] = 0x77 // not a b-tree page type
	}
	damaged := filepath.Join(e.dir, "damaged.db")
	os.WriteFile(damaged, b, 0o600)
	e.db = damaged
	errs, code := e.fail("check")
	if code != cli.ExitError {
		t.Errorf("damaged: exit %d", code)
	}
	mustContain(t, "damaged", errs, "damaged", "Restore it from a backup")
}

var code = regexp.MustCompile(`P-[A-Z2-7]{5,}`)

// codes are the database's pseudonyms of its people, by name.
func (e *env) codes() map[string]string {
	e.t.Helper()
	db, net := e.open()
	defer db.Close()
	n, err := db.Load(context.Background(), net.ID)
	if err != nil {
		e.t.Fatal(err)
	}
	p, err := db.Pseudonymizer(context.Background())
	if err != nil {
		e.t.Fatal(err)
	}
	byID := p.Codes(n.People)
	out := map[string]string{}
	for _, person := range n.People {
		out[person.Name] = byID[person.ID]
	}
	return out
}

// peopleInAddingOrder are the names of the network's people in the order
// they were added.
func (e *env) peopleInAddingOrder() []string {
	e.t.Helper()
	db, net := e.open()
	defer db.Close()
	n, err := db.Load(context.Background(), net.ID)
	if err != nil {
		e.t.Fatal(err)
	}
	people := slices.Clone(n.People)
	slices.SortFunc(people, func(a, b graph.Person) int { return cmp.Compare(a.ID, b.ID) })
	var out []string
	for _, p := range people {
		out = append(out, p.Name)
	}
	return out
}

func (e *env) open() (*store.DB, store.NetworkInfo) {
	e.t.Helper()
	db, err := store.Open(context.Background(), e.db, store.Options{})
	if err != nil {
		e.t.Fatal(err)
	}
	net, err := db.Network(context.Background(), "")
	if err != nil {
		e.t.Fatal(err)
	}
	return db, net
}

func TestExportPseudonymize(t *testing.T) {
	e := demoEnv(t)
	first := e.ok("export", "--pseudonymize")
	second := e.ok("export", "--pseudonymize", "--format", "json")
	// The rows follow the codes, not the names nor the order of adding.
	var file struct {
		People []struct{ Name string } `json:"people"`
	}
	if err := json.Unmarshal([]byte(second), &file); err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, p := range file.People {
		order = append(order, p.Name)
	}
	if !slices.IsSorted(order) {
		t.Errorf("the people of a pseudonymized export are not in the order of their codes: %v", order)
	}
	for _, name := range []string{"Ann Peeters", "Peeters", "Jürgen", "Anaïs", "Sofie"} {
		if strings.Contains(first, name) || strings.Contains(second, name) {
			t.Errorf("the anonymized export holds %q", name)
		}
	}
	codes := map[string]bool{}
	for _, c := range code.FindAllString(second, -1) {
		codes[c] = true
	}
	if len(codes) != 14 {
		t.Errorf("%d codes in the JSON export, want 14 people", len(codes))
	}
	// The same codes in every export of this database.
	for _, c := range code.FindAllString(first, -1) {
		if !codes[c] {
			t.Errorf("code %s of the CSV export is not in the JSON export", c)
		}
	}
	// Another database (the same demo) has another secret: other codes.
	other := demoEnv(t)
	for _, c := range code.FindAllString(other.ok("export", "--pseudonymize"), -1) {
		if codes[c] {
			t.Errorf("code %s also comes out of another database", c)
			break
		}
	}
	// An anonymized export imports as a network of its own.
	f := newEnv(t)
	f.ok("network", "create", "Onderzoek")
	mustContain(t, "import", f.ok("import", f.write("anon.json", second)), "people: 14 added")
	mustContain(t, "analyze", f.ok("analyze"), "14 people, 36 help ties")
}

// The network goes to other tools as GraphML, GEXF and DOT (by the file
// name), and GraphML comes back as the same network.
func TestExportForOtherTools(t *testing.T) {
	e := demoEnv(t)
	for _, ext := range []string{"graphml", "gexf", "dot"} {
		path := filepath.Join(e.dir, "demo."+ext)
		_, errs, code := e.run("export", "-o", path)
		if code != 0 || !strings.Contains(errs, "Wrote "+path+" (14 people, 40 help tie records).") {
			t.Errorf("%s: exit %d %s", ext, code, errs)
		}
		if m := fileMode(t, path); m != 0o600 {
			t.Errorf("%s mode %v", ext, m)
		}
	}
	mustContain(t, "gexf", readFile(t, filepath.Join(e.dir, "demo.gexf")), `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">`, `label="Jürgen Van der Hagen"`)
	mustContain(t, "anonymized graphml", e.ok("export", "--format", "graphml", "--anonymize"), `<data key="label">P-`)
	f := newEnv(t)
	f.ok("network", "create", "Terug")
	mustContain(t, "import graphml", f.ok("import", filepath.Join(e.dir, "demo.graphml")), "people: 14 added", "4 contact records: 4 new")
	orig := e.ok("analyze", "--format", "csv")
	if back := f.ok("analyze", "--format", "csv"); back != orig {
		t.Errorf("the GraphML round trip changed the analysis:\n%s\nwas\n%s", back, orig)
	}
	// Another tool's GraphML, and a bad one.
	// Into the demo: Anaïs and Bram are known (their organisations stay), Carla is new.
	mustContain(t, "networkx", f.ok("import", testdata("exchange", "networkx.graphml")),
		"people: 1 added, 0 updated, 2 unchanged", "3 help tie records: 3 new")
	errs, _ := f.fail("import", f.write("bad.graphml", `<graphml><graph edgedefault="directed"><node id="a"/><edge source="a" target="zz"/></graph></graphml>`))
	mustContain(t, "bad graphml", errs, "bad.graphml: 1 bad record; nothing was imported", `edge 1: joins node "a" and "zz", but the file has no such node`)
}
