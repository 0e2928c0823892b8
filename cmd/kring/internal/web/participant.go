package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/store"
)

// The participants' pages: pick your name (or come in with your code, or
// ask to be added), answer, see what you answered.

// pickData is what the page to pick your name shows.
type pickData struct {
	People       []pickPerson
	Typed        string   // what was typed, kept in the field
	Problem      string   // why that did not let them in
	Mean         []string // names like the typed one
	SelfRegister bool
	Register     string // the name to ask to be added as
	Confirm      bool   // asking to be added although the name looks like one on the list
	Closed       string
}

type pickPerson struct{ Name, Key string }

func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	if token := cookie(r, cookieSession); token != "" {
		if _, err := s.db.ClaimOf(ctx, s.net.ID, hashOf(token)); err == nil {
			http.Redirect(w, r, "/answer", http.StatusSeeOther)
			return
		}
		if req, err := s.db.Asked(ctx, s.net.ID, hashOf(token)); err == nil {
			s.renderWaiting(w, r, req)
			return
		}
	}
	if s.cfg.Codes {
		s.renderCode(w, r, http.StatusOK, "", "")
		return
	}
	s.renderPick(w, r, http.StatusOK, pickData{})
}

// renderPick shows the page to pick your name.
func (s *Server) renderPick(w http.ResponseWriter, r *http.Request, status int, d pickData) {
	people, err := s.db.People(r.Context(), s.net.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	for _, p := range people {
		d.People = append(d.People, pickPerson{Name: p.Name, Key: names.Key(p.Name)})
	}
	p := s.newPage(w, r, "", false)
	p.Title = p.W["pickTitle"]
	p.Class = "phone"
	wave, open, settings := s.state()
	d.SelfRegister = settings.SelfRegister
	if !open {
		d.Closed = closedFor(p.l, wave.Name)
	}
	p.Data = d
	s.render(w, status, "pick", p)
}

func (s *Server) handlePick(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Codes {
		s.fail(w, r, http.StatusForbidden, errCodesOnly)
		return
	}
	if !s.claims.allow(clientIP(r)) {
		s.fail(w, r, http.StatusTooManyRequests, errTooMany)
		return
	}
	ctx := r.Context()
	typed := names.Clean(r.PostFormValue("me"))
	l := s.lang(w, r, false)
	p, err := s.db.FindPerson(ctx, s.net.ID, typed)
	var unknown *graph.UnknownError
	switch {
	case typed == "":
		s.renderPick(w, r, http.StatusUnprocessableEntity, pickData{Problem: s.pages.words[l.Code()]["pickNoMatch"]})
		return
	case errors.As(err, &unknown):
		s.renderPick(w, r, http.StatusUnprocessableEntity, pickData{Typed: typed, Problem: unknownName(l, typed), Mean: unknown.Suggestions, Register: typed})
		return
	case err != nil:
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	token := cookie(r, cookieSession)
	if token == "" {
		token = newToken(18)
	}
	err = s.db.Claim(ctx, s.net.ID, p.ID, hashOf(token), false)
	if errors.Is(err, store.ErrClaimed) {
		s.renderPick(w, r, http.StatusConflict, pickData{Typed: p.Name, Problem: taken(l, p.Name)})
		return
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	s.setCookie(w, cookieSession, token, sessionLife)
	http.Redirect(w, r, "/answer", http.StatusSeeOther)
}

// checkNewName refuses a name typed on a page for someone new: what
// names.Check refuses, and < or >, which no name needs.
func checkNewName(name string) (string, error) {
	if strings.ContainsAny(name, "<>") {
		return "", errAngle
	}
	return names.Check("person", name)
}

func (s *Server) handleRegister(w http.ResponseWriter, r *http.Request) {
	_, _, settings := s.state()
	switch {
	case s.cfg.Codes:
		s.fail(w, r, http.StatusForbidden, errCodesOnly)
		return
	case !settings.SelfRegister:
		s.fail(w, r, http.StatusForbidden, errNoSelf)
		return
	case !s.claims.allow(clientIP(r)):
		s.fail(w, r, http.StatusTooManyRequests, errTooMany)
		return
	}
	ctx := r.Context()
	l := s.lang(w, r, false)
	name, err := checkNewName(r.PostFormValue("name"))
	if err != nil {
		s.renderPick(w, r, http.StatusUnprocessableEntity, pickData{Problem: view.Sentence(l.Error(err)), Register: names.Clean(r.PostFormValue("name"))})
		return
	}
	if p, err := s.db.FindPerson(ctx, s.net.ID, name); err == nil {
		// On the list already: pick it.
		s.renderPick(w, r, http.StatusOK, pickData{Typed: p.Name, Mean: []string{p.Name}})
		return
	}
	if r.PostFormValue("confirm") == "" {
		ro, err := s.roster(ctx, graph.Person{})
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		if near := ro.near(name); len(near) > 0 {
			s.renderPick(w, r, http.StatusOK, pickData{Typed: name, Mean: near, Register: name, Confirm: true})
			return
		}
	}
	token := cookie(r, cookieSession)
	if token == "" {
		token = newToken(18)
	}
	if _, err := s.db.Ask(ctx, s.net.ID, name, hashOf(token)); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	s.setCookie(w, cookieSession, token, sessionLife)
	s.live.poke()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// renderWaiting shows the page of someone waiting to be added.
func (s *Server) renderWaiting(w http.ResponseWriter, r *http.Request, req store.Request) {
	p := s.newPage(w, r, "", false)
	p.Title = p.W["waitTitle"]
	p.Class = "phone"
	p.Refresh = 5
	p.Data = waiting(p.l, req.Name)
	s.render(w, http.StatusOK, "waiting", p)
}

func (s *Server) handleLeave(w http.ResponseWriter, r *http.Request) {
	if token := cookie(r, cookieSession); token != "" {
		if err := s.db.Leave(r.Context(), hashOf(token)); err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		s.live.poke()
	}
	s.setCookie(w, cookieSession, "", -1)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// Personal codes (kring serve --codes).

// codeData is what the code pages show.
type codeData struct {
	Code    string // the code, on the page that asks "are you …?"
	Ask     string
	Yes     string
	Problem string
}

// renderCode shows the page to type a code, or, with a holder, the page
// that asks whether you are them.
func (s *Server) renderCode(w http.ResponseWriter, r *http.Request, status int, code, holder string) {
	p := s.newPage(w, r, "", false)
	p.Title = p.W["codeTitle"]
	p.Class = "phone"
	d := codeData{Code: code}
	if holder != "" {
		d.Ask, d.Yes = areYou(p.l, holder), yesContinue(p.l, holder)
	} else if code != "" {
		d.Problem, d.Code = p.W["codeBad"], ""
	}
	p.Data = d
	s.render(w, status, "code", p)
}

func (s *Server) handleCodeForm(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.Codes {
		s.fail(w, r, http.StatusNotFound, errNeedCodes)
		return
	}
	s.renderCode(w, r, http.StatusOK, "", "")
}

// codeHolder finds whose code was given, counting wrong codes against the
// client's tries.
func (s *Server) codeHolder(w http.ResponseWriter, r *http.Request, code string) (graph.Person, bool) {
	if !s.cfg.Codes {
		s.fail(w, r, http.StatusNotFound, errNeedCodes)
		return graph.Person{}, false
	}
	ip := clientIP(r)
	if !s.secrets.left(ip) {
		s.fail(w, r, http.StatusTooManyRequests, errTooMany)
		return graph.Person{}, false
	}
	p, err := s.db.CodeHolder(r.Context(), s.net.ID, hashOf(canonicalCode(code)))
	if errors.Is(err, store.ErrNoCode) {
		s.secrets.allow(ip)
		s.renderCode(w, r, http.StatusNotFound, "?", "")
		return p, false
	}
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return p, false
	}
	return p, true
}

func (s *Server) handleCodeLink(w http.ResponseWriter, r *http.Request) {
	code := r.PathValue("code")
	if p, ok := s.codeHolder(w, r, code); ok {
		s.renderCode(w, r, http.StatusOK, canonicalCode(code), p.Name)
	}
}

func (s *Server) handleCode(w http.ResponseWriter, r *http.Request) {
	p, ok := s.codeHolder(w, r, r.PostFormValue("code"))
	if !ok {
		return
	}
	token := cookie(r, cookieSession)
	if token == "" {
		token = newToken(18)
	}
	// The code proves who it is: a browser that held the name before lets go.
	if err := s.db.Claim(r.Context(), s.net.ID, p.ID, hashOf(token), true); err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	s.setCookie(w, cookieSession, token, sessionLife)
	http.Redirect(w, r, "/answer", http.StatusSeeOther)
}

// Answering.

// answerData is what the answer page shows.
type answerData struct {
	YouAre string
	Notice string
	Form   answerForm
}

// roster is the network's people as the answer form of p knows them.
func (s *Server) roster(ctx context.Context, p graph.Person) (roster, error) {
	all, err := s.everyone(ctx)
	return roster{me: p, all: all}, err
}

// everyone is the network's people, read again only when the database
// changed: a room answering at once reads them once for each batch of
// answers stored, not once for each answer.
func (s *Server) everyone(ctx context.Context) (*everyone, error) {
	v, err := s.live.watch.Version(ctx)
	if err != nil {
		return nil, err
	}
	s.rosterMu.Lock()
	defer s.rosterMu.Unlock()
	if s.roster1 != nil && s.rosterData == v {
		return s.roster1, nil
	}
	people, err := s.db.People(ctx, s.net.ID)
	if err != nil {
		return nil, err
	}
	aliases, err := s.db.Aliases(ctx, s.net.ID)
	if err != nil {
		return nil, err
	}
	s.roster1, s.rosterData = newEveryone(people, aliases), v
	return s.roster1, nil
}

// lastAnswers are the person's answers of the last wave before this one
// in which they answered, to carry forward.
func (s *Server) lastAnswers(ctx context.Context, personID int64, wave graph.Wave) (graph.Wave, []graph.TieRecord, error) {
	waves, err := s.db.Waves(ctx, s.net.ID)
	if err != nil {
		return graph.Wave{}, nil, err
	}
	for i := len(waves) - 1; i >= 0; i-- {
		if waves[i].Seq >= wave.Seq {
			continue
		}
		recs, err := s.db.Reports(ctx, s.net.ID, personID, waves[i].ID)
		if err != nil || len(recs) > 0 {
			return waves[i], recs, err
		}
	}
	return graph.Wave{}, nil, nil
}

func (s *Server) handleAnswerForm(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	who := me(r)
	wave, open, _ := s.state()
	if !open {
		http.Redirect(w, r, "/done", http.StatusSeeOther)
		return
	}
	ro, err := s.roster(ctx, who.person)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	recs, err := s.db.Reports(ctx, s.net.ID, who.person.ID, wave.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	p := s.newPage(w, r, "", false)
	var notice string
	if len(recs) > 0 {
		notice = p.W["again"]
	} else {
		prev, last, err := s.lastAnswers(ctx, who.person.ID, wave)
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		if len(last) > 0 {
			recs, notice = last, carried(p.l, prev.Name)
		}
	}
	s.renderAnswer(w, r, p, http.StatusOK, who.person, notice, ro.rowsFrom(recs, who.person.Offers, who.person.Needs))
}

// renderAnswer shows the answer form.
func (s *Server) renderAnswer(w http.ResponseWriter, r *http.Request, p *page, status int, me graph.Person, notice string, f answerForm) {
	if p == nil {
		p = s.newPage(w, r, "", false)
	}
	p.Title = p.W["answerTitle"]
	p.Class = "phone"
	p.Data = answerData{YouAre: youAre(p.l, me.Name), Notice: notice, Form: f}
	s.render(w, status, "answer", p)
}

func (s *Server) handleAnswer(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	who := me(r)
	wave, open, _ := s.state()
	if !open {
		s.fail(w, r, http.StatusConflict, errClosed)
		return
	}
	ro, err := s.roster(ctx, who.person)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	l := s.lang(w, r, false)
	in := ro.readForm(r.PostForm)
	again := func(problem error, q *question) {
		p := s.newPage(w, r, "", false)
		f := ro.form(in)
		f.Question = q
		if q != nil {
			f.New = q.Typed
		}
		status := http.StatusOK
		if problem != nil {
			p.Error = view.Sentence(l.Error(problem))
			status = http.StatusUnprocessableEntity
			f.New = in.typed
		}
		s.renderAnswer(w, r, p, status, who.person, "", f)
	}
	// addTyped adds a typed name: someone on the list is ticked; a name
	// like one on the list is asked about, unless confirmed.
	addTyped := func(typed string, confirmed bool) (*question, error) {
		if known, ok := ro.find(typed); ok {
			in.contact[known] = true
			return nil, nil
		}
		name, err := checkNewName(typed)
		if err != nil {
			return nil, err
		}
		if near := ro.near(name); len(near) > 0 && !confirmed && !in.isExtra(name) {
			q := &question{Text: looksLike(l, name, l.Or(near)), Typed: name, AddNew: addNew(l, name)}
			for _, n := range near {
				q.Known = append(q.Known, nearName{Name: n, Label: thatIs(l, n)})
			}
			return q, nil
		}
		if !in.isExtra(name) {
			in.extra = append(in.extra, name)
		}
		in.contact[name] = true
		return nil, nil
	}
	switch {
	case in.near != "":
		if known, ok := ro.find(in.near); ok {
			in.contact[known] = true
		}
		again(nil, nil)
		return
	case in.confirm != "":
		_, err := addTyped(in.confirm, true)
		again(err, nil)
		return
	case in.action == "add":
		if in.typed == "" {
			again(nil, nil)
			return
		}
		q, err := addTyped(in.typed, false)
		again(err, q)
		return
	}
	// Save: every name not on the list is someone new, unless it looks
	// like someone on it; then ask first.
	for _, typed := range append([]string{in.typed}, in.unknown...) {
		if typed == "" || in.isExtra(typed) {
			continue
		}
		q, err := addTyped(typed, false)
		if err != nil || q != nil {
			again(err, q)
			return
		}
	}
	for _, n := range in.unknown {
		if !in.isExtra(n) {
			in.extra = append(in.extra, n)
		}
	}
	offers, needs := in.offers, in.needs
	_, err = s.writer.answer(wave.ID, store.Submission{
		PersonID: who.person.ID, Records: in.records(who.person.Name), Offers: &offers, Needs: &needs,
		Who: "web", What: fmt.Sprintf("answers of %s in %s", who.person.Name, wave.Name),
	})
	switch {
	case errors.Is(err, store.ErrGone):
		s.db.Leave(ctx, hashOf(who.token))
		s.fail(w, r, http.StatusConflict, errGone)
		return
	case err != nil:
		again(err, nil)
		return
	}
	http.Redirect(w, r, "/done?saved=1", http.StatusSeeOther)
}

// doneData is what the page after answering shows.
type doneData struct {
	Saved       bool
	Closed      string
	YouAre      string
	Contacts    []string
	Asked, Gave []answered
	Offers      string
	Needs       string
	Answered    bool
	Results     bool
	Suggestions []suggestion
	NoSuggest   string
	Unmet       string
	MapVersion  string
}

type answered struct{ Name, About string }

type suggestion struct{ Topic, Name, Introducer, Why string }

func (s *Server) handleDone(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	who := me(r)
	wave, open, settings := s.state()
	recs, err := s.db.Reports(ctx, s.net.ID, who.person.ID, wave.ID)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	p := s.newPage(w, r, "", false)
	l := p.l
	p.Title = p.W["yourAnswers"]
	p.Class = "phone"
	d := doneData{Saved: r.URL.Query().Get("saved") == "1", YouAre: youAre(l, who.person.Name), Answered: len(recs) > 0,
		Offers: strings.Join(who.person.Offers, ", "), Needs: strings.Join(who.person.Needs, ", ")}
	if !open {
		d.Closed = closedFor(l, wave.Name)
	}
	me := names.Key(who.person.Name)
	for _, rec := range recs {
		var about string
		if len(rec.Topics) > 0 {
			about = aboutTopics(l, l.List(rec.Topics))
		}
		switch {
		case rec.Contact && names.Key(rec.Giver) == me:
			d.Contacts = append(d.Contacts, rec.Receiver)
		case rec.Contact:
			d.Contacts = append(d.Contacts, rec.Giver)
		case names.Key(rec.Giver) == me:
			d.Gave = append(d.Gave, answered{rec.Receiver, about})
		default:
			d.Asked = append(d.Asked, answered{rec.Giver, about})
		}
	}
	if settings.ShowResults {
		d.Results = true
		v, _ := s.live.watch.Version(ctx)
		d.MapVersion = fmt.Sprint(v)
		soFar, _, i, err := s.upTo(ctx, who.person, wave)
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		found, unmet := analysis.NewSuggester(soFar).For(i, "", 3)
		for _, sg := range found {
			intro := ""
			if sg.Introducer != nil {
				intro = *sg.Introducer
			}
			d.Suggestions = append(d.Suggestions, suggestion{Topic: sg.Topic, Name: sg.Name, Introducer: intro, Why: view.Sentence(view.SuggestionReason(l, sg))})
		}
		switch {
		case len(soFar.People[i].Needs) == 0:
			d.NoSuggest = p.W["needFirst"]
		case len(found) == 0:
			d.NoSuggest = p.W["nobodyOffer"]
		}
		if len(unmet) > 0 && len(found) > 0 {
			d.Unmet = l.Sprintf("Nobody offers %s yet: ask the group who knows about it.", l.List(unmet))
		}
	}
	p.Data = d
	s.render(w, http.StatusOK, "done", p)
}

func (s *Server) handleEgoMap(w http.ResponseWriter, r *http.Request) {
	wave, _, settings := s.state()
	if !settings.ShowResults {
		s.fail(w, r, http.StatusNotFound, errNoResults)
		return
	}
	svg, err := s.live.egoMap(r.Context(), s.lang(w, r, false), me(r).person, wave)
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Write(svg)
}
