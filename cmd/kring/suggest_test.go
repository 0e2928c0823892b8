package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
)

// suggestEnv: Ann needs coaching and talentmanagement. Bob helped Ann and
// offers coaching; Carla offers coaching and is two steps away (Ann gave to
// Dirk, Dirk gave to Carla); Eve (accent and case differ) offers it too and
// nobody links her to Ann.
func suggestEnv(t *testing.T) *env {
	e := newEnv(t)
	e.ok("network", "create", "Topics")
	e.ok("person", "add", "Ann Peeters", "--needs", "Coaching,talentmanagement")
	e.ok("person", "add", "Bob Janssens", "Carla De Smet", "--offers", "coaching")
	e.ok("person", "add", "Dirk Wouters")
	e.ok("person", "add", "Eve Maes", "--offers", "CÓACHING")
	e.ok("wave", "add", "Meeting 1")
	e.ok("record", "Ann Peeters", "--asked", "Bob Janssens", "--gave", "Dirk Wouters")
	e.ok("record", "Dirk Wouters", "--gave", "Carla De Smet")
	return e
}

func TestSuggestFor(t *testing.T) {
	e := suggestEnv(t)
	got := e.ok("suggest", "--for", "ann peeters")
	want := `Whom Ann Peeters could ask, for Coaching, talentmanagement:

TOPIC     ASK           INTRODUCER    WHY
Coaching  Carla De Smet  Dirk Wouters  not asked yet; Dirk Wouters knows both
Coaching  Eve Maes      -             not asked yet; nobody links them yet: ask the facilitator for an introduction
Coaching  Bob Janssens  -             helped before; they know each other

Nobody offers talentmanagement yet: ask the group who knows about it, or look outside the network.
`
	if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(want, " ", "") {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	var out struct {
		For         string `json:"for"`
		Suggestions []struct {
			Name       string  `json:"name"`
			Topic      string  `json:"topic"`
			Reason     string  `json:"reason"`
			Introducer *string `json:"introducer"`
		} `json:"suggestions"`
		NobodyOffers []string `json:"nobody_offers"`
	}
	if err := json.Unmarshal([]byte(e.ok("suggest", "--for", "Ann Peeters", "--format", "json", "--limit", "1")), &out); err != nil {
		t.Fatal(err)
	}
	if out.For != "Ann Peeters" || len(out.Suggestions) != 1 || out.Suggestions[0].Name != "Carla De Smet" ||
		out.Suggestions[0].Introducer == nil || *out.Suggestions[0].Introducer != "Dirk Wouters" ||
		len(out.NobodyOffers) != 1 || out.NobodyOffers[0] != "talentmanagement" {
		t.Errorf("json: %+v", out)
	}
	// One topic, for someone without needs.
	mustContain(t, "--topic", e.ok("suggest", "--for", "Dirk Wouters", "--topic", "coaching"),
		"Whom Dirk Wouters could ask, for coaching:", "Carla De Smet", "they know each other")
	mustContain(t, "no needs", e.ok("suggest", "--for", "Dirk Wouters"),
		`Dirk Wouters has no needs recorded. Add them with: kring person edit "Dirk Wouters" --needs "topic,topic"`)
	mustContain(t, "csv", e.ok("suggest", "--for", "Ann Peeters", "--format", "csv"),
		"topic,name,introducer,asked,overloaded,steps,reason\nCoaching,Carla De Smet,Dirk Wouters,false,false,2,")
}

func TestSuggestAllAndErrors(t *testing.T) {
	e := suggestEnv(t)
	e.ok("person", "edit", "Dirk Wouters", "--needs", "talentmanagement")
	got := e.ok("suggest", "--all")
	mustContain(t, "--all", got, "The best next ask for everyone who needs something:",
		"Ann Peeters  Carla De Smet", "Needed, but nobody offers it:\n  talentmanagement: Ann Peeters, Dirk Wouters",
		"3 people have no needs recorded")
	errs, code := e.fail("suggest")
	if code != cli.ExitUsage {
		t.Errorf("no --for: exit %d", code)
	}
	mustContain(t, "no --for", errs, "name a person with --for NAME, or use --all")
	errs, _ = e.fail("suggest", "--for", "Anne Peters")
	mustContain(t, "unknown", errs, `unknown person "Anne Peters" (did you mean "Ann Peeters"?)`)
	errs, _ = e.fail("suggest", "--all", "--topic", "x")
	mustContain(t, "--all --topic", errs, "--topic goes with --for NAME")
	// Completion of topics, written as first given.
	out := e.ok("__complete", "suggest", "--for", "Ann Peeters", "--topic", "c")
	mustContain(t, "complete", out, "Coaching\n")
}
