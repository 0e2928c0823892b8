package store

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

func addPeople(t *testing.T, db *DB, net int64, names ...string) {
	t.Helper()
	var recs []graph.PersonRecord
	for _, n := range names {
		recs = append(recs, graph.PersonRecord{Name: n})
	}
	if _, err := db.AddPeople(context.Background(), net, recs); err != nil {
		t.Fatal(err)
	}
}

func TestPeopleMatchByKeyAndKeepTheirSpelling(t *testing.T) {
	ctx := context.Background()
	db, net := newNetwork(t)
	p, err := db.AddPeople(ctx, net, []graph.PersonRecord{{Name: "  Jürgen   Van der Hagen ", Org: "Zorggroep Linde",
		Offers: []string{"roosterplanning", "EPD", "epd"}, Needs: []string{"data-analyse"}}})
	if err != nil {
		t.Fatal(err)
	}
	if p[0].Name != "Jürgen Van der Hagen" {
		t.Errorf("stored as %q", p[0].Name)
	}
	found, err := db.FindPerson(ctx, net, "jurgen van der hagen")
	if err != nil || found.Name != "Jürgen Van der Hagen" || found.Org != "Zorggroep Linde" ||
		!slices.Equal(found.Offers, []string{"roosterplanning", "EPD"}) || !slices.Equal(found.Needs, []string{"data-analyse"}) {
		t.Errorf("FindPerson = %+v, %v", found, err)
	}
	_, err = db.AddPeople(ctx, net, []graph.PersonRecord{{Name: "JURGEN VAN DER HAGEN"}})
	if graph.ErrorCode(err) != graph.ECONFLICT || !strings.Contains(err.Error(), `(as "Jürgen Van der Hagen")`) {
		t.Errorf("duplicate: %v", err)
	}
	// All or nothing: one bad name keeps the good one out too.
	if _, err := db.AddPeople(ctx, net, []graph.PersonRecord{{Name: "Anaïs Dubois"}, {Name: ""}}); err == nil {
		t.Error("an empty name was accepted")
	}
	if _, err := db.FindPerson(ctx, net, "Anaïs Dubois"); err == nil {
		t.Error("Anaïs was added although the batch failed")
	}
	_, err = db.FindPerson(ctx, net, "Jurgen Hagen")
	var u *graph.UnknownError
	if !errors.As(err, &u) || !slices.Equal(u.Suggestions, []string{"Jürgen Van der Hagen"}) {
		t.Errorf("unknown: %v", err)
	}
}

func TestEditRenameRemovePerson(t *testing.T) {
	ctx := context.Background()
	db, net := newNetwork(t)
	addPeople(t, db, net, "Ann Peeters", "Bob Janssens", "Carla De Smet")
	org := "Gemeente Zeedorp"
	offers := []string{"loonbeleid", "coaching"}
	p, err := db.EditPerson(ctx, net, "ann peeters", PersonEdit{Org: &org, Offers: &offers})
	if err != nil || p.Org != org || !slices.Equal(p.Offers, offers) {
		t.Fatalf("edit: %+v %v", p, err)
	}
	if _, err := db.RenamePerson(ctx, net, "Ann Peeters", "bob janssens"); graph.ErrorCode(err) != graph.ECONFLICT {
		t.Errorf("rename onto another person: %v", err)
	}
	if p, err := db.RenamePerson(ctx, net, "Ann Peeters", "ann PEETERS"); err != nil || p.Name != "ann PEETERS" {
		t.Errorf("respelling: %+v %v", p, err)
	}
	recs := []graph.TieRecord{
		{Giver: "ann peeters", Receiver: "Bob Janssens", Reporter: "Bob Janssens"},
		{Giver: "Bob Janssens", Receiver: "Carla De Smet", Reporter: "ann peeters"}, // Ann reports others' tie
		{Contact: true, Giver: "Carla De Smet", Receiver: "ann peeters"},
	}
	if _, err := db.AddTies(ctx, net, recs, AddOptions{Today: "2026-02-05"}); err != nil {
		t.Fatal(err)
	}
	r, err := db.RemovePerson(ctx, net, "ANN peeters")
	if err != nil || r.Ties != 1 || r.Contacts != 1 || r.Reports != 1 {
		t.Fatalf("remove: %+v %v", r, err)
	}
	n, err := db.Load(ctx, net)
	if err != nil {
		t.Fatal(err)
	}
	if len(n.People) != 2 || len(n.Ties) != 1 || len(n.Contacts) != 0 || len(n.Ties[0].Reporters) != 0 {
		t.Errorf("after removal: %d people, ties %+v, %d contacts", len(n.People), n.Ties, len(n.Contacts))
	}
}

func TestWaves(t *testing.T) {
	ctx := context.Background()
	db, net := newNetwork(t)
	w1, err := db.AddWave(ctx, net, "Meeting 1", "2026-02-05")
	if err != nil || w1.Seq != 1 {
		t.Fatal(w1, err)
	}
	w2, err := db.AddWave(ctx, net, "Meeting 2", "")
	if err != nil || w2.Seq != 2 {
		t.Fatal(w2, err)
	}
	if _, err := db.AddWave(ctx, net, "meeting 1", ""); graph.ErrorCode(err) != graph.ECONFLICT {
		t.Errorf("duplicate wave: %v", err)
	}
	if _, err := db.AddWave(ctx, net, "Meeting 3", "2026-02-30"); err == nil || !strings.Contains(err.Error(), "YYYY-MM-DD") {
		t.Errorf("bad date: %v", err)
	}
	ws, _ := db.Waves(ctx, net)
	if len(ws) != 2 || ws[0].Name != "Meeting 1" || ws[0].Date != "2026-02-05" || ws[1].Date != "" {
		t.Errorf("waves = %+v", ws)
	}
}

func TestAddTiesStatusesAndConfirmation(t *testing.T) {
	ctx := context.Background()
	db, net := newNetwork(t)
	addPeople(t, db, net, "Ann Peeters", "Bob Janssens", "Carla De Smet")
	add := func(recs ...graph.TieRecord) AddResult {
		t.Helper()
		res, err := db.AddTies(ctx, net, recs, AddOptions{Today: "2026-02-05"})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	// Ann asked Bob: Bob → Ann, reported by Ann. There is no wave yet: one is started.
	res := add(graph.TieRecord{Giver: "Bob Janssens", Receiver: "Ann Peeters", Reporter: "Ann Peeters", Topics: []string{"onboarding"}})
	if len(res.NewWaves) != 1 || res.NewWaves[0].Name != "2026-02-05" || res.Ties[0].Status != TieNew || res.Ties[0].Confirmed {
		t.Fatalf("first: %+v", res)
	}
	// Ann records it again: nothing changes.
	if res := add(graph.TieRecord{Giver: "bob janssens", Receiver: "ann peeters", Reporter: "Ann Peeters"}); res.Ties[0].Status != TieKnown {
		t.Errorf("again: %+v", res.Ties[0])
	}
	// A facilitator's report adds a reporter but does not confirm.
	if res := add(graph.TieRecord{Giver: "Bob Janssens", Receiver: "Ann Peeters", Reporter: "Carla De Smet"}); res.Ties[0].Status != TieReported || res.Ties[0].Confirmed {
		t.Errorf("third party: %+v", res.Ties[0])
	}
	// Bob says he gave to Ann: confirmed.
	if res := add(graph.TieRecord{Giver: "Bob Janssens", Receiver: "Ann Peeters", Reporter: "Bob Janssens", Topics: []string{"Onboarding", "coaching"}}); res.Ties[0].Status != TieConfirmed || !res.Ties[0].Confirmed {
		t.Errorf("other end: %+v", res.Ties[0])
	}
	// The reverse direction is another tie; a contact is undirected.
	add(graph.TieRecord{Giver: "Ann Peeters", Receiver: "Bob Janssens", Reporter: "Ann Peeters"},
		graph.TieRecord{Contact: true, Giver: "Carla De Smet", Receiver: "Ann Peeters", Reporter: "Carla De Smet"},
		graph.TieRecord{Contact: true, Giver: "Ann Peeters", Receiver: "Carla De Smet", Reporter: "Ann Peeters"})
	n, err := db.Load(ctx, net)
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Ties) != 2 || len(n.Contacts) != 1 || !n.Contacts[0].Confirmed() {
		t.Fatalf("loaded %d ties, contacts %+v", len(n.Ties), n.Contacts)
	}
	first := n.Ties[0]
	if !first.Confirmed() || len(first.Reporters) != 3 || !slices.Equal(first.Topics, []string{"onboarding", "coaching"}) {
		t.Errorf("tie = %+v", first)
	}
	if _, err := db.AddTies(ctx, net, []graph.TieRecord{{Giver: "Ann Peeters", Receiver: "ann  peeters"}}, AddOptions{}); err == nil ||
		!strings.Contains(err.Error(), "giver and receiver are both Ann Peeters") {
		t.Errorf("self-tie: %v", err)
	}
}

func TestAddTiesUnknownNamesAndWaves(t *testing.T) {
	ctx := context.Background()
	db, net := newNetwork(t)
	addPeople(t, db, net, "Bob Janssens")
	if _, err := db.AddWave(ctx, net, "Meeting 1", ""); err != nil {
		t.Fatal(err)
	}
	_, err := db.AddTies(ctx, net, []graph.TieRecord{{Giver: "Bbo Janssens", Receiver: "Ann"}}, AddOptions{})
	if err == nil || err.Error() != `unknown person "Bbo Janssens" (did you mean "Bob Janssens"?)` {
		t.Errorf("unknown: %v", err)
	}
	if _, err := db.AddTies(ctx, net, []graph.TieRecord{{Giver: "Bob Janssens", Receiver: "Ann"}}, AddOptions{Wave: "Meeting 9"}); err == nil ||
		!strings.Contains(err.Error(), `unknown wave "Meeting 9"`) {
		t.Errorf("unknown wave: %v", err)
	}
	res, err := db.AddTies(ctx, net, []graph.TieRecord{{Giver: "Bob Janssens", Receiver: "Anaïs Dubois"}}, AddOptions{AddNew: true})
	if err != nil || !slices.Equal(res.NewPeople, []string{"Anaïs Dubois"}) || res.Ties[0].Wave != "Meeting 1" {
		t.Errorf("add new: %+v %v", res, err)
	}
}

func TestImportIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	db, net := newNetwork(t)
	addPeople(t, db, net, "Ann", "Bob")
	in := Input{
		Source: "ties.csv",
		People: []graph.PersonRecord{{Name: "Carla", Where: "line 2"}},
		Ties: []graph.TieRecord{
			{Giver: "Ann", Receiver: "Bob", Wave: "W1", Where: "line 2"},
			{Giver: "Ann", Receiver: "Zeno", Wave: "W1", Where: "line 3"},
			{Giver: "Bob", Receiver: "Bob", Wave: "W2", Where: "line 4"},
			{Giver: "Bob", Receiver: "Ann", Wave: "W1", Date: "2026-13-01", Where: "line 5"},
		},
	}
	_, err := db.Import(ctx, net, in, AddOptions{NewWaves: true})
	var ie *graph.InputError
	if !errors.As(err, &ie) || len(ie.Problems) != 3 {
		t.Fatalf("err = %v", err)
	}
	want := []string{"line 3", "line 4", "line 5"}
	for i, p := range ie.Problems {
		if p.Where != want[i] {
			t.Errorf("problem %d at %s, want %s", i, p.Where, want[i])
		}
	}
	n, _ := db.Load(ctx, net)
	if len(n.People) != 2 || len(n.Waves) != 0 || len(n.Ties) != 0 {
		t.Errorf("a failed import left %d people, %d waves, %d ties", len(n.People), len(n.Waves), len(n.Ties))
	}
	in.Ties = in.Ties[:1]
	res, err := db.Import(ctx, net, in, AddOptions{NewWaves: true})
	if err != nil || !slices.Equal(res.Added, []string{"Carla"}) || len(res.Ties.NewWaves) != 1 {
		t.Errorf("good import: %+v %v", res, err)
	}
}

func TestImportUpdatesKnownPeople(t *testing.T) {
	ctx := context.Background()
	db, net := newNetwork(t)
	if _, err := db.AddPeople(ctx, net, []graph.PersonRecord{{Name: "Ann", Org: "Gemeente", Function: "HR"}}); err != nil {
		t.Fatal(err)
	}
	res, err := db.Import(ctx, net, Input{People: []graph.PersonRecord{
		{Name: "ann", Org: "Stad Gent", Offers: []string{"loonbeleid"}, Where: "line 2"},
		{Name: "Bob", Where: "line 3"},
	}}, AddOptions{})
	if err != nil || !slices.Equal(res.Updated, []string{"Ann"}) || !slices.Equal(res.Added, []string{"Bob"}) {
		t.Fatalf("%+v %v", res, err)
	}
	p, _ := db.FindPerson(ctx, net, "Ann")
	if p.Org != "Stad Gent" || p.Function != "HR" || !slices.Equal(p.Offers, []string{"loonbeleid"}) {
		t.Errorf("Ann = %+v", p)
	}
}
