package cli

import (
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

// FormatFlag is the --format flag of listing commands: table, json or csv.
type FormatFlag string

func (f *FormatFlag) String() string { return string(*f) }
func (f *FormatFlag) Type() string   { return "format" }
func (f *FormatFlag) Set(s string) error {
	switch s {
	case "table", "json", "csv":
		*f = FormatFlag(s)
		return nil
	}
	return graph.Errorf(graph.EINVALID, "must be table, json or csv")
}

// AddFormatFlag adds --format table|json|csv to cmd.
func (g *Env) AddFormatFlag(cmd *cobra.Command, f *FormatFlag) {
	*f = "table"
	cmd.Flags().VarP(f, "format", "f", g.L.T("output format: table, json or csv"))
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json", "csv"}, cobra.ShellCompDirectiveNoFileComp))
}

// choice checks that a flag's value is one of allowed.
func Choice(flag, value string, allowed ...string) error {
	if slices.Contains(allowed, value) {
		return nil
	}
	return Usagef("--%s %q: use %s", flag, value, strings.Join(allowed, ", "))
}

// writeJSON writes v as indented JSON.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// csvTable writes CSV with spreadsheet-safe text cells.
func CSVTable(w io.Writer, header []string) *csvio.Writer {
	cw := csvio.NewWriter(w)
	cells := make([]csvio.Cell, len(header))
	for i, h := range header {
		cells[i] = csvio.Text(h)
	}
	cw.Write(cells...)
	return cw
}

// cell writes a value for CSV: text, a number, true or false, or empty for nil.
func Cell(v any) csvio.Cell {
	switch x := v.(type) {
	case string:
		return csvio.Text(x)
	case int:
		return csvio.Int(x)
	case float64:
		return csvio.Float(x)
	case bool:
		return csvio.Number(strconv.FormatBool(x))
	case *int:
		if x != nil {
			return csvio.Int(*x)
		}
	case *float64:
		if x != nil {
			return csvio.Float(*x)
		}
	case *string:
		if x != nil {
			return csvio.Text(*x)
		}
	}
	return csvio.Number("")
}

// nonNil is s, or an empty slice for JSON's [] instead of null.
func NonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// splitNames splits a list of names given to a flag on ";" too (cobra splits
// on ","), trimming each and dropping empty ones: "Ann; Bob" is two people.
func SplitNames(list []string) []string {
	var out []string
	for _, item := range list {
		for _, n := range strings.Split(item, ";") {
			if n = strings.TrimSpace(n); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}
