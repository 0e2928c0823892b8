package report

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph/render/chart"
	"github.com/kring-nl/kring/graph/render/report/browsertest"
)

// Names as long as a Flemish network has them (issue 12).
var firstNames = []string{"Marie-Louise", "Jürgen", "Anaïs", "Pieter-Jan", "Annelies", "Yılmaz", "Fien", "Karel"}
var lastNames = []string{"van den Berg", "Van der Hagen", "Dubois-Vandamme", "De Smedt", "Vanderhaeghen", "Öztürk", "Goossens", "Van Acker"}

// person is the i-th synthetic person. In the table of people a code K01,
// K02, … stands before their name and at the end of their line of meaning,
// so that a printed page can be checked to hold both or neither.
func person(i int) (code, name string) {
	return fmt.Sprintf("K%02d", i+1), fmt.Sprintf("%s %s", firstNames[i%len(firstNames)], lastNames[(i/len(firstNames)+i)%len(lastNames)])
}

func wave(i int) string { return fmt.Sprintf("Bijeenkomst %d", i+1) }

// peopleColumns are the columns of the table of people of kring report
// (cmd/kring/report.go, peopleSection).
var peopleColumns = []Column{{Label: "Name"}, {Label: "Organisation"}, {Label: "Role"},
	{Label: "Gives", Numeric: true, Help: "the number of people they helped"},
	{Label: "Receives", Numeric: true, Help: "the number of people who helped them"},
	{Label: "Balance", Numeric: true, Help: "gives − receives"},
	{Label: "Give share", Numeric: true, Help: "gives / (gives + receives)"},
	{Label: "Both ways", Numeric: true, Help: "people with whom help goes both ways"},
	{Label: "Sought", Numeric: true, Help: "how much help is asked of them, weighing who asks (PageRank)"},
	{Label: "Betweenness", Numeric: true, Help: "the share of shortest help paths that run through them"},
	{Label: "Broker", Help: "in the top 10% of betweenness"},
}

// mapSVG is a network map of n people the size kring draws it.
func mapSVG(n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg width="820pt" height="640pt" viewBox="0 0 820 640" xmlns="http://www.w3.org/2000/svg"><g font-family="Liberation Sans" font-size="12">`)
	for i := range n {
		_, name := person(i)
		a := 2 * math.Pi * float64(i) / float64(n)
		x, y := 410+330*math.Cos(a), 320+280*math.Sin(a)
		fmt.Fprintf(&b, `<line x1="410" y1="320" x2="%.0f" y2="%.0f" stroke="#888"/><rect x="%.0f" y="%.0f" width="150" height="20" fill="#009E73" rx="4"/><text x="%.0f" y="%.0f" text-anchor="middle">%s</text>`,
			x, y, x-75, y-14, x, y, name)
	}
	b.WriteString(`</g></svg>`)
	return b.Bytes()
}

// bigReport is a report of people on a network that met waves times, with
// every table the real one has (cmd/kring/report.go).
func bigReport(t *testing.T, people, waves int) *Report {
	r := &Report{Lang: "en", Title: "Lerend netwerk Vlaanderen", Subtitle: fmt.Sprintf("All %d waves, 5 Feb – 7 May 2026", waves),
		Facts: []Fact{{Value: "40", Label: "people"}, {Value: "312", Label: "help ties"}, {Value: "0.246", Label: "reciprocity"},
			{Value: "0.200", Label: "density"}, {Value: "31", Label: "give and ask"}, {Value: "4", Label: "only give"},
			{Value: "3", Label: "only ask"}, {Value: "2", Label: "no help ties"}, {Value: "4", Label: "brokers"}, {Value: "3", Label: "communities"}},
		Overview:   []string{"31 of 40 people gave and received help; 4 only gave, 3 only asked and 2 had no help ties."},
		Map:        mapSVG(people),
		MapCaption: "An arrow runs from giver to receiver.",
		Footer:     "Made with kring on 2026-11-30.",
	}
	bal := chart.Balance{Title: "Give/ask balance per person and wave (gives − receives)",
		Legend: chart.BalanceLegend{Gives: "gives more than asks", Asks: "asks more than gives", Even: "0: as much given as asked", None: "–: no help ties"}}
	lines := chart.Lines{Title: "The network per wave", Series: []chart.Series{
		{Name: "reciprocity", Color: color.NRGBA{0, 0x72, 0xB2, 0xFF}}, {Name: "density", Color: color.NRGBA{0xD5, 0x5E, 0, 0xFF}, Dashed: true}}}
	waveTable := Table{Columns: []Column{{Label: "Wave"}, {Label: "Date"}, {Label: "Help ties", Numeric: true}, {Label: "Density", Numeric: true},
		{Label: "Reciprocity", Numeric: true}, {Label: "Give and ask", Numeric: true}, {Label: "Only give", Numeric: true},
		{Label: "Only ask", Numeric: true}, {Label: "No help ties", Numeric: true}}}
	groups := Table{Sortable: true, Columns: []Column{{Label: "Organisation"}, {Label: "People", Numeric: true}}}
	for w := range waves {
		bal.Waves = append(bal.Waves, wave(w))
		lines.Waves = append(lines.Waves, wave(w))
		lines.Series[0].Values = append(lines.Series[0].Values, 0.2+0.02*float64(w))
		lines.Series[1].Values = append(lines.Series[1].Values, 0.1+0.01*float64(w))
		waveTable.Rows = append(waveTable.Rows, []Cell{{Text: wave(w)}, {Text: fmt.Sprintf("2026-%02d-10", w%12+1)}, {Text: "24"}, {Text: "0.114"},
			{Text: "0.083"}, {Text: "14"}, {Text: "0"}, {Text: "1"}, {Text: "0"}})
		groups.Columns = append(groups.Columns, Column{Label: wave(w), Numeric: true})
	}
	groups.Columns = append(groups.Columns, Column{Label: "Give and ask in " + wave(waves-1), Numeric: true})
	for _, org := range []string{"Zorggroep Linde", "Gemeente Zeedorp", "OCMW Brugge"} {
		row := []Cell{{Text: org}, {Text: "12"}}
		for range waves {
			row = append(row, Cell{Text: "+3 · 0.62", Sort: "3"})
		}
		groups.Rows = append(groups.Rows, append(row, Cell{Text: "9 of 12"}))
	}
	who := Table{Sortable: true, Columns: peopleColumns, DetailLabel: "What this means:"}
	flags := Table{Sortable: true, Columns: []Column{{Label: "Person"}, {Label: "Flag"}, {Label: "Wave"}, {Label: "Why", Wide: true}}}
	for i := range people {
		code, name := person(i)
		bal.People = append(bal.People, name)
		row := make([]*int, waves)
		for w := range row {
			v := (i+w)%5 - 2
			row[w] = &v
		}
		bal.Values = append(bal.Values, row)
		who.Rows = append(who.Rows, []Cell{{Text: code + " " + name}, {Text: []string{"Zorggroep Linde", "Gemeente Zeedorp", "OCMW Brugge"}[i%3]},
			{Text: "exchanges", Sort: "3", Swatch: "#009E73"}, {Text: fmt.Sprint(i % 7)}, {Text: fmt.Sprint(i % 5)}, {Text: fmt.Sprintf("%+d", i%7-i%5)},
			{Text: "0.58"}, {Text: "2"}, {Text: fmt.Sprintf("%.3f", 0.01*float64(i))}, {Text: fmt.Sprintf("%.3f", 0.004*float64(i))}, {Text: map[bool]string{true: "broker"}[i%9 == 0]}})
		who.Details = append(who.Details, strings.Repeat("Gives and asks: helped 5 people and got help from 3 people. Help goes both ways with 2 people. ", 1+i%3)+"("+code+")")
		if i%4 == 0 {
			flags.Rows = append(flags.Rows, []Cell{{Text: name}, {Text: "joined the exchange"}, {Text: wave(1)}, {Text: "Gave to 1 and received from 2 in Bijeenkomst 2; only asked in Bijeenkomst 1."}})
		}
	}
	for _, c := range []struct {
		name string
		ch   chart.Chart
	}{{"balance", bal}, {"network", lines}} {
		var b bytes.Buffer
		if err := chart.Write(&b, "svg", c.ch); err != nil {
			t.Fatal(err)
		}
		r.Charts = append(r.Charts, Figure{Name: c.name, SVG: b.Bytes(), Caption: "Orange: gave to more people than they asked."})
	}
	r.Trend = &Section{ID: "waves", Title: "The network per wave", Table: waveTable}
	r.Sections = []Section{
		{ID: "flags", Title: "Change flags", Intro: "Changes from one wave to the next that are worth a conversation.", Table: flags},
		{ID: "people", Title: "People", Intro: "Click a column to sort. Gives and receives count people, not favours.", Table: who},
		{ID: "organisations", Title: "Organisations", Table: groups},
	}
	return r
}

func writeReport(t *testing.T, r *Report) string {
	var b bytes.Buffer
	if err := Write(&b, r); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// people is the table of people laid out for print, measured in the
// browser.
type people struct {
	Ready bool // the report's script ran
	Heads []struct {
		Label              string
		Left, Right, Width float64
		Clipped            bool
	}
	Units []struct { // a person's rows
		Rows  int
		Break string
	}
	FontPt float64
}

const measurePeople = `(() => {
  const heads = [...document.querySelectorAll("#people thead th")].map(th => {
    const r = th.getBoundingClientRect();
    return {label: th.textContent.trim(), left: r.left, right: r.right, width: r.width,
      clipped: th.scrollWidth > th.clientWidth + 1 || getComputedStyle(th).visibility !== "visible"};
  });
  const units = [...document.querySelectorAll("#people tbody")].map(b => ({rows: b.rows.length, break: getComputedStyle(b).breakInside}));
  return {ready: document.documentElement.dataset.kringReady === "true", heads, units,
    fontPt: parseFloat(getComputedStyle(document.querySelector("#people td")).fontSize) * 0.75};
})()`

// The report prints on A4: every table fits the page with all its columns,
// nothing scrolls, and a person's row stays on a page with its line of
// meaning (issue 12).
func TestReportPrintsOnA4(t *testing.T) {
	b := browsertest.Start(t)
	path := writeReport(t, bigReport(t, 40, 12))
	p := b.Open(t, path)
	p.EmulatePrint(browsertest.A4)
	fit := browsertest.CheckFit(p)
	if fit.Width != browsertest.A4.ContentWidthPx() {
		t.Errorf("laid out %d px wide, want %d (A4 within 12 mm margins)", fit.Width, browsertest.A4.ContentWidthPx())
	}
	for _, problem := range fit.Problems() {
		t.Error(problem)
	}
	got := browsertest.Eval[people](p, measurePeople)
	if !got.Ready {
		t.Fatal("the report's script did not finish")
	}
	var labels []string
	for _, h := range got.Heads {
		labels = append(labels, h.Label)
		if h.Width <= 0 || h.Left < 0 || h.Right > float64(fit.Width)+0.5 || h.Clipped {
			t.Errorf("column %q is not whole on the page: %+v", h.Label, h)
		}
	}
	var want []string
	for _, c := range peopleColumns {
		want = append(want, c.Label)
	}
	if strings.Join(labels, "|") != strings.Join(want, "|") {
		t.Errorf("the table of people shows the columns %q, want %q", labels, want)
	}
	if len(got.Units) != 40 {
		t.Errorf("%d groups of rows in the table of people, want one per person (40)", len(got.Units))
	}
	for i, u := range got.Units {
		if u.Rows != 2 || u.Break != "avoid" {
			t.Errorf("person %d: %d rows that may break apart (%q), want their row and its meaning kept together", i+1, u.Rows, u.Break)
			break
		}
	}
	if got.FontPt < 7.5 {
		t.Errorf("the table of people prints at %.1f pt, too small to read", got.FontPt)
	}

	pdf := p.PDF(browsertest.A4)
	browsertest.Keep(t, "report.pdf", pdf)
	pages := pdfText(t, pdf)
	if pages == nil {
		return
	}
	if len(pages) < 3 {
		t.Errorf("the report prints on %d pages; expected more for 40 people", len(pages))
	}
	// Each code stands twice, at the start of a person's row and at the end
	// of their line of meaning: both on one page, or the page broke between.
	code := regexp.MustCompile(`\bK\d\d\b`)
	total := map[string]int{}
	for n, page := range pages {
		count := map[string]int{}
		for _, c := range code.FindAllString(page, -1) {
			count[c]++
			total[c]++
		}
		for c, k := range count {
			if k != 2 {
				t.Errorf("page %d holds %s %d time(s): a page break splits that person's row from its meaning", n+1, c, k)
			}
		}
		// The header of the table stands on every page it runs over.
		if len(count) > 0 && !strings.Contains(page, "Betweenness") {
			t.Errorf("page %d holds people's rows without the table's header", n+1)
		}
	}
	if len(total) != 40 {
		t.Errorf("%d people's codes found in the PDF's text, want 40", len(total))
	}
}

// pdfText is the text of each page of a PDF, by pdftotext (poppler-utils),
// or nil, logged, when it is not installed.
func pdfText(t *testing.T, pdf []byte) []string {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Log("no pdftotext (apt-get install poppler-utils): page breaks not checked in the PDF")
		return nil
	}
	path := filepath.Join(t.TempDir(), "p.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Split(strings.TrimSuffix(string(out), "\f"), "\f")
}

// A click on a header, or Enter on it, sorts the people with their lines of
// meaning.
func TestReportSortsInBrowser(t *testing.T) {
	b := browsertest.Start(t)
	p := b.Open(t, writeReport(t, bigReport(t, 12, 3)))
	type unit struct {
		Name, Gives, Detail string
	}
	read := `[...document.querySelectorAll("#people tbody")].map(b => ({name: b.rows[0].cells[0].textContent,
		gives: b.rows[0].cells[3].textContent, detail: b.rows[1].textContent}))`
	before := browsertest.Eval[[]unit](p, read)
	browsertest.Eval[bool](p, `document.querySelector("#people th:nth-child(4) .sort").click(), true`)
	after := browsertest.Eval[[]unit](p, read)
	if len(after) != 12 || len(before) != 12 {
		t.Fatalf("%d rows before, %d after sorting, want 12", len(before), len(after))
	}
	for i, u := range after {
		code := strings.Fields(u.Name)[0]
		if !strings.HasSuffix(u.Detail, "("+code+")") {
			t.Errorf("row %d: %s has the meaning of another: %q", i, u.Name, u.Detail)
		}
		if i > 0 && after[i-1].Gives < u.Gives {
			t.Errorf("not sorted by gives, most first: %s after %s", u.Gives, after[i-1].Gives)
		}
	}
	// The keyboard sorts too: Enter on the name header sorts by name.
	browsertest.Eval[bool](p, `document.querySelector("#people th:nth-child(1) .sort").dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true})), true`)
	byName := browsertest.Eval[[]unit](p, read)
	for i := 1; i < len(byName); i++ {
		if byName[i-1].Name > byName[i].Name {
			t.Errorf("Enter did not sort by name: %q after %q", byName[i].Name, byName[i-1].Name)
		}
	}
}
