package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// env is a kring environment for tests: a temporary database and variables.
type env struct {
	t    *testing.T
	dir  string
	db   string
	vars map[string]string
	in   string
}

func newEnv(t *testing.T) *env {
	dir := t.TempDir()
	return &env{t: t, dir: dir, db: filepath.Join(dir, "kring.db"), vars: map[string]string{"XDG_DATA_HOME": filepath.Join(dir, "xdg")}}
}

// run runs kring with args against the test database and returns stdout,
// stderr and the exit code.
func (e *env) run(args ...string) (string, string, int) {
	e.t.Helper()
	var out, errb bytes.Buffer
	g := &globals{
		In: strings.NewReader(e.in), Out: &out, Err: &errb,
		Getenv: func(k string) string { return e.vars[k] },
		Now:    func() time.Time { return time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC) },
	}
	if e.db != "" {
		args = append([]string{"--db", e.db}, args...)
	}
	code := run(context.Background(), args, g)
	return out.String(), errb.String(), code
}

// ok runs kring and fails the test unless it exits 0.
func (e *env) ok(args ...string) string {
	e.t.Helper()
	out, errs, code := e.run(args...)
	if code != 0 {
		e.t.Fatalf("kring %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

// fail runs kring and fails the test unless it exits non-zero; it returns stderr.
func (e *env) fail(args ...string) (string, int) {
	e.t.Helper()
	out, errs, code := e.run(args...)
	if code == 0 {
		e.t.Fatalf("kring %s: exit 0, want failure\n%s", strings.Join(args, " "), out)
	}
	return errs, code
}

func (e *env) write(name, content string) string {
	e.t.Helper()
	path := filepath.Join(e.dir, name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		e.t.Fatal(err)
	}
	return path
}

func mustContain(t *testing.T, what, got string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, got)
		}
	}
}

func testdata(parts ...string) string {
	return filepath.Join(append([]string{"..", "..", "testdata"}, parts...)...)
}

// TestMain lets the test binary act as kring in a child process: with
// KRING_TEST_MAIN=1 it runs the arguments after "--" as a kring command.
func TestMain(m *testing.M) {
	if os.Getenv("KRING_TEST_MAIN") == "1" {
		args := os.Args
		for i, a := range args {
			if a == "--" {
				args = args[i+1:]
				break
			}
		}
		os.Exit(runProcess(args))
	}
	os.Exit(m.Run())
}

// kringProcess runs kring in a child process with the given TMPDIR.
func kringProcess(t *testing.T, tmp string, args ...string) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), "KRING_TEST_MAIN=1", "TMPDIR="+tmp)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("kring %v: %v\n%s", args, err, out)
	}
	return string(out)
}
