package analysis

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// Field is one per-person metric by the name it has in JSON and CSV.
type Field struct {
	Name  string
	Value func(Person) any // string, int, float64, bool, *int or *float64
}

// Fields are the per-person metrics, in the order of Person's JSON fields.
var Fields = []Field{
	{"name", func(p Person) any { return p.Name }},
	{"org", func(p Person) any { return p.Org }},
	{"gives", func(p Person) any { return p.Gives }},
	{"receives", func(p Person) any { return p.Receives }},
	{"balance", func(p Person) any { return p.Balance }},
	{"give_share", func(p Person) any { return p.GiveShare }},
	{"reciprocal", func(p Person) any { return p.Reciprocal }},
	{"role", func(p Person) any { return string(p.Role) }},
	{"confirmed_share", func(p Person) any { return p.ConfirmedShare }},
	{"betweenness", func(p Person) any { return p.Betweenness }},
	{"betweenness_norm", func(p Person) any { return p.BetweennessNorm }},
	{"reach", func(p Person) any { return p.Reach }},
	{"access", func(p Person) any { return p.Access }},
	{"sought", func(p Person) any { return p.Sought }},
	{"broker", func(p Person) any { return p.Broker }},
	{"community", func(p Person) any { return p.Community }},
	{"constraint", func(p Person) any { return p.Constraint }},
	{"coordinator", func(p Person) any { return p.Coordinator }},
	{"gatekeeper", func(p Person) any { return p.Gatekeeper }},
	{"representative", func(p Person) any { return p.Representative }},
	{"consultant", func(p Person) any { return p.Consultant }},
	{"liaison", func(p Person) any { return p.Liaison }},
}

// FieldNames are the names of Fields.
func FieldNames() []string {
	out := make([]string, len(Fields))
	for i, f := range Fields {
		out[i] = f.Name
	}
	return out
}

// FieldByName finds a field, or returns nil.
func FieldByName(name string) *Field {
	for i := range Fields {
		if Fields[i].Name == name {
			return &Fields[i]
		}
	}
	return nil
}

// sortKey turns a metric value into a number to sort on; missing values sort last.
func sortKey(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case float64:
		return x
	case bool:
		if x {
			return 1
		}
		return 0
	case *int:
		if x != nil {
			return float64(*x)
		}
	case *float64:
		if x != nil {
			return *x
		}
	}
	return math.Inf(-1)
}

// SortPeople orders people by a field: text from A to Z, numbers from high
// to low, keeping the order of equals; reverse turns the order round.
func SortPeople(people []Person, field *Field, reverse bool) {
	slices.SortStableFunc(people, func(a, b Person) int {
		var c int
		va, vb := field.Value(a), field.Value(b)
		if sa, ok := va.(string); ok {
			c = strings.Compare(strings.ToLower(sa), strings.ToLower(vb.(string)))
		} else {
			c = cmp.Compare(sortKey(vb), sortKey(va))
		}
		if reverse {
			c = -c
		}
		return c
	})
}
