package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"regexp"
	"slices"
	"time"

	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/graph/render/report"
	"github.com/kring-nl/kring/store"
)

// The facilitator's pages: the panel on the laptop (who answered, people,
// waves, settings, codes), the projector view and the live map.

func (s *Server) handleFacilitatorLogin(w http.ResponseWriter, r *http.Request) {
	ip := clientIP(r)
	if !s.secrets.left(ip) {
		s.fail(w, r, http.StatusTooManyRequests, errTooMany)
		return
	}
	if !s.validSecret(r.PathValue("secret")) {
		s.secrets.allow(ip)
		s.fail(w, r, http.StatusNotFound, errNoPage)
		return
	}
	// The browser is let in for the run of the server; the page's script
	// takes the secret out of the address bar, and every other address of
	// the facilitator's pages (the projector's too) is without it.
	s.newFacilitatorSession(w)
	s.renderPanel(w, r, http.StatusOK, nil, "")
}

// flash keeps a message for the facilitator's next page.
func (s *Server) flash(r *http.Request, msg string) {
	s.facMu.Lock()
	defer s.facMu.Unlock()
	if s.flashes == nil {
		s.flashes = map[[sha256.Size]byte]string{}
	}
	s.flashes[sha256.Sum256([]byte(cookie(r, cookieFacilitator)))] = msg
}

// takeFlash is the message kept for this page, once.
func (s *Server) takeFlash(r *http.Request) string {
	s.facMu.Lock()
	defer s.facMu.Unlock()
	k := sha256.Sum256([]byte(cookie(r, cookieFacilitator)))
	msg := s.flashes[k]
	delete(s.flashes, k)
	return msg
}

// backToPanel ends a change of the facilitator's: the panel again, with a
// message.
func (s *Server) backToPanel(w http.ResponseWriter, r *http.Request, msg string) {
	s.flash(r, msg)
	http.Redirect(w, r, "/facilitator/", http.StatusSeeOther)
}

// panelData is what the facilitator's panel shows.
type panelData struct {
	PartURL   string
	QR        template.HTML
	Wave      graph.Wave
	Waves     []graph.Wave
	Open      bool
	Count     string
	People    []panelPerson
	Requests  []panelRequest
	Everyone  []string
	Settings  store.ServeSettings
	Codes     bool
	CodeCount string
	Question  *question
	LANWarn   bool
}

type panelPerson struct {
	Name             string
	Answered, ByCLI  bool
	When             string
	Claimed, HasCode bool
	Present, Absent  bool
}

type panelRequest struct {
	ID   int64
	Name string
	Near string // the name on the list it most looks like
}

func (s *Server) handlePanel(w http.ResponseWriter, r *http.Request) {
	s.renderPanel(w, r, http.StatusOK, nil, "")
}

// renderPanel shows the facilitator's panel, with a question about a name
// to add, or a problem.
func (s *Server) renderPanel(w http.ResponseWriter, r *http.Request, status int, q *question, problem string) {
	ctx := r.Context()
	wave, open, settings := s.state()
	p := s.newPage(w, r, "", true)
	p.Title = p.W["facTitle"]
	p.Class = "panel"
	p.Notice = s.takeFlash(r)
	p.Error = problem
	n, who, err := s.db.LoadAnswered(ctx, s.net.ID, wave.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	claims, err := s.db.Claims(ctx, s.net.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	codes, err := s.db.Codes(ctx, s.net.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	reqs, err := s.db.Requests(ctx, s.net.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	qr, err := qrSVG(s.partURL, 160)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	d := panelData{PartURL: s.partURL, QR: qr, Wave: wave, Waves: n.Waves, Open: open, Settings: settings, Codes: s.cfg.Codes,
		Count: answeredOf(p.l, len(who), len(n.People)), Question: q, LANWarn: s.NoNetwork()}
	marks := map[int64]bool{}
	marked := map[int64]bool{}
	for _, m := range n.Marks {
		if m.Wave == wave.ID {
			marks[m.Person], marked[m.Person] = m.Present, true
		}
	}
	for _, person := range n.People {
		at, answered := who[person.ID]
		pp := panelPerson{Name: person.Name, Answered: answered, ByCLI: answered && at == "", Claimed: claims[person.ID] != "", HasCode: codes[person.ID] != "",
			Present: marked[person.ID] && marks[person.ID], Absent: marked[person.ID] && !marks[person.ID]}
		if t, err := time.Parse(time.RFC3339, at); err == nil {
			pp.When = answeredAt(p.l, t.Local().Format("15:04"))
		}
		d.People = append(d.People, pp)
		d.Everyone = append(d.Everyone, person.Name)
	}
	ro := roster{all: newEveryone(n.People, nil)}
	for _, rq := range reqs {
		pr := panelRequest{ID: rq.ID, Name: rq.Name}
		if near := ro.near(rq.Name); len(near) > 0 {
			pr.Near = near[0]
		}
		d.Requests = append(d.Requests, pr)
	}
	d.CodeCount = codesOf(p.l, len(codes), len(n.People))
	p.Data = d
	s.render(w, status, "panel", p)
}

// projectorData is what the projector view shows.
type projectorData struct {
	PartURL string
	QR      template.HTML
	Count   string
	Names   []string
	Version int64
	Codes   bool
}

func (s *Server) handleProjector(w http.ResponseWriter, r *http.Request) {
	_, _, settings := s.state()
	p := s.newPage(w, r, "", true)
	p.Title = p.W["projector"]
	p.Class = "projector"
	p.NoScript = 10
	qr, err := qrSVG(s.partURL, 480)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	wave, _, _ := s.state()
	who, err := s.db.Answered(r.Context(), s.net.ID, wave.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	people, err := s.db.People(r.Context(), s.net.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	snap, _ := s.live.current()
	d := projectorData{PartURL: s.partURL, QR: qr, Count: answeredOf(p.l, len(who), len(people)), Version: snap.Version, Codes: s.cfg.Codes}
	for _, person := range people {
		if _, ok := who[person.ID]; ok && settings.ShowNames {
			d.Names = append(d.Names, person.Name)
		}
	}
	p.Data = d
	s.render(w, http.StatusOK, "projector", p)
}

// shownMap is the live map now, once the first one is drawn (or the
// request or server ends).
func (s *Server) shownMap(ctx context.Context) snapshot {
	select {
	case <-s.live.ready:
	case <-ctx.Done():
	case <-s.quit:
	}
	snap, _ := s.live.current()
	return snap
}

// emptyMap stands for the map of a network without people.
const emptyMap = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40" viewBox="0 0 320 40"><text x="10" y="25" font-family="sans-serif" font-size="16" fill="#5b6770">…</text></svg>`

func (s *Server) handleMap(w http.ResponseWriter, r *http.Request) {
	snap := s.shownMap(r.Context())
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("ETag", fmt.Sprintf(`"%d"`, snap.Version))
	if snap.SVG == nil {
		w.Write([]byte(emptyMap))
		return
	}
	w.Write(snap.SVG)
}

// event is what the live map's event stream sends when the map changed.
type event struct {
	Version int64    `json:"v"`
	Count   string   `json:"count"`
	Names   []string `json:"names"`
	Empty   string   `json:"empty"`
}

// handleEvents streams an event each time the live map changes
// (server-sent events), until the browser or the server stops. The panel
// (?names=all) gets who answered by name; the projector only when the
// facilitator chose to show names.
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	l := s.lang(w, r, true)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("X-Accel-Buffering", "no")
	rc := http.NewResponseController(w)
	last := int64(-1)
	keepAlive := time.NewTicker(20 * time.Second)
	defer keepAlive.Stop()
	for {
		snap, changed := s.live.current()
		var out []byte
		if snap.Version != last && snap.Version > 0 {
			_, _, settings := s.state()
			e := event{Version: snap.Version, Count: answeredOf(l, len(snap.Answered), snap.Total), Names: []string{}, Empty: s.pages.words[l.Code()]["nobodyYet"]}
			if settings.ShowNames || r.URL.Query().Get("names") == "all" {
				e.Names = append(e.Names, snap.Answered...)
			}
			b, err := json.Marshal(e)
			if err != nil {
				return
			}
			out = fmt.Appendf(nil, "event: map\nid: %d\ndata: %s\n\n", snap.Version, b)
			last = snap.Version
		}
		if out != nil {
			rc.SetWriteDeadline(time.Now().Add(30 * time.Second))
			if _, err := w.Write(out); err != nil {
				return
			}
			if err := rc.Flush(); err != nil {
				return
			}
		}
		select {
		case <-changed:
		case <-keepAlive.C:
			rc.SetWriteDeadline(time.Now().Add(30 * time.Second))
			if _, err := w.Write([]byte(": still here\n\n")); err != nil {
				return
			}
			rc.Flush()
		case <-r.Context().Done():
			return
		case <-s.quit:
			return
		}
	}
}

func (s *Server) handleSettings(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	st := s.settings
	s.mu.Unlock()
	on := func(k string) bool { return r.PostFormValue(k) == "1" }
	st.ShowNames, st.SelfRegister, st.ShowResults = on("show_names"), on("self_register"), on("show_results")
	st.MapLabels = "initials"
	if on("map_names") {
		st.MapLabels = "name"
	}
	if err := s.db.SetServeSettings(r.Context(), s.net.ID, st); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	s.mu.Lock()
	s.settings = st
	s.mu.Unlock()
	s.live.invalidate()
	s.backToPanel(w, r, s.pages.words[s.lang(w, r, true).Code()]["done"])
}

func (s *Server) handleWave(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	l := s.lang(w, r, true)
	var wave graph.Wave
	switch r.PostFormValue("action") {
	case "open", "close":
		s.mu.Lock()
		s.open = r.PostFormValue("action") == "open"
		s.mu.Unlock()
		s.backToPanel(w, r, s.pages.words[l.Code()]["done"])
		return
	case "switch":
		var err error
		if wave, err = s.db.FindWave(ctx, s.net.ID, r.PostFormValue("wave")); err != nil {
			s.renderPanel(w, r, http.StatusUnprocessableEntity, nil, view.Sentence(l.Error(err)))
			return
		}
	case "new":
		name, date := names.Clean(r.PostFormValue("name")), r.PostFormValue("date")
		if name == "" {
			s.renderPanel(w, r, http.StatusUnprocessableEntity, nil, view.Sentence(l.Error(errNoWave)))
			return
		}
		err := s.writer.write(func(ctx context.Context, db *store.DB) error {
			db.Describe(s.net.ID, "web", fmt.Sprintf("wave add %q", name))
			var err error
			wave, err = db.AddWave(ctx, s.net.ID, name, date)
			return err
		})
		if err != nil {
			s.renderPanel(w, r, http.StatusUnprocessableEntity, nil, view.Sentence(l.Error(err)))
			return
		}
	default:
		s.renderPanel(w, r, http.StatusBadRequest, nil, view.Sentence(l.Error(errForm)))
		return
	}
	s.mu.Lock()
	s.wave = wave
	s.mu.Unlock()
	s.live.invalidate()
	s.backToPanel(w, r, nowWave(l, wave.Name))
}

func (s *Server) handleAddPerson(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	l := s.lang(w, r, true)
	typed := r.PostFormValue("name")
	if c := r.PostFormValue("confirm"); c != "" {
		typed = c
	}
	name, err := checkNewName(typed)
	if err != nil {
		s.renderPanel(w, r, http.StatusUnprocessableEntity, nil, view.Sentence(l.Error(err)))
		return
	}
	if r.PostFormValue("confirm") == "" {
		ro, err := s.roster(ctx, graph.Person{})
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		if near := ro.near(name); len(near) > 0 {
			q := &question{Text: looksLike(l, name, l.Or(near)), Typed: name, AddNew: s.pages.words[l.Code()]["addAnyway"]}
			s.renderPanel(w, r, http.StatusOK, q, "")
			return
		}
	}
	err = s.writer.write(func(ctx context.Context, db *store.DB) error {
		db.Describe(s.net.ID, "web", fmt.Sprintf("person add %q", name))
		_, err := db.AddPeople(ctx, s.net.ID, []graph.PersonRecord{{Name: name}})
		return err
	})
	if err != nil {
		s.renderPanel(w, r, http.StatusUnprocessableEntity, nil, view.Sentence(l.Error(err)))
		return
	}
	s.backToPanel(w, r, addedPerson(l, name))
}

func (s *Server) handleRequest(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	l := s.lang(w, r, true)
	var id int64
	fmt.Sscan(r.PostFormValue("id"), &id)
	if r.PostFormValue("action") == "refuse" {
		if err := s.db.Refuse(ctx, s.net.ID, id); err != nil && !errors.Is(err, store.ErrNoRequest) {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		s.backToPanel(w, r, s.pages.words[l.Code()]["done"])
		return
	}
	into := r.PostFormValue("into")
	var p graph.Person
	err := s.writer.write(func(ctx context.Context, db *store.DB) error {
		what := fmt.Sprintf("let in request %d as a new person", id)
		if into != "" {
			what = fmt.Sprintf("let in request %d as %s", id, into)
		}
		db.Describe(s.net.ID, "web", what)
		var err error
		p, err = db.Admit(ctx, s.net.ID, id, into)
		return err
	})
	switch {
	case errors.Is(err, store.ErrClaimed):
		s.renderPanel(w, r, http.StatusConflict, nil, view.Sentence(l.Error(errTakenRequest)))
		return
	case errors.Is(err, store.ErrNoRequest):
		s.backToPanel(w, r, s.pages.words[l.Code()]["done"])
		return
	case err != nil:
		s.renderPanel(w, r, http.StatusUnprocessableEntity, nil, view.Sentence(l.Error(err)))
		return
	}
	s.backToPanel(w, r, admitted(l, p.Name))
}

func (s *Server) handleRelease(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	l := s.lang(w, r, true)
	p, err := s.db.FindPerson(ctx, s.net.ID, r.PostFormValue("name"))
	if err != nil {
		s.renderPanel(w, r, http.StatusUnprocessableEntity, nil, view.Sentence(l.Error(err)))
		return
	}
	if err := s.db.Release(ctx, p.ID); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	s.backToPanel(w, r, releasedName(l, p.Name))
}

func (s *Server) handleAttend(w http.ResponseWriter, r *http.Request) {
	l := s.lang(w, r, true)
	wave, _, _ := s.state()
	name := names.Clean(r.PostFormValue("name"))
	present := r.PostFormValue("present") == "1"
	var marked []graph.Person
	err := s.writer.write(func(ctx context.Context, db *store.DB) error {
		db.Describe(s.net.ID, "web", fmt.Sprintf("attendance of %s in %s", name, wave.Name))
		var err error
		_, marked, err = db.Attend(ctx, s.net.ID, wave.Name, []string{name}, present)
		return err
	})
	if err != nil {
		s.renderPanel(w, r, http.StatusUnprocessableEntity, nil, view.Sentence(l.Error(err)))
		return
	}
	s.backToPanel(w, r, markedPresent(l, marked[0].Name, wave.Name, present))
}

// sheetData is the printable page of personal codes.
type sheetData struct {
	Cards []card
}

type card struct {
	For  string
	Link string
	Code string
	QR   template.HTML
}

func (s *Server) handleCodes(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if !s.cfg.Codes {
		s.fail(w, r, http.StatusNotFound, errNeedCodes)
		return
	}
	people, err := s.db.People(ctx, s.net.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	have, err := s.db.Codes(ctx, s.net.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	all := r.PostFormValue("which") == "all"
	p := s.newPage(w, r, "", true)
	p.Title = codesTitle(p.l, s.net.Name)
	p.Class = "sheet"
	hashes := map[int64][]byte{}
	var d sheetData
	for _, person := range people {
		if !all && have[person.ID] != "" {
			continue
		}
		code := newCode()
		hashes[person.ID] = hashOf(code)
		link := s.partURL + "c/" + code
		qr, err := qrSVG(link, 200)
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		d.Cards = append(d.Cards, card{For: sheetFor(p.l, person.Name), Link: link, Code: groupedCode(code), QR: qr})
	}
	if err := s.db.SetCodes(ctx, s.net.ID, hashes); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	p.Data = d
	s.render(w, http.StatusOK, "codes", p)
}

// metaCSP finds the content security policy a page of kring's reports
// carries in its head.
var metaCSP = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)

// writeDocument sends a report or the handouts: a page of its own, with its
// own policy (inline style, its own script by hash), never in a frame.
func writeDocument(w http.ResponseWriter, b []byte) {
	policy := "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
	if m := metaCSP.FindSubmatch(b); m != nil {
		policy = html.UnescapeString(string(m[1]))
	}
	w.Header().Set("Content-Security-Policy", policy+"; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b)
}

// whole is the whole network and the wave's scope, for the report and
// handouts, in the group's language.
func (s *Server) whole(ctx context.Context) (*graph.Network, graph.Wave, *i18n.Lang, error) {
	wave, _, _ := s.state()
	n, err := s.db.Load(ctx, s.net.ID)
	if err == nil && len(n.People) == 0 {
		err = graph.Errorf(graph.ENOTFOUND, "%s has no people to report on yet; add them with: kring person add NAME", n.Name)
	}
	return n, wave, s.groupLang(), err
}

func (s *Server) handleReport(w http.ResponseWriter, r *http.Request) {
	n, wave, l, err := s.whole(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusNotFound, err)
		return
	}
	rep, err := view.Report(r.Context(), l, n, graph.Scope{Kind: graph.ScopeWave, Wave: wave}, view.ReportSettings{MinGroup: 5, Today: s.today()})
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	var b bytes.Buffer
	if err := report.Write(&b, rep); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	writeDocument(w, b.Bytes())
}

func (s *Server) handleHandouts(w http.ResponseWriter, r *http.Request) {
	n, wave, l, err := s.whole(r.Context())
	if err != nil {
		s.fail(w, r, http.StatusNotFound, err)
		return
	}
	if !slices.ContainsFunc(n.Waves, func(x graph.Wave) bool { return x.ID == wave.ID }) {
		s.fail(w, r, http.StatusNotFound, errNoPage)
		return
	}
	h, err := view.MakeHandouts(r.Context(), l, n, wave, nil, s.today(), nil)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	var b bytes.Buffer
	if err := report.WriteHandouts(&b, l.Sprintf("Handouts · %s", n.Name), l.Code(), h.Pages); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	writeDocument(w, b.Bytes())
}
