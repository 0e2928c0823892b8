// Package web is the web server of kring serve: the pages on which the
// participants in the room answer the mapping exercise from their phones,
// and the facilitator's pages (the projector view with its QR code, who
// answered, the live map, people and waves). It works on the room's own
// network: everything it shows is in the binary, nothing comes from the
// internet.
//
// Handlers parse the request, call the store and the presentation layer
// (view), and render one template per page; the wording is in words.go.
// Every route is registered in routes, grouped by who may call it.
package web

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"embed"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
)

// Config is what a Server serves, and how.
type Config struct {
	DB      *store.DB
	Network store.NetworkInfo
	Wave    graph.Wave // the wave answers go to (the facilitator can switch)

	// Addr is where to listen, as host:port. Empty means every interface,
	// on DefaultPort, or on any free port when that one is taken.
	Addr string
	// TLS serves HTTPS with a self-signed certificate kept in CertDir
	// (made the first time; see certificate).
	TLS     bool
	CertDir string
	// Codes lets participants in with their personal code (a link or QR
	// code the facilitator prints) instead of picking their name.
	Codes bool

	// Lang is the language ("nl" or "en") of what is made for the group
	// (the live map) when the network has no language of its own.
	Lang string

	// Log receives what the facilitator should know while the server runs
	// (a write that waits for another kring command, a map that failed to
	// draw), in English for the terminal; nil discards it.
	Log io.Writer
	// Today is the date (YYYY-MM-DD) for reports and handouts; nil means today.
	Today func() string
	// Timeouts bound slow clients; zero fields take the defaults.
	Timeouts Timeouts
}

// Timeouts bound how long a client may take; see http.Server.
type Timeouts struct {
	ReadHeader, Read, Write, Idle time.Duration
}

// DefaultPort is where kring serve listens unless told otherwise.
const DefaultPort = 8080

// maxBody is the largest request body accepted: a form with a hundred names
// and topics fits many times.
const maxBody = 64 << 10

// Server is kring serve's web server.
type Server struct {
	cfg    Config
	db     *store.DB
	net    store.NetworkInfo
	ln     net.Listener
	srv    *http.Server
	scheme string
	port   string

	key        []byte            // of the CSRF tokens (store.ServeSettings.Key)
	secretHash [sha256.Size]byte // of the facilitator's secret
	secretURL  string            // the facilitator's address, with the secret
	partURL    string            // the participants' address
	cert       *x509.Certificate // served with TLS
	host       string            // of the participants' address, for the certificate

	facMu       sync.Mutex
	facilitator map[[sha256.Size]byte]bool   // hashes of the facilitator's session tokens
	flashes     map[[sha256.Size]byte]string // a message for the next page, by session

	mu       sync.Mutex // guards wave, open and settings
	wave     graph.Wave
	open     bool
	settings store.ServeSettings

	rosterMu   sync.Mutex // guards the people as last read (see everyone)
	roster1    *everyone
	rosterData int64

	claims  *limiter // picking a name, asking to be added, codes
	secrets *limiter // wrong facilitator secrets and codes

	pages  *pages
	writer *writer
	live   *live
	quit   chan struct{} // closed when the server stops: long requests end
	bg     sync.WaitGroup
	closed sync.Once
}

// Open starts serving: it listens (on Config.Addr), starts the writer that
// stores answers and the live map, and returns. Close stops it.
func Open(ctx context.Context, cfg Config) (*Server, error) {
	if err := cfg.DB.ReadOnly(); err != nil {
		return nil, err
	}
	settings, err := cfg.DB.ServeSettings(ctx, cfg.Network.ID)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, db: cfg.DB, net: cfg.Network, wave: cfg.Wave, open: true, settings: settings, key: settings.Key,
		facilitator: map[[sha256.Size]byte]bool{},
		claims:      newLimiter(10, 6*time.Second),
		secrets:     newLimiter(5, 20*time.Second),
		quit:        make(chan struct{}),
	}
	secret := newToken(20) // 160 bits
	s.secretHash = sha256.Sum256([]byte(secret))
	if s.pages, err = loadPages(); err != nil {
		return nil, err
	}
	if s.ln, err = listen(cfg.Addr); err != nil {
		return nil, err
	}
	_, s.port, _ = net.SplitHostPort(s.ln.Addr().String())
	partHost, facHost := hosts(s.ln.Addr())
	s.host = partHost
	s.scheme = "http"
	if cfg.TLS {
		cert, err := certificate(cfg.CertDir, partHost)
		if err != nil {
			s.ln.Close()
			return nil, err
		}
		s.cert = cert.Leaf
		s.ln = tls.NewListener(s.ln, &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12})
		s.scheme = "https"
	}
	s.partURL = s.scheme + "://" + net.JoinHostPort(partHost, s.port) + "/"
	s.secretURL = s.scheme + "://" + net.JoinHostPort(facHost, s.port) + "/f/" + secret

	watch, err := cfg.DB.Watch()
	if err != nil {
		s.ln.Close()
		return nil, err
	}
	s.writer = newWriter(s)
	s.live = newLive(s, watch)
	t := cfg.Timeouts
	s.srv = &http.Server{
		Handler:           s.routes(),
		ReadHeaderTimeout: or(t.ReadHeader, 10*time.Second),
		ReadTimeout:       or(t.Read, 30*time.Second),
		WriteTimeout:      or(t.Write, 60*time.Second),
		IdleTimeout:       or(t.Idle, 2*time.Minute),
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          log.New(io.Discard, "", 0), // a phone that gives up, a plain-HTTP probe of HTTPS: nothing to act on
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	s.bg.Add(2)
	go func() { defer s.bg.Done(); s.writer.run() }()
	go func() { defer s.bg.Done(); s.live.run() }()
	go s.srv.Serve(s.ln)
	return s, nil
}

func or(d, dflt time.Duration) time.Duration {
	if d > 0 {
		return d
	}
	return dflt
}

// listen listens on addr; "" is every interface on DefaultPort, or on any
// free port when that one is taken.
func listen(addr string) (net.Listener, error) {
	if addr != "" {
		ln, err := net.Listen("tcp", addr)
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, graph.Errorf(graph.ECONFLICT, "%s is in use by another program; pick another port with --addr, e.g. --addr :%d", addr, DefaultPort+1)
		}
		if err != nil {
			return nil, graph.Errorf(graph.EINVALID, "cannot listen on %s (%v); give --addr as HOST:PORT, e.g. --addr :%d", addr, err, DefaultPort)
		}
		return ln, nil
	}
	ln, err := net.Listen("tcp", ":"+strconv.Itoa(DefaultPort))
	if err != nil {
		ln, err = net.Listen("tcp", ":0")
	}
	return ln, err
}

// ParticipantURL is the address participants open (the QR code on the
// projector): the laptop's address on the room's network when the server
// listens on every interface.
func (s *Server) ParticipantURL() string { return s.partURL }

// FacilitatorURL is the facilitator's address, with its secret: on the
// laptop itself (127.0.0.1) when the server listens there too, so that the
// secret does not cross the room's network.
func (s *Server) FacilitatorURL() string { return s.secretURL }

// NoNetwork reports that the server listens on every interface but the
// laptop is on no network the room's phones could reach it on: the
// participants' address is then this laptop's own (127.0.0.1).
func (s *Server) NoNetwork() bool {
	tcp, ok := s.ln.Addr().(*net.TCPAddr)
	return ok && tcp.IP.IsUnspecified() && s.host == "127.0.0.1"
}

// Close stops the server: it lets open requests finish (long ones, such as
// the live map's event stream, end at once), then stores what the writer
// still holds and stops it.
func (s *Server) Close() error {
	var err error
	s.closed.Do(func() {
		close(s.quit)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err = s.srv.Shutdown(ctx); err != nil {
			s.srv.Close() // requests that did not finish in time
		}
		s.writer.stop()
		s.bg.Wait()
	})
	return err
}

// logf tells the facilitator's terminal something, when Config.Log is set.
func (s *Server) logf(format string, args ...any) {
	if s.cfg.Log != nil {
		fmt.Fprintf(s.cfg.Log, "kring serve: "+format+"\n", args...)
	}
}

// today is the date for reports and handouts.
func (s *Server) today() string {
	if s.cfg.Today != nil {
		return s.cfg.Today()
	}
	return time.Now().Format(time.DateOnly)
}

// state is the wave, whether it is open and the settings, as they are now.
func (s *Server) state() (graph.Wave, bool, store.ServeSettings) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.wave, s.open, s.settings
}

//go:embed static templates
var files embed.FS

// routes registers every route, grouped by who may call it, and wraps them
// in what every response needs (security headers, request limits).
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()

	// Anyone: the files of the pages.
	mux.Handle("GET /static/", s.static())

	// Participants: pick a name (or come in with a code, or ask to be
	// added), answer, see what they answered.
	mux.HandleFunc("GET /{$}", s.handleHome)
	mux.HandleFunc("POST /pick", s.post(s.handlePick))
	mux.HandleFunc("POST /register", s.post(s.handleRegister))
	mux.HandleFunc("GET /c", s.handleCodeForm)
	mux.HandleFunc("GET /c/{code}", s.handleCodeLink)
	mux.HandleFunc("POST /code", s.post(s.handleCode))
	mux.HandleFunc("GET /answer", s.participant(s.handleAnswerForm))
	mux.HandleFunc("POST /answer", s.post(s.participant(s.handleAnswer)))
	mux.HandleFunc("GET /done", s.participant(s.handleDone))
	mux.HandleFunc("GET /me/map.svg", s.participant(s.handleEgoMap))
	mux.HandleFunc("POST /leave", s.post(s.handleLeave))

	// The facilitator: the address with the secret lets the browser in;
	// every other route needs the session that gives.
	mux.HandleFunc("GET /f/{secret}", s.handleFacilitatorLogin)
	mux.HandleFunc("GET /facilitator/{$}", s.facilitatorOnly(s.handlePanel))
	mux.HandleFunc("GET /facilitator/projector", s.facilitatorOnly(s.handleProjector))
	mux.HandleFunc("GET /facilitator/map.svg", s.facilitatorOnly(s.handleMap))
	mux.HandleFunc("GET /facilitator/events", s.facilitatorOnly(s.handleEvents))
	mux.HandleFunc("GET /facilitator/report", s.facilitatorOnly(s.handleReport))
	mux.HandleFunc("GET /facilitator/handouts", s.facilitatorOnly(s.handleHandouts))
	mux.HandleFunc("POST /facilitator/settings", s.post(s.facilitatorOnly(s.handleSettings)))
	mux.HandleFunc("POST /facilitator/wave", s.post(s.facilitatorOnly(s.handleWave)))
	mux.HandleFunc("POST /facilitator/people", s.post(s.facilitatorOnly(s.handleAddPerson)))
	mux.HandleFunc("POST /facilitator/requests", s.post(s.facilitatorOnly(s.handleRequest)))
	mux.HandleFunc("POST /facilitator/release", s.post(s.facilitatorOnly(s.handleRelease)))
	mux.HandleFunc("POST /facilitator/attend", s.post(s.facilitatorOnly(s.handleAttend)))
	mux.HandleFunc("POST /facilitator/codes", s.post(s.facilitatorOnly(s.handleCodes)))

	mux.HandleFunc("/", s.handleNotFound)
	return s.secure(mux)
}
