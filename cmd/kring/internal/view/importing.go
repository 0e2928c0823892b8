package view

import (
	"io"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/exchange"
	"github.com/kring-nl/kring/graph/survey"
	"github.com/kring-nl/kring/store"
)

// WriteImported says what an import stored.
func WriteImported(w io.Writer, l *Lang, source, network string, res store.ImportResult) {
	l.Fprintln(w, "Imported %s into %s:", source, network)
	if len(res.Added)+len(res.Updated)+len(res.Unchanged) > 0 {
		l.Fprintln(w, "  people: %d added, %d updated, %d unchanged", len(res.Added), len(res.Updated), len(res.Unchanged))
		if len(res.Updated) > 0 {
			l.Fprintln(w, "  updated: %s", NameList(l, res.Updated, 10))
		}
	}
	if res.Aliases > 0 {
		l.Fprintln(w, "  other names of people kept: %d", res.Aliases)
	}
	for _, c := range res.AliasConflicts {
		l.Fprintln(w, "  %q is another name of %s in the file, but here it is %s: not kept; if they are one person, run: kring person merge %q %q",
			c.Alias, c.Person, c.Other, c.Other, c.Person)
	}
	for _, wv := range res.Ties.NewWaves {
		if wv.Date != "" {
			l.Fprintln(w, "  new wave %q (%s)", wv.Name, wv.Date)
		} else {
			l.Fprintln(w, "  new wave %q", wv.Name)
		}
	}
	if n := len(res.Ties.NewPeople); n > 0 {
		l.Fprintln(w, "  added %s from the ties: %s", l.Sprintf("%d new people", n), NameList(l, res.Ties.NewPeople, 10))
	}
	if res.Respondents > 0 {
		l.Fprintln(w, "  took part: %s", People(l, res.Respondents))
	}
	for _, contact := range []bool{false, true} {
		fresh, confirmed := res.Ties.CountKind(contact, store.TieNew), res.Ties.CountKind(contact, store.TieConfirmed)
		known := res.Ties.CountKind(contact, store.TieKnown) + res.Ties.CountKind(contact, store.TieReported)
		n := fresh + confirmed + known
		if n == 0 {
			continue
		}
		parts := []string{l.Sprintf("%d new", fresh)}
		if known > 0 {
			parts = append(parts, l.Sprintf("%d already there", known))
		}
		if confirmed > 0 {
			parts = append(parts, l.Sprintf("%d now confirmed by both ends", confirmed))
		}
		if contact {
			l.Fprintln(w, "  %s: %s", l.Sprintf("%d contact records", n), strings.Join(parts, ", "))
		} else {
			l.Fprintln(w, "  %s: %s", l.Sprintf("%d help tie records", n), strings.Join(parts, ", "))
		}
	}
	if res.Ties.Count(store.TieNew)+res.Ties.Count(store.TieKnown)+res.Ties.Count(store.TieReported)+res.Ties.Count(store.TieConfirmed) == 0 &&
		len(res.Added)+len(res.Updated)+len(res.Unchanged) == 0 {
		l.Fprintln(w, "  nothing: the file has a header but no records")
	}
}

// WriteReadInfo tells what kring found out while reading the file.
func WriteReadInfo(w io.Writer, l *Lang, name string, info app.ReadInfo, res store.ImportResult) {
	if info.ByContent {
		l.Fprintln(w, "  read as %s, recognised by its content", FormatName(l, info.Format))
	}
	switch info.Encoding {
	case csvio.Windows1252:
		l.Fprintln(w, "  %s is not UTF-8: it was read as Windows-1252, as Excel on Windows saves CSV; check that names such as Jürgen came out right", name)
	case csvio.UTF16:
		l.Fprintln(w, "  %s was read as UTF-16 (Unicode text)", name)
	}
	if len(info.Sheets) > 0 {
		l.Fprintln(w, "  sheets read: %s", strings.Join(info.Sheets, ", "))
	}
	if len(info.Skipped) > 0 {
		l.Fprintln(w, "  sheets left out (kring does not know their header; pick one with --sheet): %s", strings.Join(info.Skipped, ", "))
	}
	if s := info.Survey; s != nil {
		l.Fprintln(w, "  answers of %s", l.Sprintf("%d respondents", res.Respondents))
		for _, r := range survey.Roles {
			if h, ok := s.Columns[r]; ok {
				role := surveyRole(l, r) + ":"
				l.Fprintln(w, "    %s %q", role+strings.Repeat(" ", max(0, 10-len([]rune(role)))), h)
			}
		}
		if s.SelfMentions > 0 {
			l.Fprintln(w, "  %s named themselves in their own answers: left out", l.Sprintf("%d respondents", s.SelfMentions))
		}
	}
	if len(info.Ignored) > 0 {
		l.Fprintln(w, "  columns not used: %s", strings.Join(info.Ignored, ", "))
	}
}

// WriteSkipped lists the bad records an import left out.
func WriteSkipped(w io.Writer, l *Lang, skipped []graph.Problem) {
	if len(skipped) == 0 {
		return
	}
	l.Fprintln(w, "Skipped %s:", l.Sprintf("%d bad records", len(skipped)))
	for _, p := range skipped {
		io.WriteString(w, "  "+l.Where(p.Where)+": "+l.Error(p.Err)+"\n")
	}
}

func surveyRole(l *Lang, r survey.Role) string {
	switch r {
	case survey.Respondent:
		return l.T("respondent")
	case survey.Asked:
		return l.T("asked")
	case survey.Gave:
		return l.T("gave")
	case survey.Contact:
		return l.T("contact")
	case survey.Offers:
		return l.T("offers")
	case survey.Needs:
		return l.T("needs")
	}
	return r.String()
}

// FormatName is how people call a format.
func FormatName(l *Lang, f exchange.Format) string {
	switch f {
	case exchange.JSON:
		return l.T("kring JSON")
	case exchange.XLSX:
		return l.T("Excel workbook")
	case exchange.NetCanvas:
		return l.T("Network Canvas export")
	case exchange.Kumu:
		return "Kumu JSON"
	case exchange.DL:
		return "UCINET DL"
	}
	return map[exchange.Format]string{exchange.CSV: "CSV", exchange.GraphML: "GraphML", exchange.GEXF: "GEXF", exchange.Pajek: "Pajek"}[f]
}

// WriteLeftOut says what of n an export's format does not hold, when n has it.
func WriteLeftOut(w io.Writer, l *Lang, format string, people bool, n *graph.Network) {
	rich := len(n.Waves) > 1 || len(n.Contacts) > 0
	for _, t := range n.Ties {
		rich = rich || len(t.Topics) > 0 || len(t.Reporters) > 0
	}
	for _, p := range n.People {
		rich = rich || p.Org != "" || p.Function != "" || len(p.Offers)+len(p.Needs) > 0
	}
	switch {
	case format == "csv" && people:
		l.Fprintln(w, "The people file holds no ties: export them with kring export -o ties.csv.")
	case format == "csv" && len(n.Contacts) > 0:
		l.Fprintln(w, "CSV holds the help ties only: the contacts are not in it (JSON and Excel hold everything).")
	case format == "pajek" && rich:
		l.Fprintln(w, "Pajek holds names, help ties and contacts only: ties of several waves are one (with the largest weight); organisations, functions, topics, reporters and other names are not in it (JSON and Excel hold everything).")
	case format == "dl" && rich:
		l.Fprintln(w, "UCINET DL holds names and help ties only: ties of several waves are one (with the largest weight); contacts, organisations, functions, topics, reporters and other names are not in it (JSON and Excel hold everything).")
	}
}
