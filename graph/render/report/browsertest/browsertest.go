// Package browsertest opens kring's pages in a headless Chromium for tests:
// it starts the browser, loads a file or a URL, emulates print media or a
// phone, takes screenshots and prints to PDF. Only tests import it.
//
// Without Chromium a test that calls Start is skipped, or fails when the
// environment says CI=true. With KRING_KEEP set to a folder, Keep writes
// what a test made there, to look at.
package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// Browser is a headless Chromium that lives until the test that started it
// ends.
type Browser struct {
	ctx context.Context
}

// timeout bounds one step in the browser, so that a hung browser fails the
// test instead of stopping it until the test binary's own timeout.
const timeout = 2 * time.Minute

// Find is the path of Chromium (chromium, chromium-browser or Google
// Chrome). Without one it skips the test, or fails it when CI=true.
func Find(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is needed for this test: apt-get install chromium")
	}
	t.Skip("no Chromium to open the page in (apt-get install chromium)")
	return ""
}

// Start starts a headless Chromium with a fresh profile. It is stopped, and
// its profile removed, when the test ends.
func Start(t testing.TB) *Browser {
	t.Helper()
	bin := Find(t)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		// No user-data-dir: chromedp makes a fresh one and removes it.
	)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() {
		cancel()
		cancelAlloc() // waits for the browser to exit
	})
	// The first run starts the browser; it must not have a deadline, which
	// would end the browser with it.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium (%s): %v", bin, err)
	}
	return &Browser{ctx: ctx}
}

// Page is a tab of the browser.
type Page struct {
	t   testing.TB
	ctx context.Context
}

// Open loads target, a file path or a URL, in a new tab and waits for the
// page's load event. The tab closes when the test ends.
func (b *Browser) Open(t testing.TB, target string) *Page {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	// The first run opens the tab, for as long as ctx lives: it must not
	// have a deadline.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	p := &Page{t: t, ctx: ctx}
	p.Do(chromedp.Navigate(URL(t, target)))
	return p
}

// URL is target as a URL: a file path becomes an absolute file:// URL.
func URL(t testing.TB, target string) string {
	if u, err := url.Parse(target); err == nil && u.Scheme != "" && len(u.Scheme) > 1 {
		return target
	}
	abs, err := filepath.Abs(target)
	if err != nil {
		t.Fatal(err)
	}
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
}

// Context is the tab's chromedp context, for actions this package has no
// method for. Bound each call with context.WithTimeout.
func (p *Page) Context() context.Context { return p.ctx }

// Do runs chromedp actions in the tab and fails the test on an error.
func (p *Page) Do(actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, timeout)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		p.t.Fatalf("browser: %v", err)
	}
}

// Eval evaluates a JavaScript expression in the page and decodes its value,
// which must be JSON (a promise is awaited).
func Eval[T any](p *Page, expression string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, timeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expression, chromedp.EvalAwaitPromise))
	if err != nil {
		p.t.Fatalf("evaluate %.60q…: %v", expression, err)
	}
	return v
}

// Viewport sets the size of the window in CSS pixels, as on a desktop.
func (p *Page) Viewport(width, height int) {
	p.t.Helper()
	p.Do(chromedp.EmulateViewport(int64(width), int64(height)))
}

// Phone emulates a phone held upright: 390×844 CSS pixels at 3 device
// pixels each, a mobile viewport and touch.
func (p *Page) Phone() {
	p.t.Helper()
	p.Do(chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(3), chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait))
}

// Media emulates a CSS media type: "print", "screen", or "" for none.
func (p *Page) Media(media string) {
	p.t.Helper()
	p.Do(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media})
		return err
	}))
}

// EmulatePrint lays the page out as it prints on paper: print media, in a
// window as wide as the paper within its margins and as high as one page,
// with no scrollbar taking room. The layout is then measurable with Eval;
// page breaks are not (print to PDF for those).
func (p *Page) EmulatePrint(paper Paper) {
	p.t.Helper()
	p.Media("print")
	p.Scrollbars(false)
	p.Viewport(paper.ContentWidthPx(), paper.ContentHeightPx())
}

// Scrollbars shows or hides the window's scrollbars; hidden, they take no
// room from the page.
func (p *Page) Scrollbars(shown bool) {
	p.t.Helper()
	p.Do(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScrollbarsHidden, emulation.SetScrollbarsHiddenParams{Hidden: !shown})
		return err
	}))
}

// Screenshot is a PNG of the whole page, beyond the window.
func (p *Page) Screenshot() []byte {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, timeout)
	defer cancel()
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Fatalf("screenshot: %v", err)
	}
	return b
}

// PDF prints the page on paper, with backgrounds, as Chromium's print
// dialog does, and returns the PDF. The page's own @page rules win over
// the paper's margins, as in the dialog.
func (p *Page) PDF(paper Paper) []byte {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, timeout)
	defer cancel()
	in := func(mm float64) float64 { return mm / 25.4 }
	b, err := chromedp.Run(ctx, chromedp.PrintToPDF(
		chromedp.PDFPaper(chromedp.PaperSize{Width: in(paper.Width), Height: in(paper.Height)}),
		chromedp.PDFMargin(in(paper.Margin)),
		chromedp.PDFPrintBackground(),
		chromedp.PDFStream(),
	))
	if err != nil {
		p.t.Fatalf("print to PDF: %v", err)
	}
	return b
}

// Paper is a sheet, in millimetres, with the same margin all round.
type Paper struct {
	Width, Height, Margin float64
}

// A4 is an upright A4 sheet with the margin of kring's report and
// handouts (their @page rule).
var A4 = Paper{Width: 210, Height: 297, Margin: 12}

// px is a length in millimetres in CSS pixels (96 to the inch).
func px(mm float64) int { return int(math.Floor(mm / 25.4 * 96)) }

// ContentWidthPx is the width inside the margins in CSS pixels.
func (p Paper) ContentWidthPx() int { return px(p.Width - 2*p.Margin) }

// ContentHeightPx is the height inside the margins in CSS pixels.
func (p Paper) ContentHeightPx() int { return px(p.Height - 2*p.Margin) }

var pdfPage = regexp.MustCompile(`/Type\s*/Page\b`)

// PDFPages counts the pages of a PDF that Chromium printed.
func PDFPages(pdf []byte) int { return len(pdfPage.FindAll(pdf, -1)) }

// Keep writes data to $KRING_KEEP/name when KRING_KEEP names a folder, so
// that a person can look at what the test saw; otherwise it does nothing.
func Keep(t testing.TB, name string, data []byte) {
	t.Helper()
	dir := os.Getenv("KRING_KEEP")
	if dir == "" {
		return
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Errorf("keep %s: %v", name, err)
		return
	}
	t.Logf("kept %s", path)
}

// Fit is what does not fit the window as the page is laid out now; after
// EmulatePrint, what does not fit the paper's width.
type Fit struct {
	Width   int      // of the window, in CSS pixels
	Scroll  int      // the width of the document, more than Width if it overflows
	Wide    []string // elements that reach past the left or right edge
	Scrolls []string // elements that scroll: on paper their overflow is cut off
	Clipped []string // table cells whose content is wider than the cell
	Broken  []string // table headers with a word broken over two lines
}

// Problems says each thing that does not fit, in a line.
func (f Fit) Problems() []string {
	var out []string
	if f.Scroll > f.Width {
		out = append(out, fmt.Sprintf("the page is %d px wide, more than the %d px there is", f.Scroll, f.Width))
	}
	for _, s := range f.Wide {
		out = append(out, "wider than the page: "+s)
	}
	for _, s := range f.Scrolls {
		out = append(out, "scrolls: "+s)
	}
	for _, s := range f.Clipped {
		out = append(out, "text does not fit its cell: "+s)
	}
	for _, s := range f.Broken {
		out = append(out, "header breaks inside a word: "+s)
	}
	return out
}

// CheckFit measures what does not fit the window, as Fit says. Elements
// are named by tag, id, class and the start of their text; of each kind
// the first 20 are listed.
func CheckFit(p *Page) Fit {
	p.t.Helper()
	return Eval[Fit](p, checkFit)
}

const checkFit = `(() => {
  const W = document.documentElement.clientWidth;
  const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (typeof el.className === "string" && el.className ? "." + el.className.trim().replace(/\s+/g, ".") : "") +
    " «" + (el.textContent || "").trim().slice(0, 40) + "»";
  const wide = [], scrolls = [], clipped = [], broken = [];
  for (const el of document.querySelectorAll("body *")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.left < -0.5 || r.right > W + 0.5) wide.push(name(el) + " " + Math.round(r.left) + "–" + Math.round(r.right) + " px");
    const s = getComputedStyle(el), o = s.overflowX + " " + s.overflowY;
    if (/scroll/.test(o) || (/auto/.test(o) && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)))
      scrolls.push(name(el));
    if ((el.tagName === "TD" || el.tagName === "TH") && el.scrollWidth > el.clientWidth + 1)
      clipped.push(name(el) + " " + el.scrollWidth + " px in " + el.clientWidth);
  }
  for (const th of document.querySelectorAll("th")) {
    const vertical = getComputedStyle(th).writingMode !== "horizontal-tb";
    const walk = document.createTreeWalker(th, NodeFilter.SHOW_TEXT), lines = new Set();
    for (let n; (n = walk.nextNode());) {
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) lines.add(Math.round(vertical ? r.left : r.top));
    }
    const words = th.textContent.trim().split(/\s+/).filter(Boolean).length;
    if (lines.size > words) broken.push(name(th) + " on " + lines.size + " lines");
  }
  return {width: W, scroll: document.documentElement.scrollWidth,
    wide: wide.slice(0, 20), scrolls: scrolls.slice(0, 20), clipped: clipped.slice(0, 20), broken: broken.slice(0, 20)};
})()`

// JSON is v as indented JSON, for a failure message.
func JSON(v any) string {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
