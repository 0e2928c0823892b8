package web

import (
	"bytes"
	"context"
	"slices"
	"sync"
	"time"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/graph/render"
	"github.com/kring-nl/kring/store"
)

// live keeps the facilitator's live map: it draws the map of the wave
// again whenever the database changed (whoever changed it: the pages, or a
// kring command on the laptop) or the facilitator changed what it shows,
// at most one drawing at a time, and tells the pages listening (server-sent
// events) that there is a new one. Drawing is serialised anyway (go-graphviz
// runs one layout at a time), so a burst of answers makes a few drawings,
// each of everything committed before it began.
type live struct {
	s     *Server
	watch *store.Watcher
	kick  chan struct{}

	mu      sync.Mutex
	gen     int64 // bumped when the wave or the settings change
	shown   snapshot
	changed chan struct{} // closed, and replaced, when shown changes
	ready   chan struct{} // closed once the first map is drawn
	egos    map[int64]egoMap
}

// snapshot is what the live map shows: one drawing and who had answered
// when it was drawn.
type snapshot struct {
	Version  int64    // counts the drawings
	Gen      int64    // of the wave and settings it was drawn with (see invalidate)
	Answered []string // names of who answered, by name
	Total    int      // people in the network
	SVG      []byte
	At       time.Time
}

// egoMap is a participant's drawn ego map, and the data version it shows.
type egoMap struct {
	data int64
	wave int64
	lang string
	svg  []byte
}

// poll is how often the database's version is looked at, to see changes
// made by other programs (the server's own writes poke at once).
const poll = 250 * time.Millisecond

func newLive(s *Server, watch *store.Watcher) *live {
	return &live{s: s, watch: watch, kick: make(chan struct{}, 1), changed: make(chan struct{}), ready: make(chan struct{}), egos: map[int64]egoMap{}}
}

// poke says the database may have changed.
func (l *live) poke() {
	select {
	case l.kick <- struct{}{}:
	default:
	}
}

// invalidate says the map must be drawn again (the wave or the settings
// changed).
func (l *live) invalidate() {
	l.mu.Lock()
	l.gen++
	l.mu.Unlock()
	l.poke()
}

// current is what the map shows now, and a channel closed when it changes.
func (l *live) current() (snapshot, <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.shown, l.changed
}

// run draws the map whenever needed, until the server stops.
func (l *live) run() {
	ctx := context.Background()
	t := time.NewTicker(poll)
	defer t.Stop()
	lastData, lastGen := int64(-1), int64(-1)
	var rest time.Duration
	var since time.Time // when a change not drawn yet was first seen
	for {
		v, err := l.watch.Version(ctx)
		if err != nil {
			l.s.logf("the live map cannot see the database: %v", err)
		}
		l.mu.Lock()
		gen := l.gen
		l.mu.Unlock()
		due := err == nil && (v != lastData || gen != lastGen)
		if due && since.IsZero() {
			since = time.Now()
		}
		// While answers pour in, drawing (which takes a core) waits for a
		// pause in the writing, but never longer than maxWait.
		if due && (l.s.writer.quiet(quietFor) || time.Since(since) >= maxWait || gen != lastGen) {
			t0 := time.Now()
			if err := l.draw(ctx, gen); err != nil {
				l.s.logf("the live map could not be drawn: %v", err)
			}
			lastData, lastGen, since = v, gen, time.Time{}
			// Then it leaves the answers twice as much time, up to a second.
			rest = min(2*time.Since(t0), time.Second)
		} else if due {
			rest = quietFor / 2
		}
		select {
		case <-l.s.quit:
			return
		case <-time.After(rest):
		}
		rest = 0
		select {
		case <-l.s.quit:
			return
		case <-t.C:
		case <-l.kick:
		}
	}
}

// How long drawing the live map waits for the writing to pause: it waits
// for quietFor without a write, at most maxWait after the change.
const (
	quietFor = 100 * time.Millisecond
	maxWait  = time.Second
)

// groupLang is the language of what is made for the group: the network's
// own, else the one kring serve was started in.
func (s *Server) groupLang() *i18n.Lang {
	if l := s.pages.langs[s.net.Lang]; l != nil {
		return l
	}
	if l := s.pages.langs[s.cfg.Lang]; l != nil {
		return l
	}
	return s.pages.langs[i18n.English]
}

// draw loads the network and draws the map of the wave.
func (l *live) draw(ctx context.Context, gen int64) error {
	wave, _, settings := l.s.state()
	n, who, err := l.s.db.LoadAnswered(ctx, l.s.net.ID, wave.ID)
	if err != nil {
		return err
	}
	snap := snapshot{Gen: gen, Total: len(n.People), At: time.Now()}
	for _, p := range n.People {
		if _, ok := who[p.ID]; ok {
			snap.Answered = append(snap.Answered, p.Name)
		}
	}
	if len(n.People) > 0 {
		sc := graph.Scope{Kind: graph.ScopeWave, Wave: wave}
		scoped := n.In(sc)
		res, err := analysis.AnalyzeContext(ctx, scoped, analysis.Options{})
		if err != nil {
			return err
		}
		st := view.DefaultMapStyle()
		st.Label = settings.MapLabels
		var b bytes.Buffer
		if err := render.Render(ctx, &b, view.NetworkMap(l.s.groupLang(), scoped, sc, res, st), "svg", render.Options{Timeout: 30 * time.Second}); err != nil {
			return err
		}
		snap.SVG = b.Bytes()
	}
	l.mu.Lock()
	snap.Version = l.shown.Version + 1
	l.shown = snap
	close(l.changed)
	l.changed = make(chan struct{})
	select {
	case <-l.ready:
	default:
		close(l.ready)
	}
	l.mu.Unlock()
	return nil
}

// egoMap is the participant's ego map up to the wave, drawn once for each
// state of the database.
func (l *live) egoMap(ctx context.Context, lang *i18n.Lang, p graph.Person, wave graph.Wave) ([]byte, error) {
	v, err := l.watch.Version(ctx)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	e, ok := l.egos[p.ID]
	l.mu.Unlock()
	if ok && e.data == v && e.wave == wave.ID && e.lang == lang.Code() {
		return e.svg, nil
	}
	soFar, res, i, err := l.s.upTo(ctx, p, wave)
	if err != nil {
		return nil, err
	}
	st := view.DefaultMapStyle()
	st.Size = "none"
	m := view.EgoMap(lang, soFar, graph.Scope{Kind: graph.ScopeUpto, Wave: wave}, res, soFar.People[i], st)
	m.Title = lang.T("Your network")
	var b bytes.Buffer
	if err := render.Render(ctx, &b, m, "svg", render.Options{Timeout: 30 * time.Second}); err != nil {
		return nil, err
	}
	l.mu.Lock()
	l.egos[p.ID] = egoMap{data: v, wave: wave.ID, lang: lang.Code(), svg: b.Bytes()}
	l.mu.Unlock()
	return b.Bytes(), nil
}

// upTo loads the network with the ties up to the wave, analysed, and finds
// the person in it.
func (s *Server) upTo(ctx context.Context, p graph.Person, wave graph.Wave) (*graph.Network, *analysis.Result, int, error) {
	n, err := s.db.Load(ctx, s.net.ID)
	if err != nil {
		return nil, nil, 0, err
	}
	soFar := n.In(graph.Scope{Kind: graph.ScopeUpto, Wave: wave})
	soFar.Waves = slices.DeleteFunc(slices.Clone(n.Waves), func(w graph.Wave) bool { return w.Seq > wave.Seq })
	i := slices.IndexFunc(soFar.People, func(q graph.Person) bool { return q.ID == p.ID })
	if i < 0 {
		return nil, nil, 0, &graph.UnknownError{Kind: "person", Name: names.Clean(p.Name)}
	}
	res, err := analysis.AnalyzeContext(ctx, soFar, analysis.Options{})
	return soFar, res, i, err
}
