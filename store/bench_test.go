package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// tieRecords makes m random tie records among n people, as a file would hold them.
func tieRecords(n, m int) []graph.TieRecord {
	r := rand.New(rand.NewPCG(1, 2))
	recs := make([]graph.TieRecord, m)
	for i := range recs {
		u, v := r.IntN(n), r.IntN(n-1)
		if v >= u {
			v++
		}
		recs[i] = graph.TieRecord{Giver: fmt.Sprint("person ", u), Receiver: fmt.Sprint("person ", v), Wave: "W1", Where: fmt.Sprint("line ", i+2)}
	}
	return recs
}

func BenchmarkImport(b *testing.B) {
	for _, size := range []struct {
		name string
		n, m int
	}{{"10k", 2000, 10000}, {"100k", 20000, 100000}, {"1M", 100000, 1000000}} {
		recs := tieRecords(size.n, size.m)
		b.Run(size.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db, net := newNetwork(b)
				b.StartTimer()
				if _, err := db.Import(context.Background(), net, Input{Source: "bench", Ties: recs}, AddOptions{AddNew: true, NewWaves: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
