package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

// formatFlag is the --format flag of listing commands: table, json or csv.
type formatFlag string

func (f *formatFlag) String() string { return string(*f) }
func (f *formatFlag) Type() string   { return "format" }
func (f *formatFlag) Set(s string) error {
	switch s {
	case "table", "json", "csv":
		*f = formatFlag(s)
		return nil
	}
	return fmt.Errorf("must be table, json or csv")
}

// addFormatFlag adds --format table|json|csv to cmd.
func addFormatFlag(cmd *cobra.Command, f *formatFlag) {
	*f = "table"
	cmd.Flags().VarP(f, "format", "f", "output format: table, json or csv")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json", "csv"}, cobra.ShellCompDirectiveNoFileComp))
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// table writes aligned columns separated by two spaces. A header starting
// with ">" is right-aligned (for numbers); the ">" is not printed.
type table struct {
	w     io.Writer
	right []bool
	rows  [][]string
}

func newTable(w io.Writer, header ...string) *table {
	t := &table{w: w}
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

func (t *table) row(cells ...string) {
	for i, c := range cells {
		cells[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(c)
	}
	t.rows = append(t.rows, cells)
}

func (t *table) flush() error {
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

// csvTable writes CSV with spreadsheet-safe text cells.
func csvTable(w io.Writer, header []string) *csvio.Writer {
	cw := csvio.NewWriter(w)
	cells := make([]csvio.Cell, len(header))
	for i, h := range header {
		cells[i] = csvio.Text(h)
	}
	cw.Write(cells...)
	return cw
}

// fixed formats a float with three decimals, or "-" for nil.
func fixed(f *float64) string {
	if f == nil {
		return "-"
	}
	return strconv.FormatFloat(*f, 'f', 3, 64)
}

// signed formats an integer with its sign: +2, 0, -1.
func signed(i int) string {
	if i > 0 {
		return "+" + strconv.Itoa(i)
	}
	return strconv.Itoa(i)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
