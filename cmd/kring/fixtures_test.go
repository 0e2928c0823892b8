package main

import (
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph/jsonio"
	"github.com/kring-nl/kring/graph/names"
)

// reference is what testdata/formats/reference.py found with networkx and
// igraph (or Python's csv, for survey answers) in a fixture.
type reference struct {
	MadeWith  string             `json:"made_with"`
	People    []string           `json:"people"`
	Help      []string           `json:"help"`
	Contacts  []string           `json:"contacts"`
	Pairs     []string           `json:"pairs"`
	OutDegree map[string]int     `json:"out_degree"`
	InDegree  map[string]int     `json:"in_degree"`
	Weights   map[string]float64 `json:"weights"`
}

// figures are the same figures of the network kring holds.
func (e *env) figures() reference {
	e.t.Helper()
	var f jsonio.File
	if err := json.Unmarshal([]byte(e.ok("export", "--format", "json")), &f); err != nil {
		e.t.Fatal(err)
	}
	var r reference
	r.OutDegree, r.InDegree, r.Weights = map[string]int{}, map[string]int{}, map[string]float64{}
	for _, p := range f.People {
		r.People = append(r.People, names.Key(p.Name))
	}
	help, contacts, pairs := map[string]bool{}, map[string]bool{}, map[string]bool{}
	pair := func(a, b string) string {
		ab := []string{names.Key(a), names.Key(b)}
		slices.Sort(ab)
		return ab[0] + "~" + ab[1]
	}
	for _, t := range f.Ties {
		k := names.Key(t.Giver) + ">" + names.Key(t.Receiver)
		if !help[k] {
			help[k] = true
			r.OutDegree[names.Key(t.Giver)]++
			r.InDegree[names.Key(t.Receiver)]++
		}
		w := t.Weight
		if w == 0 {
			w = 1
		}
		r.Weights[k] = max(r.Weights[k], w)
		pairs[pair(t.Giver, t.Receiver)] = true
	}
	for _, c := range f.Contacts {
		contacts[pair(c.A, c.B)] = true
		pairs[pair(c.A, c.B)] = true
	}
	r.Help, r.Contacts, r.Pairs = slices.Sorted(maps.Keys(help)), slices.Sorted(maps.Keys(contacts)), slices.Sorted(maps.Keys(pairs))
	slices.Sort(r.People)
	return r
}

// Files as the tools people come from write them, each imported and checked
// against the figures networkx or igraph find in the same file.
func TestFixturesMatchNetworkx(t *testing.T) {
	for _, c := range []struct {
		file string
		args []string
		want []string // in the output of import
	}{
		{"pajek/advies.net", nil, []string{"people: 7 added", "read as Pajek"}},
		{"ucinet/advies-edgelist.dl", nil, []string{"people: 6 added", "read as UCINET DL"}},
		{"ucinet/advies-matrix.dl", nil, []string{"people: 6 added"}},
		{"gephi/netwerk.gexf", nil, []string{"people: 5 added"}},
		{"gephi/edges.csv", []string{"--add-new"}, []string{"columns not used: Id, Label, timeset"}},
		{"yed/netwerk.graphml", nil, []string{"people: 5 added", "5 help tie records", "1 contact record"}},
		{"dutch-excel/hulp.csv", []string{"--add-new"}, []string{"read as Windows-1252", `new wave "Bijeenkomst 1" (2026-02-05)`, `new wave "Bijeenkomst 2" (2026-03-13)`}},
		{"matrix/adjacency.csv", nil, []string{"people: 5 added"}},
		{"xlsx/netwerk.xlsx", nil, []string{"people: 6 added", "sheets read: Deelnemers, Hulp", "sheets left out (kring does not know their header; pick one with --sheet): Notities",
			`new wave "Bijeenkomst 2" (2026-03-12)`}},
		{"kumu/blueprint.json", nil, []string{"people: 5 added", "read as Kumu JSON"}},
		{"kumu/project-export.json", nil, []string{"people: 3 added"}},
		{"google-forms/Netwerk in kaart - bijeenkomst 1.csv", []string{"--add-new"}, []string{"answers of 7 respondents", `asked:     "Whom did you ask for help or information?"`,
			"1 respondent named themselves in their own answers: left out", "now confirmed by both ends", `new wave "2026-02-05" (2026-02-05)`}},
		{"ms-forms/Netwerk in kaart(1-5).xlsx", []string{"--add-new", "--wave", "Bijeenkomst 2"}, []string{"answers of 5 respondents", `respondent: "Wat is je naam?"`, `new wave "Bijeenkomst 2"`}},
		{"network-canvas/networkCanvasExport.zip", []string{"--add-new"}, []string{"answers of 2 respondents", "added 6 new people from the ties"}},
	} {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(testdata("formats", c.file+".reference.json"))
			if err != nil {
				t.Fatal(err)
			}
			var want reference
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatal(err)
			}
			e := newEnv(t)
			e.ok("network", "create", "N")
			// A copy whose name says nothing of the format: kring reads the content.
			blind := filepath.Join(e.dir, "export-"+strings.ReplaceAll(filepath.Base(c.file), ".", "-")+".txt")
			if b, err := os.ReadFile(testdata("formats", c.file)); err != nil {
				t.Fatal(err)
			} else if err := os.WriteFile(blind, b, 0o600); err != nil {
				t.Fatal(err)
			}
			file := testdata("formats", c.file)
			if strings.HasSuffix(c.file, ".net") || strings.HasSuffix(c.file, ".dl") || strings.HasSuffix(c.file, ".json") {
				file = blind
			}
			out := e.ok(append([]string{"import", file}, c.args...)...)
			mustContain(t, c.file, out, c.want...)
			got := e.figures()
			if !slices.Equal(got.People, want.People) {
				t.Errorf("people\n%q\n%s finds\n%q", got.People, want.MadeWith, want.People)
			}
			if want.Pairs != nil {
				if !slices.Equal(got.Pairs, want.Pairs) {
					t.Errorf("tied pairs\n%q\n%s finds\n%q", got.Pairs, want.MadeWith, want.Pairs)
				}
				return
			}
			if !slices.Equal(got.Help, want.Help) || !slices.Equal(got.Contacts, append([]string{}, want.Contacts...)) {
				t.Errorf("help ties\n%q\ncontacts %q\n%s finds\n%q\ncontacts %q", got.Help, got.Contacts, want.MadeWith, want.Help, want.Contacts)
			}
			if !maps.Equal(got.OutDegree, want.OutDegree) || !maps.Equal(got.InDegree, want.InDegree) {
				t.Errorf("degrees out %v in %v; %s: out %v in %v", got.OutDegree, got.InDegree, want.MadeWith, want.OutDegree, want.InDegree)
			}
			if want.Weights != nil && !maps.Equal(got.Weights, want.Weights) {
				t.Errorf("weights %v; %s: %v", got.Weights, want.MadeWith, want.Weights)
			}
		})
	}
}
