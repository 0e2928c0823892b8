package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The hand-checked network of testdata/presence (see its README): absent
// is not isolated, flags skip absent waves, response rates and the stable
// core, in analyze, trend and the report.
func TestPresenceHandChecked(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "Presence")
	e.ok("import", testdata("presence", "ties.csv"), "--add-new")
	e.ok("wave", "attend", "W2", "--present", "Fleur")

	var w2 struct {
		Summary struct {
			Isolated, Absent, AbsentNamed int
			TookPart                      *int     `json:"took_part"`
			ResponseRate                  *float64 `json:"response_rate"`
		} `json:"summary"`
		People []struct {
			Name     string
			Role     string
			TookPart *bool `json:"took_part"`
		} `json:"people"`
	}
	if err := json.Unmarshal([]byte(e.ok("analyze", "--wave", "W2", "--format", "json")), &w2); err != nil {
		t.Fatal(err)
	}
	s := w2.Summary
	if s.Isolated != 1 || s.Absent != 1 || s.TookPart == nil || *s.TookPart != 5 || s.ResponseRate == nil || !near(*s.ResponseRate, 5.0/6) {
		t.Errorf("W2 summary %+v", s)
	}
	roles := map[string]string{}
	for _, p := range w2.People {
		roles[p.Name] = p.Role
		if took := p.TookPart != nil && *p.TookPart; took == (p.Name == "Dora") {
			t.Errorf("W2 %s took_part %v", p.Name, p.TookPart)
		}
	}
	if roles["Dora"] != "absent" || roles["Fleur"] != "isolated" || roles["Eef"] != "only_gives" {
		t.Errorf("W2 roles %v", roles)
	}

	var tr struct {
		Waves []struct {
			Name    string
			Summary struct {
				Absent       int      `json:"absent"`
				AbsentNamed  int      `json:"absent_named"`
				ResponseRate *float64 `json:"response_rate"`
			}
		}
		People []struct {
			Name  string
			Core  bool
			Waves []struct {
				Role     string
				TookPart *bool `json:"took_part"`
			}
			Flags []struct{ Flag, Wave string }
		}
	}
	if err := json.Unmarshal([]byte(e.ok("trend", "--format", "json")), &tr); err != nil {
		t.Fatal(err)
	}
	for k, want := range []float64{1, 5.0 / 6, 5.0 / 6} {
		if r := tr.Waves[k].Summary.ResponseRate; r == nil || !near(*r, want) {
			t.Errorf("%s response rate %v, want %v", tr.Waves[k].Name, r, want)
		}
	}
	if tr.Waves[2].Summary.AbsentNamed != 1 || tr.Waves[1].Summary.Absent != 1 {
		t.Errorf("W2/W3 summaries %+v %+v", tr.Waves[1].Summary, tr.Waves[2].Summary)
	}
	wantFlags := map[string][]string{"Bob": {"became_broker W3"}, "Eef": {"persistent_giver W2"}, "Fleur": {"became_isolated W2"}}
	var core []string
	for _, p := range tr.People {
		var got []string
		for _, f := range p.Flags {
			got = append(got, f.Flag+" "+f.Wave)
		}
		if !slices.Equal(got, wantFlags[p.Name]) {
			t.Errorf("%s flags %v, want %v", p.Name, got, wantFlags[p.Name])
		}
		if p.Core {
			core = append(core, p.Name)
		}
	}
	if !slices.Equal(core, []string{"Ann", "Bob", "Cas", "Fleur"}) {
		t.Errorf("core %v", core)
	}
	if eef := tr.People[4]; eef.Waves[2].Role != "exchanges" || eef.Waves[2].TookPart == nil || *eef.Waves[2].TookPart {
		t.Errorf("Eef in W3: %+v", eef.Waves[2])
	}

	table := e.ok("trend")
	mustContain(t, "trend table", table, "5 of 6 (83%)", "absent", "0 exchanges (not answered)",
		"Stable core, who took part in every wave: Ann, Bob, Cas and Fleur")
	if strings.Contains(table, "Dora                  0 exchanges    0 isolated") {
		t.Errorf("Dora shows as isolated in W2")
	}
	path := filepath.Join(e.dir, "r.html")
	e.ok("report", "-o", path)
	mustContain(t, "report", readFile(t, path), "5 of 6 (83%)", "The stable core, who took part in every wave: Ann, Bob, Cas and Fleur.")
}

// The demo's Meeting 3 shows who did not take part, and no flag rests on an
// absence (issue 17: a participant who recorded nothing in Meeting 3 was
// flagged became_isolated).
func TestDemoAbsenceIsNotIsolation(t *testing.T) {
	e := demoEnv(t)
	var tr struct {
		Waves []struct {
			Name    string
			Summary struct {
				Absent   int `json:"absent"`
				TookPart int `json:"took_part"`
				People   int `json:"people"`
			}
		}
		People []struct {
			Name  string
			Waves []struct {
				Role     string
				TookPart *bool `json:"took_part"`
			}
			Flags []struct{ Flag, Wave string }
		}
	}
	if err := json.Unmarshal([]byte(e.ok("trend", "--format", "json")), &tr); err != nil {
		t.Fatal(err)
	}
	m3 := tr.Waves[2]
	if m3.Summary.Absent == 0 || m3.Summary.TookPart >= m3.Summary.People {
		t.Errorf("Meeting 3 shows nobody absent: %+v", m3.Summary)
	}
	for _, p := range tr.People {
		for _, f := range p.Flags {
			for k, w := range tr.Waves {
				if w.Name == f.Wave && p.Waves[k].TookPart != nil && !*p.Waves[k].TookPart {
					t.Errorf("%s has %s in %s, where they did not take part", p.Name, f.Flag, f.Wave)
				}
			}
		}
	}
	mustContain(t, "trend", e.ok("trend"), "Meeting 3", "absent")
}
