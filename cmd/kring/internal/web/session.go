package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net"
	"net/http"
	"sync"
	"time"
)

// Cookies. Every one is HttpOnly and SameSite=Strict, and Secure over HTTPS.
const (
	// cookieBrowser is a random token per browser: the pages' CSRF tokens
	// are made from it (see csrfToken), so that a form only works with the
	// cookie of the browser it was made for.
	cookieBrowser = "kring_b"
	// cookieSession is a participant's session token: the browser holds
	// the name it picked (a claim in the store, kept as the token's hash).
	cookieSession = "kring_s"
	// cookieFacilitator is the facilitator's session token, given by the
	// address with the secret; its hash is kept in memory while the server
	// runs.
	cookieFacilitator = "kring_f"
	// cookieLang is the language chosen with the switch on every page.
	cookieLang = "kring_lang"
)

// newToken is a random token of n bytes (crypto/rand), URL-safe.
func newToken(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never fails (crypto/rand)
	return base64.RawURLEncoding.EncodeToString(b)
}

// hashOf is the SHA-256 hash of a token, as the store keeps it.
func hashOf(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// sessionLife is how long a participant's or facilitator's cookie lasts: a
// meeting day, so that a phone that reloads the page later keeps its name.
const sessionLife = 16 * time.Hour

// setCookie sets an HttpOnly, SameSite=Strict cookie for the whole site.
func (s *Server) setCookie(w http.ResponseWriter, name, value string, life time.Duration) {
	c := &http.Cookie{Name: name, Value: value, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: s.scheme == "https"}
	switch {
	case life > 0:
		c.MaxAge = int(life / time.Second)
	case life < 0:
		c.MaxAge = -1
	}
	http.SetCookie(w, c)
}

// cookie is the value of a cookie, or "".
func cookie(r *http.Request, name string) string {
	c, err := r.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
}

// browser is the browser's token, made (and set) the first time.
func (s *Server) browser(w http.ResponseWriter, r *http.Request) string {
	if b := cookie(r, cookieBrowser); len(b) >= 22 {
		return b
	}
	b := newToken(18)
	s.setCookie(w, cookieBrowser, b, 0)
	// Later reads in this request see it too.
	r.AddCookie(&http.Cookie{Name: cookieBrowser, Value: b})
	return b
}

// csrfToken is the token every form of this browser carries: an HMAC of the
// browser's token with the network's key (kept in the store, so that forms
// still work after the server restarts).
func (s *Server) csrfToken(browser string) string {
	m := hmac.New(sha256.New, s.key)
	m.Write([]byte("csrf\x00" + browser))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// validCSRF reports whether the form of r carries the token of r's browser.
func (s *Server) validCSRF(r *http.Request) bool {
	b := cookie(r, cookieBrowser)
	got := r.PostFormValue("csrf")
	if len(b) < 22 || got == "" {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.csrfToken(b))) == 1
}

// validSecret compares a facilitator secret with the real one, in constant
// time, by their hashes.
func (s *Server) validSecret(secret string) bool {
	h := sha256.Sum256([]byte(secret))
	return subtle.ConstantTimeCompare(h[:], s.secretHash[:]) == 1
}

// newFacilitatorSession lets a browser in as the facilitator.
func (s *Server) newFacilitatorSession(w http.ResponseWriter) {
	token := newToken(18)
	s.facMu.Lock()
	s.facilitator[sha256.Sum256([]byte(token))] = true
	s.facMu.Unlock()
	s.setCookie(w, cookieFacilitator, token, sessionLife)
}

// isFacilitator reports whether r comes from a browser let in as the
// facilitator.
func (s *Server) isFacilitator(r *http.Request) bool {
	token := cookie(r, cookieFacilitator)
	if token == "" {
		return false
	}
	s.facMu.Lock()
	defer s.facMu.Unlock()
	return s.facilitator[sha256.Sum256([]byte(token))]
}

// limiter allows each client (by IP address) a burst of tries, then one
// every interval: picking names and trying secrets cannot be done in bulk.
type limiter struct {
	mu      sync.Mutex
	burst   float64
	every   time.Duration
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

// maxClients bounds the limiter's memory; when more clients than this are
// remembered, the ones with full buckets are forgotten.
const maxClients = 10000

func newLimiter(burst int, every time.Duration) *limiter {
	return &limiter{burst: float64(burst), every: every, buckets: map[string]*bucket{}}
}

// fill brings the client's bucket up to now.
func (l *limiter) fill(ip string, now time.Time) *bucket {
	b := l.buckets[ip]
	if b == nil {
		if len(l.buckets) >= maxClients {
			for k, o := range l.buckets {
				if o.tokens+now.Sub(o.last).Seconds()/l.every.Seconds() >= l.burst {
					delete(l.buckets, k)
				}
			}
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[ip] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()/l.every.Seconds())
	b.last = now
	return b
}

// allow takes a try from the client's bucket, if there is one.
func (l *limiter) allow(ip string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b := l.fill(ip, time.Now())
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// left reports whether the client has a try left, without taking it.
func (l *limiter) left(ip string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.fill(ip, time.Now()).tokens >= 1
}

// clientIP is the address the request came from (the server trusts no
// forwarding header: it is meant to be reached directly).
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
