package web

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
)

// csp is the content security policy of every page: nothing from anywhere
// but this server, no inline script or style, no frames, forms only to this
// server. Maps are images (<img>), so nothing in them can run.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure sets the headers every response carries, refuses cross-site
// requests that change something (by the browser's Sec-Fetch-Site and
// Origin headers, before the CSRF token is even looked at), and bounds
// request bodies.
func (s *Server) secure(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusForbidden, errForm)
	}))
	h := cop.Handler(next)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		hd.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
		hd.Set("Cache-Control", "no-store")
		if s.scheme == "https" {
			hd.Set("Strict-Transport-Security", "max-age=0") // a self-signed certificate: do not pin it
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		h.ServeHTTP(w, r)
	})
}

// post wraps a handler of a form: it reads the form (refusing a body that
// is too large) and refuses a request without this browser's CSRF token,
// before the handler can change anything.
func (s *Server) post(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				s.fail(w, r, http.StatusRequestEntityTooLarge, errTooLarge)
				return
			}
			s.fail(w, r, http.StatusBadRequest, errForm)
			return
		}
		if !s.validCSRF(r) {
			s.fail(w, r, http.StatusForbidden, errForm)
			return
		}
		h(w, r)
	}
}

// who is the participant a request comes from.
type who struct {
	token  string
	person graph.Person
}

type whoKey struct{}

// participant wraps a handler for someone who picked their name: without a
// name (or when it was released), it sends the browser to the start.
func (s *Server) participant(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		token := cookie(r, cookieSession)
		if token == "" {
			http.Redirect(w, r, "/", http.StatusSeeOther)
			return
		}
		p, err := s.db.ClaimOf(r.Context(), s.net.ID, hashOf(token))
		if errors.Is(err, store.ErrNoClaim) {
			http.Redirect(w, r, "/", http.StatusSeeOther)
			return
		}
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err)
			return
		}
		h(w, r.WithContext(context.WithValue(r.Context(), whoKey{}, who{token: token, person: p})))
	}
}

// me is the participant of a request that went through participant.
func me(r *http.Request) who {
	return r.Context().Value(whoKey{}).(who)
}

// facilitatorOnly wraps a handler of the facilitator's pages: any other
// browser gets 401.
func (s *Server) facilitatorOnly(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.isFacilitator(r) {
			s.fail(w, r, http.StatusUnauthorized, errFacilitator)
			return
		}
		h(w, r)
	}
}

// static serves the pages' CSS and script from the binary.
func (s *Server) static() http.Handler {
	sub, err := fs.Sub(files, "static")
	if err != nil {
		panic(err)
	}
	fsrv := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/static/")
		if name == "" || strings.Contains(name, "/") || strings.HasPrefix(name, ".") {
			s.handleNotFound(w, r)
			return
		}
		w.Header().Set("Cache-Control", "public, max-age=86400")
		fsrv.ServeHTTP(w, r)
	})
}

func (s *Server) handleNotFound(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, http.StatusNotFound, errNoPage)
}
