package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
)

func TestTermSafe(t *testing.T) {
	for in, want := range map[string]string{
		"plain Jürgen Yılmaz\n\tok": "plain Jürgen Yılmaz\n\tok",
		"\x1b]52;c;ZXZpbA==\x07":    `\x1b]52;c;ZXZpbA==\x07`, // clipboard write
		"\x1b[2J\x1b[H":             `\x1b[2J\x1b[H`,          // clear screen
		"a\u009b31mb":               `a\x9b31mb`,              // C1 control sequence introducer
		"a\xffb":                    `a\xffb`,                 // not UTF-8
		"Ann\u202eNAJ":              `Ann\u202eNAJ`,           // right-to-left override
		"carriage\rreturn\x7f":      `carriage\x0dreturn\x7f`,
	} {
		var b bytes.Buffer
		w := &cli.TermSafe{W: &b}
		if n, err := w.Write([]byte(in)); err != nil || n != len(in) {
			t.Errorf("Write(%q) = %d, %v", in, n, err)
		}
		if b.String() != want {
			t.Errorf("Write(%q) wrote %q, want %q", in, b.String(), want)
		}
	}
	// A character cut in two by two writes stays whole.
	var b bytes.Buffer
	w := &cli.TermSafe{W: &b}
	s := []byte("Zoë")
	w.Write(s[:3])
	w.Write(s[3:])
	if b.String() != "Zoë" {
		t.Errorf("split character written as %q", b.String())
	}
}

// Text from a file that reaches the terminal in an error cannot act on it
// (issue 11: a wave name with an OSC 52 sequence was printed raw).
func TestErrorsFromFilesAreEscaped(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	file := e.write("evil.json", `{"format":"kring-network","version":1,"network":"N",
"people":[{"name":"Ann"},{"name":"Bob"}],
"waves":[{"name":"W\u001b]52;c;ZXZpbA==\u0007\u001b[2J"}],
"ties":[{"giver":"Ann","receiver":"Bob","wave":"W\u001b]52;c;ZXZpbA==\u0007\u001b[2J"}]}`)
	cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "--db", e.db, "import", file)
	cmd.Env = append(os.Environ(), "KRING_TEST_MAIN=1", "XDG_DATA_HOME="+filepath.Join(e.dir, "xdg"))
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("the import succeeded:\n%s", out)
	}
	if bytes.ContainsAny(out, "\x1b\x07") {
		t.Errorf("raw control characters reached the terminal: %q", out)
	}
	if !strings.Contains(string(out), `\x1b]52`) {
		t.Errorf("the message does not show the wave name escaped: %q", out)
	}
}
