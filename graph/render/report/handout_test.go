package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph/render/report/browsertest"
)

// handouts are synthetic pages for people, with a real ego map (the
// largest of a 15-person network, 779×546 pt, drawn by kring map --ego):
// 3 or 4 waves, up to 2 suggestions, long names and sentences. The last
// page is full: 8 waves, 4 suggestions and topics nobody offers.
func handouts(t *testing.T, people int) []*Handout {
	ego, err := os.ReadFile(filepath.Join("testdata", "ego.svg"))
	if err != nil {
		t.Fatal(err)
	}
	var pages []*Handout
	for i := range people {
		_, name := person(i)
		waves, suggestions := 3+i%2, i%3
		if i == people-1 {
			waves, suggestions = 8, 4
		}
		h := &Handout{Name: name, Subtitle: "Zorggroep Linde · Lerend netwerk Vlaanderen · Bijeenkomst 3 (2026-04-10)", Map: ego,
			MapCaption:  "An arrow runs from the one who helped to the one who was helped; a dashed line is a contact without help.",
			Waves:       Table{Columns: []Column{{Label: "Wave"}, {Label: "Helped", Numeric: true}, {Label: "Got help from", Numeric: true}, {Label: "Role"}}},
			Meaning:     "Gives and asks: helped 4 people and got help from 2 people. Help goes both ways with 1 person. " + strings.Repeat("Also gave help in Bijeenkomst 3. ", i%3),
			Suggestions: Table{Columns: []Column{{Label: "For"}, {Label: "Ask"}, {Label: "Introduced by"}, {Label: "Why", Wide: true}}},
			Questions: []string{"What keeps you from asking for help or information?", "Who in the network could help you with what you need?",
				"Whom could your knowledge help, and how will you offer it?"},
			Footer: fmt.Sprintf("For %s only. Made with kring on 2026-11-30.", name),
		}
		for w := range waves {
			h.Waves.Rows = append(h.Waves.Rows, []Cell{{Text: wave(w)}, {Text: "2 people"}, {Text: "1 person"}, {Text: "exchanges", Swatch: "#009E73"}})
		}
		for s := range suggestions {
			_, whom := person(i + s + 1)
			h.Suggestions.Rows = append(h.Suggestions.Rows, []Cell{{Text: "data-analyse"}, {Text: whom}, {Text: "–"},
				{Text: "Offers data-analyse; you both know Marie-Louise van den Berg, who can introduce you."}})
		}
		if suggestions == 0 {
			h.SuggestEmpty = "You have not said yet what you need. Tell the facilitator, and kring will suggest whom to ask."
		}
		if i%4 == 3 || i == people-1 {
			h.Unmet = "Nobody offers loonbeleid or verzuimbeleid yet: ask the group who knows about it."
		}
		pages = append(pages, h)
	}
	return pages
}

// What a printed handout page looks like, measured in the browser.
type handoutLayout struct {
	Pages []struct {
		Name           string
		Top, Bottom    float64 // of the page's box
		Lowest         float64 // the bottom of its lowest part
		MapW           float64 // the drawn map's width
		Names, Label   int     // node labels in the map, and those under 8 pt
		SmallestNamePt float64
	}
	Width float64 // of the sheet, in CSS pixels
}

const measureHandouts = `(() => {
  const pages = [...document.querySelectorAll(".page")].map(p => {
    const box = p.getBoundingClientRect();
    let lowest = 0;
    for (const el of p.querySelectorAll("*")) lowest = Math.max(lowest, el.getBoundingClientRect().bottom);
    const graph = p.querySelector(".map svg > g");
    const sizes = [...p.querySelectorAll(".map svg g.node text")].map(t =>
      t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize) * 0.75);
    return {name: p.querySelector("h1").textContent, top: box.top, bottom: box.bottom, lowest,
      mapW: graph ? graph.getBoundingClientRect().width : 0, names: sizes.length,
      label: sizes.filter(s => s < 8).length, smallestNamePt: Math.min(...sizes)};
  });
  return {pages, width: 210 / 25.4 * 96};
})()`

// Handouts print one A4 sheet per person, with the ego map over the free
// part of the page and its names at 8 pt or more (issue 12).
func TestHandoutsPrintOnePageEach(t *testing.T) {
	const people = 8
	var b bytes.Buffer
	if err := WriteHandouts(&b, "Handouts · Lerend netwerk Vlaanderen", "nl", handouts(t, people)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "all.html")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	br := browsertest.Start(t)
	p := br.Open(t, path)
	pdf := p.PDF(browsertest.A4)
	browsertest.Keep(t, "handouts.pdf", pdf)
	if n := browsertest.PDFPages(pdf); n != people {
		t.Errorf("%d handouts print on %d pages, want one each", people, n)
	}
	p.EmulatePrint(browsertest.A4)
	got := browsertest.Eval[handoutLayout](p, measureHandouts)
	if len(got.Pages) != people {
		t.Fatalf("%d pages in the file, want %d", len(got.Pages), people)
	}
	for i, pg := range got.Pages {
		if pg.Lowest > pg.Bottom+0.5 {
			t.Errorf("%s: the page's content reaches %.0f px below its end", pg.Name, pg.Lowest-pg.Bottom)
		}
		if share := pg.MapW / got.Width; share < 0.45 {
			t.Errorf("%s: the map is drawn %.0f px wide, %.0f%% of the sheet; want at least 45%%", pg.Name, pg.MapW, 100*share)
		}
		if pg.Names < 5 {
			t.Errorf("%s: %d names in the map", pg.Name, pg.Names)
		}
		full := i == len(got.Pages)-1 // less room for the map: checked above only
		if pg.Label > 0 && !full {
			t.Errorf("%s: %d of %d names in the map print under 8 pt (the smallest at %.1f pt)", pg.Name, pg.Label, pg.Names, pg.SmallestNamePt)
		}
	}
	for _, pg := range got.Pages {
		t.Logf("%s: map %.0f of %.0f px, smallest name %.1f pt", pg.Name, pg.MapW, got.Width, pg.SmallestNamePt)
	}
}
