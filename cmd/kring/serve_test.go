package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/kring-nl/kring/store"
)

// server is kring serve running in a child process (the test binary in the
// role of kring, see TestMain).
type server struct {
	cmd          *exec.Cmd
	participants string
	facilitator  string
	stdout       []string
}

// startServe starts kring serve on the test database and waits for the two
// addresses it prints.
func startServe(t *testing.T, e *env, args ...string) *server {
	t.Helper()
	s := &server{}
	s.cmd = exec.Command(os.Args[0], append([]string{"-test.run=^$", "--", "--db", e.db, "serve", "--addr", "127.0.0.1:0"}, args...)...)
	s.cmd.Env = append(os.Environ(), "KRING_TEST_MAIN=1", "XDG_DATA_HOME="+e.dir, "LANG=C.UTF-8")
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s.cmd.Stderr = os.Stderr
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		line := sc.Text()
		s.stdout = append(s.stdout, line)
		if u, ok := strings.CutPrefix(line, "Participants: "); ok {
			s.participants = u
		}
		if u, ok := strings.CutPrefix(line, "Facilitator: "); ok {
			s.facilitator = u
			break
		}
	}
	if s.participants == "" || s.facilitator == "" {
		s.cmd.Process.Kill()
		s.cmd.Wait()
		t.Fatalf("kring serve printed no addresses:\n%s", strings.Join(s.stdout, "\n"))
	}
	go io.Copy(io.Discard, out)
	t.Cleanup(func() {
		if s.cmd.ProcessState == nil {
			s.cmd.Process.Kill()
			s.cmd.Wait()
		}
	})
	return s
}

// formClient is a browser without script: cookies kept, redirects
// followed, the CSRF token taken from the page.
type formClient struct {
	t    testing.TB
	http *http.Client
	base string
}

func newFormClient(t testing.TB, base, fromIP string) *formClient {
	jar, _ := cookiejar.New(nil)
	c := &formClient{t: t, http: &http.Client{Jar: jar}, base: strings.TrimSuffix(base, "/")}
	if fromIP != "" {
		d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(fromIP)}}
		c.http.Transport = &http.Transport{DialContext: d.DialContext}
	}
	return c
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// do sends a request and returns the final status, path and body; err is
// a failure to reach the server.
func (c *formClient) do(method, path string, form url.Values) (int, string, string, error) {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, c.base+path, body)
	if err != nil {
		return 0, "", "", err
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, "", "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Request.URL.Path, string(b), err
}

// token is the CSRF token of the page at path.
func (c *formClient) token(path string) (string, error) {
	_, _, body, err := c.do("GET", path, nil)
	if err != nil {
		return "", err
	}
	m := csrfField.FindStringSubmatch(body)
	if m == nil {
		return "", fmt.Errorf("no CSRF token on %s:\n%s", path, body)
	}
	return m[1], nil
}

// answer picks the name and sends the answers; it reports whether the
// server said they were saved (the page after answering).
func (c *formClient) answer(me string, asked, gave, contact []string) (bool, error) {
	tok, err := c.token("/")
	if err != nil {
		return false, err
	}
	status, path, _, err := c.do("POST", "/pick", url.Values{"csrf": {tok}, "me": {me}})
	if err != nil || status != http.StatusOK || path != "/answer" {
		return false, fmt.Errorf("pick %s: %d %s %v", me, status, path, err)
	}
	if tok, err = c.token("/answer"); err != nil {
		return false, err
	}
	f := url.Values{"csrf": {tok}, "asked": asked, "gave": gave, "contact": contact}
	status, path, body, err := c.do("POST", "/answer", f)
	if err != nil {
		return false, err
	}
	return status == http.StatusOK && path == "/done" && strings.Contains(body, "saved"), nil
}

// The contract of kring serve: two addresses on standard output; a plain
// form client answers; a form without its token is refused with 403 and
// changes nothing; the facilitator's address without its secret is refused;
// the CLI reads and writes the database meanwhile; SIGINT and SIGTERM stop
// it with exit 0.
func TestServeContract(t *testing.T) {
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			e := newEnv(t)
			e.ok("network", "create", "Lerend netwerk")
			e.ok("person", "add", "Ann Peeters", "Bob Janssens", "Jürgen Van der Hagen")
			e.ok("wave", "add", "Meeting 1")
			s := startServe(t, e, "--wave", "Meeting 1")
			c := newFormClient(t, s.participants, "")
			ok, err := c.answer("ann peeters", []string{"Bob Janssens"}, []string{"Jürgen Van der Hagen"}, nil)
			if err != nil || !ok {
				t.Fatalf("a plain form client could not answer: %v", err)
			}
			out := e.ok("tie", "list", "--format", "csv")
			for _, want := range []string{"Bob Janssens,Ann Peeters", "Ann Peeters,Jürgen Van der Hagen"} {
				if !strings.Contains(out, want) {
					t.Errorf("tie list lacks %s:\n%s", want, out)
				}
			}
			// The CLI writes while the server runs.
			e.ok("record", "Bob Janssens", "--gave", "Ann Peeters", "--wave", "Meeting 1")
			// No token: 403, nothing changes.
			before := e.ok("tie", "list", "--format", "csv")
			status, _, _, err := c.do("POST", "/answer", url.Values{"asked": {"Jürgen Van der Hagen"}})
			if err != nil || status != http.StatusForbidden {
				t.Errorf("answer without token: %d %v", status, err)
			}
			if after := e.ok("tie", "list", "--format", "csv"); after != before {
				t.Errorf("a refused answer changed the ties:\n%s\n%s", before, after)
			}
			// The facilitator's address without its secret.
			u, _ := url.Parse(s.facilitator)
			for _, path := range []string{"/f/", "/f", "/facilitator/", "/f/" + strings.Repeat("x", 27)} {
				status, _, _, err := newFormClient(t, s.participants, "").do("GET", path, nil)
				if err != nil || (status != 401 && status != 403 && status != 404) {
					t.Errorf("%s%s: %d %v", u.Host, path, status, err)
				}
			}
			status, _, body, err := newFormClient(t, s.participants, "127.0.0.2").do("GET", u.Path, nil)
			if err != nil || status != http.StatusOK || !strings.Contains(body, "Answered: 2 of 3") {
				t.Errorf("facilitator: %d %v\n%s", status, err, body)
			}
			if err := s.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if err := s.cmd.Wait(); err != nil {
				t.Errorf("kring serve after %v: %v", sig, err)
			}
		})
	}
}

// kill -9 while 50 participants send their answers: after a restart every
// answer the server said was saved is there, whole, and kring check finds
// the database sound.
func TestServeCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("starts kring serve twice and 50 clients")
	}
	e := newEnv(t)
	e.ok("network", "create", "Crash")
	const n = 50
	name := func(i int) string { return fmt.Sprintf("Deelnemer %02d", i%n) }
	args := []string{"person", "add"}
	for i := range n {
		args = append(args, name(i))
	}
	e.ok(args...)
	e.ok("wave", "add", "Meeting 1")
	s := startServe(t, e)
	var (
		mu     sync.Mutex
		acked  = map[int]bool{}
		killed = make(chan struct{})
		once   sync.Once
		wg     sync.WaitGroup
	)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := newFormClient(t, s.participants, fmt.Sprintf("127.0.1.%d", i+1))
			ok, _ := c.answer(name(i), []string{name(i + 1)}, []string{name(i + 2)}, []string{name(i + 3)})
			if !ok {
				return
			}
			mu.Lock()
			acked[i] = true
			half := len(acked) == n/2
			mu.Unlock()
			if half {
				once.Do(func() {
					s.cmd.Process.Signal(syscall.SIGKILL)
					close(killed)
				})
			}
		}()
	}
	wg.Wait()
	select {
	case <-killed:
	default:
		t.Fatalf("only %d of %d answers were saved before the kill; none failed", len(acked), n)
	}
	s.cmd.Wait()
	// The next run: the database is sound and holds every saved answer.
	out, errOut, code := e.run("check")
	if code != 0 {
		t.Fatalf("kring check after kill -9: %d\n%s%s", code, out, errOut)
	}
	s2 := startServe(t, e)
	defer s2.cmd.Process.Signal(os.Interrupt)
	ctx := context.Background()
	db, err := store.Open(ctx, e.db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	net, err := db.Network(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	w, err := db.FindWave(ctx, net.ID, "Meeting 1")
	if err != nil {
		t.Fatal(err)
	}
	whole := 0
	for i := range n {
		p, err := db.FindPerson(ctx, net.ID, name(i))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := db.Reports(ctx, net.ID, p.ID, w.ID)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range recs {
			got = append(got, fmt.Sprintf("%v %s>%s", r.Contact, r.Giver, r.Receiver))
		}
		slices.Sort(got)
		want := []string{
			fmt.Sprintf("false %s>%s", name(i), name(i+2)),
			fmt.Sprintf("false %s>%s", name(i+1), name(i)),
		}
		contact := []string{name(i), name(i + 3)}
		if i+3 >= n {
			contact[0], contact[1] = contact[1], contact[0]
		}
		want = append(want, fmt.Sprintf("true %s>%s", contact[0], contact[1]))
		slices.Sort(want)
		switch {
		case slices.Equal(got, want):
			whole++
		case len(got) == 0:
			if acked[i] {
				t.Errorf("%s was told the answers were saved, but they are gone", name(i))
			}
		default:
			t.Errorf("%s's answers are stored in part: %q, want %q", name(i), got, want)
		}
	}
	// And the restarted server serves: someone added now answers.
	e.ok("person", "add", "Nieuwe Deelnemer")
	c := newFormClient(t, s2.participants, "127.0.2.1")
	if ok, err := c.answer("Nieuwe Deelnemer", nil, []string{name(5)}, nil); !ok || err != nil {
		t.Errorf("after the restart: %v", err)
	}
	t.Logf("kill -9 after %d of %d answers were acknowledged: %d stored whole after restart, none in part", n/2, n, whole)
}

// A network without waves gets one for the answers, named after today, and
// kring serve says so; an unknown --wave is an error that says what to do.
func TestServeWaves(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "Zonder bijeenkomsten")
	e.ok("person", "add", "Ann Peeters")
	if errs, _ := e.fail("serve", "--addr", "127.0.0.1:0", "--wave", "Meeting 9"); !strings.Contains(errs, `kring wave add "Meeting 9"`) {
		t.Errorf("unknown wave: %s", errs)
	}
	s := startServe(t, e)
	out := strings.Join(s.stdout, "\n")
	if !strings.Contains(out, "The network had no wave yet") {
		t.Errorf("kring serve said:\n%s", out)
	}
	s.cmd.Process.Signal(os.Interrupt)
	if err := s.cmd.Wait(); err != nil {
		t.Errorf("stop: %v", err)
	}
	if waves := e.ok("wave", "list", "--format", "csv"); strings.Count(waves, "\n") != 2 {
		t.Errorf("waves:\n%s", waves)
	}
}
