package view

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// A map of more people than anyone can read is refused before any layout
// runs, with what works instead (issue 11: 200,000 people ran for minutes).
func TestCheckMapSize(t *testing.T) {
	n := &graph.Network{Name: "Big"}
	for i := range MaxMapPeople + 1 {
		n.People = append(n.People, graph.Person{ID: int64(i + 1), Name: fmt.Sprintf("P%d", i)})
	}
	err := CheckMapSize(n)
	if graph.ErrorCode(err) != graph.EINVALID {
		t.Fatalf("%d people: %v, want an EINVALID error", len(n.People), err)
	}
	if !strings.Contains(err.Error(), "--ego") {
		t.Errorf("the refusal does not say what works instead: %v", err)
	}
	n.People = n.People[:MaxMapPeople]
	if err := CheckMapSize(n); err != nil {
		t.Errorf("%d people: %v", len(n.People), err)
	}
}
