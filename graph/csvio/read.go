// Package csvio reads and writes kring's tables: CSV files and the sheets of
// a workbook. It reads tie files (header giver,receiver plus optional
// wave,topic,date,weight,reporter), people files (header name plus optional
// org,function,offers,needs,aliases), contact and wave lists, adjacency
// matrices, and the edge and node lists of other tools (Gephi, Kumu,
// Polinode: source/target, from/to, van/naar), in Dutch and English column
// names, UTF-8 or Windows-1252, with day-first or month-first dates.
package csvio

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// Kind says what a table holds.
type Kind int

const (
	Ties     Kind = iota + 1 // help ties, one per row
	People                   // people, one per row
	Contacts                 // contacts, one per row (columns a,b)
	Waves                    // waves in order, one per row
	Matrix                   // an adjacency matrix: a row and a column per person
)

// TieColumns and PeopleColumns are the columns kring writes in each kind of
// file; the first ones are required.
var (
	TieColumns    = []string{"giver", "receiver", "wave", "topic", "date", "weight", "reporter"}
	PeopleColumns = []string{"name", "org", "function", "offers", "needs"}
)

// column is what a header cell means.
type column struct {
	name string // kring's column
	tool bool   // a name other tools use: the file is theirs, and columns kring does not use are left out, not refused
}

// columnNames maps header cells (by names.Key) to kring's columns, per kind
// of table.
var columnNames = map[Kind]map[string]column{
	Ties: {
		"giver": {"giver", false}, "gever": {"giver", false}, "source": {"giver", true}, "from": {"giver", true}, "van": {"giver", true}, "bron": {"giver", true},
		"receiver": {"receiver", false}, "ontvanger": {"receiver", false}, "target": {"receiver", true}, "to": {"receiver", true}, "naar": {"receiver", true}, "doel": {"receiver", true},
		"wave": {"wave", false}, "bijeenkomst": {"wave", false},
		"topic": {"topic", false}, "topics": {"topic", false}, "onderwerp": {"topic", false}, "onderwerpen": {"topic", false},
		"date": {"date", false}, "datum": {"date", false},
		"weight": {"weight", false}, "gewicht": {"weight", false},
		"reporter": {"reporter", false}, "melder": {"reporter", false},
		"reporters": {"reporters", false}, "melders": {"reporters", false},
		"kind": {"kind", false}, "soort": {"kind", false},
		"type": {"type", true}, "direction": {"direction", true}, "richting": {"direction", true},
		"confirmed": {"confirmed", false}, "bevestigd": {"confirmed", false},
	},
	Contacts: {
		"a": {"a", false}, "b": {"b", false},
		"wave": {"wave", false}, "bijeenkomst": {"wave", false},
		"date": {"date", false}, "datum": {"date", false},
		"reporter": {"reporter", false}, "melder": {"reporter", false},
		"reporters": {"reporters", false}, "melders": {"reporters", false},
		"confirmed": {"confirmed", false}, "bevestigd": {"confirmed", false},
	},
	People: {
		"name": {"name", false}, "naam": {"name", false}, "label": {"name", true}, "full name": {"name", true}, "volledige naam": {"name", true},
		"org": {"org", false}, "organisation": {"org", false}, "organization": {"org", false}, "organisatie": {"org", false},
		"function": {"function", false}, "functie": {"function", false},
		"offers": {"offers", false}, "offer": {"offers", false}, "biedt": {"offers", false},
		"needs": {"needs", false}, "need": {"needs", false}, "zoekt": {"needs", false},
		"aliases": {"aliases", false}, "alias": {"aliases", false}, "other names": {"aliases", false}, "andere namen": {"aliases", false},
		"id": {"", true},
	},
	Waves: {
		"wave": {"wave", false}, "bijeenkomst": {"wave", false},
		"date": {"date", false}, "datum": {"date", false},
		"seq": {"", false}, "volgorde": {"", false},
	},
}

// required are the columns each kind needs, the first telling it apart.
var required = map[Kind][]string{
	Ties:     {"giver", "receiver"},
	Contacts: {"a", "b"},
	People:   {"name"},
	Waves:    {"wave"},
}

// kindOrder is the order in which a header is tried.
var kindOrder = []Kind{Ties, Contacts, People, Waves}

// File is a table as kring reads it.
type File struct {
	Kind      Kind
	Delimiter rune     // of a CSV file
	Encoding  Encoding // of a CSV file
	Ties      []graph.TieRecord
	People    []graph.PersonRecord
	Waves     []graph.Wave
	Problems  []graph.Problem // bad records; the good ones are in Ties, People or Waves

	// Ignored are the columns of another tool's file that kring does not use.
	Ignored []string
}

// Options tune how a table is read.
type Options struct {
	DateOrder DateOrder
}

// Read parses a CSV file: a tie, people, contact or wave list, or an
// adjacency matrix, told apart by the header. See ParseCSV for the text and
// Interpret for the columns. A file it cannot read at all gives an error;
// bad records are listed in File.Problems with their line.
func Read(r io.Reader, source string) (*File, error) {
	return ReadWith(r, source, Options{})
}

// ReadWith is Read with options.
func ReadWith(r io.Reader, source string, opts Options) (*File, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", source, err)
	}
	t, err := ParseCSV(data, source)
	if err != nil {
		return nil, err
	}
	return Interpret(t, opts)
}

// where names a table in messages: the file, and the sheet of a workbook.
func (t *Table) where() string {
	if t.Sheet != "" {
		return fmt.Sprintf("%s, sheet %q", t.Source, t.Sheet)
	}
	return t.Source
}

// Known reports whether Interpret reads the table as kring's or another
// tool's file: its header is one kring knows, or it is a matrix.
func Known(t *Table) bool {
	_, ok := KindOf(t.Header)
	return ok || isMatrix(t)
}

// KindOf tells what a header is a header of, as Interpret would: false when
// it is none that kring knows (a survey's, say).
func KindOf(header []string) (Kind, bool) {
	k, _, _, err := columns(header, "")
	return k, err == nil
}

// Interpret reads a table as kring's or another tool's file, told apart by
// the header: ties (giver,receiver or source,target, from,to, van,naar),
// contacts (a,b), people (name), waves (wave), or an adjacency matrix (an
// empty first header cell, names across and down, numbers in the cells).
// Column names are matched case- and accent-insensitively, in English and
// Dutch. In kring's own files an unknown column is an error (a typo would
// otherwise go unseen); in other tools' files it is left out and listed in
// File.Ignored.
func Interpret(t *Table, opts Options) (*File, error) {
	f := &File{Delimiter: t.Delimiter, Encoding: t.Encoding, Problems: slices.Clone(t.Problems)}
	if isMatrix(t) {
		f.Kind = Matrix
		readMatrix(t, f)
		return f, nil
	}
	kind, cols, ignored, err := columns(t.Header, t.where())
	if err != nil {
		return nil, err
	}
	f.Kind, f.Ignored = kind, ignored
	var dateErrs []error
	g := getter{cols: cols}
	if i, ok := cols["date"]; ok {
		values := make([]string, len(t.Rows))
		for k, row := range t.Rows {
			values[k] = cell(row, i)
		}
		g.dates, dateErrs = Dates(values, opts.DateOrder)
	}
	if kind == Ties || kind == Contacts {
		f.Ties = make([]graph.TieRecord, 0, len(t.Rows))
	}
	for k, row := range t.Rows {
		g.k, g.row = k, row
		if dateErrs != nil && dateErrs[k] != nil {
			f.Problems = append(f.Problems, graph.Problem{Where: row.Where, Err: dateErrs[k]})
			continue
		}
		var err error
		switch kind {
		case Ties, Contacts:
			f.Ties, err = tieRecords(f.Ties, &g, kind, row.Where)
		case People:
			var p graph.PersonRecord
			p, err = personRecord(&g, row.Where)
			if err == nil {
				f.People = append(f.People, p)
			}
		case Waves:
			if w := g.get("wave"); w != "" {
				f.Waves = append(f.Waves, graph.Wave{Name: w, Date: g.get("date")})
			}
		}
		if err != nil {
			f.Problems = append(f.Problems, graph.Problem{Where: row.Where, Err: err})
		}
	}
	graph.SortProblems(f.Problems)
	return f, nil
}

// getter reads the cells of a row by kring's column names.
type getter struct {
	cols  map[string]int
	dates []string // the date column, read as YYYY-MM-DD
	k     int      // the row's index
	row   Row
}

func (g *getter) get(name string) string {
	if name == "date" && g.dates != nil {
		return g.dates[g.k]
	}
	if i, ok := g.cols[name]; ok {
		return cell(g.row, i)
	}
	return ""
}

func (g *getter) has(name string) bool { _, ok := g.cols[name]; return ok }

// cell is a cell as kring reads it: trimmed, with the apostrophe that
// EscapeCell put before a formula character taken off.
func cell(row Row, i int) string { return unescapeCell(strings.TrimSpace(row.Cell(i))) }

// columns finds the kind of table a header is of and maps kring's column
// names to their positions, or says what is wrong with the header.
func columns(header []string, source string) (Kind, map[string]int, []string, error) {
	keys := make([]string, len(header))
	for i, h := range header {
		keys[i] = names.Key(strings.Trim(h, "\ufeff\"' "))
	}
	var kind Kind
	partTies, ownTies := false, false // one of giver and receiver, under kring's name
	for _, k := range kindOrder {
		known := columnNames[k]
		found := 0
		for _, r := range required[k] {
			for _, key := range keys {
				if c, ok := known[key]; ok && c.name == r {
					found++
					ownTies = ownTies || (k == Ties && !c.tool)
					break
				}
			}
		}
		if found == len(required[k]) {
			kind = k
			break
		}
		partTies = partTies || (found > 0 && k == Ties)
		if partTies && ownTies {
			break
		}
	}
	if kind == 0 && partTies || kind != Ties && ownTies {
		return 0, nil, nil, graph.Errorf(graph.EINVALID, "%s: a ties file needs both columns giver and receiver (or source and target, from and to, van and naar)", source)
	}
	if kind == 0 {
		return 0, nil, nil, graph.Errorf(graph.EINVALID,
			"%s: the header line %q is not one kring knows; a ties file starts with giver,receiver (optional: wave,topic,date,weight,reporter) and a people file with name (optional: org,function,offers,needs,aliases). A survey (one row per respondent) imports with --survey",
			source, strings.Join(header, ","))
	}
	known := columnNames[kind]
	tool := false
	for _, key := range keys {
		if c, ok := known[key]; ok && c.tool {
			tool = true
		}
	}
	cols := map[string]int{}
	var ignored, unknown []string
	for i, key := range keys {
		c, ok := known[key]
		switch {
		case ok && c.name == "":
			ignored = append(ignored, header[i])
		case ok:
			if _, dup := cols[c.name]; dup {
				return 0, nil, nil, graph.Errorf(graph.EINVALID, "%s: the header names column %q twice", source, c.name)
			}
			cols[c.name] = i
		case tool || key == "":
			ignored = append(ignored, header[i])
		default:
			unknown = append(unknown, header[i])
		}
	}
	if len(unknown) > 0 {
		var allowed []string
		seen := map[string]bool{}
		for _, key := range slices.Sorted(maps.Keys(known)) {
			if c := known[key]; c.name != "" && !c.tool && !seen[c.name] && key == c.name {
				seen[c.name] = true
				allowed = append(allowed, c.name)
			}
		}
		return 0, nil, nil, graph.Errorf(graph.EINVALID, "%s: unknown column %q; a %s file may have the columns %s",
			source, unknown[0], kindName(kind), strings.Join(orderColumns(allowed, kind), ","))
	}
	return kind, cols, ignored, nil
}

// orderColumns puts the columns a kind allows in the order kring writes them.
func orderColumns(cols []string, kind Kind) []string {
	order := map[Kind][]string{
		Ties:     append(slices.Clone(TieColumns), "reporters", "kind", "confirmed", "type", "direction"),
		People:   append(slices.Clone(PeopleColumns), "aliases"),
		Contacts: {"a", "b", "wave", "date", "reporter", "reporters", "confirmed"},
		Waves:    {"wave", "date"},
	}[kind]
	slices.SortStableFunc(cols, func(a, b string) int { return slices.Index(order, a) - slices.Index(order, b) })
	return cols
}

func kindName(k Kind) string {
	switch k {
	case Ties:
		return "ties"
	case People:
		return "people"
	case Contacts:
		return "contacts"
	case Waves:
		return "waves"
	}
	return "matrix"
}

// tieRecords appends the records of a row of a ties or contacts file to out:
// one per reporter (one without when nobody is named), two for a tie that
// goes both ways.
func tieRecords(out []graph.TieRecord, g *getter, kind Kind, where string) ([]graph.TieRecord, error) {
	a, b := g.get("giver"), g.get("receiver")
	if kind == Contacts {
		a, b = g.get("a"), g.get("b")
	}
	t := graph.TieRecord{
		Contact:  kind == Contacts,
		Giver:    a,
		Receiver: b,
		Wave:     g.get("wave"),
		Date:     g.get("date"),
		Topics:   SplitList(g.get("topic")),
		Where:    where,
	}
	switch {
	case kind == Contacts && t.Giver == "":
		return out, graph.Errorf(graph.EINVALID, "the first person (a) is empty")
	case kind == Contacts && t.Receiver == "":
		return out, graph.Errorf(graph.EINVALID, "the second person (b) is empty")
	case t.Giver == "":
		return out, graph.Errorf(graph.EINVALID, "the giver is empty")
	case t.Receiver == "":
		return out, graph.Errorf(graph.EINVALID, "the receiver is empty")
	}
	if w := g.get("weight"); w != "" {
		v, err := strconv.ParseFloat(strings.Replace(w, ",", ".", 1), 64)
		if err != nil || v <= 0 {
			return out, graph.Errorf(graph.EINVALID, "weight %q is not a positive number", w)
		}
		t.Weight = v
	}
	both := false
	if kind == Ties {
		if k := g.get("kind"); k != "" {
			switch names.Key(k) {
			case "help", "hulp":
			case "contact":
				t.Contact = true
			default:
				return out, graph.Errorf(graph.EINVALID, "kind %q is neither help nor contact", k)
			}
		}
		for _, col := range []string{"type", "direction"} {
			if !g.has(col) {
				continue
			}
			switch names.Key(g.get(col)) {
			case "undirected", "ongericht":
				t.Contact = true
			case "mutual", "wederzijds", "both", "beide":
				both = true
			}
			// Other values (directed, or a type of connection as Kumu
			// keeps it) are help ties from source to target.
		}
	}
	if t.Contact {
		t.Topics = nil
	}
	var reporters []string
	if g.has("reporters") {
		reporters = SplitList(g.get("reporters"))
	}
	if r := g.get("reporter"); r != "" {
		reporters = append([]string{r}, reporters...)
	}
	recs := []graph.TieRecord{t}
	if both {
		back := t
		back.Giver, back.Receiver = t.Receiver, t.Giver
		recs = append(recs, back)
	}
	if len(reporters) == 0 {
		return append(out, recs...), nil
	}
	for _, rec := range recs {
		for _, r := range reporters {
			c := rec
			c.Reporter = r
			c.Topics = slices.Clone(rec.Topics)
			out = append(out, c)
		}
	}
	return out, nil
}

func personRecord(g *getter, where string) (graph.PersonRecord, error) {
	p := graph.PersonRecord{
		Name:     g.get("name"),
		Org:      g.get("org"),
		Function: g.get("function"),
		Offers:   SplitList(g.get("offers")),
		Needs:    SplitList(g.get("needs")),
		Aliases:  SplitList(g.get("aliases")),
		Where:    where,
	}
	if p.Name == "" {
		return p, graph.Errorf(graph.EINVALID, "the name is empty")
	}
	return p, nil
}
