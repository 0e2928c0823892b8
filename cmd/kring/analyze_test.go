package main

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
)

type analyzeOut struct {
	Network string  `json:"network"`
	Wave    *string `json:"wave"`
	Scope   string  `json:"scope"`
	Summary struct {
		People           int      `json:"people"`
		HelpTies         int      `json:"help_ties"`
		Contacts         int      `json:"contacts"`
		Density          float64  `json:"density"`
		Reciprocity      *float64 `json:"reciprocity"`
		MutualPairs      int      `json:"mutual_pairs"`
		AsymmetricPairs  int      `json:"asymmetric_pairs"`
		Exchanges        int      `json:"exchanges"`
		OnlyGives        int      `json:"only_gives"`
		OnlyAsks         int      `json:"only_asks"`
		Isolated         int      `json:"isolated"`
		Absent           int      `json:"absent"`
		WeakComponents   int      `json:"weak_components"`
		StrongComponents int      `json:"strong_components"`
	} `json:"summary"`
	People []struct {
		Name       string   `json:"name"`
		Gives      int      `json:"gives"`
		Receives   int      `json:"receives"`
		Balance    int      `json:"balance"`
		GiveShare  *float64 `json:"give_share"`
		Reciprocal int      `json:"reciprocal"`
		Role       string   `json:"role"`
	} `json:"people"`
}

func (e *env) analyze(args ...string) analyzeOut {
	e.t.Helper()
	var a analyzeOut
	out := e.ok(append([]string{"analyze", "--format", "json"}, args...)...)
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		e.t.Fatalf("%v\n%s", err, out)
	}
	return a
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9 }

// The hand-checked network of testdata/hand (its README has the sums),
// imported from its CSV files.
func TestAnalyzeHandCheckedNetwork(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "Hand")
	out := e.ok("import", testdata("hand", "people.csv"))
	mustContain(t, "people import", out, "people: 7 added, 0 updated, 0 unchanged")
	out = e.ok("import", testdata("hand", "ties.csv"))
	mustContain(t, "ties import", out, `new wave "W1" (2026-02-05)`, `new wave "W2" (2026-03-19)`, "9 help tie records", "9 new")

	a := e.analyze()
	type row struct {
		gives, receives, balance int
		share                    float64 // -1: null
		reciprocal               int
		role                     string
	}
	want := map[string]row{
		"Ann Peeters":        {2, 2, 0, 0.5, 1, "exchanges"},
		"Bob Janssens":       {2, 1, 1, 2.0 / 3, 1, "exchanges"},
		"Carla De Smet":      {1, 2, -1, 1.0 / 3, 1, "exchanges"},
		"Dirk Van der Hagen": {1, 2, -1, 1.0 / 3, 1, "exchanges"},
		"Eve Maes":           {2, 0, 2, 1, 0, "only_gives"},
		"Fien Goossens":      {0, 0, 0, -1, 0, "absent"}, // recorded nothing in either wave: did not take part
		"Gert Jürgens":       {0, 1, -1, 0, 0, "only_asks"},
	}
	if len(a.People) != len(want) {
		t.Fatalf("%d people", len(a.People))
	}
	for _, p := range a.People {
		w, ok := want[p.Name]
		shareOK := (w.share < 0 && p.GiveShare == nil) || (p.GiveShare != nil && near(*p.GiveShare, w.share))
		if !ok || p.Gives != w.gives || p.Receives != w.receives || p.Balance != w.balance || !shareOK || p.Reciprocal != w.reciprocal || p.Role != w.role {
			t.Errorf("%s: %+v, want %+v", p.Name, p, w)
		}
	}
	s := a.Summary
	if a.Wave != nil || a.Scope != "all" || s.People != 7 || s.HelpTies != 8 || !near(s.Density, 4.0/21) || !near(*s.Reciprocity, 0.5) ||
		s.MutualPairs != 2 || s.AsymmetricPairs != 4 || s.Exchanges != 4 || s.OnlyGives != 1 || s.OnlyAsks != 1 || s.Isolated != 0 || s.Absent != 1 ||
		s.WeakComponents != 2 || s.StrongComponents != 5 {
		t.Errorf("summary %+v", s)
	}

	w1 := e.analyze("--wave", "w1")
	if w1.Wave == nil || *w1.Wave != "W1" || w1.Scope != "wave" || w1.Summary.HelpTies != 4 || !near(w1.Summary.Density, 4.0/42) || w1.Summary.Isolated != 0 || w1.Summary.Absent != 3 {
		t.Errorf("W1: %+v %+v", w1.Wave, w1.Summary)
	}
	upto := e.analyze("--upto", "W2")
	if upto.Scope != "upto" || upto.Summary.HelpTies != 8 {
		t.Errorf("upto W2: %+v", upto.Summary)
	}

	table := e.ok("analyze")
	mustContain(t, "table", table, "Hand · all waves (2)", "7 people, 8 help ties, 0 contacts · density 0.190 · reciprocity 0.500",
		"Roles: 4 exchanges, 1 only gives, 1 only asks, 0 isolated, 1 did not take part", "Took part: 6 of 7 (86%)", "brokers: Ann Peeters",
		// Ann → Bob is recorded by Bob in W1 and by Ann in W2: not the same meeting, so not confirmed.
		"Recorded by both ends (confirmed): 0 of 8 help ties; by one end only: 8", "centralization: in 0.167, out 0.167",
		"Gert Jürgens", "only asks", "+2", "0.150  broker")
	rows, err := csv.NewReader(strings.NewReader(e.ok("analyze", "--format", "csv"))).ReadAll()
	if err != nil || len(rows) != 8 || strings.Join(rows[0], ",") != "name,org,gives,receives,balance,give_share,reciprocal,role,confirmed_share,"+
		"betweenness,betweenness_norm,reach,access,sought,broker,community,constraint,coordinator,gatekeeper,representative,consultant,liaison" {
		t.Errorf("csv: %v %v", rows, err)
	}
	// Ann: betweenness 4.5, brokerage representative, gatekeeper and liaison once each (testdata/hand/README.md).
	if strings.Join(rows[1], ",") != "Ann Peeters,Gemeente Zeedorp,2,2,0,0.5,1,exchanges,0,4.5,0.15,0.5,0.3333333333333333,"+rows[1][13]+",true,1,0.3333333333333333,0,1,1,0,1" {
		t.Errorf("Ann's CSV row: %v", rows[1])
	}
	// Sorted by balance, high to low; reversed, low to high.
	byBalance := e.analyze("--sort", "balance")
	if byBalance.People[0].Name != "Eve Maes" || byBalance.People[6].Balance != -1 {
		t.Errorf("--sort balance: first %s, last balance %d", byBalance.People[0].Name, byBalance.People[6].Balance)
	}
	if r := e.analyze("--sort", "balance", "--reverse"); r.People[0].Balance != -1 || r.People[6].Name != "Eve Maes" {
		t.Errorf("--reverse: %+v", r.People[0])
	}
	errs, code := e.fail("analyze", "--sort", "karma")
	if code != cli.ExitUsage || !strings.Contains(errs, `cannot sort by "karma": use one of name, org, gives`) {
		t.Errorf("bad sort: %d %s", code, errs)
	}
	errs, _ = e.fail("analyze", "--wave", "W1", "--upto", "W2")
	mustContain(t, "both scopes", errs, "--wave and --upto cannot go together")
}

// Krackhardt's advice network (asker → adviser in the file) imported as help
// ties adviser → asker: degrees and reciprocity match networkx and igraph.
func TestKrackhardtImportMatchesReference(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "Krackhardt")
	var b strings.Builder
	b.WriteString("giver,receiver\n")
	src, err := os.ReadFile(testdata("krackhardt", "advice.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(strings.NewReader(string(src))).ReadAll()
	for _, r := range rows[1:] {
		b.WriteString("manager " + r[1] + ",manager " + r[0] + "\n")
	}
	var people strings.Builder
	people.WriteString("name\n")
	nodes, _ := os.ReadFile(testdata("krackhardt", "nodes.csv"))
	nrows, _ := csv.NewReader(strings.NewReader(string(nodes))).ReadAll()
	for _, r := range nrows[1:] {
		people.WriteString("manager " + r[0] + "\n")
	}
	e.ok("import", e.write("people.csv", people.String()))
	e.ok("import", e.write("advice.csv", b.String()))

	var ref struct {
		Graph struct {
			Reciprocity float64 `json:"reciprocity_overall"`
			Density     float64 `json:"density"`
			Edges       int     `json:"edges"`
		} `json:"graph"`
		Nodes []struct {
			ID  string  `json:"id"`
			In  float64 `json:"in_degree"`
			Out float64 `json:"out_degree"`
		} `json:"nodes"`
	}
	rb, _ := os.ReadFile(testdata("krackhardt", "advice.metrics.json"))
	if err := json.Unmarshal(rb, &ref); err != nil {
		t.Fatal(err)
	}
	a := e.analyze()
	if a.Summary.HelpTies != ref.Graph.Edges || !near(*a.Summary.Reciprocity, ref.Graph.Reciprocity) || !near(a.Summary.Density, ref.Graph.Density) {
		t.Errorf("summary %+v, reference %+v", a.Summary, ref.Graph)
	}
	byName := map[string]int{}
	for i, p := range a.People {
		byName[p.Name] = i
	}
	for _, n := range ref.Nodes {
		p := a.People[byName["manager "+n.ID]]
		if float64(p.Gives) != n.In || float64(p.Receives) != n.Out {
			t.Errorf("manager %s: gives %d, receives %d; reference in %v, out %v", n.ID, p.Gives, p.Receives, n.In, n.Out)
		}
	}
}
