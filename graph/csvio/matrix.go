package csvio

import (
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// number reads a cell of a matrix: empty is 0, a decimal comma is a point.
func number(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	v, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	return v, err == nil
}

// isMatrix reports whether a table is an adjacency matrix: names across the
// header and down the first column (as many rows as columns), numbers in the
// other cells, and the first header cell empty or the same names across and
// down.
func isMatrix(t *Table) bool {
	// A row per column: told before anything is read, so that a long ties
	// file costs nothing here.
	if len(t.Header) < 2 || len(t.Rows) != len(t.Header)-1 {
		return false
	}
	across := map[string]bool{}
	for _, h := range t.Header[1:] {
		k := names.Key(h)
		if k == "" {
			return false
		}
		across[k] = true
	}
	down := map[string]bool{}
	for _, row := range t.Rows {
		k := names.Key(row.Cell(0))
		if k == "" {
			return false
		}
		down[k] = true
		for i := 1; i < len(t.Header); i++ {
			if _, ok := number(row.Cell(i)); !ok {
				return false
			}
		}
	}
	if strings.TrimSpace(strings.Trim(t.Header[0], "\ufeff\"")) == "" {
		return true
	}
	if len(across) != len(down) {
		return false
	}
	for k := range down {
		if !across[k] {
			return false
		}
	}
	return true
}

// readMatrix reads an adjacency matrix: a number above 0 in row A, column B
// is the help tie A → B (its weight when not 1). Everyone across and down is
// a person, also without ties.
func readMatrix(t *Table, f *File) {
	seen := map[string]string{}
	person := func(name, where string) {
		name = strings.TrimSpace(name)
		k := names.Key(name)
		if _, ok := seen[k]; ok {
			return
		}
		seen[k] = where
		f.People = append(f.People, graph.PersonRecord{Name: name, Where: where})
	}
	across := map[string]int{}
	for i, h := range t.Header[1:] {
		k := names.Key(h)
		if j, dup := across[k]; dup {
			f.Problems = append(f.Problems, graph.Problem{Where: "line 1", Err: graph.Errorf(graph.EINVALID,
				"%q heads column %d and column %d; every person has one column", strings.TrimSpace(h), j+2, i+2)})
			continue
		}
		across[k] = i
		person(h, "line 1")
	}
	down := map[string]string{}
	for _, row := range t.Rows {
		giver := strings.TrimSpace(row.Cell(0))
		k := names.Key(giver)
		if where, dup := down[k]; dup {
			f.Problems = append(f.Problems, graph.Problem{Where: row.Where, Err: graph.Errorf(graph.EINVALID,
				"%q has a row already (%s); every person has one row", giver, where)})
			continue
		}
		down[k] = row.Where
		person(giver, row.Where)
		for i := 1; i < len(t.Header); i++ {
			v, _ := number(row.Cell(i))
			receiver := strings.TrimSpace(t.Header[i])
			switch {
			case v == 0 || names.Key(receiver) == k:
				continue // no tie; the diagonal says nothing
			case v < 0:
				f.Problems = append(f.Problems, graph.Problem{Where: row.Where, Err: graph.Errorf(graph.EINVALID,
					"the cell under %q is %s; a tie's weight is a positive number, 0 or empty for none", receiver, row.Cell(i))})
				continue
			}
			rec := graph.TieRecord{Giver: giver, Receiver: receiver, Where: row.Where}
			if v != 1 {
				rec.Weight = v
			}
			f.Ties = append(f.Ties, rec)
		}
	}
}
