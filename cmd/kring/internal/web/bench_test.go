package web

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
)

// BenchmarkRoom is a room of 200 participants answering at once, against
// the real server and database: each picks their name and loads the form,
// then all send their answers together (about nine names each, some with a
// topic). It measures how long a submission takes (from sending the form to
// the server's "saved"), and how long after its "saved" an answer shows on
// the facilitator's live map (the event that says a new map is ready, whose
// list of who answered holds the participant). It fails when an answer is
// lost or stored twice. Run it with:
//
//	go test ./cmd/kring/internal/web -run '^$' -bench Room -benchtime 1x
//
// The numbers are reported as metrics (p50, p99 and max, in ms); they are
// not asserted (the machine may be busy).
func BenchmarkRoom(b *testing.B) {
	const n = 200
	for range b.N {
		answerAtOnce(b, n)
	}
}

func answerAtOnce(b *testing.B, n int) {
	b.StopTimer()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "kring.db"), store.Options{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	netw, err := db.CreateNetwork(ctx, "Room", "")
	if err != nil {
		b.Fatal(err)
	}
	name := func(i int) string { return fmt.Sprintf("Deelnemer %03d", i) }
	var recs []graph.PersonRecord
	for i := range n {
		recs = append(recs, graph.PersonRecord{Name: name(i)})
	}
	if _, err := db.AddPeople(ctx, netw.ID, recs); err != nil {
		b.Fatal(err)
	}
	wave, err := db.AddWave(ctx, netw.ID, "Meeting 1", "")
	if err != nil {
		b.Fatal(err)
	}
	srv, err := Open(ctx, Config{DB: db, Network: netw, Wave: wave, Addr: "127.0.0.1:0", Lang: "en"})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	base := strings.TrimSuffix(srv.ParticipantURL(), "/")

	// The facilitator's live map: when each participant first shows on it.
	fac := benchClient(b, "127.0.0.1")
	if resp, err := fac.Get(srv.FacilitatorURL()); err != nil {
		b.Fatal(err)
	} else {
		resp.Body.Close()
	}
	evCtx, stopEvents := context.WithCancel(ctx)
	defer stopEvents()
	req, _ := http.NewRequestWithContext(evCtx, "GET", base+"/facilitator/events?names=all", nil)
	resp, err := fac.Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	var (
		mu      sync.Mutex
		shownAt = map[string]time.Time{}
		ackedAt = map[string]time.Time{}
	)
	events := readEventsAll(resp.Body)
	<-events // the map as it is before anyone answers
	eventsDone := make(chan struct{})
	go func() {
		defer close(eventsDone)
		for e := range events {
			now := time.Now()
			mu.Lock()
			for _, who := range e.Names {
				if _, ok := shownAt[who]; !ok {
					shownAt[who] = now
				}
			}
			all := len(shownAt) == n
			mu.Unlock()
			if all {
				return
			}
		}
	}()

	// What each participant answers: three asked, three given to, three
	// contacts, others chosen at random (seeded).
	type answers struct{ asked, gave, contact []string }
	want := make([]answers, n)
	rng := rand.New(rand.NewPCG(14, 200))
	for i := range n {
		others := rng.Perm(n)
		others = slices.DeleteFunc(others, func(k int) bool { return k == i })[:9]
		for k, o := range others {
			switch k / 3 {
			case 0:
				want[i].asked = append(want[i].asked, name(o))
			case 1:
				want[i].gave = append(want[i].gave, name(o))
			default:
				want[i].contact = append(want[i].contact, name(o))
			}
		}
	}
	latency := make([]time.Duration, n)
	ready, start := sync.WaitGroup{}, make(chan struct{})
	var done sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		ready.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			c := benchClient(b, fmt.Sprintf("127.0.%d.%d", 1+i/250, 1+i%250))
			tok, err := benchToken(c, base+"/")
			if err == nil {
				err = benchPost(c, base+"/pick", url.Values{"csrf": {tok}, "me": {name(i)}}, "/answer")
			}
			if err == nil {
				tok, err = benchToken(c, base+"/answer")
			}
			ready.Done()
			if err != nil {
				errs <- err
				return
			}
			<-start
			form := url.Values{"csrf": {tok}, "asked": want[i].asked, "gave": want[i].gave, "contact": want[i].contact,
				"topic:" + want[i].asked[0]: {"planning"}, "offers": {"Excel"}}
			t0 := time.Now()
			err = benchPost(c, base+"/answer", form, "/done?saved=1")
			latency[i] = time.Since(t0)
			mu.Lock()
			ackedAt[name(i)] = time.Now()
			mu.Unlock()
			if err != nil {
				errs <- fmt.Errorf("%s: %w", name(i), err)
			}
		}()
	}
	ready.Wait()
	b.StartTimer()
	close(start)
	done.Wait()
	b.StopTimer()
	close(errs)
	for err := range errs {
		b.Fatal(err)
	}
	<-eventsDone
	stopEvents()

	// Nothing lost, nothing twice: each participant's reports are exactly
	// their answers, and the database holds no other report.
	reports := 0
	for i := range n {
		p, err := db.FindPerson(ctx, netw.ID, name(i))
		if err != nil {
			b.Fatal(err)
		}
		got, err := db.Reports(ctx, netw.ID, p.ID, wave.ID)
		if err != nil {
			b.Fatal(err)
		}
		reports += len(got)
		var asked, gave, contact []string
		for _, r := range got {
			switch {
			case r.Contact && r.Giver == name(i):
				contact = append(contact, r.Receiver)
			case r.Contact:
				contact = append(contact, r.Giver)
			case r.Giver == name(i):
				gave = append(gave, r.Receiver)
			default:
				asked = append(asked, r.Giver)
			}
		}
		for _, l := range [][]string{asked, gave, contact, want[i].asked, want[i].gave, want[i].contact} {
			slices.Sort(l)
		}
		if !slices.Equal(asked, want[i].asked) || !slices.Equal(gave, want[i].gave) || !slices.Equal(contact, want[i].contact) {
			b.Fatalf("%s: stored asked %q gave %q contact %q; sent %+v", name(i), asked, gave, contact, want[i])
		}
	}
	full, err := db.Load(ctx, netw.ID)
	if err != nil {
		b.Fatal(err)
	}
	all := 0
	for _, t := range full.Ties {
		all += len(t.Reporters)
	}
	for _, c := range full.Contacts {
		all += len(c.Reporters)
	}
	if reports != 9*n || all != reports {
		b.Fatalf("%d reports stored in all, %d found per participant; want %d", all, reports, 9*n)
	}

	var delays []time.Duration
	for who, at := range ackedAt {
		delays = append(delays, max(0, shownAt[who].Sub(at)))
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	sort.Slice(latency, func(i, j int) bool { return latency[i] < latency[j] })
	sort.Slice(delays, func(i, j int) bool { return delays[i] < delays[j] })
	pct := func(s []time.Duration, p float64) time.Duration { return s[min(len(s)-1, int(p*float64(len(s))))] }
	b.ReportMetric(ms(pct(latency, 0.50)), "submit-p50-ms")
	b.ReportMetric(ms(pct(latency, 0.99)), "submit-p99-ms")
	b.ReportMetric(ms(latency[len(latency)-1]), "submit-max-ms")
	b.ReportMetric(ms(pct(delays, 0.50)), "map-delay-p50-ms")
	b.ReportMetric(ms(delays[len(delays)-1]), "map-delay-max-ms")
	snap, _ := srv.live.current()
	b.ReportMetric(float64(snap.Version), "maps-drawn")
}

// benchClient is a participant's browser from its own address.
func benchClient(b *testing.B, ip string) *http.Client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		b.Fatal(err)
	}
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
	return &http.Client{Jar: jar, Transport: &http.Transport{DialContext: d.DialContext, MaxIdleConnsPerHost: 2},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// benchToken is the CSRF token of a page.
func benchToken(c *http.Client, u string) (string, error) {
	resp, err := c.Get(u)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	i := strings.Index(string(body), `name="csrf" value="`)
	if i < 0 {
		return "", fmt.Errorf("no token at %s (%d)", u, resp.StatusCode)
	}
	rest := string(body)[i+len(`name="csrf" value="`):]
	return rest[:strings.IndexByte(rest, '"')], nil
}

// benchPost sends a form and wants a redirect to where.
func benchPost(c *http.Client, u string, form url.Values, where string) error {
	resp, err := c.PostForm(u, form)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != where {
		return fmt.Errorf("POST %s: %d to %q, want 303 to %s", u, resp.StatusCode, resp.Header.Get("Location"), where)
	}
	return nil
}
