package store

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/names"
)

// FuzzImportCSV: whatever a CSV file holds, importing it stores all of it or
// nothing, and what it stores is clean: every name passes names.Check. The
// seeds run in every go test.
func FuzzImportCSV(f *testing.F) {
	for _, s := range []string{
		"giver,receiver,wave,topic,date,weight,reporter\nAnn,Bob,W1,a; b,2026-02-05,2,Bob\nBob,Ann,W1,,,,Ann\n",
		"giver,receiver\nAnn,Bob\nBob,Bob\n",
		"giver,receiver,wave,date\nAnn,Bob,W1,2026-13-45\n",
		"giver,receiver,weight\nAnn,Bob,-1\n",
		"giver;receiver\nJürgen Van der Hagen;jurgen van der hagen\n",
		"name,org,function,offers,needs\nAnn,Gemeente,HR,\"a, b\",c\nann,,,,\n",
		"giver,receiver\n\"Ann\nPeeters\",Bob\n",
		"giver,receiver\nA\u202eB,C\n",
	} {
		f.Add([]byte(s))
	}
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"), Options{Create: true})
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	count := 0
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := csvio.Read(bytes.NewReader(data), "fuzz.csv")
		if err != nil {
			return
		}
		count++
		net, err := db.CreateNetwork(ctx, fmt.Sprintf("N%d", count), "")
		if err != nil {
			t.Fatal(err)
		}
		in := Input{Source: "fuzz.csv", People: file.People, Ties: file.Ties, Problems: file.Problems}
		_, ierr := db.Import(ctx, net.ID, in, AddOptions{AddNew: true, NewWaves: true, Today: "2026-11-21"})
		n, err := db.Load(ctx, net.ID)
		if err != nil {
			t.Fatal(err)
		}
		if ierr != nil {
			if len(n.People)+len(n.Waves)+len(n.Ties)+len(n.Contacts) > 0 {
				t.Errorf("a failed import kept %d people, %d waves, %d ties: %v", len(n.People), len(n.Waves), len(n.Ties), ierr)
			}
			return
		}
		if len(n.Ties) > len(file.Ties) {
			t.Errorf("%d ties from %d records", len(n.Ties), len(file.Ties))
		}
		for _, p := range n.People {
			if c, err := names.Check("person", p.Name); err != nil || c != p.Name {
				t.Errorf("stored name %q: %v", p.Name, err)
			}
		}
	})
}
