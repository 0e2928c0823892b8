package web

import (
	"bufio"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/kring-nl/kring/graph"
)

// snapshot is everything the database holds that a request could change:
// ties and contacts, people, who holds which name, requests, settings.
func (r *room) snapshot() string {
	r.t.Helper()
	ctx := context.Background()
	names, err := r.db.PersonNames(ctx, r.net.ID)
	if err != nil {
		r.t.Fatal(err)
	}
	claims, _ := r.db.Claims(ctx, r.net.ID)
	reqs, _ := r.db.Requests(ctx, r.net.ID)
	st, _ := r.db.ServeSettings(ctx, r.net.ID)
	st.Key = nil
	hist, _ := r.db.History(ctx, 100)
	return fmt.Sprintf("%q\n%q\n%v\n%v\n%+v\n%d changes", r.dump(), names, claims, reqs, st, len(hist))
}

// unchanged fails the test when the database changed since before.
func (r *room) unchanged(what, before string) {
	r.t.Helper()
	if after := r.snapshot(); after != before {
		r.t.Errorf("%s changed the database:\nbefore %s\nafter  %s", what, before, after)
	}
}

// A second browser that picks a name another holds is refused, never sees
// the first one's answers, and gets the name only once the facilitator
// releases it.
func TestSecondBrowserOnAClaimedName(t *testing.T) {
	r := newRoom(t)
	first := r.client()
	first.pick("Ann Peeters")
	first.answer([]string{"Bob Janssens"}, []string{"Carla De Smet"}, nil, url.Values{"topic:Bob Janssens": {"secret topic"}})
	before := r.snapshot()
	second := r.client()
	p := second.pick("ANN PEETERS")
	if p.status != http.StatusConflict || !strings.Contains(p.body, "already picked in another browser") {
		t.Errorf("second browser: %d\n%s", p.status, p.body)
	}
	for _, path := range []string{"/answer", "/done", "/me/map.svg"} {
		p := second.get(path)
		if p.url != "/" || strings.Contains(p.body, "secret topic") || strings.Contains(p.body, "Carla De Smet →") {
			t.Errorf("second browser at %s: %d %s", path, p.status, p.url)
		}
	}
	// Not even by sending the answer form with its own token.
	p = second.post("/answer", url.Values{"csrf": {csrf(t, second.get("/").body)}, "asked": {"Jürgen Van der Hagen"}})
	if p.url != "/" {
		t.Errorf("second browser's answer: %d %s", p.status, p.url)
	}
	r.unchanged("a second browser", before)
	f := r.facilitator()
	f.send("/facilitator/release", url.Values{"name": {"Ann Peeters"}})
	if p := second.pick("Ann Peeters"); p.url != "/answer" {
		t.Fatalf("after release: %d %s", p.status, p.url)
	}
	// The new holder sees the answers given under the name, as its form
	// (they are Ann's, and the facilitator gave her name to this browser).
	if p := first.get("/answer"); p.url != "/" {
		t.Errorf("the first browser kept the name: %s", p.url)
	}
}

// Every request that changes something needs the CSRF token of its own
// browser: without it, with a wrong one, or with another browser's, it is
// answered 403 and nothing changes. Cross-site requests are refused too.
func TestCSRF(t *testing.T) {
	r := newRoom(t)
	ann := r.client()
	ann.pick("Ann Peeters")
	annToken := csrf(t, ann.get("/answer").body)
	f := r.facilitator()
	facToken := csrf(t, f.get("/facilitator/").body)
	if facToken == annToken {
		t.Fatalf("two browsers got the same token")
	}
	other := r.client()
	otherToken := csrf(t, other.get("/").body)
	wrongToken := "x" + otherToken[1:]
	if wrongToken == otherToken {
		wrongToken = "y" + otherToken[1:]
	}
	before := r.snapshot()
	for _, c := range []struct {
		name   string
		client *client
		path   string
		form   url.Values
	}{
		{"pick without token", other, "/pick", url.Values{"me": {"Bob Janssens"}}},
		{"pick with a wrong token", other, "/pick", url.Values{"me": {"Bob Janssens"}, "csrf": {wrongToken}}},
		{"pick with another browser's token", other, "/pick", url.Values{"me": {"Bob Janssens"}, "csrf": {annToken}}},
		{"answer without token", ann, "/answer", url.Values{"asked": {"Bob Janssens"}}},
		{"answer with another browser's token", ann, "/answer", url.Values{"asked": {"Bob Janssens"}, "csrf": {otherToken}}},
		{"leave without token", ann, "/leave", nil},
		{"add a person without token", f, "/facilitator/people", url.Values{"name": {"Eve Maes"}}},
		{"settings with a participant's token", f, "/facilitator/settings", url.Values{"show_names": {"1"}, "csrf": {annToken}}},
		{"attend with an empty token", f, "/facilitator/attend", url.Values{"name": {"Bob Janssens"}, "present": {"1"}, "csrf": {""}}},
		{"wave without token", f, "/facilitator/wave", url.Values{"action": {"new"}, "name": {"Meeting 9"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if p := c.client.post(c.path, c.form); p.status != http.StatusForbidden {
				t.Errorf("%s: %d, want 403", c.path, p.status)
			}
		})
	}
	// A request from another site, even with the right token.
	req, _ := http.NewRequest("POST", r.base()+"/answer", strings.NewReader(url.Values{"csrf": {annToken}, "asked": {"Bob Janssens"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if p := ann.do(req); p.status != http.StatusForbidden {
		t.Errorf("cross-site answer: %d", p.status)
	}
	req, _ = http.NewRequest("POST", r.base()+"/pick", strings.NewReader(url.Values{"csrf": {otherToken}, "me": {"Bob Janssens"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", "http://evil.example")
	if p := other.do(req); p.status != http.StatusForbidden {
		t.Errorf("pick from another origin: %d", p.status)
	}
	r.unchanged("requests without a valid CSRF token", before)
	if p := ann.get("/answer"); p.url != "/answer" {
		t.Errorf("Ann lost her name: %s", p.url)
	}
}

// The facilitator's pages need the secret: without it 401 or 404, a wrong
// one 404, and after a few wrong ones even the right one waits (429).
func TestFacilitatorSecret(t *testing.T) {
	r := newRoom(t)
	c := r.client()
	for _, path := range []string{"/facilitator/", "/facilitator/projector", "/facilitator/map.svg", "/facilitator/events",
		"/facilitator/report", "/facilitator/handouts"} {
		if p := c.get(path); p.status != http.StatusUnauthorized {
			t.Errorf("%s without the secret: %d", path, p.status)
		}
	}
	tok := csrf(t, c.get("/").body)
	before := r.snapshot()
	for _, path := range []string{"/facilitator/settings", "/facilitator/wave", "/facilitator/people", "/facilitator/requests",
		"/facilitator/release", "/facilitator/attend", "/facilitator/codes"} {
		if p := c.post(path, url.Values{"csrf": {tok}, "name": {"Eve Maes"}, "action": {"new"}, "show_names": {"1"}}); p.status != http.StatusUnauthorized {
			t.Errorf("POST %s without the secret: %d", path, p.status)
		}
	}
	r.unchanged("the facilitator's forms without the secret", before)
	secret := r.srv.FacilitatorURL()
	base := secret[:strings.LastIndex(secret, "/")+1]
	if p := c.get(strings.TrimPrefix(base, r.base())); p.status != http.StatusNotFound {
		t.Errorf("the address without its secret: %d", p.status)
	}
	for i, tries := 0, 0; tries < 5; i++ {
		wrong := secret[:len(secret)-1] + string(rune('a'+i))
		if wrong == secret {
			continue
		}
		tries++
		if p := c.get(strings.TrimPrefix(wrong, r.base())); p.status != http.StatusNotFound {
			t.Errorf("wrong secret %d: %d", i, p.status)
		}
	}
	if p := c.get(strings.TrimPrefix(secret, r.base())); p.status != http.StatusTooManyRequests {
		t.Errorf("after five wrong secrets the right one got %d, want 429", p.status)
	}
	// Another device is not held up.
	if p := r.client().from("127.0.0.2").get(strings.TrimPrefix(secret, r.base())); p.status != http.StatusOK {
		t.Errorf("the right secret from a fresh client: %d", p.status)
	}
}

// Names with markup are shown as text everywhere; typed on a page for
// someone new they are refused.
func TestNamesWithMarkup(t *testing.T) {
	r := newRoom(t)
	ctx := context.Background()
	evil := `<script>alert("x")</script> Eve`
	if _, err := r.db.AddPeople(ctx, r.net.ID, []graph.PersonRecord{{Name: evil}}); err != nil {
		t.Fatal(err)
	}
	ann := r.client()
	ann.pick("Ann Peeters")
	ann.answer([]string{evil}, nil, nil, url.Values{"topic:" + evil: {`<img src=x onerror=alert(1)>`}})
	eve := r.client().from("127.0.0.3")
	if p := eve.pick(evil); p.url != "/answer" {
		t.Fatalf("picking the name with markup: %d %s", p.status, p.url)
	}
	eve.answer(nil, []string{"Ann Peeters"}, nil, nil)
	f := r.facilitator()
	f.send("/facilitator/settings", url.Values{"show_names": {"1"}, "map_names": {"1"}})
	for _, c := range []struct {
		client *client
		path   string
	}{{ann, "/answer"}, {ann, "/done"}, {r.client(), "/"}, {eve, "/answer"}, {eve, "/done"}, {f, "/facilitator/"}, {f, "/facilitator/projector"}} {
		p := c.client.get(c.path)
		if strings.Contains(p.body, "<script>alert") || strings.Contains(p.body, "<img src=x") {
			t.Errorf("%s shows markup unescaped", c.path)
		}
		if !strings.Contains(p.body, "&lt;script&gt;") {
			t.Errorf("%s does not show the name:\n%s", c.path, p.body)
		}
	}
	r.freshMap()
	if svg := f.get("/facilitator/map.svg").body; strings.Contains(svg, "<script") || !strings.Contains(svg, "&lt;script&gt;") {
		t.Errorf("the live map does not escape the name:\n%.500s", svg)
	}
	before := r.snapshot()
	// Typed for someone new: refused, with a message.
	f2 := form(t, ann.get("/answer").body, "asked")
	f2.values.Set("new", `<b>Bold</b>`)
	f2.values.Set("action", "add")
	if p := ann.post("/answer", f2.values); p.status != http.StatusUnprocessableEntity || !strings.Contains(p.body, "cannot hold &lt; or &gt;") {
		t.Errorf("a new name with markup: %d", p.status)
	}
	if p := ann.answer([]string{"<i>x</i>"}, nil, nil, nil); p.status != http.StatusUnprocessableEntity {
		t.Errorf("a name with markup sent as asked: %d", p.status)
	}
	if p := f.send("/facilitator/people", url.Values{"name": {"<i>x</i>"}}); p.status != http.StatusUnprocessableEntity {
		t.Errorf("a person with markup added by the facilitator: %d", p.status)
	}
	r.unchanged("names with markup", before)
}

// Bodies larger than the server takes are refused (413) and change
// nothing.
func TestOversizedBodies(t *testing.T) {
	r := newRoom(t)
	ann := r.client()
	ann.pick("Ann Peeters")
	tok := csrf(t, ann.get("/answer").body)
	before := r.snapshot()
	big := url.Values{"csrf": {tok}, "asked": {"Bob Janssens"}, "offers": {strings.Repeat("x", 2*maxBody)}}
	if p := ann.post("/answer", big); p.status != http.StatusRequestEntityTooLarge {
		t.Errorf("a large answer: %d", p.status)
	}
	// The same with the token at the end, past the limit.
	body := "asked=Bob+Janssens&offers=" + strings.Repeat("y", 2*maxBody) + "&csrf=" + url.QueryEscape(tok)
	req, _ := http.NewRequest("POST", r.base()+"/answer", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if p := ann.do(req); p.status != http.StatusRequestEntityTooLarge {
		t.Errorf("a large answer with the token last: %d", p.status)
	}
	r.unchanged("oversized bodies", before)
}

// Tricks with paths reach nothing outside the pages: no file, no
// facilitator's page.
func TestPathTricks(t *testing.T) {
	r := newRoom(t)
	before := r.snapshot()
	for _, path := range []string{
		"/static/../../../../etc/passwd", "/static/..%2f..%2f..%2fetc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
		"/static/", "/static/.", "/static/kring.css/../../server.go", "/static//etc/passwd", "//etc/passwd",
		"/facilitator/../facilitator/", "/f/../facilitator/", "/facilitator/%2e%2e/facilitator/", "/templates/layout.html",
		"/static/../templates/layout.html", "/answer/../facilitator/", "/c/../facilitator/",
	} {
		req, err := http.NewRequest("GET", r.base()+"/", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.URL.Opaque = path // sent as it is, not cleaned by the client
		req.URL.RawPath = ""
		p := r.client().do(req)
		if strings.Contains(p.body, "root:") || strings.Contains(p.body, "package web") || strings.Contains(p.body, `{{define`) ||
			strings.Contains(p.body, "Facilitator's page") {
			t.Errorf("%s: %d at %s reached something", path, p.status, p.url)
		}
		if p.status == http.StatusOK && p.url != "/" && !strings.HasPrefix(p.url, "/static/") {
			t.Errorf("%s: 200 at %s", path, p.url)
		}
	}
	if p := r.client().get("/static/kring.css"); p.status != http.StatusOK || p.header.Get("Content-Type") != "text/css; charset=utf-8" {
		t.Errorf("the style sheet: %d %s", p.status, p.header.Get("Content-Type"))
	}
	r.unchanged("path tricks", before)
}

// A client that sends its request slowly is cut off, and does not hold up
// the others.
func TestSlowClients(t *testing.T) {
	r := newRoom(t, func(c *Config) {
		c.Timeouts = Timeouts{ReadHeader: 300 * time.Millisecond, Read: 600 * time.Millisecond}
	})
	before := r.snapshot()
	addr := strings.TrimPrefix(r.base(), "http://")
	// Headers that never end.
	slow, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	fmt.Fprintf(slow, "GET / HTTP/1.1\r\nHost: %s\r\nX-Slow: ", addr)
	// A body that never comes.
	trickle, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer trickle.Close()
	fmt.Fprintf(trickle, "POST /pick HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nme=Ann", addr)
	// Meanwhile others are served.
	if p := r.client().get("/"); p.status != http.StatusOK {
		t.Errorf("another client while slow ones wait: %d", p.status)
	}
	// The server ends both connections (reading stops at EOF or a reset).
	for _, c := range []net.Conn{slow, trickle} {
		c.SetReadDeadline(time.Now().Add(time.Minute)) // a bound for a broken server, not a wait
		rd := bufio.NewReader(c)
		for {
			if _, err := rd.ReadByte(); err != nil {
				if ne, ok := err.(net.Error); ok && ne.Timeout() {
					t.Errorf("the server kept a slow connection open for a minute")
				}
				break
			}
		}
	}
	r.unchanged("slow clients", before)
}

// Every page carries the security headers: a policy without inline
// script, no framing, no sniffing, no referrer, and no caching of pages.
func TestSecurityHeaders(t *testing.T) {
	r := newRoom(t)
	ann := r.client()
	ann.pick("Ann Peeters")
	f := r.facilitator()
	for _, c := range []struct {
		client *client
		path   string
	}{{r.client(), "/"}, {ann, "/answer"}, {ann, "/done"}, {r.client(), "/nothing-here"}, {f, "/facilitator/"}, {f, "/facilitator/projector"}} {
		p := c.client.get(c.path)
		h := p.header
		csp := h.Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "frame-ancestors 'none'") ||
			h.Get("X-Frame-Options") != "DENY" || h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" ||
			h.Get("Cache-Control") != "no-store" {
			t.Errorf("%s headers: %v", c.path, h)
		}
		if strings.Contains(p.body, "<script>") || strings.Contains(p.body, " style=") || strings.Contains(p.body, " onclick=") {
			t.Errorf("%s holds inline script or style", c.path)
		}
	}
	// Cookies: HttpOnly and SameSite=Strict.
	req, _ := http.NewRequest("GET", r.srv.FacilitatorURL(), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	for _, ck := range resp.Cookies() {
		if !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode {
			t.Errorf("cookie %s: HttpOnly %v, SameSite %v", ck.Name, ck.HttpOnly, ck.SameSite)
		}
	}
	if len(resp.Cookies()) < 2 {
		t.Errorf("cookies: %v", resp.Cookies())
	}
}

// Claims are limited per device: one phone cannot pick every name in turn.
func TestClaimsAreRateLimited(t *testing.T) {
	r := newRoom(t)
	c := r.client()
	tok := csrf(t, c.get("/").body)
	got := map[int]int{}
	for i := range 12 {
		got[c.post("/pick", url.Values{"csrf": {tok}, "me": {people[i%len(people)]}}).status]++
	}
	if got[http.StatusTooManyRequests] == 0 {
		t.Errorf("12 picks in a row from one device: %v", got)
	}
}

// With --tls the server speaks HTTPS with its own certificate, kept next to
// the database with mode 0600, and its cookies are Secure.
func TestTLS(t *testing.T) {
	r := newRoom(t, func(c *Config) { c.TLS = true })
	if !strings.HasPrefix(r.srv.ParticipantURL(), "https://") || !strings.HasPrefix(r.srv.FacilitatorURL(), "https://") || r.srv.Fingerprint() == "" {
		t.Fatalf("addresses %s %s", r.srv.ParticipantURL(), r.srv.FacilitatorURL())
	}
	cert, key := r.srv.CertFiles()
	for _, f := range []string{cert, key} {
		if m := mode(t, f); m != 0o600 {
			t.Errorf("%s: mode %v", f, m)
		}
	}
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	resp, err := c.Get(r.srv.FacilitatorURL())
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.TLS == nil {
		t.Fatalf("facilitator over TLS: %d", resp.StatusCode)
	}
	for _, ck := range resp.Cookies() {
		if !ck.Secure {
			t.Errorf("cookie %s is not Secure", ck.Name)
		}
	}
	if fp := strings.ReplaceAll(r.srv.Fingerprint(), ":", ""); len(fp) != 64 {
		t.Errorf("fingerprint %q", r.srv.Fingerprint())
	}
	// Plain HTTP to it gets nothing.
	if resp, err := http.Get(strings.Replace(r.srv.ParticipantURL(), "https", "http", 1)); err == nil {
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			t.Errorf("plain HTTP was served")
		}
	}
}
