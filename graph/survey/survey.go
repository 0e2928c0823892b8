// Package survey reads the answers of a form, as Google Forms and
// Microsoft Forms export them (or a spreadsheet laid out like them): one
// row per respondent, a column with the respondent's name and columns with
// the names of the people they asked for help or information, gave it to,
// or have contact with, and what they can offer and need. Columns are found
// by their header, the question as the form asked it, in English or Dutch,
// or named by the caller.
package survey

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/names"
)

// Role is what a column of a survey holds.
type Role int

const (
	None       Role = iota
	Respondent      // the name of the one who answers
	Asked           // the people they asked for help or information
	Gave            // the people they gave help or information to
	Contact         // the people they work with or know
	Offers          // topics they can help others with
	Needs           // topics they want help with
	Time            // when they answered (Timestamp, Start time)
	skip            // a column of the form itself (ID, Email)
)

// Roles are the roles a caller can give a column, in the order of the flags.
var Roles = []Role{Respondent, Asked, Gave, Contact, Offers, Needs}

func (r Role) String() string {
	return [...]string{"none", "respondent", "asked", "gave", "contact", "offers", "needs", "time", "form"}[r]
}

// words of headers, after names.Key, that tell a column's role. A header
// matches a phrase when the phrase's words are among its words, in order.
var phrases = []struct {
	role    Role
	phrases []string
}{
	{skip, []string{"id", "email", "email address", "emailadres", "e mail", "e mailadres", "last modified time", "tijd van laatste wijziging", "tijdstip van laatste wijziging", "score", "punten"}},
	{Time, []string{"timestamp", "tijdstempel", "start time", "begintijd", "starttijd", "completion time", "tijd van voltooien", "voltooiingstijd", "time", "tijd", "datum", "date"}},
	{Asked, []string{"ask", "asked", "gevraagd", "gezocht", "vroeg", "vraagde", "om hulp gevraagd", "go to for", "turn to", "advice from", "advies gevraagd"}},
	{Offers, []string{"offer", "offers", "bieden", "biedt", "bied", "share", "delen", "can you help", "could you help", "help others", "kan je helpen", "kun je helpen",
		"kan je anderen", "kun je anderen", "anderen helpen", "expertise", "goed in", "good at"}},
	{Needs, []string{"need", "needs", "nodig", "zoek", "zoekt", "zoek je", "looking for", "want to learn", "wil leren", "wil je leren", "hulp bij", "help with",
		"like help", "want help", "wil je hulp", "wil hulp"}},
	{Contact, []string{"contact", "work with", "work together", "werk je samen", "samenwerken", "samengewerkt", "know", "ken je", "kent", "collega"}},
	{Gave, []string{"gave", "give", "given", "gegeven", "gaf", "helped", "help", "geholpen", "hielp", "hulp", "advice to", "advies gegeven"}},
	{Respondent, []string{"your name", "je naam", "jouw naam", "uw naam", "wie ben je", "who are you", "respondent", "full name", "volledige naam", "voor en achternaam", "first and last name", "name", "naam"}},
}

// RoleOf tells a column's role from its header, as a form writes it
// ("Whom did you ask for help?", "Aan wie heb je hulp of informatie
// gegeven?"); None when it tells nothing.
func RoleOf(header string) Role {
	words := strings.FieldsFunc(names.Key(header), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f)
	})
	key := " " + strings.Join(words, " ") + " "
	exact := strings.TrimSpace(key)
	for _, p := range phrases {
		for _, ph := range p.phrases {
			if p.role == skip || p.role == Time || ph == "name" || ph == "naam" {
				if exact == ph {
					return p.role
				}
				continue
			}
			if strings.Contains(key, " "+ph+" ") {
				return p.role
			}
		}
	}
	return None
}

// Options say how to read a survey.
type Options struct {
	// Columns names the column of a role by its header (case- and
	// accent-insensitive, or the start of it), by spreadsheet letter (C)
	// or by number from 1; roles not given are found by their header.
	Columns map[Role]string

	// DateOrder reads the time of the answers (see csvio.Dates).
	DateOrder csvio.DateOrder
}

// Result is what a survey holds.
type Result struct {
	// Respondents are the people who answered, one per row, with what
	// they offer and need.
	Respondents []graph.PersonRecord
	// Ties are what each one recorded, as "kring record" records it: the
	// respondent is the reporter; "asked A" is the help tie A → respondent.
	Ties     []graph.TieRecord
	Problems []graph.Problem

	Columns      map[Role]string // the header of the column of each role found
	Ignored      []string        // columns used for nothing
	SelfMentions int             // respondents who named themselves: left out
	FirstDate    string          // the day of the first answer (YYYY-MM-DD), when the form kept the time
}

// nobody are answers that name nobody.
var nobody = map[string]bool{"-": true, "nobody": true, "no one": true, "none": true, "niemand": true, "geen": true, "geen enkele": true,
	"nvt": true, "n v t": true, "n.v.t.": true, "n/a": true}

// anonymous are what Microsoft Forms writes as the name of a respondent who
// did not sign in.
var anonymous = map[string]bool{"anonymous": true, "anoniem": true, "": true}

// Columns finds the column of each role: the ones opts names, then the
// others by their header. A respondent column is required, and at least
// one of asked, gave and contact.
func Columns(t *csvio.Table, opts Options) (map[Role]int, []string, error) {
	cols := map[Role]int{}
	used := map[int]bool{}
	for _, r := range Roles {
		spec, ok := opts.Columns[r]
		if !ok || spec == "" {
			continue
		}
		i, err := column(t.Header, spec)
		if err != nil {
			return nil, nil, graph.Errorf(graph.EINVALID, "%s: %v (for --%s)", t.Source, err, r)
		}
		cols[r] = i
		used[i] = true
	}
	for i, h := range t.Header {
		if used[i] {
			continue
		}
		r := RoleOf(h)
		switch {
		case r == None:
			continue
		case r == Respondent && hasRespondent(cols):
			// A question "your name" beats Microsoft Forms' own Name column
			// (the account, or "anonymous").
			old := cols[Respondent]
			if _, given := opts.Columns[Respondent]; !given && isPlainName(t.Header[old]) && !isPlainName(h) {
				cols[Respondent] = i
			}
			continue
		}
		if _, ok := cols[r]; !ok {
			cols[r] = i
		}
	}
	// Microsoft Forms' Name column of a form anyone could answer holds
	// "anonymous": useless as a respondent.
	if i, ok := cols[Respondent]; ok && isPlainName(t.Header[i]) {
		all := true
		for _, row := range t.Rows {
			all = all && anonymous[names.Key(row.Cell(i))]
		}
		if all && len(t.Rows) > 0 {
			return nil, nil, graph.Errorf(graph.EINVALID,
				"%s: the column %q holds no names (the form was answered anonymously); add a question such as \"Your name\" to the form, or name the column with --respondent", t.Source, t.Header[i])
		}
	}
	var ignored []string
	for i, h := range t.Header {
		isUsed := false
		for _, c := range cols {
			isUsed = isUsed || c == i
		}
		if !isUsed && RoleOf(h) != skip {
			ignored = append(ignored, h)
		}
	}
	return cols, ignored, nil
}

func hasRespondent(cols map[Role]int) bool { _, ok := cols[Respondent]; return ok }

func isPlainName(h string) bool { k := names.Key(h); return k == "name" || k == "naam" }

// column finds a column by header (equal, else the only one that starts
// with spec), spreadsheet letter or number.
func column(header []string, spec string) (int, error) {
	k := names.Key(spec)
	for i, h := range header {
		if names.Key(h) == k {
			return i, nil
		}
	}
	var starts []int
	for i, h := range header {
		if strings.HasPrefix(names.Key(h), k) {
			starts = append(starts, i)
		}
	}
	if len(starts) == 1 {
		return starts[0], nil
	}
	if n, err := strconv.Atoi(spec); err == nil && n >= 1 && n <= len(header) {
		return n - 1, nil
	}
	if len(spec) <= 2 && strings.Trim(strings.ToUpper(spec), "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
		n := 0
		for _, c := range strings.ToUpper(spec) {
			n = n*26 + int(c-'A'+1)
		}
		if n <= len(header) {
			return n - 1, nil
		}
	}
	quoted := make([]string, len(header))
	for i, h := range header {
		quoted[i] = strconv.Quote(h)
	}
	if len(starts) > 1 {
		return 0, fmt.Errorf("%d columns start with %q; give more of the header", len(starts), spec)
	}
	return 0, fmt.Errorf("no column %q; the columns are %s", spec, strings.Join(quoted, ", "))
}

// Detect reports whether a table is a survey: not a ties, contacts or waves
// file, with a respondent column and a column of people asked, given to or
// worked with. (A form's answers have a Name column too, as a people file
// has; what tells them apart is the questions. A people file's "contact"
// column of e-mail addresses is not a question: a contact column counts when
// its header is one.)
func Detect(t *csvio.Table) bool {
	if k, ok := csvio.KindOf(t.Header); ok && k != csvio.People {
		return false
	}
	cols, _, err := Columns(t, Options{})
	if err != nil || !hasRespondent(cols) {
		return false
	}
	for _, r := range []Role{Asked, Gave, Contact} {
		if i, ok := cols[r]; ok && (r != Contact || len(strings.Fields(t.Header[i])) >= 3) {
			return true
		}
	}
	return false
}

// Read reads a survey: each row is one respondent's answers, recorded as
// "kring record" records them. Names in a cell are separated by commas,
// semicolons or line breaks (Google Forms joins ticked boxes with ", ",
// Microsoft Forms with ";"); answers such as "nobody" or "-" name nobody;
// a respondent who names themselves is left out of their own answer.
func Read(t *csvio.Table, opts Options) (*Result, error) {
	cols, ignored, err := Columns(t, opts)
	if err != nil {
		return nil, err
	}
	if !hasRespondent(cols) {
		return nil, graph.Errorf(graph.EINVALID, "%s: no column holds the respondents' names (a question such as \"Your name\" or \"Naam\"); name it with --respondent", t.Source)
	}
	_, a := cols[Asked]
	_, g := cols[Gave]
	_, c := cols[Contact]
	if !a && !g && !c {
		return nil, graph.Errorf(graph.EINVALID, "%s: no column holds whom the respondents asked, gave to or have contact with (questions such as \"Whom did you ask for help?\"); name them with --asked, --gave or --contact", t.Source)
	}
	res := &Result{Columns: map[Role]string{}, Ignored: ignored, Problems: slices.Clone(t.Problems)}
	for r, i := range cols {
		res.Columns[r] = t.Header[i]
	}
	if i, ok := cols[Time]; ok {
		values := make([]string, len(t.Rows))
		for k, row := range t.Rows {
			values[k] = row.Cell(i)
		}
		dates, _ := csvio.Dates(values, opts.DateOrder) // a time that cannot be read is no reason to refuse the answers
		for _, d := range dates {
			if d != "" && (res.FirstDate == "" || d < res.FirstDate) {
				res.FirstDate = d
			}
		}
	}
	cell := func(row csvio.Row, r Role) string {
		if i, ok := cols[r]; ok {
			return row.Cell(i)
		}
		return ""
	}
	people := func(s string) []string {
		var out []string
		for _, n := range csvio.SplitLines(s) {
			if !nobody[names.Key(n)] {
				out = append(out, n)
			}
		}
		return out
	}
	for _, row := range t.Rows {
		me := names.Clean(cell(row, Respondent))
		if me == "" {
			res.Problems = append(res.Problems, graph.Problem{Where: row.Where, Err: graph.Errorf(graph.EINVALID, "the respondent's name (%s) is empty", res.Columns[Respondent])})
			continue
		}
		res.Respondents = append(res.Respondents, graph.PersonRecord{Name: me, Offers: csvio.SplitLines(cell(row, Offers)),
			Needs: csvio.SplitLines(cell(row, Needs)), Where: row.Where})
		for _, r := range []Role{Asked, Gave, Contact} {
			for _, other := range people(cell(row, r)) {
				if names.Key(other) == names.Key(me) {
					res.SelfMentions++
					continue
				}
				rec := graph.TieRecord{Giver: me, Receiver: other, Reporter: me, Where: row.Where}
				switch r {
				case Asked:
					rec.Giver, rec.Receiver = other, me
				case Contact:
					rec.Contact = true
				}
				res.Ties = append(res.Ties, rec)
			}
		}
	}
	graph.SortProblems(res.Problems)
	return res, nil
}
