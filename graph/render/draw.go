package render

import (
	"encoding/json"
	"fmt"
	"image/color"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansbolditalic"
	"codeberg.org/go-fonts/liberation/liberationsansitalic"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
)

// Drawing is a laid-out map as graphviz draws it: its bounding box with a
// white margin of mapPad around it, and the drawing operations (xdot) of the
// graph, its clusters, edges and nodes in painting order. PNG and PDF replay
// it with kring's own painters, because go-graphviz's PNG renderer fills
// every shape and its PDF is empty. Text is set in Liberation Sans,
// metric-compatible with the Helvetica graphviz lays out with, and may hold
// any character the font has.
type Drawing struct {
	Width, Height float64 // points (1/72 inch), margins included
	minX, minY    float64 // graphviz's origin, at (mapPad, mapPad)
	lists         []drawList
	nodes         []drawnNode
}

// drawnNode is the shapes and label of one node, for tests.
type drawnNode struct {
	name         string
	shape, label []op
}

// drawList is the drawing operations of one attribute of one object.
type drawList struct {
	ops    []op
	dashed bool // the object's lines are dashed (kring_dash; see writeDOT)
}

// op is one xdot drawing operation as graphviz's json output writes it.
type op struct {
	Op       string      `json:"op"`
	Color    string      `json:"color"`
	Points   [][]float64 `json:"points"`
	Rect     []float64   `json:"rect"`
	Pt       []float64   `json:"pt"`
	Align    string      `json:"align"`
	Text     string      `json:"text"`
	Width    float64     `json:"width"` // of a text, as graphviz guesses it
	Size     float64     `json:"size"`
	Style    string      `json:"style"`
	FontChar int         `json:"fontchar"`
}

// object is a graph, cluster, node or edge in graphviz's json output.
type object struct {
	BB      string `json:"bb"`
	Dash    string `json:"kring_dash"`
	Draw    []op   `json:"_draw_"`
	LDraw   []op   `json:"_ldraw_"`
	HDraw   []op   `json:"_hdraw_"`
	TDraw   []op   `json:"_tdraw_"`
	HLDraw  []op   `json:"_hldraw_"`
	TLDraw  []op   `json:"_tldraw_"`
	Objects []struct {
		object
		Name  string `json:"name"`
		Nodes []int  `json:"nodes"` // set for subgraphs (clusters)
	} `json:"objects"`
	Edges []object `json:"edges"`
}

// parseDrawing reads graphviz's json output.
func parseDrawing(b []byte) (*Drawing, error) {
	var g object
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("read the layout: %w", err)
	}
	var bb [4]float64
	for i, f := range strings.Split(g.BB, ",") {
		if i < 4 {
			bb[i], _ = strconv.ParseFloat(f, 64)
		}
	}
	d := &Drawing{minX: bb[0] - mapPad, minY: bb[1] - mapPad, Width: bb[2] - bb[0] + 2*mapPad, Height: bb[3] - bb[1] + 2*mapPad}
	add := func(dashed bool, lists ...[]op) {
		for _, l := range lists {
			d.lists = append(d.lists, drawList{ops: l, dashed: dashed})
		}
	}
	add(false, g.Draw)
	for _, o := range g.Objects { // clusters first: they are under everything
		if o.Nodes != nil {
			add(false, o.Draw, o.LDraw)
		}
	}
	for _, e := range g.Edges {
		add(e.Dash != "", e.Draw)
		add(false, e.TDraw, e.HDraw, e.LDraw, e.TLDraw, e.HLDraw)
	}
	for _, o := range g.Objects {
		if o.Nodes == nil {
			add(o.Dash != "", o.Draw)
			add(false, o.LDraw)
			d.nodes = append(d.nodes, drawnNode{name: o.Name, shape: o.Draw, label: o.LDraw})
		}
	}
	add(false, g.LDraw)
	return d, nil
}

// painter draws on one kind of canvas, in points with the origin bottom left.
type painter interface {
	fill(p path, c color.NRGBA)
	stroke(p path, c color.NRGBA, width float64, dash []float64)
	text(x, y float64, f textFace, s string, c color.NRGBA)
	width(f textFace, s string) float64 // of s as text sets it
}

// path is a shape: moves, lines, cubic Béziers, closes.
type path []segment

type segment struct {
	kind byte // 'M', 'L', 'C', 'Z'
	pts  [3][2]float64
}

// textFace is a font at a size.
type textFace struct {
	size         float64
	bold, italic bool
}

// variant is the Liberation Sans file of a face.
func (f textFace) variant() int {
	v := 0
	if f.bold {
		v |= 1
	}
	if f.italic {
		v |= 2
	}
	return v
}

// fontFiles are Liberation Sans regular, bold, italic and bold italic.
var fontFiles = [4][]byte{liberationsansregular.TTF, liberationsansbold.TTF, liberationsansitalic.TTF, liberationsansbolditalic.TTF}

// faces holds the parsed fonts, for text widths and PNG.
var faces = sync.OnceValue(func() [4]font.Face {
	var out [4]font.Face
	for i, ttf := range fontFiles {
		f, err := opentype.Parse(ttf)
		if err != nil {
			panic(err)
		}
		fnt := font.Font{Typeface: "Liberation", Variant: font.Variant(fmt.Sprint("Sans", i))}
		out[i] = font.Face{Font: fnt, Face: f}
	}
	return out
})

// face returns the font face for f.
func face(f textFace) font.Face {
	fc := faces()[f.variant()]
	fc.Font.Size = vg.Length(f.size)
	return fc
}

// PNG draws d as a PNG image at dpi dots per inch.
func (d *Drawing) PNG(w io.Writer, dpi int) error {
	c := vgimg.NewWith(vgimg.UseWH(vg.Length(d.Width), vg.Length(d.Height)), vgimg.UseDPI(dpi),
		vgimg.UseBackgroundColor(color.White))
	d.paint(pngPainter{c})
	_, err := vgimg.PngCanvas{Canvas: c}.WriteTo(w)
	return err
}

// PDF draws d as a one-page PDF with the fonts embedded (subsets).
func (d *Drawing) PDF(w io.Writer) error {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: d.Width, Ht: d.Height}})
	pdf.SetCreationDate(time.Unix(0, 0).UTC()) // the same map gives the same file
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	for i, style := range []string{"", "B", "I", "BI"} {
		pdf.AddUTF8FontFromBytes("LiberationSans", style, fontFiles[i])
	}
	pdf.AddPage()
	d.paint(&pdfPainter{pdf: pdf, height: d.Height})
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("write the PDF: %w", err)
	}
	return pdf.Output(w)
}

// paint replays every drawing operation. Each list starts with fresh state,
// as graphviz writes the full state at the start of each.
func (d *Drawing) paint(p painter) {
	for _, list := range d.lists {
		st := drawState{pen: black, fill: black, width: 1, face: textFace{size: 14}, dashed: list.dashed}
		if list.dashed {
			st.dash = dashPattern
		}
		for _, o := range list.ops {
			d.do(p, &st, o)
		}
	}
}

var black = color.NRGBA{A: 255}

// dashPattern is graphviz's dashed line, as in its SVG (stroke-dasharray 5,2).
var dashPattern = []float64{5, 2}

type drawState struct {
	dashed    bool // dashed whatever the list says (kring_dash)
	filled    bool // a fill colour was set in this list
	pen, fill color.NRGBA
	width     float64
	dash      []float64
	invisible bool
	face      textFace
}

func (d *Drawing) pt(q []float64) [2]float64 { return [2]float64{q[0] - d.minX, q[1] - d.minY} }

func (d *Drawing) do(p painter, st *drawState, o op) {
	switch o.Op {
	case "c":
		st.pen = parseColor(o.Color)
	case "C":
		st.fill = parseColor(o.Color)
		st.filled = st.fill.A != 0
	case "S":
		st.style(o.Style)
	case "F":
		st.face.size = o.Size
	case "t":
		st.face.bold, st.face.italic = o.FontChar&1 != 0, o.FontChar&2 != 0
	case "P", "p", "L", "B", "b":
		if st.invisible || len(o.Points) == 0 {
			return
		}
		sh := path{{kind: 'M', pts: [3][2]float64{d.pt(o.Points[0])}}}
		if o.Op == "B" || o.Op == "b" {
			for i := 1; i+2 < len(o.Points); i += 3 {
				sh = append(sh, segment{kind: 'C', pts: [3][2]float64{d.pt(o.Points[i]), d.pt(o.Points[i+1]), d.pt(o.Points[i+2])}})
			}
		} else {
			for _, q := range o.Points[1:] {
				sh = append(sh, segment{kind: 'L', pts: [3][2]float64{d.pt(q)}})
			}
		}
		// go-graphviz's json swaps xdot's bezier letters (filled rounded boxes
		// come as "B", open tie splines as "b"), so a bezier is filled when it
		// closes on itself: a shape, not a line.
		first, last := o.Points[0], o.Points[len(o.Points)-1]
		closed := o.Op == "P" || o.Op == "p" || ((o.Op == "B" || o.Op == "b") && first[0] == last[0] && first[1] == last[1])
		if closed {
			sh = append(sh, segment{kind: 'Z'})
		}
		if o.Op == "P" || (closed && o.Op != "p" && st.filled) {
			p.fill(sh, st.fill)
		}
		st.stroke(p, sh)
	case "E", "e":
		if st.invisible || len(o.Rect) < 4 {
			return
		}
		sh := ellipse(d.pt(o.Rect[:2]), o.Rect[2], o.Rect[3])
		if o.Op == "E" {
			p.fill(sh, st.fill)
		}
		st.stroke(p, sh)
	case "T":
		if st.invisible || len(o.Pt) < 2 || strings.TrimSpace(o.Text) == "" {
			return
		}
		at := d.pt(o.Pt)
		switch w := p.width(st.face, o.Text); o.Align {
		case "c":
			at[0] -= w / 2
		case "r":
			at[0] -= w
		}
		p.text(at[0], at[1], st.face, o.Text, st.pen)
	}
}

func (st *drawState) stroke(p painter, sh path) {
	if st.width > 0 && st.pen.A != 0 {
		p.stroke(sh, st.pen, st.width, st.dash)
	}
}

// style applies one xdot style item.
func (st *drawState) style(s string) {
	switch {
	case s == "solid":
		if !st.dashed {
			st.dash = nil
		}
	case s == "dashed":
		st.dash = dashPattern
	case s == "dotted":
		st.dash = []float64{1, 5}
	case s == "bold":
		st.width = 2
	case s == "invis" || s == "invisible":
		st.invisible = true
	case strings.HasPrefix(s, "setlinewidth("):
		if w, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimPrefix(s, "setlinewidth("), ")"), 64); err == nil {
			st.width = w
		}
	}
}

// ellipse approximates an ellipse with four cubic Béziers.
func ellipse(c [2]float64, rx, ry float64) path {
	const k = 0.5522847498 // 4/3·(√2−1)
	x, y := c[0], c[1]
	q := func(a, b float64) [2]float64 { return [2]float64{a, b} }
	return path{
		{kind: 'M', pts: [3][2]float64{q(x+rx, y)}},
		{kind: 'C', pts: [3][2]float64{q(x+rx, y+k*ry), q(x+k*rx, y+ry), q(x, y+ry)}},
		{kind: 'C', pts: [3][2]float64{q(x-k*rx, y+ry), q(x-rx, y+k*ry), q(x-rx, y)}},
		{kind: 'C', pts: [3][2]float64{q(x-rx, y-k*ry), q(x-k*rx, y-ry), q(x, y-ry)}},
		{kind: 'C', pts: [3][2]float64{q(x+k*rx, y-ry), q(x+rx, y-k*ry), q(x+rx, y)}},
		{kind: 'Z'},
	}
}

// parseColor reads #rrggbb, #rrggbbaa and the few names graphviz passes on.
func parseColor(s string) color.NRGBA {
	switch strings.ToLower(s) {
	case "black":
		return black
	case "white":
		return color.NRGBA{255, 255, 255, 255}
	case "transparent", "none", "":
		return color.NRGBA{}
	}
	if len(s) == 7 || len(s) == 9 {
		if v, err := strconv.ParseUint(s[1:], 16, 32); err == nil {
			if len(s) == 7 {
				return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 255}
			}
			return color.NRGBA{R: uint8(v >> 24), G: uint8(v >> 16), B: uint8(v >> 8), A: uint8(v)}
		}
	}
	return black
}

// pngPainter paints on a gonum vg image canvas.
type pngPainter struct{ c vg.Canvas }

func (p pngPainter) vgPath(sh path) vg.Path {
	pt := func(q [2]float64) vg.Point { return vg.Point{X: vg.Length(q[0]), Y: vg.Length(q[1])} }
	var out vg.Path
	for _, s := range sh {
		switch s.kind {
		case 'M':
			out.Move(pt(s.pts[0]))
		case 'L':
			out.Line(pt(s.pts[0]))
		case 'C':
			out.CubeTo(pt(s.pts[0]), pt(s.pts[1]), pt(s.pts[2]))
		case 'Z':
			out.Close()
		}
	}
	return out
}

func (p pngPainter) fill(sh path, c color.NRGBA) {
	p.c.SetColor(c)
	p.c.Fill(p.vgPath(sh))
}

func (p pngPainter) stroke(sh path, c color.NRGBA, width float64, dash []float64) {
	p.c.SetColor(c)
	p.c.SetLineWidth(vg.Length(width))
	d := make([]vg.Length, len(dash))
	for i, x := range dash {
		d[i] = vg.Length(x)
	}
	p.c.SetLineDash(d, 0)
	p.c.Stroke(p.vgPath(sh))
}

func (p pngPainter) width(f textFace, s string) float64 {
	fc := face(f)
	return float64(fc.Width(s))
}

func (p pngPainter) text(x, y float64, f textFace, s string, c color.NRGBA) {
	p.c.SetColor(c)
	p.c.FillString(face(f), vg.Point{X: vg.Length(x), Y: vg.Length(y)}, s)
}

// pdfPainter paints on an fpdf page, whose origin is top left.
type pdfPainter struct {
	pdf    *fpdf.Fpdf
	height float64
}

func (p *pdfPainter) trace(sh path) {
	y := func(v float64) float64 { return p.height - v }
	for _, s := range sh {
		switch s.kind {
		case 'M':
			p.pdf.MoveTo(s.pts[0][0], y(s.pts[0][1]))
		case 'L':
			p.pdf.LineTo(s.pts[0][0], y(s.pts[0][1]))
		case 'C':
			p.pdf.CurveBezierCubicTo(s.pts[0][0], y(s.pts[0][1]), s.pts[1][0], y(s.pts[1][1]), s.pts[2][0], y(s.pts[2][1]))
		case 'Z':
			p.pdf.ClosePath()
		}
	}
}

func (p *pdfPainter) alpha(c color.NRGBA) {
	p.pdf.SetAlpha(float64(c.A)/255, "Normal")
}

func (p *pdfPainter) fill(sh path, c color.NRGBA) {
	p.alpha(c)
	p.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
	p.trace(sh)
	p.pdf.DrawPath("f")
}

func (p *pdfPainter) stroke(sh path, c color.NRGBA, width float64, dash []float64) {
	p.alpha(c)
	p.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
	p.pdf.SetLineWidth(width)
	p.pdf.SetDashPattern(dash, 0)
	p.trace(sh)
	p.pdf.DrawPath("D")
}

// font sets the face f.
func (p *pdfPainter) font(f textFace) {
	style := ""
	if f.bold {
		style += "B"
	}
	if f.italic {
		style += "I"
	}
	p.pdf.SetFont("LiberationSans", style, f.size)
}

// width is the width of s in f as fpdf sets it: without kerning.
func (p *pdfPainter) width(f textFace, s string) float64 {
	p.font(f)
	return p.pdf.GetStringWidth(s)
}

func (p *pdfPainter) text(x, y float64, f textFace, s string, c color.NRGBA) {
	p.alpha(c)
	p.font(f)
	p.pdf.SetTextColor(int(c.R), int(c.G), int(c.B))
	p.pdf.Text(x, p.height-y, s)
}
