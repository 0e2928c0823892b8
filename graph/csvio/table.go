package csvio

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
)

// Table is a sheet of text cells under a header: a CSV file, or a sheet of
// a workbook. Formats that come as tables (ties, people, surveys, matrices)
// are read from it.
type Table struct {
	Source    string // the file, for messages
	Sheet     string // the sheet of a workbook; "" for a CSV file
	Header    []string
	Rows      []Row
	Delimiter rune     // of a CSV file
	Encoding  Encoding // of a CSV file

	// Problems are rows that could not be read as rows (a quote never
	// closed, too many or too few cells).
	Problems []graph.Problem
}

// Row is one row of a table: its cells, as many as the header has, and
// where it is ("line 12", "Ties row 12").
type Row struct {
	Where string
	Cells []string
}

// Cell returns the cell of column i, or "" when the row is shorter.
func (r Row) Cell(i int) string {
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return r.Cells[i]
}

// ParseCSV reads CSV text into a table. It finds the delimiter (comma,
// semicolon or tab) from the header line and the encoding from the bytes
// (see Decode). A file it cannot read as CSV at all gives an error; rows
// that are not whole are listed in Table.Problems with their line.
func ParseCSV(data []byte, source string) (*Table, error) {
	text, enc := Decode(data)
	if len(strings.TrimSpace(text)) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "%s is empty; a ties file starts with the header line giver,receiver and a people file with name", source)
	}
	if strings.IndexByte(text, 0) >= 0 {
		return nil, graph.Errorf(graph.EINVALID, "%s is not a CSV text file (it holds binary data); export it from your spreadsheet as CSV UTF-8", source)
	}
	t := &Table{Source: source, Delimiter: delimiter([]byte(text)), Encoding: enc}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = t.Delimiter
	cr.FieldsPerRecord = -1

	header, err := cr.Read()
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s: the header line cannot be read as CSV (%v)", source, csvCause(err))
	}
	t.Header = header
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
			t.Problems = append(t.Problems, graph.Problem{Where: lineName(line), Err: graph.Errorf(graph.EINVALID, "%s", csvCause(err))})
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
			t.Problems = append(t.Problems, graph.Problem{Where: lineName(line), Err: graph.Errorf(graph.EINVALID,
				"has %d fields, but the header has %d; check for a missing or extra %s", len(rec), len(header), delimName(t.Delimiter))})
			continue
		}
		t.Rows = append(t.Rows, Row{Where: lineName(line), Cells: rec})
	}
	return t, nil
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

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
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

func lineName(line int) string { return "line " + strconv.Itoa(line) }
