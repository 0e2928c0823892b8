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

// extra is testdata/*/..extra.json, written by testdata/reference/extra_metrics.py.
type extra struct {
	Nodes map[string]struct {
		Constraint *float64 `json:"constraint"`
	} `json:"nodes"`
	InCentralization  float64 `json:"in_centralization"`
	OutCentralization float64 `json:"out_centralization"`
	Louvain           struct {
		Best          float64    `json:"best_modularity"`
		Worst         float64    `json:"worst_modularity"`
		BestPartition [][]string `json:"best_partition"`
	} `json:"louvain"`
}

func readExtra(t *testing.T, path string) extra {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var e extra
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatal(err)
	}
	return e
}

// check compares one metric of one person with the reference.
func check(t *testing.T, who, metric string, got float64, want any) {
	t.Helper()
	w, ok := want.(float64)
	if !ok {
		t.Errorf("%s %s: no reference value (%v)", who, metric, want)
		return
	}
	if !near(got, w) {
		t.Errorf("%s %s = %.12g, reference %.12g", who, metric, got, w)
	}
}

// checkModularity checks our modularity against networkx on the undirected
// help graph: networkx's best partition scores the same with our formula, and
// our Louvain partition scores at least as high as networkx's worst of 20 seeds.
func checkModularity(t *testing.T, n *graph.Network, res *Result, e extra) {
	t.Helper()
	g := graph.FromNetwork(n)
	index := map[string]int{}
	for i, p := range n.People {
		index[p.Name] = i
	}
	part := make([]int, len(n.People))
	for c, members := range e.Louvain.BestPartition {
		for _, m := range members {
			part[index[m]] = c
		}
	}
	if q := Modularity(g, part); !near(q, e.Louvain.Best) {
		t.Errorf("modularity of networkx's partition: ours %.12g, networkx %.12g", q, e.Louvain.Best)
	}
	q := *res.Summary.Modularity
	if q < e.Louvain.Worst-1e-12 {
		t.Errorf("our Louvain modularity %.6f is below networkx's worst of 20 seeds (%.6f; best %.6f)", q, e.Louvain.Worst, e.Louvain.Best)
	}
	part = make([]int, len(res.People))
	for i, p := range res.People {
		part[i] = p.Community
	}
	if !near(Modularity(g, part), q) {
		t.Errorf("reported modularity %v is not that of the reported communities (%v)", q, Modularity(g, part))
	}
	t.Logf("modularity: kring %.6f (%d communities), networkx best %.6f, worst %.6f of 20 seeds", q, res.Summary.Communities, e.Louvain.Best, e.Louvain.Worst)
}

// Every metric of Krackhardt's advice network, person by person. The advice
// graph (asker → adviser) is our ask graph; our help graph is its reverse, so:
// gives = advice in-degree, receives = out-degree, betweenness is the same,
// reach (outgoing distances on the help graph) = advice harmonic_in_norm,
// access = harmonic_out_norm, and sought (PageRank on the ask graph) = advice
// PageRank.
func TestKrackhardtAdviceMatchesNetworkxAndIgraph(t *testing.T) {
	ref, nodes := readReference(t, filepath.Join("..", "testdata", "krackhardt", "advice.metrics.json"))
	ext := readExtra(t, filepath.Join("..", "testdata", "krackhardt", "advice.extra.json"))
	n := krackhardt(t)
	res := Analyze(n, Options{})
	s := res.Summary
	g := ref.Graph
	if s.People != g.Nodes || s.HelpTies != g.Edges || !near(s.Density, g.Density) || !near(*s.Reciprocity, g.Reciprocity) ||
		s.MutualPairs != g.Dyads.Mutual || s.AsymmetricPairs != g.Dyads.Asymmetric ||
		s.WeakComponents != g.WeakComponents || s.StrongComponents != g.StrongComponent {
		t.Errorf("summary %+v\nreference %+v", s, g)
	}
	if !near(*s.InCentralization, ext.InCentralization) || !near(*s.OutCentralization, ext.OutCentralization) {
		t.Errorf("centralization in %v out %v; reference %v %v", *s.InCentralization, *s.OutCentralization, ext.InCentralization, ext.OutCentralization)
	}
	if len(res.People) != len(nodes) {
		t.Fatalf("%d people, reference has %d", len(res.People), len(nodes))
	}
	for _, p := range res.People {
		r := nodes[p.Name]
		who := "manager " + p.Name
		check(t, who, "gives", float64(p.Gives), r["in_degree"])
		check(t, who, "receives", float64(p.Receives), r["out_degree"])
		check(t, who, "betweenness", p.Betweenness, r["betweenness"])
		check(t, who, "betweenness_norm", p.BetweennessNorm, r["betweenness_norm"])
		check(t, who, "reach", p.Reach, r["harmonic_in_norm"])
		check(t, who, "access", p.Access, r["harmonic_out_norm"])
		check(t, who, "sought", p.Sought, r["pagerank"])
		check(t, who, "constraint", *p.Constraint, *ext.Nodes[p.Name].Constraint)
	}
	checkModularity(t, n, res, ext)
	// Brokers: at most ⌊0.1·21⌋ = 2; the reference's top two are 18 and 21.
	var brokers []string
	for _, p := range res.People {
		if p.Broker {
			brokers = append(brokers, p.Name)
		}
	}
	if len(brokers) != 2 || brokers[0] != "18" || brokers[1] != "21" {
		t.Errorf("brokers %v, want [18 21]", brokers)
	}
}

// karate reads Zachary's karate club: an undirected tie is help both ways.
func karate(t *testing.T) *graph.Network {
	t.Helper()
	dir := filepath.Join("..", "testdata", "karate")
	n := &graph.Network{Waves: []graph.Wave{{ID: 1, Name: "1", Seq: 1}}}
	for _, row := range readCSV(t, filepath.Join(dir, "nodes.csv")) {
		id, _ := strconv.ParseInt(row[0], 10, 64)
		n.People = append(n.People, graph.Person{ID: id, Name: row[0], Org: "faction " + row[1]})
	}
	for _, row := range readCSV(t, filepath.Join(dir, "karate.csv")) {
		a, _ := strconv.ParseInt(row[0], 10, 64)
		b, _ := strconv.ParseInt(row[1], 10, 64)
		n.Ties = append(n.Ties, graph.Tie{Giver: a, Receiver: b, Wave: 1}, graph.Tie{Giver: b, Receiver: a, Wave: 1})
	}
	return n
}

// Every metric of the karate club. With help both ways along every tie,
// directed betweenness counts each unordered pair twice: raw = 2 × the
// undirected reference, and the normalised values agree.
func TestKarateMatchesNetworkxAndIgraph(t *testing.T) {
	_, nodes := readReference(t, filepath.Join("..", "testdata", "karate", "karate.metrics.json"))
	ext := readExtra(t, filepath.Join("..", "testdata", "karate", "karate.extra.json"))
	n := karate(t)
	res := Analyze(n, Options{})
	s := res.Summary
	if s.People != 34 || s.HelpTies != 156 || !near(*s.Reciprocity, 1) || s.MutualPairs != 78 || s.AsymmetricPairs != 0 ||
		s.WeakComponents != 1 || s.StrongComponents != 1 || s.Isolated != 0 || s.Exchanges != 34 {
		t.Errorf("summary %+v", s)
	}
	if !near(*s.InCentralization, ext.InCentralization) || !near(*s.OutCentralization, ext.OutCentralization) {
		t.Errorf("centralization %v %v; reference %v", *s.InCentralization, *s.OutCentralization, ext.InCentralization)
	}
	for _, p := range res.People {
		r := nodes[p.Name]
		who := "member " + p.Name
		check(t, who, "gives", float64(p.Gives), r["degree"])
		check(t, who, "receives", float64(p.Receives), r["degree"])
		check(t, who, "reciprocal", float64(p.Reciprocal), r["degree"])
		check(t, who, "betweenness/2", p.Betweenness/2, r["betweenness"])
		check(t, who, "betweenness_norm", p.BetweennessNorm, r["betweenness_norm"])
		check(t, who, "reach", p.Reach, r["harmonic_norm"])
		check(t, who, "access", p.Access, r["harmonic_norm"])
		check(t, who, "sought", p.Sought, r["pagerank"])
		check(t, who, "constraint", *p.Constraint, *ext.Nodes[p.Name].Constraint)
	}
	checkModularity(t, n, res, ext)
	// Brokers: at most ⌊3.4⌋ = 3: members 1, 34 and 33, the top three.
	var brokers []string
	for _, p := range res.People {
		if p.Broker {
			brokers = append(brokers, p.Name)
		}
	}
	if len(brokers) != 3 || brokers[0] != "1" || brokers[1] != "33" || brokers[2] != "34" {
		t.Errorf("brokers %v, want [1 33 34]", brokers)
	}
}
