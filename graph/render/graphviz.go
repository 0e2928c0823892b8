package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/goccy/go-graphviz"
)

// gvMu serialises every use of go-graphviz: its WebAssembly module is shared by
// the whole process and gives wrong results when used from two goroutines.
var gvMu sync.Mutex

// Layouts are the graphviz layout engines a map can use.
var Layouts = []string{"dot", "neato", "fdp", "sfdp", "circo"}

// Formats are the files a map can be written as.
var Formats = []string{"svg", "png", "pdf", "dot"}

// maxPixels is the longest side of a PNG map.
const maxPixels = 4000

// ErrTimeout is returned when graphviz takes longer than allowed.
var ErrTimeout = errors.New("the layout took too long")

// Options tune Render.
type Options struct {
	Timeout time.Duration // longest a layout may take; 0 means 2 minutes
	DPI     int           // resolution of PNG images; 0 means 192 (sharp on a projector)
}

// Render writes the map in a format: svg (graphviz's own SVG), png and pdf
// (graphviz's layout, drawn by kring; see Drawing) or dot (the graph
// description, before layout).
//
// go-graphviz ignores context deadlines, so the layout runs on its own
// goroutine and Render gives up after opts.Timeout with ErrTimeout; the
// layout then runs on until it ends, holding graphviz, so a command should
// stop after such an error.
func Render(ctx context.Context, w io.Writer, m Map, format string, opts Options) error {
	layout := m.Layout
	if layout == "" {
		layout = AutoLayout(len(m.Nodes), m.Group)
	}
	switch format {
	case "dot":
		_, err := w.Write(DOT(m))
		return err
	case "svg":
		b, err := run(ctx, DOT(m), layout, "svg", opts.Timeout)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	case "png", "pdf":
		b, err := run(ctx, writeDOT(m, true), layout, "json", opts.Timeout)
		if err != nil {
			return err
		}
		d, err := parseDrawing(b)
		if err != nil {
			return err
		}
		if format == "pdf" {
			return d.PDF(w)
		}
		dpi := opts.DPI
		if dpi == 0 {
			dpi = 192
		}
		// Keep the long side at most maxPixels: large maps stay quick to draw
		// and to open.
		if long := max(d.Width, d.Height) / 72; float64(dpi)*long > maxPixels {
			dpi = max(24, int(maxPixels/long))
		}
		return d.PNG(w, dpi)
	}
	return fmt.Errorf("unknown map format %q", format)
}

// SVG lays out DOT source with its layout engine and draws it as SVG.
func SVG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
	return run(ctx, dot, layout, "svg", 0)
}

// run lays out DOT source and renders it in a graphviz format, giving up
// after timeout.
func run(ctx context.Context, dot []byte, layout, format string, timeout time.Duration) ([]byte, error) {
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := runLocked(ctx, dot, layout, format)
		done <- result{b, err}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.b, r.err
	case <-timer.C:
		return nil, fmt.Errorf("%w (%s layout, more than %s)", ErrTimeout, layout, timeout)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func runLocked(ctx context.Context, dot []byte, layout, format string) ([]byte, error) {
	gvMu.Lock()
	defer gvMu.Unlock()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("start graphviz: %w", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, fmt.Errorf("parse map: %w", err)
	}
	defer g.Close()
	gv.SetLayout(graphviz.Layout(layout))
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, graphviz.Format(format), &buf); err != nil {
		return nil, fmt.Errorf("draw map with %s: %w", layout, err)
	}
	return buf.Bytes(), nil
}
