// Package xlsxio reads the sheets of an Excel workbook (.xlsx) as tables
// and writes a network as a workbook, with github.com/xuri/excelize/v2.
package xlsxio

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/xuri/excelize/v2"
)

// Read reads every sheet of a workbook as a table: the first row that is
// not empty is the header, the rows under it the records ("Sheet1 row 5").
// Dates are read as YYYY-MM-DD (with the time, when the cell has one),
// numbers as they are stored, not as the sheet shows them. Empty sheets are
// left out.
func Read(r io.ReaderAt, size int64, source string) ([]*csvio.Table, error) {
	f, err := excelize.OpenReader(io.NewSectionReader(r, 0, size))
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s is not an Excel workbook that kring can read (%v); save it again as .xlsx, or as CSV", source, err)
	}
	defer f.Close()
	var tables []*csvio.Table
	for _, sheet := range f.GetSheetList() {
		t, err := readSheet(f, sheet, source)
		if err != nil {
			return nil, err
		}
		if t != nil {
			tables = append(tables, t)
		}
	}
	return tables, nil
}

func readSheet(f *excelize.File, sheet, source string) (*csvio.Table, error) {
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, graph.Errorf(graph.EINVALID, "%s: sheet %q cannot be read (%v)", source, sheet, err)
	}
	dates := map[int]string{} // style → "date", "datetime" or ""
	kind := func(row, col int) string {
		cell, _ := excelize.CoordinatesToCellName(col+1, row+1)
		style, err := f.GetCellStyle(sheet, cell)
		if err != nil || style == 0 {
			return ""
		}
		if k, ok := dates[style]; ok {
			return k
		}
		k := ""
		if st, err := f.GetStyle(style); err == nil {
			k = dateKind(st)
		}
		dates[style] = k
		return k
	}
	t := &csvio.Table{Source: source, Sheet: sheet}
	for i, row := range rows {
		if blank(row) {
			continue
		}
		cells := make([]string, len(row))
		for j, v := range row {
			cells[j] = v
			if v == "" {
				continue
			}
			if _, err := strconv.ParseFloat(v, 64); err != nil {
				continue
			}
			if k := kind(i, j); k != "" {
				cells[j] = excelDate(v, k)
			}
		}
		if t.Header == nil {
			t.Header = cells
			continue
		}
		where := fmt.Sprintf("%s row %d", sheet, i+1)
		if len(cells) > len(t.Header) {
			if !blank(cells[len(t.Header):]) {
				t.Problems = append(t.Problems, graph.Problem{Where: where, Err: graph.Errorf(graph.EINVALID,
					"has cells beyond the last column of the header (%d columns); give the column a header or clear the cells", len(t.Header))})
				continue
			}
			cells = cells[:len(t.Header)]
		}
		for len(cells) < len(t.Header) {
			cells = append(cells, "")
		}
		t.Rows = append(t.Rows, csvio.Row{Where: where, Cells: cells})
	}
	if t.Header == nil {
		return nil, nil
	}
	return t, nil
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

var dateCode = regexp.MustCompile(`[dmyDMY]`)

// dateKind tells whether a cell style shows a date: "date", "datetime" or "".
func dateKind(st *excelize.Style) string {
	code := ""
	switch {
	case st.CustomNumFmt != nil:
		code = *st.CustomNumFmt
	case st.NumFmt >= 14 && st.NumFmt <= 17, st.NumFmt >= 27 && st.NumFmt <= 31, st.NumFmt >= 34 && st.NumFmt <= 36, st.NumFmt >= 50 && st.NumFmt <= 58:
		return "date"
	case st.NumFmt == 22:
		return "datetime"
	default:
		return ""
	}
	// Leave out what is quoted or escaped, and colours such as [Red].
	code = regexp.MustCompile(`"[^"]*"|\\.|\[[^\]]*\]`).ReplaceAllString(code, "")
	if !dateCode.MatchString(code) {
		return ""
	}
	if strings.ContainsAny(code, "hH") || strings.Contains(code, "ss") {
		return "datetime"
	}
	return "date"
}

// excelDate turns Excel's day number into YYYY-MM-DD, with the time for a
// date-time cell.
func excelDate(v, kind string) string {
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	d, err := excelize.ExcelDateToTime(x, false)
	if err != nil {
		return v
	}
	if kind == "datetime" {
		return d.Round(time.Second).Format("2006-01-02 15:04:05")
	}
	return d.Format(time.DateOnly)
}

// Write writes n as a workbook of four sheets: people (name, org, function,
// offers, needs, aliases), ties (the help ties: giver, receiver, wave, date,
// weight, topic, reporters, confirmed), contacts (a, b, wave, date,
// reporters, confirmed) and waves (wave, date, in order). Lists are written
// as csvio.JoinList writes them. "kring import" reads the workbook back;
// aliases are the other names of people by person ID (nil leaves them out).
func Write(w io.Writer, n *graph.Network, aliases map[int64][]string) error {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	name := map[int64]string{}
	for _, p := range n.People {
		name[p.ID] = p.Name
	}
	names := func(ids []int64) string {
		var out []string
		for _, id := range ids {
			out = append(out, name[id])
		}
		return csvio.JoinList(out)
	}
	type sheet struct {
		name   string
		header []string
		widths []float64
		rows   [][]any
	}
	people := sheet{name: "people", header: []string{"name", "org", "function", "offers", "needs", "aliases"}, widths: []float64{28, 24, 20, 30, 30, 28}}
	for _, p := range n.People {
		people.rows = append(people.rows, []any{p.Name, p.Org, p.Function, csvio.JoinList(p.Offers), csvio.JoinList(p.Needs), csvio.JoinList(aliases[p.ID])})
	}
	ties := sheet{name: "ties", header: []string{"giver", "receiver", "wave", "date", "weight", "topic", "reporters", "confirmed"}, widths: []float64{28, 28, 18, 12, 8, 30, 40, 10}}
	for _, t := range graph.SortedTies(n) {
		wv, _ := n.Wave(t.Wave)
		weight := t.Weight
		if weight == 0 {
			weight = 1
		}
		ties.rows = append(ties.rows, []any{name[t.Giver], name[t.Receiver], wv.Name, wv.Date, weight, csvio.JoinList(t.Topics), names(t.Reporters), t.Confirmed()})
	}
	contacts := sheet{name: "contacts", header: []string{"a", "b", "wave", "date", "reporters", "confirmed"}, widths: []float64{28, 28, 18, 12, 40, 10}}
	for _, c := range n.Contacts {
		wv, _ := n.Wave(c.Wave)
		contacts.rows = append(contacts.rows, []any{name[c.A], name[c.B], wv.Name, wv.Date, names(c.Reporters), c.Confirmed()})
	}
	waves := sheet{name: "waves", header: []string{"wave", "date"}, widths: []float64{24, 12}}
	for _, wv := range n.Waves {
		waves.rows = append(waves.rows, []any{wv.Name, wv.Date})
	}
	for i, s := range []sheet{people, ties, contacts, waves} {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			return err
		}
		sw, err := f.NewStreamWriter(s.name)
		if err != nil {
			return err
		}
		for c, width := range s.widths {
			if err := sw.SetColWidth(c+1, c+1, width); err != nil {
				return err
			}
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		head := make([]any, len(s.header))
		for c, h := range s.header {
			head[c] = excelize.Cell{Value: h, StyleID: bold}
		}
		if err := sw.SetRow("A1", head); err != nil {
			return err
		}
		for r, row := range s.rows {
			cells := make([]any, len(row))
			for c, v := range row {
				if str, ok := v.(string); ok {
					// Text stays text: a name such as "=Ann" or "1e3" is
					// not a formula or a number.
					cells[c] = excelize.Cell{Value: str}
					continue
				}
				cells[c] = v
			}
			axis, _ := excelize.CoordinatesToCellName(1, r+2)
			if err := sw.SetRow(axis, cells); err != nil {
				return err
			}
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}
