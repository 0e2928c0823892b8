package web

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// A browser without script answers as the contract says: a form with me,
// then a form with asked, gave and contact; what it sends is stored as
// kring record stores it, with the person as reporter, and sending again
// replaces it.
func TestPlainFormClientAnswers(t *testing.T) {
	r := newRoom(t)
	ann, bob := r.client(), r.client()
	if p := ann.pick("ann peeters"); p.status != http.StatusOK || p.url != "/answer" {
		t.Fatalf("picking Ann: %d at %s", p.status, p.url)
	}
	p := ann.answer([]string{"Bob Janssens"}, []string{"jurgen van der hagen", "Carla De Smet"}, []string{"Anaïs Dubois"},
		url.Values{"topic:Bob Janssens": {"Excel, planning"}, "offers": {"coaching"}, "needs": {"Excel"}})
	if p.status != http.StatusOK || p.url != "/done" || !strings.Contains(p.body, "Your answers are saved") {
		t.Fatalf("after answering: %d at %s\n%s", p.status, p.url, p.body)
	}
	for _, want := range []string{"Bob Janssens", "Excel and planning", "Jürgen Van der Hagen", "Carla De Smet", "Anaïs Dubois", "coaching"} {
		if !strings.Contains(p.body, want) {
			t.Errorf("the page after answering lacks %q", want)
		}
	}
	bob.pick("Bob Janssens")
	bob.answer(nil, []string{"Ann Peeters"}, nil, nil)
	want := []string{
		"Anaïs Dubois – Ann Peeters by Ann Peeters",
		"Ann Peeters → Carla De Smet [] by Ann Peeters",
		"Ann Peeters → Jürgen Van der Hagen [] by Ann Peeters",
		"Bob Janssens → Ann Peeters [Excel,planning] by Ann Peeters+Bob Janssens",
	}
	if got := r.dump(); !slices.Equal(got, want) {
		t.Errorf("stored:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Ann's form shows her answers; sending it again with changes
	// replaces them, and leaves Bob's report (with the topics of the tie).
	form := form(t, ann.get("/answer").body, "asked")
	if !slices.Equal(form.values["gave"], []string{"Carla De Smet", "Jürgen Van der Hagen"}) || form.values.Get("topic:Bob Janssens") != "Excel, planning" {
		t.Errorf("the form again: gave %q, topic %q", form.values["gave"], form.values.Get("topic:Bob Janssens"))
	}
	ann.answer(nil, []string{"Carla De Smet"}, nil, nil)
	want = []string{
		"Ann Peeters → Carla De Smet [] by Ann Peeters",
		"Bob Janssens → Ann Peeters [Excel,planning] by Bob Janssens",
	}
	if got := r.dump(); !slices.Equal(got, want) {
		t.Errorf("after Ann's second answer:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	p2, err := r.db.FindPerson(context.Background(), r.net.ID, "Ann Peeters")
	if err != nil || !slices.Equal(p2.Offers, []string{"coaching"}) || !slices.Equal(p2.Needs, []string{"Excel"}) {
		t.Errorf("Ann's topics: %q, %q (%v)", p2.Offers, p2.Needs, err)
	}
	changes, err := r.db.History(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) < 3 || changes[0].What != "answers of Ann Peeters in Meeting 1" || changes[0].Who != "web" {
		t.Errorf("history: %+v", changes)
	}
	// The done page shows only one's own answers.
	if body := bob.get("/done").body; strings.Contains(body, "Carla De Smet") {
		t.Errorf("Bob's page shows Ann's answers:\n%s", body)
	}
}

// In a later wave, the answers of the last one are filled in.
func TestAnswersCarryForward(t *testing.T) {
	r := newRoom(t)
	ann := r.client()
	ann.pick("Ann Peeters")
	ann.answer([]string{"Bob Janssens"}, nil, []string{"Carla De Smet"}, url.Values{"topic:Bob Janssens": {"Excel"}})
	f := r.facilitator()
	if p := f.send("/facilitator/wave", url.Values{"action": {"new"}, "name": {"Meeting 2"}, "date": {"2026-03-05"}}); !strings.Contains(p.body, "Answers go to Meeting 2 now.") {
		t.Fatalf("new wave: %d\n%s", p.status, p.body)
	}
	p := ann.get("/answer")
	if !strings.Contains(p.body, "Your answers of Meeting 1 are filled in") {
		t.Errorf("no word of carrying forward:\n%s", p.body)
	}
	fm := form(t, p.body, "asked")
	if !slices.Equal(fm.values["asked"], []string{"Bob Janssens"}) || !slices.Equal(fm.values["contact"], []string{"Bob Janssens", "Carla De Smet"}) ||
		fm.values.Get("topic:Bob Janssens") != "Excel" {
		t.Errorf("carried forward: asked %q, contact %q, topic %q", fm.values["asked"], fm.values["contact"], fm.values.Get("topic:Bob Janssens"))
	}
	// Confirmed as it is: the same answers, now in Meeting 2 too.
	ann.post(fm.action, fm.values)
	n, err := r.db.Load(context.Background(), r.net.ID)
	if err != nil {
		t.Fatal(err)
	}
	perWave := map[int64]int{}
	for _, tie := range n.Ties {
		perWave[tie.Wave]++
	}
	for _, c := range n.Contacts {
		perWave[c.Wave]++
	}
	if len(n.Waves) != 2 || perWave[n.Waves[0].ID] != 2 || perWave[n.Waves[1].ID] != 2 {
		t.Errorf("ties per wave: %v", perWave)
	}
}

// A name typed for someone outside the group that looks like someone on
// the list is asked about first; confirmed, it is added.
func TestOutsidersAndLookAlikes(t *testing.T) {
	r := newRoom(t)
	c := r.client()
	c.pick("Bob Janssens")
	f := form(t, c.get("/answer").body, "asked")
	f.values.Set("new", "Ann Peters")
	f.values.Set("action", "add")
	p := c.post(f.action, f.values)
	if !strings.Contains(p.body, "“Ann Peters” looks like Ann Peeters") && !strings.Contains(p.body, `&#34;Ann Peters&#34; looks like Ann Peeters`) {
		t.Fatalf("no question about Ann Peters:\n%s", p.body)
	}
	// "Yes, that is Ann Peeters" ticks her.
	f = form(t, p.body, "asked")
	f.values.Del("action")
	f.values.Set("near", "Ann Peeters")
	p = c.post(f.action, f.values)
	if fm := form(t, p.body, "asked"); !slices.Contains(fm.values["contact"], "Ann Peeters") {
		t.Errorf("Ann not ticked: %q", fm.values["contact"])
	}
	// "No, add Ann Peters as someone new"; then someone plainly new.
	f = form(t, p.body, "asked")
	f.values.Set("confirm", "Ann Peters")
	p = c.post(f.action, f.values)
	f = form(t, p.body, "asked")
	if !slices.Contains(f.values["extra"], "Ann Peters") || !slices.Contains(f.values["contact"], "Ann Peters") {
		t.Fatalf("Ann Peters not added: extra %q, contact %q", f.values["extra"], f.values["contact"])
	}
	f.values.Set("new", "Zoë Wouters")
	f.values.Set("action", "add")
	f = form(t, c.post(f.action, f.values).body, "asked")
	f.values.Add("gave", "Zoë Wouters")
	f.values.Set("action", "save")
	if p := c.post(f.action, f.values); p.url != "/done" {
		t.Fatalf("save: %d %s\n%s", p.status, p.url, p.body)
	}
	want := []string{
		"Ann Peeters – Bob Janssens by Bob Janssens",
		"Ann Peters – Bob Janssens by Bob Janssens",
		"Bob Janssens → Zoë Wouters [] by Bob Janssens",
	}
	if got := r.dump(); !slices.Equal(got, want) {
		t.Errorf("stored:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A plain client that sends a look-alike is asked too, and nothing is stored.
	before := r.dump()
	p = c.answer([]string{"Carla de Smit"}, nil, nil, nil)
	if p.url != "/answer" || !strings.Contains(p.body, "Carla De Smet") || !slices.Equal(r.dump(), before) {
		t.Errorf("a look-alike sent as a name: %d %s, stored %q", p.status, p.url, r.dump())
	}
}

// The language follows the browser, the switch, and for the projector the
// network.
func TestLanguage(t *testing.T) {
	r := newRoom(t)
	c := r.client()
	c.lang = "nl-BE,nl;q=0.9,en;q=0.5"
	if p := c.get("/"); !strings.Contains(p.body, "Wie ben je?") || !strings.Contains(p.body, `lang="nl"`) {
		t.Errorf("Dutch browser got:\n%s", p.body)
	}
	if p := c.get("/?lang=en"); !strings.Contains(p.body, "Who are you?") {
		t.Errorf("switch to English:\n%s", p.body)
	}
	if p := c.get("/"); !strings.Contains(p.body, "Who are you?") {
		t.Errorf("the switch was not kept")
	}
	c2 := r.client()
	c2.lang = "fr-FR,fr"
	if p := c2.get("/"); !strings.Contains(p.body, "Who are you?") {
		t.Errorf("French browser did not get English")
	}
	c2.pick("Ann Peeters")
	c2.lang = "nl"
	c2.get("/?lang=nl")
	p := c2.get("/answer")
	for _, want := range []string{"Met wie werk je samen of heb je contact?", "Aan wie heb je hulp of informatie gevraagd", "gevraagd", "gegeven", "Kennis die je kan delen"} {
		if !strings.Contains(p.body, want) {
			t.Errorf("Dutch answer form lacks %q", want)
		}
	}
}

// Closed answers are not taken; the facilitator opens them again.
func TestClosedWave(t *testing.T) {
	r := newRoom(t)
	c := r.client()
	c.pick("Ann Peeters")
	form := form(t, c.get("/answer").body, "asked")
	f := r.facilitator()
	f.send("/facilitator/wave", url.Values{"action": {"close"}})
	form.values.Set("asked", "Bob Janssens")
	if p := c.post("/answer", form.values); p.status != http.StatusConflict || len(r.dump()) != 0 {
		t.Errorf("answer to a closed wave: %d, stored %q", p.status, r.dump())
	}
	if p := c.get("/answer"); p.url != "/done" || !strings.Contains(p.body, "are closed") {
		t.Errorf("the form of a closed wave: %s\n%s", p.url, p.body)
	}
	f.send("/facilitator/wave", url.Values{"action": {"open"}})
	if p := c.post("/answer", form.values); p.url != "/done" || len(r.dump()) != 1 {
		t.Errorf("after opening: %d %s, stored %q", p.status, p.url, r.dump())
	}
}

// The facilitator adds people (look-alikes asked about), marks presence,
// releases names and sees who answered.
func TestFacilitatorPanel(t *testing.T) {
	r := newRoom(t)
	ctx := context.Background()
	f := r.facilitator()
	p := f.send("/facilitator/people", url.Values{"name": {"Bob Jansens"}})
	if !strings.Contains(p.body, "looks like Bob Janssens") {
		t.Fatalf("no question about Bob Jansens:\n%s", p.body)
	}
	f.post("/facilitator/people", url.Values{"csrf": {csrf(t, p.body)}, "confirm": {"Bob Jansens"}})
	f.send("/facilitator/people", url.Values{"name": {"Dirk Wouters"}})
	names, err := r.db.PersonNames(ctx, r.net.ID)
	if err != nil || !slices.Contains(names, "Bob Jansens") || !slices.Contains(names, "Dirk Wouters") {
		t.Errorf("people: %q %v", names, err)
	}
	if p := f.send("/facilitator/people", url.Values{"name": {"<b>Eve</b>"}}); p.status != http.StatusUnprocessableEntity {
		t.Errorf("a name with < or >: %d", p.status)
	}
	if names, _ := r.db.PersonNames(ctx, r.net.ID); len(names) != 7 {
		t.Errorf("a name with < was added: %q", names)
	}
	ann := r.client()
	ann.pick("Ann Peeters")
	ann.answer([]string{"Dirk Wouters"}, nil, nil, nil)
	p = f.get("/facilitator/")
	if !strings.Contains(p.body, "Answered: 1 of 7") || !strings.Contains(p.body, "answered at") {
		t.Errorf("panel:\n%s", p.body)
	}
	tok := csrf(t, p.body)
	f.post("/facilitator/attend", url.Values{"csrf": {tok}, "name": {"Carla De Smet"}, "present": {"0"}})
	n, err := r.db.Load(ctx, r.net.ID)
	if err != nil {
		t.Fatal(err)
	}
	carla := n.People[personIndex(n, "Carla De Smet")]
	if pr := n.Presences().Of(carla.ID, r.wave.ID); pr != graph.Absent || len(n.Marks) != 2 {
		t.Errorf("Carla: %v, marks %v; want absent", pr, n.Marks)
	}
	// Whoever sent answers took part (issue 17).
	if pr := n.Presences().Of(n.People[personIndex(n, "Ann Peeters")].ID, r.wave.ID); pr != graph.Present {
		t.Errorf("Ann answered but is %v, want present", pr)
	}
	// Releasing Ann's name lets another browser pick it; Ann's browser is out.
	if p := f.post("/facilitator/release", url.Values{"csrf": {tok}, "name": {"Ann Peeters"}}); !strings.Contains(p.body, "is free again") {
		t.Errorf("release: %d\n%s", p.status, p.body)
	}
	if p := ann.get("/answer"); p.url != "/" {
		t.Errorf("Ann's browser still answers after release: %s", p.url)
	}
	if p := r.client().pick("Ann Peeters"); p.url != "/answer" {
		t.Errorf("the released name could not be picked: %d %s", p.status, p.url)
	}
}

func personIndex(n *graph.Network, name string) int {
	return slices.IndexFunc(n.People, func(p graph.Person) bool { return p.Name == name })
}

// Someone not on the list may ask to be added when the facilitator allows
// it, and is let in once added.
func TestSelfRegistration(t *testing.T) {
	r := newRoom(t)
	c := r.client()
	p := c.get("/")
	if p2 := c.post("/register", url.Values{"csrf": {csrf(t, p.body)}, "name": {"Eva Smits"}}); p2.status != http.StatusForbidden {
		t.Errorf("asking to be added while not allowed: %d", p2.status)
	}
	f := r.facilitator()
	f.send("/facilitator/settings", url.Values{"self_register": {"1"}})
	p = c.get("/")
	fm := form(t, p.body, "name")
	fm.values.Set("name", "Eva Smits")
	p = c.post(fm.action, fm.values)
	if p.url != "/" || !strings.Contains(p.body, "You asked to be added as Eva Smits") {
		t.Fatalf("after asking: %s\n%s", p.url, p.body)
	}
	// Another one that looks like Ann Peeters is asked first.
	other := r.client()
	fm = form(t, other.get("/").body, "name")
	fm.values.Set("name", "Ann Peters")
	if p := other.post(fm.action, fm.values); !strings.Contains(p.body, "No, I am someone else") {
		t.Errorf("a look-alike was not asked about:\n%s", p.body)
	}
	panel := f.get("/facilitator/")
	if !strings.Contains(panel.body, "Eva Smits") {
		t.Fatalf("the request is not on the panel")
	}
	fm = form(t, panel.body, "into")
	fm.values.Set("into", "")
	fm.values.Set("action", "admit")
	if p := f.post(fm.action, fm.values); !strings.Contains(p.body, "Eva Smits can answer now.") {
		t.Errorf("admit: %d\n%s", p.status, p.body)
	}
	if p := c.get("/"); p.url != "/answer" || !strings.Contains(p.body, "You are Eva Smits.") {
		t.Errorf("Eva is not let in: %s", p.url)
	}
}

// The live map's event stream tells of every change, with who answered by
// name on the panel; the map shows the new ties.
func TestLiveMap(t *testing.T) {
	r := newRoom(t)
	f := r.facilitator()
	f.send("/facilitator/settings", url.Values{"map_names": {"1"}})
	req, err := http.NewRequest("GET", r.base()+"/facilitator/events?names=all", nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	resp, err := f.http.Do(req.WithContext(ctx))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	events := readEvents(resp.Body)
	first := <-events
	ann := r.client()
	ann.pick("Ann Peeters")
	ann.answer([]string{"Bob Janssens"}, nil, nil, nil)
	for e := range events {
		if slices.Contains(e.Names, "Ann Peeters") {
			if e.Version <= first.Version || e.Count != "Answered: 1 of 5" {
				t.Errorf("event %+v after %+v", e, first)
			}
			break
		}
	}
	svg := f.get("/facilitator/map.svg")
	if svg.header.Get("Content-Type") != "image/svg+xml" || !strings.Contains(svg.body, "Ann Peeters") || !regexp.MustCompile(`class="edge`).MatchString(svg.body) {
		t.Errorf("map: %s\n%.300s", svg.header.Get("Content-Type"), svg.body)
	}
}
