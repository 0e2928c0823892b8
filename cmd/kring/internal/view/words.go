package view

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render"
)

// Lang is the language of what a view says.
type Lang = i18n.Lang

// Role says a role in a few words, as tables show it: "only asks".
func Role(l *Lang, r analysis.Role) string {
	switch r {
	case analysis.Exchanges:
		return l.T("exchanges")
	case analysis.OnlyGives:
		return l.T("only gives")
	case analysis.OnlyAsks:
		return l.T("only asks")
	case analysis.Absent:
		return l.T("did not take part")
	}
	return l.T("isolated")
}

// ColorAbsent is the faded fill of people who did not take part: they are
// drawn where they would be, in the lightest grey, so the map keeps its
// shape from one wave to the next.
const ColorAbsent = "#F6F6F6"

// RoleColor is the colour of a role on maps and in the report.
func RoleColor(r analysis.Role) string {
	switch r {
	case analysis.Exchanges:
		return render.ColorExchanges
	case analysis.OnlyGives:
		return render.ColorOnlyGives
	case analysis.OnlyAsks:
		return render.ColorOnlyAsks
	case analysis.Absent:
		return ColorAbsent
	}
	return render.ColorIsolated
}

// ResponseRate says how many took part: "12 of 14 (86%)", or "-" when it
// is not known.
func ResponseRate(l *Lang, s analysis.Summary) string {
	if s.TookPart == nil || s.ResponseRate == nil {
		return "-"
	}
	return l.Sprintf("%d of %d (%d%%)", *s.TookPart, s.People, int(100**s.ResponseRate+0.5))
}

// Scope says which waves an analysis covers: "all waves", "Meeting 2" (a
// wave by its name alone: groups name them "Bijeenkomst 2"), "up to
// Meeting 2".
func Scope(l *Lang, sc graph.Scope) string {
	switch sc.Kind {
	case graph.ScopeWave:
		return sc.Wave.Name
	case graph.ScopeUpto:
		return l.Sprintf("up to %s", sc.Wave.Name)
	}
	return l.T("all waves")
}

// Covers says which waves of n a map or report shows, with their dates:
// "all waves · 5 February 2026 to 7 May 2026".
func Covers(l *Lang, n *graph.Network, sc graph.Scope) string {
	var dates []string
	for _, w := range n.Waves {
		if sc.Includes(w) && w.Date != "" {
			dates = append(dates, w.Date)
		}
	}
	if len(dates) == 0 {
		return Scope(l, sc)
	}
	return Scope(l, sc) + " · " + DateRange(l, dates[0], dates[len(dates)-1])
}

// DateRange says the dates from a to b (YYYY-MM-DD, either may be empty).
func DateRange(l *Lang, a, b string) string {
	switch {
	case a == "" && b == "":
		return l.T("dates not given")
	case a == b || b == "":
		return l.Date(a)
	case a == "":
		return l.Date(b)
	}
	return l.Sprintf("%s to %s", l.Date(a), l.Date(b))
}

// People says a number of people: "1 person", "3 people".
func People(l *Lang, n int) string { return l.Sprintf("%d people", n) }

// Sentence starts s with a capital and ends it with a full stop.
func Sentence(s string) string {
	if s == "" {
		return s
	}
	s = Capital(s)
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// Capital starts s with a capital letter.
func Capital(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// OrDash is s, or "-" when s is empty.
func OrDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// NameList joins up to most names and says how many more there are.
func NameList(l *Lang, names []string, most int) string {
	if len(names) <= most {
		return strings.Join(names, ", ")
	}
	return l.Sprintf("%s … and %d more", strings.Join(names[:most], ", "), len(names)-most)
}
