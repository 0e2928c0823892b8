package web

import (
	"io/fs"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
)

// With --codes, participants come in with their personal code: the sheet
// shows each code once, the link asks "are you …?", a wrong code is
// refused, and picking a name is not possible.
func TestPersonalCodes(t *testing.T) {
	r := newRoom(t, func(c *Config) { c.Codes = true })
	c := r.client()
	home := c.get("/")
	if !strings.Contains(home.body, "Your personal code") || strings.Contains(home.body, `name="me"`) {
		t.Errorf("start page with codes:\n%s", home.body)
	}
	if p := c.post("/pick", url.Values{"csrf": {csrf(t, home.body)}, "me": {"Ann Peeters"}}); p.status != http.StatusForbidden {
		t.Errorf("picking a name with codes: %d", p.status)
	}
	f := r.facilitator()
	sheet := f.send("/facilitator/codes", url.Values{"which": {"missing"}})
	links := regexp.MustCompile(`<p class="link">([^<]+)</p>`).FindAllStringSubmatch(sheet.body, -1)
	if len(links) != len(people) || sheet.header.Get("Cache-Control") != "no-store" {
		t.Fatalf("sheet: %d links\n%s", len(links), sheet.body)
	}
	if !strings.Contains(sheet.body, "For Ann Peeters") || strings.Count(sheet.body, `<svg class="qr"`) != len(people) {
		t.Errorf("the sheet lacks names or QR codes")
	}
	// Everyone has a code now: "the people without one" makes no sheet.
	if again := f.send("/facilitator/codes", url.Values{"which": {"missing"}}); strings.Contains(again.body, `<p class="link">`) {
		t.Errorf("codes made twice")
	}
	// The first card is Anaïs's (by name).
	link := links[0][1]
	code := link[strings.LastIndex(link, "/")+1:]
	p := c.get("/c/" + code)
	if !strings.Contains(p.body, "Are you Anaïs Dubois?") {
		t.Fatalf("code link:\n%s", p.body)
	}
	fm := form(t, p.body, "code")
	if p := c.post(fm.action, fm.values); p.url != "/answer" || !strings.Contains(p.body, "You are Anaïs Dubois.") {
		t.Errorf("after the code: %s", p.url)
	}
	// Typed by hand, in groups and lower case, on another phone: the code
	// moves the name there.
	other := r.client().from("127.0.0.4")
	typed := strings.ToLower(groupedCode(code))
	if p := other.post("/code", url.Values{"csrf": {csrf(t, other.get("/c").body)}, "code": {typed}}); p.url != "/answer" {
		t.Errorf("typed code: %d %s", p.status, p.url)
	}
	if p := c.get("/answer"); p.url != "/" {
		t.Errorf("the first phone kept the name: %s", p.url)
	}
	// Wrong codes are refused, and limited.
	wrong := r.client().from("127.0.0.5")
	statuses := map[int]int{}
	for range 7 {
		statuses[wrong.get("/c/"+strings.Repeat("A", 26)).status]++
	}
	if statuses[http.StatusNotFound] != 5 || statuses[http.StatusTooManyRequests] != 2 {
		t.Errorf("wrong codes: %v", statuses)
	}
}

// Without --codes there are no codes.
func TestNoCodesWithoutTheFlag(t *testing.T) {
	r := newRoom(t)
	if p := r.client().get("/c/ABCD"); p.status != http.StatusNotFound {
		t.Errorf("code link without --codes: %d", p.status)
	}
	if p := r.facilitator().send("/facilitator/codes", url.Values{"which": {"all"}}); p.status != http.StatusNotFound {
		t.Errorf("making codes without --codes: %d", p.status)
	}
}

// When the facilitator allows it, participants see their own ego map and
// whom they could ask; otherwise not.
func TestResults(t *testing.T) {
	r := newRoom(t)
	ann := r.client()
	ann.pick("Ann Peeters")
	ann.answer([]string{"Bob Janssens"}, []string{"Carla De Smet"}, nil, url.Values{"needs": {"Excel"}})
	bob := r.client().from("127.0.0.6")
	bob.pick("Bob Janssens")
	bob.answer(nil, nil, []string{"Carla De Smet"}, url.Values{"offers": {"excel"}})
	if p := ann.get("/me/map.svg"); p.status != http.StatusNotFound {
		t.Errorf("ego map while not allowed: %d", p.status)
	}
	if p := ann.get("/done"); strings.Contains(p.body, "Whom you could ask") {
		t.Errorf("suggestions while not allowed")
	}
	r.facilitator().send("/facilitator/settings", url.Values{"show_results": {"1"}})
	p := ann.get("/done")
	if !strings.Contains(p.body, "Whom you could ask") || !strings.Contains(p.body, `src="/me/map.svg`) || !strings.Contains(p.body, "<strong>Bob Janssens</strong> · Excel") {
		t.Errorf("results:\n%s", p.body)
	}
	svg := ann.get("/me/map.svg")
	if svg.header.Get("Content-Type") != "image/svg+xml" || !strings.Contains(svg.body, "Ann Peeters") || strings.Contains(svg.body, "Jürgen") {
		t.Errorf("ego map: %s\n%.400s", svg.header.Get("Content-Type"), svg.body)
	}
	if p := bob.get("/done"); !strings.Contains(p.body, "Fill in what you need") {
		t.Errorf("Bob without needs:\n%s", p.body)
	}
}

// The report and handouts open from the panel, each with a policy of its
// own and never in a frame.
func TestReportAndHandouts(t *testing.T) {
	r := newRoom(t)
	ann := r.client()
	ann.pick("Ann Peeters")
	ann.answer([]string{"Bob Janssens"}, []string{"Carla De Smet"}, nil, nil)
	f := r.facilitator()
	for _, path := range []string{"/facilitator/report", "/facilitator/handouts"} {
		p := f.get(path)
		csp := p.header.Get("Content-Security-Policy")
		if p.status != http.StatusOK || !strings.Contains(p.body, "Ann Peeters") || !strings.Contains(csp, "frame-ancestors 'none'") ||
			!strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src 'unsafe-inline'") {
			t.Errorf("%s: %d, policy %q", path, p.status, csp)
		}
	}
	if csp := f.get("/facilitator/report").header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'sha256-") {
		t.Errorf("the report's script is not allowed by its hash: %q", csp)
	}
}

// Every word a template uses is one words() has, in both languages, and
// every one words() has is used.
func TestTemplatesUseKnownWords(t *testing.T) {
	used := map[string]bool{}
	re := regexp.MustCompile(`\.W\.([A-Za-z0-9]+)`)
	err := fs.WalkDir(files, "templates", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(path)
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			used[m[1]] = true
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range i18n.Codes {
		w := words(i18n.New(code))
		for k := range used {
			if w[k] == "" {
				t.Errorf("templates use %q, which words(%s) lacks", k, code)
			}
		}
		var unused []string
		for k := range w {
			if !used[k] && !slices.Contains([]string{"pickNoMatch", "codeBad", "again", "needFirst", "nobodyOffer", "nobodyYet", "done", "addAnyway",
				"pickTitle", "codeTitle", "waitTitle", "answerTitle", "yourAnswers", "facTitle", "projector"}, k) {
				unused = append(unused, k)
			}
		}
		if len(unused) > 0 {
			t.Errorf("words(%s) has %q, which no template or handler uses", code, unused)
		}
	}
}
