package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
)

func TestPairs(t *testing.T) {
	e := demoEnv(t)
	var out struct {
		Rounds           [][][]string `json:"rounds"`
		StrangerPairs    int          `json:"stranger_pairs"`
		MaxStrangerPairs int          `json:"max_stranger_pairs"`
		RoundRobin       *int         `json:"round_robin_stranger_pairs"`
	}
	if err := json.Unmarshal([]byte(e.ok("pairs", "--rounds", "4", "--format", "json")), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Rounds) != 4 || out.RoundRobin == nil || out.StrangerPairs < *out.RoundRobin || out.StrangerPairs > out.MaxStrangerPairs {
		t.Fatalf("%+v", out)
	}
	met := map[string]bool{}
	for r, round := range out.Rounds {
		seated := map[string]int{}
		for _, g := range round {
			for a, p := range g {
				seated[p]++
				for _, q := range g[a+1:] {
					k := min(p, q) + "|" + max(p, q)
					if met[k] {
						t.Errorf("round %d: %s meet again", r+1, k)
					}
					met[k] = true
				}
			}
		}
		if len(seated) != 14 {
			t.Errorf("round %d seats %d people", r+1, len(seated))
		}
		for p, c := range seated {
			if c != 1 {
				t.Errorf("round %d seats %s %d times", r+1, p, c)
			}
		}
	}
	// Absent people are left out: 13 people make one trio a round.
	table := e.ok("pairs", "--rounds", "2", "--absent", "eve maes")
	mustContain(t, "absent", table, "Speed-dating in Lerend netwerk HR & zorg: 13 people, 2 rounds of pairs", "Round 2", "Strangers who meet:")
	if strings.Contains(table, "Eve Maes") || strings.Count(table, " – ") != 2*5+2*2 {
		t.Errorf("absent Eve, 5 pairs and a trio a round:\n%s", table)
	}
	mustContain(t, "csv", e.ok("pairs", "--rounds", "1", "--size", "3", "--format", "csv"), "round,group,name\n1,1,")
	errs, code := e.fail("pairs", "--rounds", "14")
	if code != cli.ExitUsage {
		t.Errorf("14 rounds: exit %d", code)
	}
	mustContain(t, "too many", errs, "14 people meet in at most 13 rounds without anyone meeting twice; use fewer rounds")
	errs, _ = e.fail("pairs")
	mustContain(t, "no rounds", errs, "give the number of rounds with --rounds N")
	errs, _ = e.fail("pairs", "--rounds", "2", "--size", "4")
	mustContain(t, "size", errs, "--size 4: people meet in pairs (2) or trios (3)")
}
