package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
)

// child is kring running in a child process (the test binary in the role of
// kring, see TestMain), with progress written as lines on standard error.
type child struct {
	cmd   *exec.Cmd
	lines chan string // standard error, line by line
	out   strings.Builder
	done  chan struct{} // closed when standard error is read to the end
}

func startChild(t *testing.T, e *env, args ...string) *child {
	t.Helper()
	c := &child{lines: make(chan string, 1024), done: make(chan struct{})}
	c.cmd = exec.Command(os.Args[0], append([]string{"-test.run=^$", "--", "--db", e.db}, args...)...)
	c.cmd.Env = append(os.Environ(), "KRING_TEST_MAIN=1", "KRING_PROGRESS=lines", "XDG_DATA_HOME="+filepath.Join(e.dir, "xdg"))
	c.cmd.Stdout = io.Discard
	stderr, err := c.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(c.done)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			c.out.WriteString(sc.Text() + "\n")
			select {
			case c.lines <- sc.Text():
			default:
			}
		}
	}()
	return c
}

// waitFor waits until the child reports stage (a progress line that starts
// with it), and fails when the child ends first.
func (c *child) waitFor(t *testing.T, stage string) {
	t.Helper()
	for {
		select {
		case l := <-c.lines:
			if strings.HasPrefix(l, stage+" ") {
				return
			}
		case <-c.done:
			c.cmd.Wait()
			t.Fatalf("kring ended before %q:\n%s", stage, c.out.String())
		}
	}
}

// interrupt sends SIGINT and checks that kring stops with exit 130 and says
// that nothing was saved.
func (c *child) interrupt(t *testing.T) {
	t.Helper()
	if err := c.cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	<-c.done
	err := c.cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != cli.ExitInterrupted {
		t.Fatalf("exit %v, want %d\n%s", err, cli.ExitInterrupted, c.out.String())
	}
	mustContain(t, "interrupted", c.out.String(), "kring: interrupted; nothing of the unfinished command was saved")
}

// Ctrl-C during an import rolls it back: exit 130, the database as before,
// and sound.
func TestInterruptedImportChangesNothing(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("record", "Ann", "--gave", "Bob", "--add-new")
	before := e.dump()
	var b strings.Builder
	b.WriteString("giver,receiver,wave\n")
	for i := range 400000 {
		fmt.Fprintf(&b, "Person %d,Person %d,W%d\n", i%50000, (i*7+1)%50000, i%3)
	}
	file := e.write("big.csv", b.String())

	c := startChild(t, e, "import", file, "--add-new")
	c.waitFor(t, "storing") // after reading the file, before the end
	c.interrupt(t)
	if after := e.dump(); after != before {
		t.Errorf("the interrupted import changed the database")
	}
	mustContain(t, "check", e.ok("check"), "is sound")
}

// Ctrl-C stops a long analysis, and suggest --all, in the middle: exit 130
// and the database as before.
func TestInterruptedAnalysis(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a network of 25,000 people")
	}
	e := newEnv(t)
	e.ok("network", "create", "N")
	const n = 25000
	var people, ties strings.Builder
	people.WriteString("name,offers,needs\n")
	for i := range n {
		fmt.Fprintf(&people, "P%d,t%d,t%d\n", i, i%50, (i+1)%50)
	}
	ties.WriteString("giver,receiver,wave\n")
	for i := range 3 * n {
		fmt.Fprintf(&ties, "P%d,P%d,W1\n", (i*7919)%n, (i*104729+1)%n)
	}
	e.ok("import", e.write("people.csv", people.String()))
	e.ok("import", e.write("ties.csv", ties.String()))
	before := e.dump()
	for _, tc := range []struct {
		args  []string
		stage string
	}{
		{[]string{"analyze"}, "reach and access"},
		{[]string{"suggest", "--all"}, "finding whom to ask"},
	} {
		t.Run(tc.args[0], func(t *testing.T) {
			c := startChild(t, e, tc.args...)
			c.waitFor(t, tc.stage)
			c.interrupt(t)
			if after := e.dump(); after != before {
				t.Errorf("the interrupted %s changed the database", tc.args[0])
			}
		})
	}
}
