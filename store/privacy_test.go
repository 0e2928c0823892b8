package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// After RemovePerson, nothing of the person is left in the database's files
// (the file, its -wal and -shm), not only in its tables: a test greps them
// while the database is still open.
func TestRemovePersonLeavesNoTraceInTheFiles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kring.db")
	db, err := Open(ctx, path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n, _ := db.CreateNetwork(ctx, "N", "")
	if _, err := db.AddPeople(ctx, n.ID, []graph.PersonRecord{
		{Name: "Zoë Geheimnaam", Org: "Gemeente", Offers: []string{"Geheimkennis"}, Needs: []string{"Geheimwens"}},
		{Name: "Z. Geheimnaam"},
		{Name: "Ann Peeters"}, {Name: "Bob Janssens"},
	}); err != nil {
		t.Fatal(err)
	}
	recs := []graph.TieRecord{
		{Giver: "Zoë Geheimnaam", Receiver: "Ann Peeters", Wave: "W1", Topics: []string{"Geheimonderwerp"}, Reporter: "Ann Peeters"},
		{Giver: "Bob Janssens", Receiver: "Zoë Geheimnaam", Wave: "W1", Reporter: "Zoë Geheimnaam"},
		{Contact: true, Giver: "Zoë Geheimnaam", Receiver: "Bob Janssens", Wave: "W1", Reporter: "Bob Janssens"},
		{Giver: "Ann Peeters", Receiver: "Bob Janssens", Wave: "W1", Reporter: "Zoë Geheimnaam"}, // her report about others
		{Giver: "Z. Geheimnaam", Receiver: "Bob Janssens", Wave: "W2"},
	}
	if _, err := db.AddTies(ctx, n.ID, recs, AddOptions{NewWaves: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MergePeople(ctx, n.ID, "Z. Geheimnaam", "Zoë Geheimnaam"); err != nil { // an alias too
		t.Fatal(err)
	}
	secrets := []string{"Geheimnaam", "geheimnaam", "Geheimkennis", "geheimkennis", "Geheimwens", "Geheimonderwerp", "geheimonderwerp"}
	found := func() []string {
		var out []string
		for _, suffix := range []string{"", "-wal", "-shm"} {
			b, _ := os.ReadFile(path + suffix)
			for _, s := range secrets {
				if bytes.Contains(b, []byte(s)) {
					out = append(out, s+" in kring.db"+suffix)
				}
			}
		}
		return out
	}
	if len(found()) == 0 {
		t.Fatal("the secrets are not in the files to begin with: the test cannot see them")
	}
	r, err := db.RemovePerson(ctx, n.ID, "zoe geheimnaam")
	if err != nil {
		t.Fatal(err)
	}
	if r.Ties != 3 || r.Contacts != 1 || r.Reports != 1 || r.Lingers {
		t.Errorf("removed %+v", r)
	}
	if left := found(); len(left) > 0 {
		t.Errorf("after removing her, the files still hold %v", left)
	}
	// Her report of Ann → Bob: the tie stays, without her as reporter.
	loaded, _ := db.Load(ctx, n.ID)
	if len(loaded.Ties) != 1 || len(loaded.Ties[0].Reporters) != 0 || len(loaded.People) != 2 {
		t.Errorf("left: %+v", loaded)
	}
}
