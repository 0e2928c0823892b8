package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// answerRound is one participant's answers in the tests below.
type answerRound struct {
	me                 string
	asked, gave, known []string
	topic              string
}

func (a answerRound) records() []graph.TieRecord {
	var topics []string
	if a.topic != "" {
		topics = []string{a.topic}
	}
	var recs []graph.TieRecord
	for _, x := range a.asked {
		recs = append(recs, graph.TieRecord{Giver: x, Receiver: a.me, Topics: topics})
	}
	for _, x := range a.gave {
		recs = append(recs, graph.TieRecord{Giver: a.me, Receiver: x, Topics: topics})
	}
	for _, x := range a.known {
		recs = append(recs, graph.TieRecord{Contact: true, Giver: a.me, Receiver: x})
	}
	return recs
}

// rounds are answers sent one after another: later ones of the same person
// replace earlier ones; "Zoë Outsider" is not in the network yet.
var rounds = []answerRound{
	{me: "Ann", asked: []string{"Bob"}, gave: []string{"Carla", "Dirk"}, known: []string{"Eve"}, topic: "excel"},
	{me: "Bob", gave: []string{"Ann"}, asked: []string{"Carla"}, known: []string{"Zoë Outsider"}},
	{me: "Carla", asked: []string{"Ann"}, gave: []string{"Bob"}},
	{me: "Ann", asked: []string{"Bob", "Eve"}, gave: []string{"Dirk"}, topic: "planning"},
	{me: "Bob"},
	{me: "Dirk", asked: []string{"Ann"}, known: []string{"Zoë Outsider", "Carla"}},
}

func serveNetwork(t *testing.T) (*DB, int64, graph.Wave) {
	t.Helper()
	db, net := newNetwork(t)
	addPeople(t, db, net, "Ann", "Bob", "Carla", "Dirk", "Eve")
	w, err := db.AddWave(context.Background(), net, "Meeting 1", "2026-02-05")
	if err != nil {
		t.Fatal(err)
	}
	return db, net, w
}

func personID(t *testing.T, db *DB, net int64, name string) int64 {
	t.Helper()
	p, err := db.FindPerson(context.Background(), net, name)
	if err != nil {
		t.Fatal(err)
	}
	return p.ID
}

// SubmitAnswers stores what Answer with replace stores, however the answers
// are grouped into transactions, with one change in the history for each.
func TestSubmitAnswersStoresWhatAnswerStores(t *testing.T) {
	ctx := context.Background()
	want, wnet, _ := serveNetwork(t)
	for _, r := range rounds {
		want.Describe(wnet, "web", "answers of "+r.me)
		if _, err := want.Answer(ctx, wnet, r.me, r.records(), AddOptions{Wave: "Meeting 1", AddNew: true}, true); err != nil {
			t.Fatal(err)
		}
	}
	for _, size := range []int{1, 2, len(rounds)} {
		t.Run(fmt.Sprintf("batches of %d", size), func(t *testing.T) {
			db, net, w := serveNetwork(t)
			for start := 0; start < len(rounds); start += size {
				var subs []Submission
				for _, r := range rounds[start:min(start+size, len(rounds))] {
					subs = append(subs, Submission{PersonID: personID(t, db, net, r.me), Records: r.records(), Who: "web", What: "answers of " + r.me})
				}
				res, err := db.SubmitAnswers(ctx, net, w.ID, subs)
				if err != nil {
					t.Fatal(err)
				}
				for i, r := range res {
					if r.Err != nil {
						t.Fatalf("submission %d: %v", start+i, r.Err)
					}
				}
			}
			if got, want := dump(t, db, net), dump(t, want, wnet); got != want {
				t.Errorf("stored:\n%s\nwant (as Answer stores):\n%s", got, want)
			}
			changes, err := db.History(ctx, 100)
			if err != nil {
				t.Fatal(err)
			}
			var whats []string
			for _, c := range changes {
				if c.Who == "web" {
					whats = append(whats, c.What)
				}
			}
			if len(whats) != len(rounds) || whats[0] != "answers of Dirk" {
				t.Errorf("history holds %q, want one change per answer, newest first", whats)
			}
			// kring undo takes back the last participant's answers only.
			if _, err := db.Undo(ctx, "test"); err != nil {
				t.Fatal(err)
			}
			if d := dump(t, db, net); strings.Contains(d, "Dirk>") || strings.Contains(d, "{Dirk}") || !strings.Contains(d, "Ann>Dirk") {
				t.Errorf("after undo:\n%s", d)
			}
		})
	}
}

// A submission that cannot be stored leaves the others of its transaction
// stored, and nothing of itself.
func TestSubmitAnswersKeepsTheGoodOnes(t *testing.T) {
	ctx := context.Background()
	db, net, w := serveNetwork(t)
	ann, bob := personID(t, db, net, "Ann"), personID(t, db, net, "Bob")
	bad := []graph.TieRecord{{Giver: "Bob", Receiver: "Carla"}, {Giver: "Bob", Receiver: "Bob"}}
	res, err := db.SubmitAnswers(ctx, net, w.ID, []Submission{
		{PersonID: ann, Records: []graph.TieRecord{{Giver: "Ann", Receiver: "New Person"}}, What: "answers of Ann"},
		{PersonID: bob, Records: bad, What: "answers of Bob"},
		{PersonID: 9999, What: "answers of nobody"},
		{PersonID: ann, Records: []graph.TieRecord{{Giver: "Dirk", Receiver: "Ann"}, {Giver: "Ann", Receiver: "Another One"}}, What: "answers of Ann again"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err != nil || res[3].Err != nil {
		t.Fatalf("good submissions failed: %v, %v", res[0].Err, res[3].Err)
	}
	if res[1].Err == nil {
		t.Errorf("a tie of Bob with himself was stored")
	}
	if !errors.Is(res[2].Err, ErrGone) {
		t.Errorf("unknown person: %v, want ErrGone", res[2].Err)
	}
	if !slices.Equal(res[3].NewPeople, []string{"Another One"}) || res[3].Withdrawn != 1 {
		t.Errorf("second answer of Ann: new people %q, withdrew %d; want [Another One] and 1", res[3].NewPeople, res[3].Withdrawn)
	}
	got := dump(t, db, net)
	want := "7 people\nhelp Meeting 1 Ann>Another One w1 [] {Ann}\nhelp Meeting 1 Dirk>Ann w1 [] {Ann}"
	if got != want {
		t.Errorf("stored:\n%s\nwant:\n%s", got, want)
	}
	who, err := db.Answered(ctx, net, w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(who) != 1 || who[ann] == "" {
		t.Errorf("answered: %v, want only Ann, with a time", who)
	}
}

func TestSubmitAnswersTopicsAndReports(t *testing.T) {
	ctx := context.Background()
	db, net, w := serveNetwork(t)
	ann := personID(t, db, net, "Ann")
	offers, needs := []string{"Excel", "planning"}, []string{"coaching"}
	sub := Submission{PersonID: ann, Records: rounds[0].records(), Offers: &offers, Needs: &needs}
	if res, err := db.SubmitAnswers(ctx, net, w.ID, []Submission{sub}); err != nil || res[0].Err != nil {
		t.Fatal(err, res)
	}
	p, err := db.FindPerson(ctx, net, "Ann")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(p.Offers, offers) || !slices.Equal(p.Needs, needs) {
		t.Errorf("topics %q / %q, want %q / %q", p.Offers, p.Needs, offers, needs)
	}
	recs, err := db.Reports(ctx, net, ann, w.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range recs {
		got = append(got, fmt.Sprintf("%v %s>%s %q by %s in %s", r.Contact, r.Giver, r.Receiver, r.Topics, r.Reporter, r.Wave))
	}
	want := []string{
		`false Bob>Ann ["excel"] by Ann in Meeting 1`,
		`false Ann>Carla ["excel"] by Ann in Meeting 1`,
		`false Ann>Dirk ["excel"] by Ann in Meeting 1`,
		`true Ann>Eve [] by Ann in Meeting 1`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("reports:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	n, who, err := db.LoadAnswered(ctx, net, w.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Ties) != 3 || len(n.Contacts) != 1 || len(who) != 1 {
		t.Errorf("LoadAnswered: %d ties, %d contacts, %d answered", len(n.Ties), len(n.Contacts), len(who))
	}
	// Nil topics leave them as they are.
	if res, err := db.SubmitAnswers(ctx, net, w.ID, []Submission{{PersonID: ann}}); err != nil || res[0].Err != nil {
		t.Fatal(err, res)
	}
	if p, _ := db.FindPerson(ctx, net, "Ann"); !slices.Equal(p.Offers, offers) {
		t.Errorf("topics changed by an answer without them: %q", p.Offers)
	}
}

func TestClaims(t *testing.T) {
	ctx := context.Background()
	db, net, _ := serveNetwork(t)
	ann, bob := personID(t, db, net, "Ann"), personID(t, db, net, "Bob")
	phone, laptop := []byte("phone-token-hash"), []byte("laptop-token-hash")
	if _, err := db.ClaimOf(ctx, net, phone); !errors.Is(err, ErrNoClaim) {
		t.Errorf("no claim yet: %v", err)
	}
	if err := db.Claim(ctx, net, ann, phone, false); err != nil {
		t.Fatal(err)
	}
	if err := db.Claim(ctx, net, ann, phone, false); err != nil {
		t.Errorf("claiming one's own name again: %v", err)
	}
	if err := db.Claim(ctx, net, ann, laptop, false); !errors.Is(err, ErrClaimed) {
		t.Errorf("a second browser got Ann: %v", err)
	}
	if p, err := db.ClaimOf(ctx, net, phone); err != nil || p.ID != ann {
		t.Errorf("the phone holds %v, %v", p, err)
	}
	// A browser holds one name.
	if err := db.Claim(ctx, net, bob, phone, false); err != nil {
		t.Fatal(err)
	}
	if err := db.Claim(ctx, net, ann, laptop, false); err != nil {
		t.Errorf("Ann was not let go when the phone picked Bob: %v", err)
	}
	// A personal code takes a name over.
	if err := db.Claim(ctx, net, bob, laptop, true); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ClaimOf(ctx, net, phone); !errors.Is(err, ErrNoClaim) {
		t.Errorf("the phone still holds a name: %v", err)
	}
	claims, err := db.Claims(ctx, net)
	if err != nil || len(claims) != 1 || claims[bob] == "" {
		t.Errorf("claims %v, %v; want Bob's only", claims, err)
	}
	if err := db.Release(ctx, bob); err != nil {
		t.Fatal(err)
	}
	if err := db.Claim(ctx, net, bob, phone, false); err != nil {
		t.Errorf("Bob released, but: %v", err)
	}
	// Removing a person removes their claim; a removed person cannot be claimed.
	if _, err := db.RemovePerson(ctx, net, "Bob"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ClaimOf(ctx, net, phone); !errors.Is(err, ErrNoClaim) {
		t.Errorf("a removed person's claim: %v", err)
	}
	if err := db.Claim(ctx, net, bob, phone, false); !errors.Is(err, ErrGone) {
		t.Errorf("claiming a removed person: %v", err)
	}
}

func TestCodes(t *testing.T) {
	ctx := context.Background()
	db, net, _ := serveNetwork(t)
	ann := personID(t, db, net, "Ann")
	if err := db.SetCodes(ctx, net, map[int64][]byte{ann: []byte("code-1")}); err != nil {
		t.Fatal(err)
	}
	if p, err := db.CodeHolder(ctx, net, []byte("code-1")); err != nil || p.Name != "Ann" {
		t.Errorf("code 1: %v, %v", p, err)
	}
	if err := db.SetCodes(ctx, net, map[int64][]byte{ann: []byte("code-2")}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CodeHolder(ctx, net, []byte("code-1")); !errors.Is(err, ErrNoCode) {
		t.Errorf("an old code still works: %v", err)
	}
	if codes, err := db.Codes(ctx, net); err != nil || len(codes) != 1 {
		t.Errorf("codes: %v, %v", codes, err)
	}
	if err := db.SetCodes(ctx, net, map[int64][]byte{9999: []byte("x")}); !errors.Is(err, ErrGone) {
		t.Errorf("a code for nobody: %v", err)
	}
}

func TestRequests(t *testing.T) {
	ctx := context.Background()
	db, net, _ := serveNetwork(t)
	tok1, tok2, tok3 := []byte("t1"), []byte("t2"), []byte("t3")
	r1, err := db.Ask(ctx, net, "  Frank   Peeters ", tok1)
	if err != nil || r1.Name != "Frank Peeters" {
		t.Fatalf("ask: %v, %v", r1, err)
	}
	r2, err := db.Ask(ctx, net, "A. Peeters", tok2)
	if err != nil {
		t.Fatal(err)
	}
	r3, err := db.Ask(ctx, net, "Somebody", tok3)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Ask(ctx, net, "", []byte("t4")); err == nil {
		t.Errorf("an empty name was asked for")
	}
	if got, err := db.Asked(ctx, net, tok2); err != nil || got.ID != r2.ID {
		t.Errorf("asked: %v, %v", got, err)
	}
	list, err := db.Requests(ctx, net)
	if err != nil || len(list) != 3 {
		t.Fatalf("requests: %v, %v", list, err)
	}
	// Added as a new person; the browser holds the name.
	db.Describe(net, "web", "add Frank Peeters, who asked to be added")
	frank, err := db.Admit(ctx, net, r1.ID, "")
	if err != nil {
		t.Fatal(err)
	}
	if p, err := db.ClaimOf(ctx, net, tok1); err != nil || p.ID != frank.ID || p.Name != "Frank Peeters" {
		t.Errorf("after admit: %v, %v", p, err)
	}
	// Said to be someone on the list, whose name it becomes another name of.
	if _, err := db.Admit(ctx, net, r2.ID, "frank peeters"); !errors.Is(err, ErrClaimed) {
		t.Errorf("admitted as a name another browser holds: %v", err)
	}
	if _, err := db.Admit(ctx, net, r2.ID, "Ann"); err != nil {
		t.Fatal(err)
	}
	if p, err := db.FindPerson(ctx, net, "a. peeters"); err != nil || p.Name != "Ann" {
		t.Errorf("the typed name does not find Ann: %v, %v", p, err)
	}
	if err := db.Refuse(ctx, net, r3.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Asked(ctx, net, tok3); !errors.Is(err, ErrNoRequest) {
		t.Errorf("a refused request: %v", err)
	}
	if err := db.Refuse(ctx, net, r3.ID); !errors.Is(err, ErrNoRequest) {
		t.Errorf("refused twice: %v", err)
	}
	if list, _ := db.Requests(ctx, net); len(list) != 0 {
		t.Errorf("requests left: %v", list)
	}
	// Leave drops a request too.
	if _, err := db.Ask(ctx, net, "Gert", tok3); err != nil {
		t.Fatal(err)
	}
	if err := db.Leave(ctx, tok3); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Asked(ctx, net, tok3); !errors.Is(err, ErrNoRequest) {
		t.Errorf("a request left behind: %v", err)
	}
}

func TestServeSettings(t *testing.T) {
	ctx := context.Background()
	db, net, _ := serveNetwork(t)
	s, err := db.ServeSettings(ctx, net)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Key) != 32 || s.MapLabels != "initials" || s.ShowNames || s.SelfRegister || s.ShowResults {
		t.Errorf("first settings: %+v", s)
	}
	s.ShowNames, s.MapLabels, s.ShowResults = true, "name", true
	if err := db.SetServeSettings(ctx, net, s); err != nil {
		t.Fatal(err)
	}
	again, err := db.ServeSettings(ctx, net)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(again.Key, s.Key) || !again.ShowNames || again.MapLabels != "name" || !again.ShowResults || again.SelfRegister {
		t.Errorf("settings read back: %+v", again)
	}
}

// The watcher sees every commit: this DB's and another program's.
func TestWatcherSeesCommits(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kring.db")
	db, err := Open(ctx, path, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	w, err := db.Watch()
	if err != nil {
		t.Fatal(err)
	}
	v0, err := w.Version(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := w.Version(ctx); v != v0 {
		t.Errorf("the version changed without a write: %d, %d", v0, v)
	}
	if _, err := db.CreateNetwork(ctx, "A", ""); err != nil {
		t.Fatal(err)
	}
	v1, _ := w.Version(ctx)
	if v1 == v0 {
		t.Errorf("the version did not change with a write of this DB")
	}
	other, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := other.CreateNetwork(ctx, "B", ""); err != nil {
		t.Fatal(err)
	}
	other.Close()
	if v2, _ := w.Version(ctx); v2 == v1 {
		t.Errorf("the version did not change with another program's write")
	}
}
