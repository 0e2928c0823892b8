package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The 3-wave network of testdata/trend (its README has every figure).
func trendEnv(t *testing.T) *env {
	e := newEnv(t)
	e.ok("network", "create", "Trend")
	e.ok("import", testdata("trend", "people.csv"))
	e.ok("import", testdata("trend", "ties.csv"))
	return e
}

func TestTrendJSON(t *testing.T) {
	e := trendEnv(t)
	var out struct {
		Network string `json:"network"`
		Waves   []struct {
			Name    string `json:"name"`
			Date    string `json:"date"`
			Summary struct {
				HelpTies    int      `json:"help_ties"`
				Reciprocity *float64 `json:"reciprocity"`
				Exchanges   int      `json:"exchanges"`
			} `json:"summary"`
		} `json:"waves"`
		People []struct {
			Name  string `json:"name"`
			Waves []struct {
				Wave    string  `json:"wave"`
				Gives   int     `json:"gives"`
				Balance int     `json:"balance"`
				Role    string  `json:"role"`
				Sought  float64 `json:"sought"`
			} `json:"waves"`
			Flags []struct {
				Flag   string `json:"flag"`
				Wave   string `json:"wave"`
				Reason string `json:"reason"`
			} `json:"flags"`
		} `json:"people"`
	}
	if err := json.Unmarshal([]byte(e.ok("trend", "--format", "json")), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Waves) != 3 || out.Waves[0].Name != "W1" || out.Waves[0].Date != "2026-01-10" || out.Waves[2].Summary.HelpTies != 5 ||
		!near(*out.Waves[2].Summary.Reciprocity, 0.8) || out.Waves[2].Summary.Exchanges != 4 {
		t.Errorf("waves %+v", out.Waves)
	}
	byName := map[string]int{}
	for i, p := range out.People {
		byName[p.Name] = i
	}
	eef := out.People[byName["Eef"]]
	if len(eef.Waves) != 3 || eef.Waves[1].Gives != 2 || eef.Waves[1].Balance != 2 || eef.Waves[1].Role != "only_gives" ||
		len(eef.Flags) != 1 || eef.Flags[0].Flag != "persistent_giver" || eef.Flags[0].Wave != "W2" || eef.Flags[0].Reason == "" {
		t.Errorf("Eef %+v", eef)
	}
	dora := out.People[byName["Dora"]]
	var flags []string
	for _, f := range dora.Flags {
		flags = append(flags, f.Flag+" "+f.Wave)
	}
	if strings.Join(flags, ", ") != "joined_exchange W2, became_broker W2, became_isolated W3" {
		t.Errorf("Dora's flags: %v", flags)
	}
	if len(out.People[byName["Ann"]].Flags) != 0 {
		t.Errorf("Ann has flags: %+v", out.People[byName["Ann"]].Flags)
	}
}

func TestTrendTableCSVGroupsAndChart(t *testing.T) {
	e := trendEnv(t)
	table := e.ok("trend")
	mustContain(t, "table", table, "Trend · 3 waves", "W3", "2026-03-21", "0.800", "Eef", "+2 only gives",
		"keeps only giving (W2)", "lost their help ties (W2), joined the exchange (W3), became a broker (W3)")
	rows, err := csv.NewReader(strings.NewReader(e.ok("trend", "--format", "csv"))).ReadAll()
	if err != nil || len(rows) != 1+6*3 || strings.Join(rows[0], ",") != "name,wave,date,gives,receives,balance,give_share,role,reciprocal,sought,broker,flags" {
		t.Fatalf("csv %d rows: %v %v", len(rows), rows[:1], err)
	}
	for _, r := range rows[1:] {
		if r[0] == "Bob" && r[1] == "W3" && r[11] != "joined_exchange; became_broker" {
			t.Errorf("Bob W3 flags %q", r[11])
		}
	}
	// Groups of two people: shown with --min-group 2, summed as "other" by
	// default (5). Per group, no row is about one person.
	grouped := e.ok("trend", "--group", "org", "--min-group", "2")
	mustContain(t, "groups", grouped, "Gemeente", "+1 (0.600)")
	hidden := e.ok("trend", "--group", "org")
	mustContain(t, "hidden", hidden, "other (groups of fewer than 5)", "Groups with fewer than 5 people are summed as other")
	for _, name := range []string{"Gemeente", "Ann", "Bob", "Eef", "Balance (gives − receives) and role per wave"} {
		if strings.Contains(hidden, name) {
			t.Errorf("trend --group shows %q", name)
		}
	}
	if js := e.ok("trend", "--group", "org", "--format", "json"); strings.Contains(js, `"people": [`) || strings.Contains(js, "Ann") {
		t.Errorf("trend --group --format json has rows about people:\n%s", js)
	}
	errs, _ := e.fail("trend", "--group", "org", "--people", "Ann")
	mustContain(t, "people and group", errs, "--people and --group cannot go together")
	gcsv := e.ok("trend", "--group", "function", "--min-group", "2", "--format", "csv")
	mustContain(t, "group csv", gcsv, "group,other,people,wave,date,gives,receives,balance,give_share", "HR,false,2,W1,2026-01-10,3,2,1,0.6,2,0,0,0")
	only := e.ok("trend", "--people", "eef,fleur", "--format", "csv")
	if n := strings.Count(only, "\n"); n != 1+2*3 {
		t.Errorf("--people: %d lines", n)
	}
	chartPath := filepath.Join(e.dir, "trend.png")
	e.ok("trend", "--chart", chartPath)
	if b, err := os.ReadFile(chartPath); err != nil || !strings.HasPrefix(string(b), "\x89PNG") || fileMode(t, chartPath) != 0o600 {
		t.Errorf("chart: %d bytes, %v", len(b), err)
	}
	errs, _ = e.fail("trend", "--chart", "trend.gif")
	mustContain(t, "chart format", errs, "kring writes svg, png here")
	errs, _ = e.fail("trend", "--people", "Zeno")
	mustContain(t, "unknown", errs, `unknown person "Zeno"`)
}
