package view

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Table writes aligned columns separated by two spaces, for the terminal.
// A header starting with ">" is right-aligned (for numbers); the ">" is not
// printed.
type Table struct {
	w     io.Writer
	right []bool
	rows  [][]string
}

// NewTable starts a table with the given header (none when empty).
func NewTable(w io.Writer, header ...string) *Table {
	t := &Table{w: w}
	if len(header) > 0 {
		h := make([]string, len(header))
		for i, c := range header {
			t.right = append(t.right, strings.HasPrefix(c, ">"))
			h[i] = strings.TrimPrefix(c, ">")
		}
		t.rows = append(t.rows, h)
	}
	return t
}

// Row adds a row.
func (t *Table) Row(cells ...string) {
	for i, c := range cells {
		cells[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(c)
	}
	t.rows = append(t.rows, cells)
}

// Flush writes the table.
func (t *Table) Flush() error {
	var widths []int
	for _, r := range t.rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		var line strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if i > 0 {
				line.WriteString("  ")
			}
			if i < len(t.right) && t.right[i] {
				line.WriteString(pad + c)
			} else {
				line.WriteString(c + pad)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
	t.rows = nil
	_, err := io.WriteString(t.w, b.String())
	return err
}

// Header upper-cases a column title for a terminal table: "GIVES".
func Header(s string) string { return strings.ToUpper(s) }
