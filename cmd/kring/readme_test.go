package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the outputs in README.md and the golden files")

// TestREADME runs the README's examples. A ```csv file=NAME (or json
// file=NAME) block writes the file NAME; a ```console block holds "$ kring ..." lines, each followed by
// its output. All blocks run in order in one fresh folder, with HOME there, so
// the default database is ~/.local/share/kring/kring.db. With -update the
// outputs in README.md are rewritten from what kring printed.
func TestREADME(t *testing.T) {
	readme, err := filepath.Abs(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	vars := map[string]string{"HOME": filepath.Join(dir, "home"), "USER": "els"}

	lines := strings.SplitAfter(string(src), "\n")
	var out strings.Builder
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		out.WriteString(line)
		info := strings.TrimSpace(strings.TrimPrefix(line, "```"))
		if !strings.HasPrefix(line, "```") || info == "" {
			continue
		}
		// Collect the block.
		var body []string
		j := i + 1
		for ; j < len(lines) && !strings.HasPrefix(lines[j], "```"); j++ {
			body = append(body, lines[j])
		}
		switch {
		case strings.Contains(info, " file="):
			name := info[strings.Index(info, " file=")+len(" file="):]
			if err := os.WriteFile(name, []byte(strings.Join(body, "")), 0o600); err != nil {
				t.Fatal(err)
			}
			out.WriteString(strings.Join(body, ""))
		case info == "console":
			out.WriteString(runConsole(t, vars, body))
		default:
			out.WriteString(strings.Join(body, ""))
		}
		if j < len(lines) {
			out.WriteString(lines[j])
		}
		i = j
	}
	if *update {
		if err := os.WriteFile(readme, []byte(out.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if out.String() != string(src) {
		t.Errorf("README.md's examples print something else now; run go test ./cmd/kring -run README -update and read the diff")
	}
}

// runConsole runs the commands of a console block and returns the block with
// each command's real output.
func runConsole(t *testing.T, vars map[string]string, body []string) string {
	t.Helper()
	var b strings.Builder
	for _, line := range body {
		if !strings.HasPrefix(line, "$ ") {
			continue // an old output line
		}
		b.WriteString(line)
		cmdline := strings.TrimSpace(strings.TrimPrefix(line, "$ "))
		args, err := shellWords(cmdline)
		if err != nil {
			t.Fatalf("%s: %v", cmdline, err)
		}
		switch {
		case len(args) > 3 && args[0] == "go" && args[1] == "run" && args[2] == "./cmd/kring":
			args = args[3:]
		case len(args) > 0 && args[0] == "kring":
			args = args[1:]
		default:
			t.Fatalf("README console lines must run kring: %s", cmdline)
		}
		var stdout, stderr bytes.Buffer
		g := &globals{In: strings.NewReader(""), Out: &stdout, Err: &stderr,
			Getenv: func(k string) string { return vars[k] },
			Now:    func() time.Time { return time.Date(2026, 3, 19, 9, 0, 0, 0, time.UTC) }}
		run(context.Background(), args, g)
		for _, s := range []string{stdout.String(), stderr.String()} {
			for _, l := range strings.SplitAfter(s, "\n") {
				if l != "" {
					b.WriteString(strings.TrimRight(l, " \n") + "\n")
				}
			}
		}
	}
	return b.String()
}

// shellWords splits a command line as a POSIX shell would for simple cases:
// single and double quotes, backslash escapes outside single quotes.
func shellWords(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord, quote := false, rune(0)
	for i := 0; i < len(s); i++ {
		c := rune(s[i])
		switch {
		case quote == '\'':
			if c == '\'' {
				quote = 0
			} else {
				cur.WriteByte(s[i])
			}
		case quote == '"':
			if c == '"' {
				quote = 0
			} else if c == '\\' && i+1 < len(s) && strings.ContainsRune(`"\$`, rune(s[i+1])) {
				i++
				cur.WriteByte(s[i])
			} else {
				cur.WriteByte(s[i])
			}
		case c == '\'' || c == '"':
			quote, inWord = c, true
		case c == ' ' || c == '\t':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
			inWord = true
		default:
			cur.WriteByte(s[i])
			inWord = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("unclosed quote")
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

func TestShellWords(t *testing.T) {
	got, _ := shellWords(`kring record "Ann Peeters" --gave 'Carla,Dirk' --topic a\ b "say \"hi\""`)
	want := []string{"kring", "record", "Ann Peeters", "--gave", "Carla,Dirk", "--topic", "a b", `say "hi"`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("shellWords = %q", got)
	}
}
