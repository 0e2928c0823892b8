package render

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/goccy/go-graphviz"
)

// gvMu serialises every use of go-graphviz: its WebAssembly module is shared by
// the whole process and gives wrong results when used from two goroutines.
var gvMu sync.Mutex

// Layouts are the graphviz layout engines a map can use.
var Layouts = []string{"dot", "neato", "fdp", "sfdp", "circo"}

// SVG lays out DOT source with its layout engine and draws it as SVG.
func SVG(ctx context.Context, dot []byte, layout string) ([]byte, error) {
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
	if err := gv.Render(ctx, g, graphviz.SVG, &buf); err != nil {
		return nil, fmt.Errorf("draw map with %s: %w", layout, err)
	}
	return buf.Bytes(), nil
}
