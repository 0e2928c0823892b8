package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"golang.org/x/text/language"
)

// pages holds the templates, one per page (each with the layout), and the
// words of the pages in each language.
type pages struct {
	t     map[string]*template.Template
	langs map[string]*i18n.Lang
	words map[string]map[string]string
	asset string // a hash of the static files, so that browsers fetch new ones
}

func loadPages() (*pages, error) {
	p := &pages{t: map[string]*template.Template{}, langs: map[string]*i18n.Lang{}, words: map[string]map[string]string{}}
	for _, code := range i18n.Codes {
		p.langs[code] = i18n.New(code)
		p.words[code] = words(p.langs[code])
	}
	list, err := fs.Glob(files, "templates/*.html")
	if err != nil {
		return nil, err
	}
	for _, file := range list {
		name := strings.TrimSuffix(path.Base(file), ".html")
		if name == "layout" {
			continue
		}
		t, err := template.New(name).ParseFS(files, "templates/layout.html", file)
		if err != nil {
			return nil, err
		}
		p.t[name] = t
	}
	h := sha256.New()
	for _, f := range []string{"static/kring.css", "static/kring.js"} {
		b, err := files.ReadFile(f)
		if err != nil {
			return nil, err
		}
		h.Write(b)
	}
	p.asset = hex.EncodeToString(h.Sum(nil))[:12]
	return p, nil
}

// page is what every template gets; Data is the page's own.
type page struct {
	Lang      string
	W         map[string]string
	Title     string
	Header    string // the network, and the wave answers go to
	CSRF      string
	Switch    string // the address of this page in the other language
	SwitchTo  string // the other language's name, in itself
	Asset     string
	Class     string // of the body: "phone", "panel", "projector", "sheet"
	Refresh   int    // reload the page after so many seconds, also with JavaScript
	NoScript  int    // reload the page after so many seconds without JavaScript
	Notice    string
	Error     string
	Data      any
	l         *i18n.Lang
	networkNm string
}

// newPage starts the page for the request, in the language of the person
// reading it (see lang).
func (s *Server) newPage(w http.ResponseWriter, r *http.Request, title string, forGroup bool) *page {
	l := s.lang(w, r, forGroup)
	other := i18n.Dutch
	switchTo := "Nederlands"
	if l.Dutch() {
		other, switchTo = i18n.English, "English"
	}
	wave, _, _ := s.state()
	return &page{
		Lang: l.Code(), W: s.pages.words[l.Code()], Title: title, l: l,
		Header:   waveLine(l, s.net.Name, wave.Name),
		CSRF:     s.csrfToken(s.browser(w, r)),
		Switch:   r.URL.Path + "?lang=" + other,
		SwitchTo: switchTo,
		Asset:    s.pages.asset,
	}
}

// lang is the language of the person reading: the one chosen with the
// switch (?lang=, kept in a cookie), else, for the facilitator's pages
// (made for the group), the network's own language, else the browser's
// (Accept-Language: Dutch for nl, nl-BE, …), else the network's, else
// English.
func (s *Server) lang(w http.ResponseWriter, r *http.Request, forGroup bool) *i18n.Lang {
	ls := s.pages.langs
	if q := r.URL.Query().Get("lang"); ls[q] != nil {
		s.setCookie(w, cookieLang, q, 365*24*time.Hour)
		return ls[q]
	}
	if c := cookie(r, cookieLang); ls[c] != nil {
		return ls[c]
	}
	if forGroup && ls[s.net.Lang] != nil {
		return ls[s.net.Lang]
	}
	if tags, _, err := language.ParseAcceptLanguage(r.Header.Get("Accept-Language")); err == nil {
		for _, t := range tags {
			base, _ := t.Base()
			if ls[base.String()] != nil {
				return ls[base.String()]
			}
		}
	}
	if ls[s.net.Lang] != nil {
		return ls[s.net.Lang]
	}
	return ls[i18n.English]
}

// render writes the page with its template, with the status.
func (s *Server) render(w http.ResponseWriter, status int, name string, p *page) {
	var b bytes.Buffer
	if err := s.pages.t[name].ExecuteTemplate(&b, "layout", p); err != nil {
		s.logf("page %s: %v", name, err)
		http.Error(w, "kring: the page could not be made", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

// fail answers with an error page: err said in the reader's language, with
// a link to the start.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	if status >= 500 {
		s.logf("%s %s: %v", r.Method, r.URL.Path, err)
	}
	var ge *graph.Error
	if status == http.StatusInternalServerError && !errors.As(err, &ge) && !isUserError(err) {
		err = graph.Errorf("", "something went wrong (%v); try again, and if it goes wrong again, tell the facilitator", err)
	}
	p := s.newPage(w, r, http.StatusText(status), false)
	p.Error = view.Sentence(p.l.Error(err))
	p.Class = "phone"
	if status == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "60")
	}
	s.render(w, status, "error", p)
}

// isUserError reports errors kring words for people (unknown names, bad
// files), which fail shows as they are.
func isUserError(err error) bool {
	var u *graph.UnknownError
	return errors.As(err, &u)
}
