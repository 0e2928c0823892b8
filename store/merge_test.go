package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

func TestMergePeople(t *testing.T) {
	ctx := context.Background()
	db, net := newNetwork(t)
	_, err := db.AddPeople(ctx, net, []graph.PersonRecord{
		{Name: "A. Peeters", Org: "Gemeente", Offers: []string{"onboarding", "loonbeleid"}},
		{Name: "Ann Peeters", Offers: []string{"Loonbeleid"}},
		{Name: "Bob"}, {Name: "Carla"},
	})
	if err != nil {
		t.Fatal(err)
	}
	recs := []graph.TieRecord{
		{Giver: "A. Peeters", Receiver: "Bob", Wave: "W1", Reporter: "A. Peeters", Topics: []string{"onboarding"}}, // Ann has it too: joined
		{Giver: "Ann Peeters", Receiver: "Bob", Wave: "W1", Reporter: "Bob"},
		{Giver: "Bob", Receiver: "A. Peeters", Wave: "W2", Reporter: "Bob"},         // moved
		{Giver: "A. Peeters", Receiver: "Ann Peeters", Wave: "W1", Reporter: "Bob"}, // between the two: dropped
		{Giver: "Bob", Receiver: "Carla", Wave: "W1", Reporter: "A. Peeters"},       // a report about others
		{Contact: true, Giver: "Carla", Receiver: "A. Peeters", Wave: "W1"},         // contact: moved, re-ordered
	}
	if _, err := db.AddTies(ctx, net, recs, AddOptions{NewWaves: true}); err != nil {
		t.Fatal(err)
	}
	m, err := db.MergePeople(ctx, net, "a. peeters", "ANN PEETERS")
	if err != nil {
		t.Fatal(err)
	}
	if m.From.Name != "A. Peeters" || m.Into.Name != "Ann Peeters" || m.Moved != 2 || m.Combined != 1 || m.Dropped != 1 || m.Topics != 1 || m.Into.Org != "Gemeente" {
		t.Errorf("merged %+v", m)
	}
	if !slices.Equal(m.Into.Offers, []string{"Loonbeleid", "onboarding"}) {
		t.Errorf("offers %v", m.Into.Offers)
	}
	n, err := db.Load(ctx, net)
	if err != nil {
		t.Fatal(err)
	}
	if len(n.People) != 3 {
		t.Errorf("people %v", n.People)
	}
	name := map[int64]string{}
	for _, p := range n.People {
		name[p.ID] = p.Name
	}
	var got []string
	for _, tie := range n.Ties {
		var by []string
		for _, r := range tie.Reporters {
			by = append(by, name[r])
		}
		slices.Sort(by)
		got = append(got, name[tie.Giver]+"→"+name[tie.Receiver]+" "+n.Waves[tie.Wave-1].Name+" by "+fmtList(by)+" "+fmtList(tie.Topics))
	}
	slices.Sort(got)
	want := []string{
		"Ann Peeters→Bob W1 by Ann Peeters,Bob onboarding", // now confirmed
		"Bob→Ann Peeters W2 by Bob ",
		"Bob→Carla W1 by Ann Peeters ",
	}
	if !slices.Equal(got, want) {
		t.Errorf("ties\n%q\nwant\n%q", got, want)
	}
	if len(n.Contacts) != 1 || name[n.Contacts[0].A]+"–"+name[n.Contacts[0].B] != "Ann Peeters–Carla" && name[n.Contacts[0].A]+"–"+name[n.Contacts[0].B] != "Carla–Ann Peeters" {
		t.Errorf("contacts %+v", n.Contacts)
	}
	// The merged name finds Ann from now on.
	if p, err := db.FindPerson(ctx, net, "A. PEETERS"); err != nil || p.Name != "Ann Peeters" {
		t.Errorf("the old name finds %+v, %v", p, err)
	}
	added, err := db.AddTies(ctx, net, []graph.TieRecord{{Giver: "a. peeters", Receiver: "Carla", Wave: "W2"}}, AddOptions{AddNew: true})
	if err != nil || len(added.NewPeople) != 0 || added.Ties[0].Giver != "Ann Peeters" {
		t.Errorf("a tie with the old name: %+v, %v", added, err)
	}
	if _, err := db.AddPeople(ctx, net, []graph.PersonRecord{{Name: "A. Peeters"}}); graph.ErrorCode(err) != graph.ECONFLICT ||
		!strings.Contains(err.Error(), `(as "Ann Peeters")`) {
		t.Errorf("adding the old name again: %v", err)
	}
	// A rename keeps the old name too.
	if _, err := db.RenamePerson(ctx, net, "Ann Peeters", "Ann Peeters-Claes"); err != nil {
		t.Fatal(err)
	}
	aliases, _ := db.Aliases(ctx, net)
	if p, err := db.FindPerson(ctx, net, "ann peeters"); err != nil || p.Name != "Ann Peeters-Claes" || !slices.Equal(aliases[p.ID], []string{"A. Peeters", "Ann Peeters"}) {
		t.Errorf("after the rename: %+v, %v, aliases %v", p, err, aliases)
	}
	if _, err := db.MergePeople(ctx, net, "Ann Peeters", "ann peeters"); err == nil {
		t.Error("merged a person into themselves")
	}
	if _, err := db.MergePeople(ctx, net, "Nobody", "Ann Peeters"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("unknown: %v", err)
	}
}

func fmtList(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}

func TestOpenReadOnlyChangesNothing(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := Open(ctx, path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	n, _ := db.CreateNetwork(ctx, "Mijn netwerk", "")
	if _, err := db.AddPeople(ctx, n.ID, []graph.PersonRecord{{Name: "Anaïs"}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Logf("after close: %s exists", suffix)
		}
	}
	before, _ := os.ReadFile(path)
	ro, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := ro.Load(ctx, n.ID)
	if err != nil || len(loaded.People) != 1 || loaded.People[0].Name != "Anaïs" {
		t.Fatalf("load: %v %+v", err, loaded)
	}
	if _, err := ro.AddPeople(ctx, n.ID, []graph.PersonRecord{{Name: "Bob"}}); err == nil {
		t.Error("a read-only database took a write")
	}
	ro.Close()
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("opening read-only changed the file")
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + suffix); err == nil {
			t.Errorf("opening read-only left %s", suffix)
		}
	}
	if _, err := Open(ctx, filepath.Join(t.TempDir(), "missing.db"), Options{ReadOnly: true}); err == nil {
		t.Error("opened a missing file")
	}
}

// A database an older kring wrote is read from an up-to-date private copy;
// the file stays as it was.
func TestOpenReadOnlyOlderSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(ctx, path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	n, _ := db.CreateNetwork(ctx, "Oud", "")
	if _, err := db.AddPeople(ctx, n.ID, []graph.PersonRecord{{Name: "Jürgen"}}); err != nil {
		t.Fatal(err)
	}
	// Back to schema version 1, as kring wrote it before aliases.
	downgradeToV1(t, ctx, db)
	db.Close()
	before, _ := os.ReadFile(path)
	ro, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := ro.Load(ctx, n.ID)
	if err != nil || len(loaded.People) != 1 || loaded.People[0].Name != "Jürgen" {
		t.Fatalf("load: %v %+v", err, loaded)
	}
	ro.Close()
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the older file changed")
	}
}

// Merging a participant's map adds to what is known of people, never
// replaces it; a people file replaces.
func TestImportMergeAddsToPeople(t *testing.T) {
	ctx := context.Background()
	db, net := newNetwork(t)
	if _, err := db.AddPeople(ctx, net, []graph.PersonRecord{{Name: "Lotte", Org: "Zorg", Needs: []string{"roosterplanning", "onboarding"}}, {Name: "Bob"}}); err != nil {
		t.Fatal(err)
	}
	in := Input{Source: "lotte.json", People: []graph.PersonRecord{
		{Name: "lotte", Org: "Zorggroep", Function: "verpleegkundige", Needs: []string{"Onboarding", "coaching"}},
		{Name: "Bob", Org: "Gemeente"},
	}}
	if _, err := db.Import(ctx, net, in, AddOptions{AddNew: true, Merge: true}); err != nil {
		t.Fatal(err)
	}
	lotte, _ := db.FindPerson(ctx, net, "Lotte")
	bob, _ := db.FindPerson(ctx, net, "Bob")
	if lotte.Org != "Zorg" || lotte.Function != "verpleegkundige" || !slices.Equal(lotte.Needs, []string{"roosterplanning", "onboarding", "coaching"}) || bob.Org != "Gemeente" {
		t.Errorf("merged: %+v, %+v", lotte, bob)
	}
	if _, err := db.Import(ctx, net, in, AddOptions{AddNew: true}); err != nil {
		t.Fatal(err)
	}
	lotte, _ = db.FindPerson(ctx, net, "Lotte")
	if lotte.Org != "Zorggroep" || !slices.Equal(lotte.Needs, []string{"Onboarding", "coaching"}) {
		t.Errorf("replaced: %+v", lotte)
	}
}
