package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// progress draws a one-line progress bar on standard error when it is a
// terminal, at most ten times a second, and nothing otherwise (pipes, files,
// tests). done clears the line. With KRING_PROGRESS=lines it writes plain
// lines instead ("storing 1200/400000"), for scripts and programs that
// watch a long command.
type Bar struct {
	w     io.Writer
	on    bool
	lines bool
	mu    sync.Mutex
	last  time.Time
	stage string
	shown bool
}

func (g *Env) Progress() *Bar {
	if g.Getenv("KRING_PROGRESS") == "lines" {
		return &Bar{w: g.Err, on: true, lines: true}
	}
	w := g.Err
	if t, ok := w.(*TermSafe); ok {
		w = t.W // the bar's own control characters go through
	}
	f, ok := w.(*os.File)
	return &Bar{w: w, on: ok && IsTerminal(f)}
}

// set shows stage at done out of total.
func (p *Bar) Set(stage string, done, total int) {
	if p == nil || !p.on || total <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.last) < 100*time.Millisecond && done < total && stage == p.stage {
		return
	}
	p.last, p.stage = time.Now(), stage
	if p.lines {
		fmt.Fprintf(p.w, "%s %d/%d\n", stage, done, total)
		return
	}
	const width = 30
	filled := width * done / total
	fmt.Fprintf(p.w, "\r\033[K%s %3d%% [%s%s] %s/%s", stage, 100*done/total,
		strings.Repeat("█", filled), strings.Repeat("·", width-filled), thousands(done), thousands(total))
	p.shown = true
}

// done clears the progress line.
func (p *Bar) Done() {
	if p == nil || !p.on || p.lines {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

// thousands writes n with thin separators: 1,000,000.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
