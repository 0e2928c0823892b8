package browsertest

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>
@page{size:A4;margin:12mm}
.sheet{height:50px;break-after:page}
.sheet:last-child{break-after:auto}
@media print{body{background:#fff}.screen{display:none}}
</style></head><body><div class="sheet">Één</div><div class="sheet">Twee</div><div class="sheet screen">Drie</div></body></html>`

func TestBrowser(t *testing.T) {
	b := Start(t)
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(page), 0o600); err != nil {
		t.Fatal(err)
	}
	p := b.Open(t, path)
	if got := Eval[string](p, `document.querySelector(".sheet").textContent`); got != "Één" {
		t.Errorf("first sheet says %q", got)
	}
	p.Viewport(800, 600)
	if w := Eval[int](p, `window.innerWidth`); w != 800 {
		t.Errorf("window %d px wide, want 800", w)
	}
	p.EmulatePrint(A4)
	got := Eval[struct {
		Print bool
		Width int
		Shown int
	}](p, `({print: matchMedia("print").matches, 
		width: document.documentElement.clientWidth, shown: [...document.querySelectorAll(".sheet")].filter(e => e.getBoundingClientRect().height > 0).length})`)
	if !got.Print || got.Width != A4.ContentWidthPx() || got.Shown != 2 {
		t.Errorf("print emulation: %+v, want print media, %d px wide, 2 sheets shown", got, A4.ContentWidthPx())
	}
	if n := PDFPages(p.PDF(A4)); n != 2 {
		t.Errorf("printed on %d pages, want 2", n)
	}
	p.Media("")
	p.Phone()
	if w := Eval[int](p, `window.innerWidth`); w != 390 {
		t.Errorf("phone window %d px wide, want 390", w)
	}
	img, err := png.Decode(bytes.NewReader(p.Screenshot()))
	if err != nil {
		t.Fatal(err)
	}
	if w := img.Bounds().Dx(); w != 3*390 {
		t.Errorf("phone screenshot %d px wide, want %d", w, 3*390)
	}
}

func TestURL(t *testing.T) {
	for in, want := range map[string]string{
		"http://127.0.0.1:8080/x?y=1": "http://127.0.0.1:8080/x?y=1",
		"/tmp/a b/r.html":             "file:///tmp/a%20b/r.html",
		"file:///tmp/r.html":          "file:///tmp/r.html",
	} {
		if got := URL(t, in); got != want {
			t.Errorf("URL(%q) = %q, want %q", in, got, want)
		}
	}
}

// CheckFit finds what runs off the page, scrolls, or is cut.
func TestCheckFit(t *testing.T) {
	b := Start(t)
	path := filepath.Join(t.TempDir(), "wide.html")
	html := `<!DOCTYPE html><html><body style="margin:0">
<div class="scroll" style="overflow-x:auto"><div id="long" style="width:2000px">wide</div></div>
<table style="width:100px;table-layout:fixed"><tr><th style="overflow-wrap:anywhere">Betweenness</th><td style="white-space:nowrap">a very long cell that does not wrap</td></tr></table>
<p>fits</p></body></html>`
	if err := os.WriteFile(path, []byte(html), 0o600); err != nil {
		t.Fatal(err)
	}
	p := b.Open(t, path)
	p.EmulatePrint(A4)
	f := CheckFit(p)
	if len(f.Wide) == 0 || len(f.Scrolls) != 1 || len(f.Clipped) == 0 || len(f.Broken) != 1 || len(f.Problems()) < 4 {
		t.Errorf("CheckFit missed problems: %s", JSON(f))
	}
}
