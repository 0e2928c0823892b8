package analysis

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// reference is the part of a peer_metrics.py JSON file that tests use: the
// networkx and igraph values, which agree on these data sets.
type reference struct {
	Graph struct {
		Nodes           int     `json:"nodes"`
		Edges           int     `json:"edges"`
		Density         float64 `json:"density"`
		Reciprocity     float64 `json:"reciprocity_overall"`
		WeakComponents  int     `json:"weak_components"`
		StrongComponent int     `json:"strong_components"`
		Dyads           struct {
			Mutual     int `json:"mutual"`
			Asymmetric int `json:"asymmetric"`
			Null       int `json:"null"`
		} `json:"dyad_census"`
	} `json:"graph"`
	Nodes []map[string]any `json:"nodes"`
}

func readReference(t *testing.T, path string) (reference, map[string]map[string]any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r reference
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	byID := map[string]map[string]any{}
	for _, n := range r.Nodes {
		byID[n["id"].(string)] = n
	}
	return r, byID
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows[1:] // without the header
}

// krackhardt reads Krackhardt's advice network as a help graph. A row
// source,target means "source goes to target for advice": target helps
// source, so the help tie is target → source.
func krackhardt(t *testing.T) *graph.Network {
	t.Helper()
	dir := filepath.Join("..", "testdata", "krackhardt")
	n := &graph.Network{Waves: []graph.Wave{{ID: 1, Name: "1", Seq: 1}}}
	for _, row := range readCSV(t, filepath.Join(dir, "nodes.csv")) {
		id, _ := strconv.ParseInt(row[0], 10, 64)
		n.People = append(n.People, graph.Person{ID: id, Name: row[0], Org: "dept " + row[4]})
	}
	for _, row := range readCSV(t, filepath.Join(dir, "advice.csv")) {
		asker, _ := strconv.ParseInt(row[0], 10, 64)
		adviser, _ := strconv.ParseInt(row[1], 10, 64)
		n.Ties = append(n.Ties, graph.Tie{Giver: adviser, Receiver: asker, Wave: 1, Weight: 1})
	}
	return n
}

func TestKrackhardtAdviceMatchesNetworkxAndIgraph(t *testing.T) {
	ref, nodes := readReference(t, filepath.Join("..", "testdata", "krackhardt", "advice.metrics.json"))
	res := Analyze(krackhardt(t))
	s := res.Summary
	g := ref.Graph
	if s.People != g.Nodes || s.HelpTies != g.Edges || !near(s.Density, g.Density) || !near(*s.Reciprocity, g.Reciprocity) ||
		s.MutualPairs != g.Dyads.Mutual || s.AsymmetricPairs != g.Dyads.Asymmetric ||
		s.WeakComponents != g.WeakComponents || s.StrongComponents != g.StrongComponent {
		t.Errorf("summary %+v\nreference %+v", s, g)
	}
	if len(res.People) != len(nodes) {
		t.Fatalf("%d people, reference has %d", len(res.People), len(nodes))
	}
	for _, p := range res.People {
		r := nodes[p.Name]
		// On the help graph a manager gives to those who ask them: in-degree of
		// the advice graph. They receive from those they ask: its out-degree.
		if float64(p.Gives) != r["in_degree"].(float64) || float64(p.Receives) != r["out_degree"].(float64) {
			t.Errorf("manager %s: gives %d receives %d; advice in/out-degree %v/%v", p.Name, p.Gives, p.Receives, r["in_degree"], r["out_degree"])
		}
	}
}
