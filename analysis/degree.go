package analysis

import "github.com/kring-nl/kring/graph"

// Role sums up a person's give and take.
type Role string

const (
	Isolated  Role = "isolated"   // no help ties
	OnlyGives Role = "only_gives" // gives > 0, receives = 0
	OnlyAsks  Role = "only_asks"  // receives > 0, gives = 0
	Exchanges Role = "exchanges"  // gives > 0 and receives > 0

	// Absent: did not take part (did not answer, was not there) and nobody
	// named them; not an exchange role, and never "isolated".
	Absent Role = "absent"
)

// Roles lists the roles in the order kring shows them.
var Roles = []Role{Exchanges, OnlyGives, OnlyAsks, Isolated, Absent}

// RoleOf returns the role of a person who helped gives people and was helped
// by receives people.
func RoleOf(gives, receives int) Role {
	switch {
	case gives > 0 && receives > 0:
		return Exchanges
	case gives > 0:
		return OnlyGives
	case receives > 0:
		return OnlyAsks
	}
	return Isolated
}

// Degree is a person's give and take on the help graph.
type Degree struct {
	Gives      int      // out-degree: distinct people this person helped
	Receives   int      // in-degree: distinct people who helped this person
	Balance    int      // Gives − Receives
	GiveShare  *float64 // Gives / (Gives + Receives); nil when both are 0
	Reciprocal int      // people with whom help flows both ways
	Role       Role
}

// Degrees returns the Degree of every node of g, in node order.
func Degrees(g *graph.Graph) []Degree {
	out := make([]Degree, g.Len())
	for i := range out {
		d := &out[i]
		d.Gives = len(g.Out(i))
		d.Receives = len(g.In(i))
		d.Balance = d.Gives - d.Receives
		if t := d.Gives + d.Receives; t > 0 {
			s := float64(d.Gives) / float64(t)
			d.GiveShare = &s
		}
		d.Reciprocal = countCommon(g.Out(i), g.In(i))
		d.Role = RoleOf(d.Gives, d.Receives)
	}
	return out
}

// countCommon counts the values two sorted slices share.
func countCommon(a, b []int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
