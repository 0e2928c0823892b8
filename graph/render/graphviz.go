package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
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

// tallest is how many times as tall as the widest canvas on which its names
// are legible a map may be and still show names.
const tallest = 2

// ErrTimeout is returned when graphviz takes longer than allowed.
var ErrTimeout = errors.New("the layout took too long")

// Options tune Render.
type Options struct {
	Timeout time.Duration // longest a layout may take; 0 means 2 minutes
	DPI     int           // resolution of PNG images; 0 means 192 (sharp on a projector)
}

// Render writes the map in a format: see Draw.
func Render(ctx context.Context, w io.Writer, m Map, format string, opts Options) error {
	_, err := Draw(ctx, w, m, format, opts)
	return err
}

// Drawn tells how Draw drew a map.
type Drawn struct {
	// Initials is set when the map was asked to show names and shows
	// initials instead: it has more than 150 people, or its smallest name
	// would be less than 9 points high (12 px) with the map shown 1,600 px
	// wide. The legend then shows Map.InitialsNote.
	Initials bool
}

// Draw writes the map in a format: svg (graphviz's own SVG), png and pdf
// (graphviz's layout, drawn by kring; see Drawing) or dot (the graph
// description, before layout). Every format has a white margin around the
// map, boxes that hold their labels and a legend wrapped to the map's width.
//
// A map asked to show names shows initials when names would not be legible
// (see Drawn.Initials); finding that out may take a second layout.
//
// go-graphviz ignores context deadlines, so each layout runs on its own
// goroutine and Draw gives up after opts.Timeout with ErrTimeout; the
// layout then runs on until it ends, holding graphviz, so a command should
// stop after such an error.
func Draw(ctx context.Context, w io.Writer, m Map, format string, opts Options) (Drawn, error) {
	d, _, err := draw(ctx, w, m, format, opts)
	return d, err
}

// draw is Draw, and returns the layout PNG and PDF are painted from.
func draw(ctx context.Context, w io.Writer, m Map, format string, opts Options) (Drawn, *Drawing, error) {
	if m.Layout == "" {
		m.Layout = AutoLayout(len(m.Nodes), m.Group)
	}
	var d Drawn
	if !slices.Contains(Formats, format) {
		return d, nil, fmt.Errorf("unknown map format %q", format)
	}
	if m.Labels == Names && (len(m.Nodes) > maxNamed ||
		// Too wide by far: no need to lay it out to know.
		!placed(m) && widthGuess(m, boxWidths(m, nodeLabels(m))) > 1.25*legibleWidth(m)) {
		m.Labels, d.Initials = Initials, true
	}
	if format == "dot" {
		_, err := w.Write(writeDOT(m, dotOptions{switched: d.Initials}))
		return d, nil, err
	}
	for {
		o := dotOptions{json: format != "svg", switched: d.Initials}
		layout := m.Layout
		if placed(m) {
			pos, width, height, err := place(ctx, m, opts.Timeout)
			if err != nil {
				return d, nil, err
			}
			// The boxes' width and the margins: the least the map's width
			// can be; if names are not legible at that, no need to draw.
			// Nor when they are only by making the map a long strip.
			if m.Labels == Names && (!legible(m, width+2*mapPad) || height > tallest*legibleWidth(m)) {
				m.Labels, d.Initials = Initials, true
				continue
			}
			o.pos, o.wrap, layout = pos, max(6*72, width), "neato"
		}
		var (
			out   []byte
			drawn *Drawing
			width float64
			err   error
		)
		gvFormat := "svg"
		if o.json {
			gvFormat = "json"
		}
		if out, err = run(ctx, writeDOT(m, o), layout, gvFormat, opts.Timeout); err != nil {
			return d, nil, err
		}
		if o.json {
			if drawn, err = parseDrawing(out); err != nil {
				return d, nil, err
			}
			width = drawn.Width
		} else {
			width = svgWidth(out)
		}
		if m.Labels == Names && !legible(m, width) {
			m.Labels, d.Initials = Initials, true
			continue
		}
		switch format {
		case "svg":
			_, err = w.Write(svgFonts(out))
		case "pdf":
			err = drawn.PDF(w)
		default:
			dpi := opts.DPI
			if dpi == 0 {
				dpi = 192
			}
			// Keep the long side at most maxPixels: large maps stay quick to
			// draw and to open.
			if long := max(drawn.Width, drawn.Height) / 72; float64(dpi)*long > maxPixels {
				dpi = max(24, int(maxPixels/long))
			}
			err = drawn.PNG(w, dpi)
		}
		return d, drawn, err
	}
}

// svgWidthAttr is the width graphviz gives its SVG, in points.
var svgWidthAttr = regexp.MustCompile(`<svg width="([0-9.]+)pt"`)

// svgWidth is the width of graphviz's SVG in points, or 0.
func svgWidth(svg []byte) float64 {
	if m := svgWidthAttr.FindSubmatch(svg); m != nil {
		w, _ := strconv.ParseFloat(string(m[1]), 64)
		return w
	}
	return 0
}

// svgFonts names fonts with Helvetica's widths after Helvetica, for
// systems that lack it (graphviz writes only "Helvetica,sans-Serif").
func svgFonts(svg []byte) []byte {
	return bytes.ReplaceAll(svg, []byte(`font-family="Helvetica,sans-Serif"`), []byte(`font-family="Helvetica,Arial,sans-serif"`))
}

// SVG lays out DOT source with its layout engine and draws it as SVG.
func SVG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
	b, err := run(ctx, dot, layout, "svg", 0)
	return svgFonts(b), err
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
