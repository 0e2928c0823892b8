package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
)

// TestMergePersonalMaps: Ann keeps her own map in her own database, with
// short names; the facilitator merges it into the network.
func TestMergePersonalMaps(t *testing.T) {
	ann := newEnv(t)
	ann.ok("network", "create", "Mijn netwerk")
	ann.ok("wave", "add", "Meeting 1", "--date", "2026-02-05")
	ann.ok("record", "Ann Peeters", "--asked", "Bob Janssens", "--gave", "J. Van der Hagen,Carla", "--add-new")
	before, err := os.ReadFile(ann.db)
	if err != nil {
		t.Fatal(err)
	}

	e := newEnv(t)
	e.ok("network", "create", "Lerend netwerk")
	e.ok("person", "add", "Bob Janssens", "Jürgen Van der Hagen", "Carla De Smet")
	e.ok("wave", "add", "Meeting 1", "--date", "2026-02-05")
	e.ok("record", "bob janssens", "--gave", "Ann Peeters", "--add-new")
	out := e.ok("import", ann.db)
	mustContain(t, "import", out,
		`Imported `+ann.db+` (network "Mijn netwerk") into Lerend netwerk:`,
		"people: 2 added, 0 updated, 2 unchanged",
		"3 help tie records: 2 new, 1 now confirmed by both ends",
		"2 names look like people already in the network:",
		`"Carla" ~ "Carla De Smet": if the same person, kring person merge "Carla" "Carla De Smet"`,
		`"J. Van der Hagen" ~ "Jürgen Van der Hagen": if the same person, kring person merge "J. Van der Hagen" "Jürgen Van der Hagen"`)
	after, _ := os.ReadFile(ann.db)
	if !bytes.Equal(before, after) {
		t.Error("importing Ann's database changed it")
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(ann.db + suffix); err == nil {
			t.Errorf("importing left %s next to Ann's database", suffix)
		}
	}
	mustContain(t, "merge", e.ok("person", "merge", "J. Van der Hagen", "Jürgen Van der Hagen"),
		"Merged J. Van der Hagen into Jürgen Van der Hagen: 1 tie moved.")
	mustContain(t, "confirmed by the merged person", e.ok("record", "jürgen van der hagen", "--asked", "Ann Peeters"),
		"Ann Peeters → Jürgen Van der Hagen  help tie  Meeting 1  now confirmed by both")
	mustContain(t, "analyze", e.ok("analyze"), "Recorded by both ends (confirmed): 2 of 3 help ties; by one end only: 1")
	mustContain(t, "person list", e.ok("person", "list"), "ALSO WRITTEN AS", "J. Van der Hagen")

	// Importing the same file again changes nothing.
	mustContain(t, "again", e.ok("import", ann.db), "3 help tie records: 0 new, 3 already there")

	errs, _ := e.fail("import", e.db)
	mustContain(t, "itself", errs, "is this database; import another participant's kring database")
	errs, _ = e.fail("person", "merge", "Nobody", "Ann Peeters")
	mustContain(t, "unknown", errs, `unknown person "Nobody"`)

	// A database with several networks needs --from.
	ann.ok("network", "create", "Tweede")
	errs, code := e.fail("import", ann.db)
	if code != cli.ExitUsage {
		t.Errorf("several networks: exit %d", code)
	}
	mustContain(t, "several", errs, `holds 2 networks ("Mijn netwerk", "Tweede"); pick one with --from NAME`)
	mustContain(t, "--from", e.ok("import", ann.db, "--from", "mijn netwerk"), "0 new, 3 already there")
	errs, _ = e.fail("import", filepath.Join(e.dir, "missing.db"), "--format", "db")
	mustContain(t, "missing", errs, "no kring database at")
}

func TestNearNamesWhenAdding(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Ann Peeters")
	mustContain(t, "person add", e.ok("person", "add", "A. Peeters"),
		`"A. Peeters" ~ "Ann Peeters": if the same person, kring person merge "A. Peeters" "Ann Peeters"`)
	mustContain(t, "record", e.ok("record", "Ann Peeters", "--gave", "Bob Jansens,Bob Janssens", "--add-new"),
		`"Bob Jansens" ~ "Bob Janssens": if the same person, kring person merge "Bob Jansens" "Bob Janssens"`)
}
