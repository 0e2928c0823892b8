package analysis

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/kring-nl/kring/graph"
	gonumnet "gonum.org/v1/gonum/graph/network"
)

// gnm is a seeded uniform random help network with n people and m distinct
// ties, like peer_metrics.py --synthetic (not the same draw).
func gnm(n, m int, seed uint64) *graph.Network {
	r := rand.New(rand.NewPCG(seed, 1))
	net := &graph.Network{Waves: []graph.Wave{{ID: 1, Seq: 1}}}
	for i := 0; i < n; i++ {
		net.People = append(net.People, graph.Person{ID: int64(i + 1), Org: fmt.Sprint("org", i%7)})
	}
	seen := make(map[[2]int]bool, m)
	for len(net.Ties) < m {
		u, v := r.IntN(n), r.IntN(n)
		if u == v || seen[[2]int{u, v}] {
			continue
		}
		seen[[2]int{u, v}] = true
		net.Ties = append(net.Ties, graph.Tie{Giver: int64(u + 1), Receiver: int64(v + 1), Wave: 1})
	}
	return net
}

var benchSizes = []struct {
	name string
	n, m int
}{{"1k", 1000, 5000}, {"10k", 10000, 50000}, {"100k", 100000, 500000}}

// benchGraphs caches the generated graphs across benchmarks.
var benchGraphs = map[string]*graph.Network{}

func benchNetwork(name string, n, m int) *graph.Network {
	if g, ok := benchGraphs[name]; ok {
		return g
	}
	benchGraphs[name] = gnm(n, m, 1)
	return benchGraphs[name]
}

// bench runs f on each size; sizes above limit are skipped (too slow for the
// method).
func bench(b *testing.B, limit int, f func(b *testing.B, n *graph.Network, g *graph.Graph)) {
	for _, s := range benchSizes {
		if s.n > limit {
			continue
		}
		b.Run(s.name, func(b *testing.B) {
			net := benchNetwork(s.name, s.n, s.m)
			g := graph.FromNetwork(net)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				f(b, net, g)
			}
		})
	}
}

func BenchmarkShortestPathsReference(b *testing.B) {
	bench(b, 10000, func(b *testing.B, _ *graph.Network, g *graph.Graph) { ShortestPaths(g) })
}

func BenchmarkGonumBetweenness(b *testing.B) {
	bench(b, 1000, func(b *testing.B, _ *graph.Network, g *graph.Graph) { gonumnet.Betweenness(g) })
}

func BenchmarkPageRank(b *testing.B) {
	bench(b, 100000, func(b *testing.B, _ *graph.Network, g *graph.Graph) { PageRank(g.Reverse(), Damping) })
}

func BenchmarkLouvain(b *testing.B) {
	bench(b, 100000, func(b *testing.B, _ *graph.Network, g *graph.Graph) { LouvainCommunities(g, 0) })
}

func BenchmarkConstraint(b *testing.B) {
	bench(b, 100000, func(b *testing.B, _ *graph.Network, g *graph.Graph) { Constraint(g) })
}

func BenchmarkBrokerage(b *testing.B) {
	bench(b, 100000, func(b *testing.B, net *graph.Network, g *graph.Graph) {
		group := make([]string, g.Len())
		for i := range group {
			group[i] = g.Person(i).Org
		}
		Brokerages(g, group)
	})
}

func BenchmarkComponents(b *testing.B) {
	bench(b, 100000, func(b *testing.B, _ *graph.Network, g *graph.Graph) {
		WeakComponents(g)
		StrongComponents(g)
	})
}

func BenchmarkBuildGraph(b *testing.B) {
	bench(b, 100000, func(b *testing.B, net *graph.Network, _ *graph.Graph) { graph.FromNetwork(net) })
}

func BenchmarkSweep(b *testing.B) {
	bench(b, 10000, func(b *testing.B, _ *graph.Network, g *graph.Graph) { Sweep(g, 0) })
}

func BenchmarkSweep1Worker(b *testing.B) {
	bench(b, 10000, func(b *testing.B, _ *graph.Network, g *graph.Graph) { Sweep(g, 1) })
}

func BenchmarkGonumLouvain(b *testing.B) {
	bench(b, 10000, func(b *testing.B, _ *graph.Network, g *graph.Graph) { gonumLouvain(g, 0) })
}

func BenchmarkHarmonic(b *testing.B) {
	bench(b, 100000, func(b *testing.B, _ *graph.Network, g *graph.Graph) { Harmonic(g, 0) })
}

func BenchmarkSampledBetweenness(b *testing.B) {
	for _, eps := range []float64{0.01, 0.005} {
		b.Run(fmt.Sprint("eps", eps), func(b *testing.B) {
			bench(b, 100000, func(b *testing.B, _ *graph.Network, g *graph.Graph) { SampledBetweenness(g, eps, 0.1, 1, 0) })
		})
	}
}
