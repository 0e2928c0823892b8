package csvio

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
)

// Writer writes CSV whose text cells are safe to open in a spreadsheet.
type Writer struct {
	w       *csv.Writer
	out     io.Writer
	excel   bool
	started bool
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: csv.NewWriter(w), out: w} }

// WriteOptions say how a file is written.
type WriteOptions struct {
	// Excel writes CSV as Excel in Dutch, Flemish and other continental
	// locales opens it with a double click: a byte order mark (so that it
	// reads UTF-8), ";" between cells and a decimal comma. kring reads it
	// back as it is.
	Excel bool
}

// NewWriterWith returns a Writer on w that writes as opts say.
func NewWriterWith(w io.Writer, opts WriteOptions) *Writer {
	cw := &Writer{w: csv.NewWriter(w), out: w, excel: opts.Excel}
	if opts.Excel {
		cw.w.Comma = ';'
		cw.w.UseCRLF = true
	}
	return cw
}

// header writes a header row, after the byte order mark Excel needs.
func (w *Writer) header(cols []string) error {
	if err := w.start(); err != nil {
		return err
	}
	return w.w.Write(cols)
}

func (w *Writer) start() error {
	if w.started {
		return nil
	}
	w.started = true
	if w.excel {
		_, err := io.WriteString(w.out, "\ufeff")
		return err
	}
	return nil
}

// Write writes one record. Text cells that a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) get a leading
// apostrophe; Read removes it again, so files round-trip. Use Number for
// numeric cells, which are written as they are.
func (w *Writer) Write(cells ...Cell) error {
	if err := w.start(); err != nil {
		return err
	}
	rec := make([]string, len(cells))
	for i, c := range cells {
		if c.number {
			rec[i] = c.s
			if c.decimal && w.excel {
				rec[i] = strings.Replace(c.s, ".", ",", 1)
			}
		} else {
			rec[i] = EscapeCell(c.s)
		}
	}
	return w.w.Write(rec)
}

// Flush writes buffered data and returns any error.
func (w *Writer) Flush() error {
	w.w.Flush()
	return w.w.Error()
}

// Cell is one CSV cell: text or a number.
type Cell struct {
	s       string
	number  bool
	decimal bool // a number that may have a decimal point
}

// Text is a text cell.
func Text(s string) Cell { return Cell{s: s} }

// Number is a numeric cell, written without escaping.
func Number(s string) Cell { return Cell{s: s, number: true} }

// Int is a numeric cell for an integer.
func Int(i int) Cell { return Number(strconv.Itoa(i)) }

// Float is a numeric cell for a float, in the shortest exact form.
func Float(f float64) Cell {
	return Cell{s: strconv.FormatFloat(f, 'g', -1, 64), number: true, decimal: true}
}

// EscapeCell neutralises a text cell that a spreadsheet would run as a formula.
func EscapeCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// unescapeCell undoes EscapeCell.
func unescapeCell(s string) string {
	if len(s) >= 2 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
		return s[1:]
	}
	return s
}

// WriteTies writes the help ties of n in the columns of a ties file, one row
// per tie and reporter (a tie nobody reported gets one row with an empty
// reporter), ordered by wave, giver and receiver. Importing the file gives the
// same ties back.
func WriteTies(out io.Writer, n *graph.Network, opts WriteOptions) error {
	w := NewWriterWith(out, opts)
	if err := w.header(TieColumns); err != nil {
		return err
	}
	people := map[int64]string{}
	for _, p := range n.People {
		people[p.ID] = p.Name
	}
	for _, t := range graph.SortedTies(n) {
		wave, _ := n.Wave(t.Wave)
		reporters := []string{""}
		if len(t.Reporters) > 0 {
			reporters = reporters[:0]
			for _, r := range t.Reporters {
				reporters = append(reporters, people[r])
			}
		}
		for _, r := range reporters {
			err := w.Write(Text(people[t.Giver]), Text(people[t.Receiver]), Text(wave.Name),
				Text(JoinList(t.Topics)), Text(wave.Date), Float(t.Weight), Text(r))
			if err != nil {
				return err
			}
		}
	}
	return w.Flush()
}

// WritePeople writes n's people in the columns of a people file, with the
// other names of each (aliases, by person ID; nil leaves the column empty).
func WritePeople(out io.Writer, n *graph.Network, aliases map[int64][]string, opts WriteOptions) error {
	w := NewWriterWith(out, opts)
	if err := w.header(append(slices.Clone(PeopleColumns), "aliases")); err != nil {
		return err
	}
	for _, p := range n.People {
		if err := w.Write(Text(p.Name), Text(p.Org), Text(p.Function),
			Text(JoinList(p.Offers)), Text(JoinList(p.Needs)), Text(JoinList(aliases[p.ID]))); err != nil {
			return err
		}
	}
	return w.Flush()
}
