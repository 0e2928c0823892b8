package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph/render/report/browsertest"
)

// The demo's report, in both languages, prints on A4 in Chromium: nothing
// is wider than the page and every column of the table of people is whole
// on it (issue 12).
func TestDemoReportPrintsOnA4(t *testing.T) {
	b := browsertest.Start(t)
	e := demoEnv(t)
	for _, lang := range []string{"en", "nl"} {
		t.Run(lang, func(t *testing.T) {
			path := filepath.Join(e.dir, "report-"+lang+".html")
			e.ok("--lang", lang, "report", "-o", path)
			p := b.Open(t, path)
			p.EmulatePrint(browsertest.A4)
			fit := browsertest.CheckFit(p)
			for _, problem := range fit.Problems() {
				t.Error(problem)
			}
			type head struct {
				Label       string
				Left, Right float64
				Clipped     bool
			}
			type table struct {
				Ready bool
				Heads []head
				Cells int // cells in the first row of people
				Rows  int
			}
			got := browsertest.Eval[table](p, `(() => {
  const heads = [...document.querySelectorAll("#people thead th")].map(th => {
    const r = th.getBoundingClientRect();
    return {label: th.textContent.trim(), left: r.left, right: r.right,
      clipped: th.scrollWidth > th.clientWidth + 1 || getComputedStyle(th).visibility !== "visible"};
  });
  const first = document.querySelector("#people tbody tr");
  return {ready: document.documentElement.dataset.kringReady === "true", heads,
    cells: first ? first.cells.length : 0, rows: document.querySelectorAll("#people tbody").length};
})()`)
			if !got.Ready {
				t.Fatal("the report's script did not finish")
			}
			if len(got.Heads) < 8 || len(got.Heads) != got.Cells {
				t.Fatalf("the table of people has %d headers for %d cells a row", len(got.Heads), got.Cells)
			}
			if want := len(e.figures().People); got.Rows != want {
				t.Errorf("%d people in the table, want the demo's %d", got.Rows, want)
			}
			for _, h := range got.Heads {
				if h.Label == "" || h.Left < 0 || h.Right > float64(fit.Width)+0.5 || h.Clipped {
					t.Errorf("column %q is not whole on the page (%.0f–%.0f of %d px)", h.Label, h.Left, h.Right, fit.Width)
				}
			}
			pdf := p.PDF(browsertest.A4)
			browsertest.Keep(t, "demo-report-"+lang+".pdf", pdf)
			if n := browsertest.PDFPages(pdf); n < 2 {
				t.Errorf("the demo report prints on %d page(s); the map, charts and tables need more", n)
			}
			var labels []string
			for _, h := range got.Heads {
				labels = append(labels, h.Label)
			}
			if want := map[string]string{"en": "Betweenness", "nl": "Tussenpositie"}[lang]; !strings.Contains(strings.Join(labels, "|"), want) {
				t.Errorf("the %s report's table of people lacks the column %q: %q", lang, want, labels)
			}
		})
	}
}
