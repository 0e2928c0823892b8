package web

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/kring-nl/kring/graph/render/report/browsertest"
	"github.com/kring-nl/kring/store"
)

// tab is a browser tab of the end-to-end test.
type tab struct {
	t    *testing.T
	ctx  context.Context
	name string
}

// step bounds one action in the browser: a hung browser fails the test.
const step = time.Minute

func (b tab) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, step)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("%s: %v", b.name, err)
	}
}

func eval[T any](b tab, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, step)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("%s: evaluate %.60q: %v", b.name, expr, err)
	}
	return v
}

// until waits for a JavaScript condition to hold (the page's own signal:
// a new page loaded, an event arrived), up to the step's bound. It asks the
// page again every 50 ms from here rather than with a polling script in the
// page, which a page without script (Bob's phone) never runs again.
func (b tab) until(cond string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, step)
	defer cancel()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		// A page replaced while it was asked (a form sent, a link
		// followed) is an error here: ask the new one.
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond)); err == nil && ok {
			return
		}
		select {
		case <-ctx.Done():
			b.t.Fatalf("%s: waiting for %s: %v (at %s)", b.name, cond, ctx.Err(), eval[string](b, "location.href"))
		case <-tick.C:
		}
	}
}

// at waits until the page at path has loaded.
func (b tab) at(path string) {
	b.t.Helper()
	b.until(fmt.Sprintf(`location.pathname === %q && document.readyState === "complete"`, path))
}

// click clicks the element the CSS selector finds, as a finger or mouse would.
func (b tab) click(sel string) {
	b.t.Helper()
	b.do(chromedp.Click(sel))
}

// shot keeps a screenshot of the whole page (with KRING_KEEP set).
func (b tab) shot(name string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, step)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("%s: screenshot: %v", b.name, err)
	}
	browsertest.Keep(b.t, name, png)
}

// fits checks that nothing is wider than the window (no sideways
// scrolling on a phone).
func (b tab) fits() {
	b.t.Helper()
	if w := eval[[]int](b, `[document.documentElement.scrollWidth, window.innerWidth]`); w[0] > w[1] {
		b.t.Errorf("%s: the page at %s is %d px wide in a %d px window", b.name, eval[string](b, "location.pathname"), w[0], w[1])
	}
}

// phone is a new phone: a browser context of its own (its own cookies),
// 360×740 CSS pixels, touch.
func phone(t *testing.T, parent context.Context, name, url string) tab {
	ctx, cancel := chromedp.NewContext(parent, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil { // the first run opens the tab: no deadline
		t.Fatalf("open %s: %v", name, err)
	}
	p := tab{t: t, ctx: ctx, name: name}
	p.do(chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait),
		chromedp.Navigate(url))
	p.at("/")
	return p
}

// Two participants answer on their phones in Dutch, in real Chromium, while
// the projector shows the live map; one revises. The database holds exactly
// their answers, and the map shows the new ties.
func TestEndToEnd(t *testing.T) {
	b := browsertest.Start(t)
	r := newRoom(t, func(c *Config) {
		ctx := context.Background()
		if _, err := c.DB.SetNetworkLang(ctx, c.Network.Name, "nl"); err != nil {
			t.Fatal(err)
		}
		c.Network.Lang = "nl"
		_, w, err := c.DB.RenameWave(ctx, c.Network.ID, c.Wave.Name, "Bijeenkomst 1")
		if err != nil {
			t.Fatal(err)
		}
		c.Wave = w
		if _, err := c.DB.ServeSettings(ctx, c.Network.ID); err != nil {
			t.Fatal(err)
		}
		if err := c.DB.SetServeSettings(ctx, c.Network.ID, store.ServeSettings{ShowNames: true, MapLabels: "name", ShowResults: true}); err != nil {
			t.Fatal(err)
		}
	})
	ctx := context.Background()

	// The facilitator opens the secret address: in, and the secret leaves
	// the address bar; then the projector view.
	fac := tab{t: t, name: "facilitator"}
	fp := b.Open(t, r.srv.FacilitatorURL())
	fac.ctx = fp.Context()
	fac.at("/facilitator/")
	if !strings.Contains(eval[string](fac, "document.body.innerText"), "Wie antwoordde") {
		t.Errorf("the facilitator's page is not in the network's language (Dutch)")
	}
	fac.do(chromedp.EmulateViewport(1600, 900), chromedp.Navigate(r.base()+"/facilitator/projector"))
	fac.at("/facilitator/projector")
	fac.until(`document.body.dataset.mapVersion !== undefined`) // the event stream is live
	v0 := eval[int](fac, `+document.body.dataset.mapVersion`)

	// Ann: switches to Dutch, finds her name by typing, answers in three steps.
	ann := phone(t, b.Open(t, "about:blank").Context(), "Ann's phone", r.srv.ParticipantURL())
	ann.click(`a.lang`)
	ann.until(`document.documentElement.lang === "nl" && document.readyState === "complete"`)
	ann.do(chromedp.SendKeys("#me", "peet"))
	if shown := eval[[]string](ann, `[...document.querySelectorAll("#roster-list li:not([hidden]) button")].map(b => b.textContent)`); !slices.Equal(shown, []string{"Ann Peeters"}) {
		t.Errorf("typing peet shows %q", shown)
	}
	ann.shot("serve-pick-nl.png")
	ann.click(`#roster-list button[value="Ann Peeters"]`)
	ann.at("/answer")
	ann.fits()
	if !strings.Contains(eval[string](ann, "document.body.innerText"), "Met wie werk je samen of heb je contact?") {
		t.Errorf("Ann's form is not in Dutch")
	}
	ann.click(`input[name=contact][value="Bob Janssens"]`)
	ann.click(`input[name=contact][value="Carla De Smet"]`)
	ann.click(`.stepnav button:last-child`) // Volgende stap
	if shown := eval[[]string](ann, `[...document.querySelectorAll("ul.ties li:not([hidden])")].map(li => li.dataset.name)`); !slices.Equal(shown, []string{"Bob Janssens", "Carla De Smet"}) {
		t.Errorf("step 2 lists %q, want the two ticked in step 1", shown)
	}
	ann.click(`input[name=asked][value="Bob Janssens"]`)
	ann.do(chromedp.SendKeys(`input[name="topic:Bob Janssens"]`, "Excel"))
	ann.click(`input[name=gave][value="Carla De Smet"]`)
	ann.fits()
	ann.shot("serve-phone-nl.png")
	ann.click(`.stepnav button:last-child`)
	ann.do(chromedp.SendKeys("#offers", "coaching"))
	ann.click(`button[value=save]`)
	ann.at("/done")
	if text := eval[string](ann, "document.body.innerText"); !strings.Contains(text, "Je antwoorden zijn bewaard") || !strings.Contains(text, "over Excel") {
		t.Errorf("Ann's page after saving:\n%s", text)
	}

	// Jürgen: types his name without accent, adds someone from outside
	// the group (Enter), answers.
	jurgen := phone(t, b.Open(t, "about:blank").Context(), "Jürgen's phone", r.srv.ParticipantURL())
	jurgen.click(`a.lang`)
	jurgen.until(`document.documentElement.lang === "nl" && document.readyState === "complete"`)
	jurgen.do(chromedp.SendKeys("#me", "jurgen van der"))
	jurgen.click(`#roster-list li:not([hidden]) button`)
	jurgen.at("/answer")
	jurgen.click(`input[name=contact][value="Ann Peeters"]`)
	jurgen.do(chromedp.SendKeys("#new", "Zoë Wouters\r"))
	jurgen.until(`document.querySelector('input[name=extra][value="Zoë Wouters"]') !== null && document.readyState === "complete"`)
	jurgen.click(`.stepnav button:last-child`)
	jurgen.click(`input[name=gave][value="Ann Peeters"]`)
	jurgen.click(`input[name=gave][value="Zoë Wouters"]`)
	jurgen.click(`.stepnav button:last-child`)
	jurgen.click(`button[value=save]`)
	jurgen.at("/done")

	// The projector shows both, by name, and their ties.
	fac.until(`[...document.querySelectorAll("[data-names] li")].map(li => li.textContent).join("|") === "Ann Peeters|Jürgen Van der Hagen"`)
	edges := func() string {
		return eval[string](fac, `fetch("/facilitator/map.svg?v=" + document.body.dataset.mapVersion).then(r => r.text())`)
	}
	n, err := r.db.Load(ctx, r.net.ID)
	if err != nil {
		t.Fatal(err)
	}
	edge := func(giver, receiver string) string {
		return fmt.Sprintf("<title>p%d&#45;&gt;p%d</title>", personIndex(n, giver), personIndex(n, receiver))
	}
	svg := edges()
	for _, e := range [][2]string{{"Bob Janssens", "Ann Peeters"}, {"Ann Peeters", "Carla De Smet"}, {"Jürgen Van der Hagen", "Ann Peeters"}, {"Jürgen Van der Hagen", "Zoë Wouters"}} {
		if !strings.Contains(svg, edge(e[0], e[1])) {
			t.Errorf("the live map lacks %s → %s", e[0], e[1])
		}
	}
	if v := eval[int](fac, `+document.body.dataset.mapVersion`); v <= v0 {
		t.Errorf("the projector's map did not change: version %d, was %d", v, v0)
	}
	fac.shot("serve-projector-nl.png")

	// Ann revises: her answers are filled in; she gives to Jürgen now,
	// not to Carla.
	ann.click(`a.button[href="/answer"]`)
	ann.at("/answer")
	if on := eval[[]string](ann, `[...document.querySelectorAll("input:checked")].map(i => i.name + "=" + i.value)`); !slices.Equal(on,
		[]string{"contact=Bob Janssens", "contact=Carla De Smet", "asked=Bob Janssens", "gave=Carla De Smet"}) {
		t.Errorf("Ann's answers filled in: %q", on)
	}
	ann.click(`input[name=contact][value="Carla De Smet"]`) // not a contact any more
	ann.click(`input[name=contact][value="Jürgen Van der Hagen"]`)
	ann.click(`.stepnav button:last-child`)
	ann.click(`input[name=gave][value="Carla De Smet"]`)
	ann.click(`input[name=gave][value="Jürgen Van der Hagen"]`)
	ann.click(`.stepnav button:last-child`)
	ann.click(`button[value=save]`)
	ann.at("/done")
	ann.shot("serve-done-nl.png")
	ann.until(`document.querySelector("figure.map img").complete && document.querySelector("figure.map img").naturalWidth > 0`)

	// The live map shows the new tie and not the withdrawn one.
	for !strings.Contains(edges(), edge("Ann Peeters", "Jürgen Van der Hagen")) {
		v := eval[int](fac, `+document.body.dataset.mapVersion`)
		fac.until(fmt.Sprintf(`+document.body.dataset.mapVersion > %d`, v))
	}
	if strings.Contains(edges(), edge("Ann Peeters", "Carla De Smet")) {
		t.Errorf("the live map still shows Ann → Carla")
	}

	// Bob's phone runs no script: the pages work as plain forms.
	bob := phone(t, b.Open(t, "about:blank").Context(), "Bob's phone (no script)", r.srv.ParticipantURL())
	bob.do(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}), chromedp.Navigate(r.srv.ParticipantURL()+"?lang=nl"))
	bob.at("/")
	bob.click(`#roster-list button[value="Bob Janssens"]`)
	bob.at("/answer")
	if visible := eval[int](bob, `[...document.querySelectorAll("fieldset.step")].filter(f => f.offsetParent !== null).length`); visible != 3 {
		t.Errorf("without script %d steps show, want all 3", visible)
	}
	bob.fits()
	bob.click(`input[name=contact][value="Ann Peeters"]`)
	bob.click(`input[name=gave][value="Ann Peeters"]`)
	bob.click(`button[value=save]`)
	bob.at("/done")

	// Exactly these records, each reported by who sent it.
	want := []string{
		"Ann Peeters → Jürgen Van der Hagen [] by Ann Peeters",
		"Bob Janssens → Ann Peeters [Excel] by Ann Peeters+Bob Janssens",
		"Jürgen Van der Hagen → Ann Peeters [] by Jürgen Van der Hagen",
		"Jürgen Van der Hagen → Zoë Wouters [] by Jürgen Van der Hagen",
	}
	if got := r.dump(); !slices.Equal(got, want) {
		t.Errorf("stored:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	ann2, err := r.db.FindPerson(ctx, r.net.ID, "Ann Peeters")
	if err != nil || !slices.Equal(ann2.Offers, []string{"coaching"}) {
		t.Errorf("Ann's offers: %q %v", ann2.Offers, err)
	}
}
