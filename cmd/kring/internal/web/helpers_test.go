package web

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
	"golang.org/x/net/html"
)

// room is a running server on a new database with a small network.
type room struct {
	t    *testing.T
	srv  *Server
	db   *store.DB
	net  store.NetworkInfo
	wave graph.Wave
	path string
}

// people are the network of the tests: names with accents and particles.
var people = []string{"Ann Peeters", "Bob Janssens", "Carla De Smet", "Jürgen Van der Hagen", "Anaïs Dubois"}

// newRoom starts a server (on 127.0.0.1, any port) for a new database
// holding people and a wave "Meeting 1"; change adjusts its Config.
func newRoom(t *testing.T, change ...func(*Config)) *room {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kring.db")
	db, err := store.Open(ctx, path, store.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	net, err := db.CreateNetwork(ctx, "Lerend netwerk", "")
	if err != nil {
		t.Fatal(err)
	}
	var recs []graph.PersonRecord
	for _, p := range people {
		recs = append(recs, graph.PersonRecord{Name: p})
	}
	if _, err := db.AddPeople(ctx, net.ID, recs); err != nil {
		t.Fatal(err)
	}
	w, err := db.AddWave(ctx, net.ID, "Meeting 1", "2026-02-05")
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{DB: db, Network: net, Wave: w, Addr: "127.0.0.1:0", CertDir: t.TempDir(), Lang: "en", Today: func() string { return "2026-02-05" }}
	for _, c := range change {
		c(&cfg)
	}
	srv, err := Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := srv.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
		db.Close()
	})
	return &room{t: t, srv: srv, db: db, net: net, wave: w, path: path}
}

// base is the server's address without the path.
func (r *room) base() string { return strings.TrimSuffix(r.srv.ParticipantURL(), "/") }

// dump is what the database holds of the network's ties, one line each.
func (r *room) dump() []string {
	r.t.Helper()
	n, err := r.db.Load(context.Background(), r.net.ID)
	if err != nil {
		r.t.Fatal(err)
	}
	name := map[int64]string{}
	for _, p := range n.People {
		name[p.ID] = p.Name
	}
	who := func(ids []int64) string {
		var out []string
		for _, id := range ids {
			out = append(out, name[id])
		}
		slices.Sort(out)
		return strings.Join(out, "+")
	}
	var out []string
	for _, t := range n.Ties {
		out = append(out, name[t.Giver]+" → "+name[t.Receiver]+" ["+strings.Join(t.Topics, ",")+"] by "+who(t.Reporters))
	}
	for _, c := range n.Contacts {
		pair := []string{name[c.A], name[c.B]}
		slices.Sort(pair)
		out = append(out, pair[0]+" – "+pair[1]+" by "+who(c.Reporters))
	}
	slices.Sort(out)
	return out
}

// client is a browser without script: it keeps cookies, follows
// redirects, and sends forms as they are on the page.
type client struct {
	t    *testing.T
	r    *room
	http *http.Client
	lang string
}

func (r *room) client() *client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		r.t.Fatal(err)
	}
	return &client{t: r.t, r: r, http: &http.Client{Jar: jar}, lang: "en"}
}

// from makes the client come from another address of this machine
// (127.0.0.0/8 is all this machine's): another phone in the room.
func (c *client) from(ip string) *client {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	c.http.Transport = &http.Transport{DialContext: d.DialContext}
	return c
}

// response is what came back: its status, final address and body.
type response struct {
	status int
	url    string
	body   string
	header http.Header
}

func (c *client) do(req *http.Request) response {
	c.t.Helper()
	if c.lang != "" {
		req.Header.Set("Accept-Language", c.lang)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		c.t.Fatal(err)
	}
	return response{status: resp.StatusCode, url: resp.Request.URL.Path, body: string(b), header: resp.Header}
}

func (c *client) get(path string) response {
	c.t.Helper()
	req, err := http.NewRequest("GET", c.r.base()+path, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.do(req)
}

func (c *client) post(path string, form url.Values) response {
	c.t.Helper()
	req, err := http.NewRequest("POST", c.r.base()+path, strings.NewReader(form.Encode()))
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// htmlForm is a form on a page: where it goes and its fields as the page
// fills them (hidden and text fields, ticked boxes).
type htmlForm struct {
	action string
	values url.Values
	boxes  map[string][]string // every checkbox's value, by name
}

// forms finds the forms of a page.
func forms(t *testing.T, body string) []htmlForm {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var out []htmlForm
	var cur *htmlForm
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			a := map[string]string{}
			checked := false
			for _, at := range n.Attr {
				a[at.Key] = at.Val
				if at.Key == "checked" {
					checked = true
				}
			}
			switch n.Data {
			case "form":
				out = append(out, htmlForm{action: a["action"], values: url.Values{}, boxes: map[string][]string{}})
				cur = &out[len(out)-1]
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				cur = nil
				return
			case "select":
				if cur != nil && a["name"] != "" {
					value, first := "", true
					var options func(*html.Node)
					options = func(o *html.Node) {
						for c := o.FirstChild; c != nil; c = c.NextSibling {
							if c.Type == html.ElementNode && c.Data == "option" {
								for _, at := range c.Attr {
									if at.Key == "value" && first {
										value, first = at.Val, false
									}
								}
								for _, at := range c.Attr {
									if at.Key == "selected" {
										for _, v := range c.Attr {
											if v.Key == "value" {
												value = v.Val
											}
										}
									}
								}
							}
							options(c)
						}
					}
					options(n)
					cur.values.Add(a["name"], value)
				}
				return
			case "input":
				if cur != nil && a["name"] != "" {
					switch a["type"] {
					case "checkbox":
						cur.boxes[a["name"]] = append(cur.boxes[a["name"]], a["value"])
						if checked {
							cur.values.Add(a["name"], a["value"])
						}
					case "submit", "button", "search":
					default:
						cur.values.Add(a["name"], a["value"])
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// form is the page's form with a field of that name; it fails the test
// when there is none.
func form(t *testing.T, body, field string) htmlForm {
	t.Helper()
	for _, f := range forms(t, body) {
		if f.values.Has(field) || len(f.boxes[field]) > 0 {
			return f
		}
	}
	t.Fatalf("no form with a field %q on the page:\n%s", field, body)
	return htmlForm{}
}

// pick picks a name on the start page, as a person typing it would.
func (c *client) pick(name string) response {
	c.t.Helper()
	f := form(c.t, c.get("/").body, "me")
	f.values.Set("me", name)
	return c.post(f.action, f.values)
}

// answer sends the answer form with these people ticked (names as shown),
// leaving the rest of the form as the page filled it in except the boxes.
func (c *client) answer(asked, gave, contact []string, extra url.Values) response {
	c.t.Helper()
	p := c.get("/answer")
	if p.status != http.StatusOK {
		c.t.Fatalf("answer form: %d %s\n%s", p.status, p.url, p.body)
	}
	f := form(c.t, p.body, "asked")
	for _, k := range []string{"asked", "gave", "contact"} {
		f.values.Del(k)
	}
	for k, list := range map[string][]string{"asked": asked, "gave": gave, "contact": contact} {
		for _, n := range list {
			f.values.Add(k, n)
		}
	}
	for k, v := range extra {
		f.values[k] = v
	}
	return c.post(f.action, f.values)
}

// csrf is the CSRF token on a page.
func csrf(t *testing.T, body string) string {
	t.Helper()
	return form(t, body, "csrf").values.Get("csrf")
}

// facilitator is a client let in with the secret address.
func (r *room) facilitator() *client {
	c := r.client()
	req, err := http.NewRequest("GET", r.srv.FacilitatorURL(), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	if p := c.do(req); p.status != http.StatusOK {
		r.t.Fatalf("facilitator address: %d\n%s", p.status, p.body)
	}
	return c
}

// readEvents reads a stream of server-sent events.
func readEvents(body io.Reader) <-chan event {
	ch := make(chan event, 100)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(body)
		for sc.Scan() {
			if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var e event
				if json.Unmarshal([]byte(d), &e) == nil {
					select {
					case ch <- e:
					default:
					}
				}
			}
		}
	}()
	return ch
}

// send posts a form of the facilitator's panel to action, with the panel's
// CSRF token and these fields.
func (c *client) send(action string, set url.Values) response {
	c.t.Helper()
	v := url.Values{"csrf": {csrf(c.t, c.get("/facilitator/").body)}}
	for k, list := range set {
		v[k] = list
	}
	return c.post(action, v)
}

// mode is a file's permission bits.
func mode(t *testing.T, path string) os.FileMode {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

// freshMap is the live map drawn after everything done so far: it asks for
// a new drawing and waits for it.
func (r *room) freshMap() snapshot {
	r.srv.live.invalidate()
	r.srv.live.mu.Lock()
	gen := r.srv.live.gen
	r.srv.live.mu.Unlock()
	for {
		snap, changed := r.srv.live.current()
		if snap.Gen >= gen {
			return snap
		}
		<-changed
	}
}

// readEventsAll reads a stream of server-sent events, missing none: the
// reader must keep reading until the stream ends.
func readEventsAll(body io.Reader) <-chan event {
	ch := make(chan event)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(body)
		for sc.Scan() {
			if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				var e event
				if json.Unmarshal([]byte(d), &e) == nil {
					ch <- e
				}
			}
		}
	}()
	return ch
}
