//go:build ignore

// make_xlsx writes the two workbooks of testdata/formats (run from the
// repository's root: go run testdata/formats/make_xlsx.go):
//
//   - ms-forms/Netwerk in kaart(1-5).xlsx, laid out as Microsoft Forms'
//     "Open in Excel" writes a form's answers: one sheet "Sheet1", the
//     columns ID, Start time, Completion time, Email, Name and Last modified
//     time (date-time cells), then one column per question; the choices of
//     a multiple-answer question joined with ";" and ending in ";"; Email
//     and Name "anonymous" for a form anyone can answer.
//   - xlsx/netwerk.xlsx, a workbook a facilitator keeps by hand: a sheet of
//     participants, a sheet of help with real date cells, and a sheet of
//     notes that is no data.
package main

import (
	"log"
	"time"

	"github.com/xuri/excelize/v2"
)

func main() {
	msForms()
	facilitator()
}

func msForms() {
	f := excelize.NewFile()
	defer f.Close()
	header := []any{"ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
		"Wat is je naam?", "Aan wie heb je hulp of informatie gevraagd?", "Aan wie heb je hulp of informatie gegeven?",
		"Met wie werk je samen of heb je contact?", "Welke kennis kan je delen?", "Welke kennis heb je nodig?"}
	f.SetSheetRow("Sheet1", "A1", &header)
	when, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("m/d/yy h:mm:ss")})
	start := time.Date(2026, 3, 12, 14, 5, 0, 0, time.UTC)
	answers := [][]string{
		{"Anaïs Dubois", "Jürgen Van der Hagen;Noël Peeters;", "Zoë Claes;", "Sofie Claes;", "roosterplanning", "data-analyse;AI-tools"},
		{"Jürgen Van der Hagen", "", "Anaïs Dubois;Zoë Claes;", "", "loonbeleid", ""},
		{"Zoë Claes", "Anaïs Dubois;Jürgen Van der Hagen;", "", "Noël Peeters;", "", "roosterplanning"},
		{"Noël Peeters", "Zoë Claes;", "Anaïs Dubois;", "", "coaching", ""},
		{"Sofie Claes", "niemand", "", "Anaïs Dubois;", "", ""},
	}
	for i, a := range answers {
		row := i + 2
		t0 := start.Add(time.Duration(i*7) * time.Minute)
		cells := []any{i + 1, t0, t0.Add(3 * time.Minute), "anonymous", "anonymous", t0.Add(3 * time.Minute)}
		for _, s := range a {
			cells = append(cells, s)
		}
		axis, _ := excelize.CoordinatesToCellName(1, row)
		if err := f.SetSheetRow("Sheet1", axis, &cells); err != nil {
			log.Fatal(err)
		}
		for _, col := range []int{2, 3, 6} {
			c, _ := excelize.CoordinatesToCellName(col, row)
			f.SetCellStyle("Sheet1", c, c, when)
		}
	}
	if err := f.SaveAs("testdata/formats/ms-forms/Netwerk in kaart(1-5).xlsx"); err != nil {
		log.Fatal(err)
	}
}

func facilitator() {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", "Deelnemers")
	for i, row := range [][]any{
		{"Naam", "Organisatie", "Functie"},
		{"Ann Peeters", "Gemeente Zeedorp", "HR-adviseur"},
		{"Bob Janssens", "Gemeente Zeedorp", "teamleider"},
		{"Carla De Smet", "Zorggroep Linde", "verpleegkundige"},
		{"Dirk Wouters", "Zorggroep Linde", ""},
		{"Eve Maes", "Hogeschool", "docent"},
		{"Fien Goossens", "Zorggroep Linde", ""},
	} {
		axis, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Deelnemers", axis, &row)
	}
	f.NewSheet("Hulp")
	day, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	b1 := time.Date(2026, 2, 5, 0, 0, 0, 0, time.UTC)
	b2 := time.Date(2026, 3, 12, 0, 0, 0, 0, time.UTC)
	for i, row := range [][]any{
		{"Gever", "Ontvanger", "Bijeenkomst", "Datum", "Onderwerp"},
		{"Bob Janssens", "Ann Peeters", "Bijeenkomst 1", b1, "onboarding"},
		{"Ann Peeters", "Bob Janssens", "Bijeenkomst 1", b1, ""},
		{"Ann Peeters", "Carla De Smet", "Bijeenkomst 1", b1, "loonbeleid; rooster"},
		{"Carla De Smet", "Dirk Wouters", "Bijeenkomst 2", b2, ""},
		{"Eve Maes", "Ann Peeters", "Bijeenkomst 2", b2, "coaching"},
		{"Eve Maes", "Dirk Wouters", "Bijeenkomst 2", b2, ""},
	} {
		axis, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow("Hulp", axis, &row)
		if i > 0 {
			c, _ := excelize.CoordinatesToCellName(4, i+1)
			f.SetCellStyle("Hulp", c, c, day)
		}
	}
	f.NewSheet("Notities")
	f.SetCellValue("Notities", "A1", "Volgende keer: speeddaten in groepjes van drie.")
	if err := f.SaveAs("testdata/formats/xlsx/netwerk.xlsx"); err != nil {
		log.Fatal(err)
	}
}

func ptr[T any](v T) *T { return &v }
