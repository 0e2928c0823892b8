package analysis

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/kring-nl/kring/graph"
	gonumnet "gonum.org/v1/gonum/graph/network"
)

func TestShortestPathsHandChecked(t *testing.T) {
	g := graph.FromNetwork(hand())
	p := ShortestPaths(g)
	want := []struct{ b, reach, access float64 }{
		{4.5, 3, 2},                       // A
		{2, 1 + 1 + 0.5 + 1.0/3, 1.5},     // B
		{2, 1, 3},                         // C
		{0.5, 1, 1 + 1 + 0.5 + 1.0/3},     // D
		{0, 1 + 1 + 0.5 + 0.5 + 1.0/3, 0}, // E
		{0, 0, 0},                         // F
		{0, 0, 0.5 + 1 + 1.0/3},           // G
	}
	for i, w := range want {
		if !near(p.Betweenness[i], w.b) || !near(p.Reach[i], w.reach) || !near(p.Access[i], w.access) {
			t.Errorf("%s: betweenness %v reach %v access %v; want %+v", g.Person(i).Name, p.Betweenness[i], p.Reach[i], p.Access[i], w)
		}
	}
	brokers := Brokers(NormalizedBetweenness(p.Betweenness))
	for i, b := range brokers {
		if b != (i == 0) {
			t.Errorf("%s broker = %v", g.Person(i).Name, b)
		}
	}
}

// randomGraph makes a seeded random help graph of n people and m ties with
// isolates (every 10th person), people who only give (every 7th) or only
// receive (every 11th), and, from 20 people on, a first fifth that is a
// component of its own.
func randomGraph(seed uint64, n, m int) *graph.Graph {
	r := rand.New(rand.NewPCG(seed, 7))
	people := make([]graph.Person, n)
	for i := range people {
		people[i] = graph.Person{ID: int64(i + 1)}
	}
	isolated := func(i int) bool { return i%10 == 0 }
	source := func(i int) bool { return !isolated(i) && i%7 == 0 }
	sink := func(i int) bool { return !isolated(i) && !source(i) && i%11 == 0 }
	var ties []graph.Tie
	for tries := 0; len(ties) < m && tries < 100*m; tries++ {
		u, v := r.IntN(n), r.IntN(n)
		if u == v || isolated(u) || isolated(v) || source(v) || sink(u) || (n >= 20 && (u < n/5) != (v < n/5)) {
			continue
		}
		ties = append(ties, graph.Tie{Giver: int64(u + 1), Receiver: int64(v + 1)})
	}
	return graph.New(people, ties)
}

// bfsHarmonic is the plain definition: a BFS from every node, Σ 1/d.
func bfsHarmonic(g *graph.Graph) (reach, access []float64) {
	n := g.Len()
	reach, access = make([]float64, n), make([]float64, n)
	for s := 0; s < n; s++ {
		dist := map[int]int{s: 0}
		queue := []int{s}
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			for _, w := range g.Out(v) {
				if _, seen := dist[w]; !seen {
					dist[w] = dist[v] + 1
					queue = append(queue, w)
				}
			}
		}
		for t, d := range dist {
			if t != s {
				reach[s] += 1 / float64(d)
				access[t] += 1 / float64(d)
			}
		}
	}
	return reach, access
}

func TestShortestPathsMatchGonumAndBFS(t *testing.T) {
	for seed := uint64(1); seed <= 12; seed++ {
		n := 10 + int(seed)*9
		g := randomGraph(seed, n, 3*n)
		p := ShortestPaths(g)
		ref := gonumnet.Betweenness(g) // leaves out zero scores
		reach, access := bfsHarmonic(g)
		var sources, sinks, isolates int
		for i := 0; i < n; i++ {
			if !near(p.Betweenness[i], ref[int64(i)]) {
				t.Errorf("seed %d node %d: betweenness %v, gonum %v", seed, i, p.Betweenness[i], ref[int64(i)])
			}
			if !near(p.Reach[i], reach[i]) || !near(p.Access[i], access[i]) {
				t.Errorf("seed %d node %d: reach %v access %v, BFS %v %v", seed, i, p.Reach[i], p.Access[i], reach[i], access[i])
			}
			switch in, out := len(g.In(i)), len(g.Out(i)); {
			case in == 0 && out == 0:
				isolates++
			case in == 0:
				sources++
			case out == 0:
				sinks++
			}
		}
		_, comps := WeakComponents(g)
		if sources == 0 || sinks == 0 || isolates == 0 || comps < 2 {
			t.Errorf("seed %d: the graph should have sources (%d), sinks (%d), isolates (%d) and components (%d)", seed, sources, sinks, isolates, comps)
		}
	}
}

func TestPageRankMatchesGonum(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		g := randomGraph(seed, 30+int(seed)*10, 120)
		ours := PageRank(g, Damping)
		ref := gonumnet.PageRankSparse(g, Damping, 1e-14)
		sum := 0.0
		for i, x := range ours {
			sum += x
			if !near(x, ref[int64(i)]) {
				t.Errorf("seed %d node %d: %v, gonum %v", seed, i, x, ref[int64(i)])
			}
		}
		if !near(sum, 1) {
			t.Errorf("seed %d: ranks sum to %v", seed, sum)
		}
	}
}

// The fast sweep gives the reference's numbers to 1e-12 (relative: the two
// add the same terms in another order), with 1, 2 or 7
// workers, and exactly the same numbers whatever the number of workers.
func TestSweepMatchesReference(t *testing.T) {
	for seed := uint64(1); seed <= 10; seed++ {
		n := 5 + int(seed)*23
		g := randomGraph(seed, n, 4*n)
		ref := ShortestPaths(g)
		first := Sweep(g, 1)
		for _, workers := range []int{1, 2, 7} {
			got := Sweep(g, workers)
			for i := 0; i < n; i++ {
				for _, pair := range [][2]float64{{got.Betweenness[i], ref.Betweenness[i]}, {got.Reach[i], ref.Reach[i]}, {got.Access[i], ref.Access[i]}} {
					if math.Abs(pair[0]-pair[1]) > 1e-12*math.Max(1, math.Abs(pair[1])) {
						t.Fatalf("seed %d, %d workers, node %d: %v vs reference %v", seed, workers, i, pair[0], pair[1])
					}
				}
				if got.Betweenness[i] != first.Betweenness[i] || got.Access[i] != first.Access[i] || got.Reach[i] != first.Reach[i] {
					t.Fatalf("seed %d: %d workers differ from 1 worker at node %d", seed, workers, i)
				}
			}
		}
	}
	if p := Sweep(graph.New(nil, nil), 0); len(p.Betweenness) != 0 {
		t.Error("empty graph")
	}
}

func TestHarmonicMatchesBFS(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		n := 30 + int(seed)*97 // several passes of 256 sources, the last one partial
		g := randomGraph(seed, n, 4*n)
		wantReach, wantAccess := bfsHarmonic(g)
		r1, a1 := Harmonic(g, 1)
		for _, workers := range []int{1, 2, 5} {
			reach, access := Harmonic(g, workers)
			for i := 0; i < n; i++ {
				if math.Abs(reach[i]-wantReach[i]) > 1e-12*math.Max(1, wantReach[i]) || math.Abs(access[i]-wantAccess[i]) > 1e-12*math.Max(1, wantAccess[i]) {
					t.Fatalf("seed %d node %d: reach %v access %v, BFS %v %v", seed, i, reach[i], access[i], wantReach[i], wantAccess[i])
				}
				if reach[i] != r1[i] || access[i] != a1[i] {
					t.Fatalf("seed %d: %d workers differ from 1", seed, workers)
				}
			}
		}
	}
}

// The sampled estimate stays within its stated error of the exact values,
// repeats for any number of workers, and finds the same top people.
func TestSampledBetweenness(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		n := 300 * int(seed)
		g := randomGraph(seed, n, 4*n)
		exact := NormalizedBetweenness(Sweep(g, 0).Betweenness)
		raw, est := SampledBetweenness(g, 0.01, 0.1, 7, 1)
		again, _ := SampledBetweenness(g, 0.01, 0.1, 7, 3)
		norm := NormalizedBetweenness(raw)
		worst := 0.0
		for i := range norm {
			worst = math.Max(worst, math.Abs(norm[i]-exact[i]))
			if raw[i] != again[i] {
				t.Fatalf("seed %d: 1 and 3 workers differ at node %d", seed, i)
			}
		}
		if worst > est.Error {
			t.Errorf("seed %d: error %.4f above the stated bound %.4f", seed, worst, est.Error)
		}
		t.Logf("%d people: %d samples, worst error %.5f, bound %.5f", n, est.Samples, worst, est.Error)
	}
}
