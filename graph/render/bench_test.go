package render

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// randomMap is a map of n people with m random help ties (some both ways)
// and a few people without ties, coloured by a made-up role.
func randomMap(n, m int) Map {
	r := rand.New(rand.NewPCG(uint64(n), uint64(m)))
	net := &graph.Network{}
	look := Look{}
	colors := []string{ColorExchanges, ColorOnlyGives, ColorOnlyAsks}
	for i := 1; i <= n; i++ {
		net.People = append(net.People, graph.Person{ID: int64(i), Name: fmt.Sprintf("Persoon %d", i)})
		look.Color = append(look.Color, colors[i%3])
		look.Size = append(look.Size, r.Float64())
	}
	for len(net.Ties) < m {
		u, v := 1+r.IntN(n), 1+r.IntN(n)
		if u != v && u%17 != 0 && v%17 != 0 { // every 17th person has no ties
			net.Ties = append(net.Ties, graph.Tie{Giver: int64(u), Receiver: int64(v)})
		}
	}
	return NetworkMap(net, look)
}

func BenchmarkMap(b *testing.B) {
	for _, size := range []struct{ n, m int }{{100, 300}, {1000, 3000}, {1000, 25000}, {5000, 15000}} {
		m := randomMap(size.n, size.m)
		for _, format := range []string{"svg", "png"} {
			b.Run(fmt.Sprintf("%d people %d ties %s %s", size.n, size.m, AutoLayout(size.n, false), format), func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					if err := Render(context.Background(), io.Discard, m, format, Options{Timeout: 10 * 60e9}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
