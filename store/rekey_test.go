package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// A database whose keys an older kring made finds names by today's keys
// after it is opened; where two names now share a key, the first keeps it.
func TestRekeyOlderKeys(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "k.db")
	db, err := Open(ctx, path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	n, _ := db.CreateNetwork(ctx, "N", "")
	if _, err := db.AddPeople(ctx, n.ID, []graph.PersonRecord{{Name: "Elif Yılmaz"}, {Name: "Pieter-Jan Peeters"}, {Name: "Koen D’Hondt"}}); err != nil {
		t.Fatal(err)
	}
	// As kring wrote the keys before version 2, with a second Pieter Jan
	// that was a different person for it.
	for _, stmt := range []string{
		`UPDATE people SET name_key = 'elif yılmaz' WHERE name = 'Elif Yılmaz'`,
		`UPDATE people SET name_key = 'pieter-jan peeters' WHERE name = 'Pieter-Jan Peeters'`,
		`UPDATE people SET name_key = 'koen d’hondt' WHERE name = 'Koen D’Hondt'`,
		`INSERT INTO people (network_id, name, name_key) VALUES (1, 'Pieter Jan Peeters', 'pieter jan peeters')`,
		`DELETE FROM settings WHERE key = 'name_key_version'`,
	} {
		if _, err := db.w.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	db.Close()
	if db, err = Open(ctx, path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for typed, want := range map[string]string{
		"Elif Yilmaz":        "Elif Yılmaz",
		"koen d'hondt":       "Koen D’Hondt",
		"Pieter Jan Peeters": "Pieter Jan Peeters", // the first with the key "pieter jan peeters" keeps it
	} {
		p, err := db.FindPerson(ctx, n.ID, typed)
		if err != nil || p.Name != want {
			t.Errorf("FindPerson(%q) = %q, %v; want %q", typed, p.Name, err, want)
		}
	}
	people, _ := db.People(ctx, n.ID)
	if len(people) != 4 {
		t.Errorf("%d people, want 4: nobody is lost", len(people))
	}
}
