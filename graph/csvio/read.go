// Package csvio reads and writes kring's CSV files: tie files (header
// giver,receiver plus optional wave,topic,date,weight,reporter) and people
// files (header name plus optional org,function,offers,needs).
package csvio

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kring-nl/kring/graph"
)

// Kind says what a CSV file holds.
type Kind int

const (
	Ties   Kind = iota + 1 // help ties, one per record
	People                 // people, one per record
)

// TieColumns and PeopleColumns are the columns each kind of file may have;
// the first ones are required.
var (
	TieColumns    = []string{"giver", "receiver", "wave", "topic", "date", "weight", "reporter"}
	PeopleColumns = []string{"name", "org", "function", "offers", "needs"}
)

// aliases maps other spellings of column names to ours.
var aliases = map[string]string{
	"organisation": "org", "organization": "org", "topics": "topic",
	"offer": "offers", "need": "needs",
}

// File is a parsed CSV file.
type File struct {
	Kind      Kind
	Delimiter rune
	Ties      []graph.TieRecord
	People    []graph.PersonRecord
	Problems  []graph.Problem // bad records, by line; the good ones are in Ties or People
}

// Read parses a tie or people file. It tells the kind from the header and
// the delimiter (comma, semicolon or tab) from the header line; a UTF-8 byte
// order mark is skipped. A file it cannot read as CSV at all gives an error;
// bad records are listed in File.Problems with their line.
func Read(r io.Reader, source string) (*File, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		br.Discard(3)
	}
	head, err := br.Peek(br.Size())
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, fmt.Errorf("read %s: %w", source, err)
	}
	if len(bytes.TrimSpace(head)) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "%s is empty; a ties file starts with the header line giver,receiver and a people file with name", source)
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, graph.Errorf(graph.EINVALID, "%s is not a CSV text file (it holds binary data); export it from your spreadsheet as CSV UTF-8", source)
	}
	f := &File{Delimiter: delimiter(head)}
	cr := csv.NewReader(br)
	cr.Comma = f.Delimiter
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	header, err := cr.Read()
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s: the header line cannot be read as CSV (%v)", source, csvCause(err))
	}
	cols, err := columns(header, source)
	if err != nil {
		return nil, err
	}
	if _, ok := cols["giver"]; ok {
		f.Kind = Ties
	} else {
		f.Kind = People
	}

	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line := 0
		if err == nil && len(rec) > 0 {
			line, _ = cr.FieldPos(0)
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			f.Problems = append(f.Problems, graph.Problem{Where: lineName(line), Err: graph.Errorf(graph.EINVALID, "%s", csvCause(err))})
			if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrQuote) {
				// An unclosed quote swallows the rest of the file: nothing after it can be trusted.
				break
			}
			continue
		}
		if blank(rec) {
			continue
		}
		if len(rec) != len(header) {
			f.Problems = append(f.Problems, graph.Problem{Where: lineName(line), Err: graph.Errorf(graph.EINVALID,
				"has %d fields, but the header has %d; check for a missing or extra %s", len(rec), len(header), delimName(f.Delimiter))})
			continue
		}
		if err := checkUTF8(rec); err != nil {
			f.Problems = append(f.Problems, graph.Problem{Where: lineName(line), Err: err})
			continue
		}
		if f.Kind == Ties {
			t, err := tieRecord(rec, cols, line)
			if err != nil {
				f.Problems = append(f.Problems, graph.Problem{Where: lineName(line), Err: err})
				continue
			}
			f.Ties = append(f.Ties, t)
		} else {
			p, err := personRecord(rec, cols, line)
			if err != nil {
				f.Problems = append(f.Problems, graph.Problem{Where: lineName(line), Err: err})
				continue
			}
			f.People = append(f.People, p)
		}
	}
	return f, nil
}

// delimiter picks the separator the header line uses most, outside quotes.
func delimiter(head []byte) rune {
	line := head
	if i := bytes.IndexAny(head, "\r\n"); i >= 0 {
		line = head[:i]
	}
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(line) {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[c]++
		}
	}
	best := ','
	for _, c := range []rune{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return best
}

func delimName(r rune) string {
	switch r {
	case ';':
		return "semicolon"
	case '\t':
		return "tab"
	}
	return "comma"
}

// columns maps the header's column names to their positions, or says what is
// wrong with the header.
func columns(header []string, source string) (map[string]int, error) {
	cols := map[string]int{}
	var unknown []string
	for i, h := range header {
		if !utf8.ValidString(h) {
			return nil, graph.Errorf(graph.EINVALID, "%s: the header is not valid UTF-8; re-save the file as CSV UTF-8", source)
		}
		k := strings.ToLower(strings.TrimSpace(h))
		if a, ok := aliases[k]; ok {
			k = a
		}
		if _, dup := cols[k]; dup {
			return nil, graph.Errorf(graph.EINVALID, "%s: the header names column %q twice", source, k)
		}
		cols[k] = i
	}
	kind := ""
	switch {
	case has(cols, "giver") || has(cols, "receiver"):
		kind = "ties"
		if !has(cols, "giver") || !has(cols, "receiver") {
			return nil, graph.Errorf(graph.EINVALID, "%s: a ties file needs both columns giver and receiver", source)
		}
	case has(cols, "name"):
		kind = "people"
	default:
		return nil, graph.Errorf(graph.EINVALID,
			"%s: the header line %q is not one kring knows; a ties file starts with giver,receiver (optional: wave,topic,date,weight,reporter) and a people file with name (optional: org,function,offers,needs)",
			source, strings.Join(header, string(',')))
	}
	allowed := TieColumns
	if kind == "people" {
		allowed = PeopleColumns
	}
	for k := range cols {
		if !contains(allowed, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		return nil, graph.Errorf(graph.EINVALID, "%s: unknown column %q; a %s file may have the columns %s",
			source, header[cols[unknown[0]]], kind, strings.Join(allowed, ","))
	}
	return cols, nil
}

func has(cols map[string]int, k string) bool { _, ok := cols[k]; return ok }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

func checkUTF8(rec []string) error {
	for _, f := range rec {
		if !utf8.ValidString(f) {
			return graph.Errorf(graph.EINVALID, "is not valid UTF-8 text; re-save the file as CSV UTF-8")
		}
	}
	return nil
}

// csvCause words a csv parse error for people.
func csvCause(err error) string {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(pe.Err, csv.ErrQuote):
			return fmt.Sprintf("a quote opened on line %d is never closed; close it or remove it", pe.StartLine)
		case errors.Is(pe.Err, csv.ErrBareQuote):
			return "has a quote inside a field that is not quoted; double it (\"\") or quote the whole field"
		}
		return pe.Err.Error()
	}
	return err.Error()
}

func field(rec []string, cols map[string]int, name string) string {
	if i, ok := cols[name]; ok {
		return unescapeCell(strings.TrimSpace(rec[i]))
	}
	return ""
}

func tieRecord(rec []string, cols map[string]int, line int) (graph.TieRecord, error) {
	t := graph.TieRecord{
		Giver:    field(rec, cols, "giver"),
		Receiver: field(rec, cols, "receiver"),
		Wave:     field(rec, cols, "wave"),
		Date:     field(rec, cols, "date"),
		Topics:   SplitList(field(rec, cols, "topic")),
		Reporter: field(rec, cols, "reporter"),
		Where:    lineName(line),
	}
	switch {
	case t.Giver == "":
		return t, graph.Errorf(graph.EINVALID, "the giver is empty")
	case t.Receiver == "":
		return t, graph.Errorf(graph.EINVALID, "the receiver is empty")
	}
	if w := field(rec, cols, "weight"); w != "" {
		v, err := strconv.ParseFloat(strings.Replace(w, ",", ".", 1), 64)
		if err != nil || v <= 0 {
			return t, graph.Errorf(graph.EINVALID, "weight %q is not a positive number", w)
		}
		t.Weight = v
	}
	return t, nil
}

func personRecord(rec []string, cols map[string]int, line int) (graph.PersonRecord, error) {
	p := graph.PersonRecord{
		Name:     field(rec, cols, "name"),
		Org:      field(rec, cols, "org"),
		Function: field(rec, cols, "function"),
		Offers:   SplitList(field(rec, cols, "offers")),
		Needs:    SplitList(field(rec, cols, "needs")),
		Where:    lineName(line),
	}
	if p.Name == "" {
		return p, graph.Errorf(graph.EINVALID, "the name is empty")
	}
	return p, nil
}

func lineName(line int) string { return "line " + strconv.Itoa(line) }
