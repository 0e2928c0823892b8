package main

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
// tests). done clears the line.
type progress struct {
	w     io.Writer
	on    bool
	mu    sync.Mutex
	last  time.Time
	shown bool
}

func (g *globals) progress() *progress {
	f, ok := g.Err.(*os.File)
	return &progress{w: g.Err, on: ok && isTerminal(f)}
}

// set shows stage at done out of total.
func (p *progress) set(stage string, done, total int) {
	if p == nil || !p.on || total <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.last) < 100*time.Millisecond && done < total {
		return
	}
	p.last = time.Now()
	const width = 30
	filled := width * done / total
	fmt.Fprintf(p.w, "\r\033[K%s %3d%% [%s%s] %s/%s", stage, 100*done/total,
		strings.Repeat("█", filled), strings.Repeat("·", width-filled), thousands(done), thousands(total))
	p.shown = true
}

// done clears the progress line.
func (p *progress) done() {
	if p == nil || !p.on {
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
