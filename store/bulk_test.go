package store

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// mixedRecords makes m records among n people with everything a file can
// hold: reporters (sometimes both ends), topics, weights, contacts, repeats
// and several waves.
func mixedRecords(n, m int, seed uint64) []graph.TieRecord {
	r := rand.New(rand.NewPCG(seed, 9))
	name := func(i int) string { return fmt.Sprintf("Persoon %d", i) }
	var recs []graph.TieRecord
	for len(recs) < m {
		u, v := r.IntN(n), r.IntN(n-1)
		if v >= u {
			v++
		}
		rec := graph.TieRecord{Giver: name(u), Receiver: name(v), Wave: fmt.Sprint("W", 1+r.IntN(3)),
			Where: fmt.Sprint("line ", len(recs)+2)}
		switch r.IntN(6) {
		case 0:
			rec.Reporter = rec.Giver
		case 1:
			rec.Reporter = rec.Receiver
		case 2:
			rec.Contact = true
		case 3:
			rec.Topics = []string{[]string{"loonbeleid", "coaching", "EPD"}[r.IntN(3)]}
		case 4:
			rec.Weight = float64(1 + r.IntN(3))
		}
		recs = append(recs, rec)
		if r.IntN(10) == 0 { // the same tie again, from the other end
			again := rec
			again.Reporter = rec.Receiver
			again.Where = fmt.Sprint("line ", len(recs)+2)
			recs = append(recs, again)
		}
	}
	return recs
}

// dump writes a network's ties and contacts in a canonical text form.
func dump(t *testing.T, db *DB, net int64) string {
	t.Helper()
	n, err := db.Load(context.Background(), net)
	if err != nil {
		t.Fatal(err)
	}
	names := map[int64]string{}
	for _, p := range n.People {
		names[p.ID] = p.Name
	}
	waves := map[int64]string{}
	for _, w := range n.Waves {
		waves[w.ID] = w.Name
	}
	var lines []string
	reporters := func(ids []int64) string {
		var out []string
		for _, id := range ids {
			out = append(out, names[id])
		}
		slices.Sort(out)
		return strings.Join(out, "+")
	}
	for _, tie := range n.Ties {
		topics := slices.Clone(tie.Topics)
		slices.Sort(topics)
		lines = append(lines, fmt.Sprintf("help %s %s>%s w%g [%s] {%s}", waves[tie.Wave], names[tie.Giver], names[tie.Receiver],
			tie.Weight, strings.Join(topics, ","), reporters(tie.Reporters)))
	}
	for _, c := range n.Contacts {
		lines = append(lines, fmt.Sprintf("contact %s %s-%s {%s}", waves[c.Wave], names[c.A], names[c.B], reporters(c.Reporters)))
	}
	slices.Sort(lines)
	return fmt.Sprintf("%d people\n", len(n.People)) + strings.Join(lines, "\n")
}

// A bulk import (loaded maps, batched inserts, rebuilt indexes) stores
// exactly what record-by-record imports store, with the same statuses.
func TestBulkImportMatchesSmallImports(t *testing.T) {
	ctx := context.Background()
	recs := mixedRecords(3000, rebuildIndexesFrom+5000, 1)
	opts := AddOptions{AddNew: true, NewWaves: true}
	first := mixedRecords(3000, 2000, 2) // already stored before the big import

	small, smallNet := newNetwork(t)
	bulk, bulkNet := newNetwork(t)
	for _, db := range []struct {
		db  *DB
		net int64
	}{{small, smallNet}, {bulk, bulkNet}} {
		for i := 0; i < len(first); i += 100 {
			if _, err := db.db.Import(ctx, db.net, Input{Ties: first[i:min(i+100, len(first))]}, opts); err != nil {
				t.Fatal(err)
			}
		}
	}
	var smallStatus [4]int
	for i := 0; i < len(recs); i += bulkRecords - 1 {
		res, err := small.Import(ctx, smallNet, Input{Ties: recs[i:min(i+bulkRecords-1, len(recs))]}, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []TieStatus{TieNew, TieKnown, TieConfirmed, TieReported} {
			smallStatus[s] += res.Ties.Count(s)
		}
	}
	res, err := bulk.Import(ctx, bulkNet, Input{Ties: recs}, opts)
	if err != nil {
		t.Fatal(err)
	}
	var bulkStatus [4]int
	for _, s := range []TieStatus{TieNew, TieKnown, TieConfirmed, TieReported} {
		bulkStatus[s] = res.Ties.Count(s)
	}
	if smallStatus != bulkStatus {
		t.Errorf("statuses: small imports %v, bulk %v", smallStatus, bulkStatus)
	}
	if a, b := dump(t, small, smallNet), dump(t, bulk, bulkNet); a != b {
		t.Errorf("bulk import stored something else (%d vs %d bytes)", len(b), len(a))
	}
	TestTieIndexesMatchTheSchema(t)
	checkIndexes(t, bulk)
}

// A bulk import with one bad record stores nothing and keeps the indexes.
func TestFailedBulkImportChangesNothing(t *testing.T) {
	ctx := context.Background()
	db, net := newNetwork(t)
	opts := AddOptions{AddNew: true, NewWaves: true}
	if _, err := db.Import(ctx, net, Input{Ties: mixedRecords(500, 600, 3)}, opts); err != nil {
		t.Fatal(err)
	}
	before := dump(t, db, net)
	recs := mixedRecords(3000, rebuildIndexesFrom+100, 4)
	recs[len(recs)-1].Receiver = recs[len(recs)-1].Giver // a self-tie
	_, err := db.Import(ctx, net, Input{Source: "big.csv", Ties: recs}, opts)
	var ie *graph.InputError
	if !errors.As(err, &ie) || len(ie.Problems) != 1 {
		t.Fatalf("err = %v", err)
	}
	if after := dump(t, db, net); after != before {
		t.Error("a failed bulk import changed the network")
	}
	checkIndexes(t, db)
}

func checkIndexes(t *testing.T, db *DB) {
	t.Helper()
	for name := range tieIndexes {
		var n int
		db.sql.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?`, name).Scan(&n)
		if n != 1 {
			t.Errorf("index %s is missing", name)
		}
	}
	var ok string
	db.sql.QueryRow(`PRAGMA integrity_check`).Scan(&ok)
	if ok != "ok" {
		t.Errorf("integrity_check: %s", ok)
	}
}
