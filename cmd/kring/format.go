package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

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

// table writes aligned columns.
type table struct {
	tw *tabwriter.Writer
}

func newTable(w io.Writer, header ...string) *table {
	t := &table{tw: tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)}
	if len(header) > 0 {
		t.row(header...)
	}
	return t
}

func (t *table) row(cells ...string) {
	for i, c := range cells {
		cells[i] = strings.ReplaceAll(c, "\t", " ")
	}
	fmt.Fprintln(t.tw, strings.Join(cells, "\t"))
}

func (t *table) flush() error { return t.tw.Flush() }

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
