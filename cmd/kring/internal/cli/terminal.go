package cli

import (
	"io"
	"os"
	"unicode/utf8"

	"golang.org/x/term"
)

// isTerminal reports whether f is an interactive terminal (not a file, a
// pipe or /dev/null, which is a character device too).
func IsTerminal(f *os.File) bool {
	return term.IsTerminal(int(f.Fd()))
}

// TermSafe passes text on to a terminal with its control characters made
// visible, so that a name, wave or node id read from a file cannot move the
// cursor, clear the screen, retitle the window or write to the clipboard
// (ANSI escape and OSC sequences): the escape character, the other C0
// controls but tab and newline, DEL, the C1 controls, bytes that are not
// UTF-8, and the bidirectional overrides are written as \x1b, \u202e and
// so on. kring's own progress bar writes to the terminal itself.
type TermSafe struct {
	W    io.Writer
	tail []byte // the start of a character cut off at the end of the last Write
}

func (t *TermSafe) Write(p []byte) (int, error) {
	n := len(p)
	if len(t.tail) > 0 {
		p = append(t.tail, p...)
		t.tail = nil
	}
	out := make([]byte, 0, len(p))
	for len(p) > 0 {
		r, size := utf8.DecodeRune(p)
		if r == utf8.RuneError && size <= 1 {
			if !utf8.FullRune(p) && len(p) < utf8.UTFMax {
				t.tail = append([]byte(nil), p...)
				break
			}
			out = append(out, []byte(`\x`+hex2(p[0]))...)
			p = p[1:]
			continue
		}
		if unsafeRune(r) {
			out = append(out, []byte(escapeRune(r))...)
		} else {
			out = append(out, p[:size]...)
		}
		p = p[size:]
	}
	if _, err := t.W.Write(out); err != nil {
		return 0, err
	}
	return n, nil
}

// unsafeRune reports the characters a terminal acts on instead of showing.
func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

func escapeRune(r rune) string {
	if r < 0x100 {
		return `\x` + hex2(byte(r))
	}
	const digits = "0123456789abcdef"
	return `\u` + string([]byte{digits[r>>12&0xf], digits[r>>8&0xf], digits[r>>4&0xf], digits[r&0xf]})
}

func hex2(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&0xf]})
}
