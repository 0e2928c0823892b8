package xlsxio

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/xuri/excelize/v2"
)

// Cells as Excel keeps them: dates as day numbers with a date style, numbers
// as numbers, whatever the sheet shows.
func TestReadCells(t *testing.T) {
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"giver", "receiver", "date", "weight", "when"})
	f.SetSheetRow("Sheet1", "A3", &[]any{"Ann", "Bob", time.Date(2026, 2, 5, 0, 0, 0, 0, time.UTC), 2.5, time.Date(2026, 2, 5, 10, 23, 45, 0, time.UTC)})
	day, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	custom, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr(`[$-413]d-m-yyyy h:mm:ss`)})
	comma, _ := f.NewStyle(&excelize.Style{NumFmt: 4}) // #,##0.00
	f.SetCellStyle("Sheet1", "C3", "C3", day)
	f.SetCellStyle("Sheet1", "E3", "E3", custom)
	f.SetCellStyle("Sheet1", "D3", "D3", comma)
	f.SetSheetRow("Sheet1", "A4", &[]any{"Bob", "Carla", nil, nil, nil, "stray"})
	f.NewSheet("Leeg")
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	tables, err := Read(bytes.NewReader(b.Bytes()), int64(b.Len()), "x.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 1 {
		t.Fatalf("%d tables; the empty sheet is left out", len(tables))
	}
	tb := tables[0]
	if len(tb.Rows) != 1 || !slices.Equal(tb.Rows[0].Cells, []string{"Ann", "Bob", "2026-02-05", "2.5", "2026-02-05 10:23:45"}) || tb.Rows[0].Where != "Sheet1 row 3" {
		t.Errorf("rows %+v", tb.Rows)
	}
	if len(tb.Problems) != 1 || tb.Problems[0].Where != "Sheet1 row 4" {
		t.Errorf("problems %v", tb.Problems)
	}
	if _, err := Read(bytes.NewReader([]byte("PK\x03\x04 not really")), 16, "broken.xlsx"); graph.ErrorCode(err) != graph.EINVALID {
		t.Errorf("broken workbook: %v", err)
	}
}

func ptr[T any](v T) *T { return &v }
