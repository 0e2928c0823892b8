package chart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
)

func ptr(v int) *int { return &v }

// english is the legend kring passes in English.
var english = BalanceLegend{Gives: "gives more than asks", Asks: "asks more than gives", Even: "0: as much given as asked", None: "–: no help ties"}

func sample() (Balance, Lines) {
	b := Balance{Title: "Give/ask balance per person", Waves: []string{"Meeting 1", "Meeting 2", "Meeting 3"},
		People: []string{"Ann Peeters", "Jürgen Van der Hagen", "Fien Goossens"},
		Values: [][]*int{{ptr(1), ptr(0), ptr(3)}, {ptr(-2), nil, ptr(-1)}, {nil, nil, nil}},
		Legend: english}
	l := Lines{Title: "The network per wave", Waves: b.Waves, Series: []Series{
		{Name: "reciprocity", Values: []float64{0.4, 0.5, math.NaN()}, Color: color.NRGBA{0, 0x72, 0xB2, 0xFF}},
		{Name: "density", Values: []float64{0.1, 0.15, 0.2}, Color: color.NRGBA{0xD5, 0x5E, 0, 0xFF}, Dashed: true},
	}}
	return b, l
}

// flemish is the network that showed wave names cut to "Bijeenko…": n
// waves "Bijeenkomst 1", "Bijeenkomst 2", …, and names up to 26 letters.
func flemish(n int, waveName func(i int) string) (Balance, Lines) {
	b := Balance{Title: "Give/ask balance per person and wave (gives − receives)", Legend: english,
		People: []string{"Marie-Louise van den Berg", "Jürgen Van der Hagen", "Anaïs Yılmaz", "Bram Vermeulen"}}
	for i := range n {
		b.Waves = append(b.Waves, waveName(i))
	}
	for p := range b.People {
		row := make([]*int, n)
		for w := range row {
			if (p+w)%4 != 0 {
				row[w] = ptr((p*3+w)%7 - 3)
			}
		}
		b.Values = append(b.Values, row)
	}
	l := Lines{Title: "The network per wave", Waves: b.Waves, Series: []Series{
		{Name: "reciprocity", Color: color.NRGBA{0, 0x72, 0xB2, 0xFF}},
		{Name: "density", Color: color.NRGBA{0xD5, 0x5E, 0, 0xFF}, Dashed: true},
	}}
	for w := range n {
		l.Series[0].Values = append(l.Series[0].Values, 0.3+0.02*float64(w))
		l.Series[1].Values = append(l.Series[1].Values, 0.1+0.01*float64(w))
	}
	return b, l
}

func bijeenkomst(i int) string { return fmt.Sprintf("Bijeenkomst %d", i+1) }

func TestWriteSVGAndPNG(t *testing.T) {
	b, l := sample()
	var svg bytes.Buffer
	if err := Write(&svg, "svg", b, l); err != nil {
		t.Fatal(err)
	}
	texts := svgTexts(t, svg.Bytes())
	for _, s := range []string{"Jürgen Van der Hagen", "+3", "reciprocity", "density", "Meeting 2", "gives more than asks", "–: no help ties"} {
		if !slices.Contains(texts, s) {
			t.Errorf("SVG lacks the text %q", s)
		}
	}
	var pngBuf bytes.Buffer
	if err := Write(&pngBuf, "png", b, l); err != nil {
		t.Fatal(err)
	}
	keep(t, "sample.png", pngBuf.Bytes())
	img, err := png.Decode(&pngBuf)
	if err != nil {
		t.Fatal(err)
	}
	// The give colour (orange, blended) and the ask colour (blue) are there.
	var orange, blue int
	bnd := img.Bounds()
	for y := bnd.Min.Y; y < bnd.Max.Y; y += 2 {
		for x := bnd.Min.X; x < bnd.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			r, g, bl = r>>8, g>>8, bl>>8
			if r > 200 && g > 140 && g < 200 && bl < 90 {
				orange++
			}
			if bl > 200 && r < 140 {
				blue++
			}
		}
	}
	if orange < 100 || blue < 100 {
		t.Errorf("orange %d, blue %d pixels", orange, blue)
	}
	if err := Write(io.Discard, "gif", b); err == nil {
		t.Error("gif accepted")
	}
}

// Wave names that do not fit across a column are shown whole and apart,
// not cut to "Bijeenko…" (issue 12).
func TestWaveNamesWholeAndDistinct(t *testing.T) {
	long := func(i int) string {
		return fmt.Sprintf("Bijeenkomst %d in het stadhuis van Sint-Niklaas: intervisie", i+1)
	}
	for _, tc := range []struct {
		name     string
		waves    int
		wave     func(int) string
		numbered bool // the names stand in a key, with numbers at the columns
	}{
		{"3 Bijeenkomst", 3, bijeenkomst, false},
		{"12 Bijeenkomst", 12, bijeenkomst, false},
		{"20 Bijeenkomst", 20, bijeenkomst, false},
		{"4 long names", 4, long, true},
	} {
		b, l := flemish(tc.waves, tc.wave)
		for _, ch := range []Chart{b, l} {
			t.Run(fmt.Sprintf("%s %T", tc.name, ch), func(t *testing.T) {
				var svg bytes.Buffer
				if err := Write(&svg, "svg", ch); err != nil {
					t.Fatal(err)
				}
				texts := svgTexts(t, svg.Bytes())
				for _, s := range texts {
					if strings.Contains(s, "…") {
						t.Errorf("text %q is cut short", s)
					}
				}
				for i := range tc.waves {
					name := tc.wave(i)
					if n := count(texts, name); n != 1 {
						t.Errorf("the text %q stands %d times, want once", name, n)
					}
					if tc.numbered && count(texts, strconv.Itoa(i+1)) < 2 {
						t.Errorf("wave %d has no number at its column and in the key: %q", i+1, texts)
					}
				}
			})
		}
	}
}

func count(texts []string, s string) int {
	n := 0
	for _, t := range texts {
		if t == s {
			n++
		}
	}
	return n
}

// Everything drawn, the legends included, stays inside the image, up to 20
// waves: in SVG every text and line is within the canvas, in PNG the margin
// is white all round (issue 12).
func TestInsideTheImage(t *testing.T) {
	long := func(i int) string { return fmt.Sprintf("Bijeenkomst %d in het stadhuis van Sint-Niklaas", i+1) }
	for _, tc := range []struct {
		name  string
		waves int
		wave  func(int) string
	}{
		{"3", 3, bijeenkomst}, {"12", 12, bijeenkomst}, {"20", 20, bijeenkomst}, {"20 long", 20, long},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, l := flemish(tc.waves, tc.wave)
			// A long legend, as a translation may have it.
			b.Legend.Even = "0: evenveel gegeven als gevraagd, of niets van beide in deze bijeenkomst"
			var svg bytes.Buffer
			if err := Write(&svg, "svg", b, l); err != nil {
				t.Fatal(err)
			}
			w, h, boxes := svgBoxes(t, svg.Bytes())
			if g := boxes[0]; g.what != "path" || g.Min.X != 0 || g.Min.Y != 0 || g.Max.X != w || g.Max.Y != h {
				t.Fatalf("the first thing drawn is %s %v–%v, not the white ground", g.what, g.Min, g.Max)
			}
			inset := float64(margin) - 2
			for _, bx := range boxes[1:] { // after the white ground
				if bx.Min.X < inset || bx.Min.Y < inset || bx.Max.X > w-inset || bx.Max.Y > h-inset {
					t.Errorf("%s at %.1f,%.1f–%.1f,%.1f reaches into the %.0f×%.0f canvas's margin", bx.what, bx.Min.X, bx.Min.Y, bx.Max.X, bx.Max.Y, w, h)
				}
			}
			if n := len(boxes); n < 4*tc.waves {
				t.Fatalf("only %d boxes found in the SVG", n)
			}
			var pngBuf bytes.Buffer
			if err := Write(&pngBuf, "png", b, l); err != nil {
				t.Fatal(err)
			}
			keep(t, "inside-"+tc.name+".png", pngBuf.Bytes())
			img, err := png.Decode(&pngBuf)
			if err != nil {
				t.Fatal(err)
			}
			bnd := img.Bounds()
			band := int(inset * float64(bnd.Dx()) / w) // px per pt times the inset
			inked := 0
			for y := bnd.Min.Y; y < bnd.Max.Y; y++ {
				for x := bnd.Min.X; x < bnd.Max.X; x++ {
					if x >= band && x < bnd.Max.X-band && y >= band && y < bnd.Max.Y-band {
						continue
					}
					if r, g, b, _ := img.At(x, y).RGBA(); r != 0xFFFF || g != 0xFFFF || b != 0xFFFF {
						inked++
					}
				}
			}
			if inked > 0 || band < 10 {
				t.Errorf("%d pixels in the %d px margin of the %v PNG are not white", inked, band, bnd.Size())
			}
		})
	}
}

// The words of the legend are the caller's: none are the package's own.
func TestLegendWordsFromCaller(t *testing.T) {
	b, _ := sample()
	b.Legend = BalanceLegend{Gives: "geeft meer dan vraagt", Asks: "vraagt meer dan geeft", None: "–: geen hulpbanden"}
	var svg bytes.Buffer
	if err := Write(&svg, "svg", b); err != nil {
		t.Fatal(err)
	}
	texts := svgTexts(t, svg.Bytes())
	for _, s := range []string{"geeft meer dan vraagt", "vraagt meer dan geeft", "–: geen hulpbanden"} {
		if !slices.Contains(texts, s) {
			t.Errorf("legend lacks %q", s)
		}
	}
	b.Legend = BalanceLegend{}
	svg.Reset()
	if err := Write(&svg, "svg", b); err != nil {
		t.Fatal(err)
	}
	var want []string
	want = append(want, b.Title)
	want = append(want, b.Waves...)
	want = append(want, b.People...)
	for _, s := range svgTexts(t, svg.Bytes()) {
		if !slices.Contains(want, s) && !regexp.MustCompile(`^([+-]?\d+|–)$`).MatchString(s) {
			t.Errorf("the chart says %q, which the caller did not give", s)
		}
	}
}

// A chart of many people stays within maxPixels, at a lower resolution.
func TestPNGLongSideCapped(t *testing.T) {
	b := Balance{Title: "Many", Waves: []string{"1", "2"}}
	for i := range 1000 {
		b.People = append(b.People, fmt.Sprintf("Person %d", i))
		b.Values = append(b.Values, []*int{ptr(i%5 - 2), nil})
	}
	var buf bytes.Buffer
	if err := Write(&buf, "png", b); err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Height > maxPixels || cfg.Height < maxPixels/2 {
		t.Errorf("%d×%d px, want the long side near %d", cfg.Width, cfg.Height, maxPixels)
	}
}

// keep writes a chart to $KRING_KEEP/name, to look at.
func keep(t *testing.T, name string, b []byte) {
	if dir := os.Getenv("KRING_KEEP"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Error(err)
		}
	}
}

// svgTexts is the content of every text element of an SVG document.
func svgTexts(t *testing.T, svg []byte) []string {
	t.Helper()
	_, _, boxes := svgBoxes(t, svg)
	var out []string
	for _, b := range boxes {
		if s, ok := strings.CutPrefix(b.what, "text "); ok {
			out = append(out, s)
		}
	}
	return out
}

// box is the extent of something drawn, in the SVG's coordinates (y down).
type box struct {
	what     string
	Min, Max struct{ X, Y float64 }
}

// matrix is an SVG transform [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[2]*n[1], m[1]*n[0] + m[3]*n[1],
		m[0]*n[2] + m[2]*n[3], m[1]*n[2] + m[3]*n[3],
		m[0]*n[4] + m[2]*n[5] + m[4], m[1]*n[4] + m[3]*n[5] + m[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]
}

var (
	transformRe = regexp.MustCompile(`(\w+)\(([^)]*)\)`)
	numberRe    = regexp.MustCompile(`-?[0-9.]+(?:e-?[0-9]+)?`)
	pathRe      = regexp.MustCompile(`([MLACZ])([^MLACZ]*)`)
	fontSizeRe  = regexp.MustCompile(`font-size:([0-9.]+)px`)
)

func numbers(s string) []float64 {
	var out []float64
	for _, f := range numberRe.FindAllString(s, -1) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			panic(err)
		}
		out = append(out, v)
	}
	return out
}

// parseTransform reads the transforms gonum's SVG canvas writes.
func parseTransform(t *testing.T, s string) matrix {
	m := identity
	for _, f := range transformRe.FindAllStringSubmatch(s, -1) {
		a := numbers(f[2])
		var n matrix
		switch {
		case f[1] == "scale" && len(a) == 2:
			n = matrix{a[0], 0, 0, a[1], 0, 0}
		case f[1] == "translate" && len(a) == 2:
			n = matrix{1, 0, 0, 1, a[0], a[1]}
		case f[1] == "rotate" && len(a) == 1:
			s, c := math.Sincos(a[0] * math.Pi / 180)
			n = matrix{c, s, -s, c, 0, 0}
		default:
			t.Fatalf("transform %q not understood", f[0])
		}
		m = m.mul(n)
	}
	return m
}

// svgBoxes reads the canvas size and the box of every text and path of a
// gonum SVG: a text from its font's measures, a path from its points.
func svgBoxes(t *testing.T, svg []byte) (w, h float64, boxes []box) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	stack := []matrix{identity}
	var text *box
	var textM matrix
	var fontSize float64
	var bold bool
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("SVG not well-formed: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			attr := map[string]string{}
			for _, a := range e.Attr {
				attr[a.Name.Local] = a.Value
			}
			m := stack[len(stack)-1].mul(parseTransform(t, attr["transform"]))
			stack = append(stack, m)
			switch e.Name.Local {
			case "svg":
				vb := numbers(attr["viewBox"])
				w, h = vb[2], vb[3]
			case "text":
				text, textM = &box{}, m
				if fs := fontSizeRe.FindStringSubmatch(attr["style"]); fs != nil {
					fontSize, _ = strconv.ParseFloat(fs[1], 64)
				}
				bold = strings.Contains(attr["style"], "font-weight:bold")
				xy := numbers(attr["x"] + " " + attr["y"])
				text.Min.X, text.Min.Y = xy[0], xy[1]
			case "path":
				b := box{what: "path"}
				first := true
				for _, c := range pathRe.FindAllStringSubmatch(attr["d"], -1) {
					a := numbers(c[2])
					var pts []float64
					switch c[1] {
					case "M", "L", "C":
						pts = a
					case "A": // rx ry rotation large sweep x y
						if len(a) == 7 {
							pts = a[5:]
						}
					}
					for i := 0; i+1 < len(pts); i += 2 {
						x, y := m.apply(pts[i], pts[i+1])
						if first {
							b.Min.X, b.Min.Y, b.Max.X, b.Max.Y, first = x, y, x, y, false
						}
						b.Min.X, b.Min.Y = min(b.Min.X, x), min(b.Min.Y, y)
						b.Max.X, b.Max.Y = max(b.Max.X, x), max(b.Max.Y, y)
					}
				}
				if !first {
					boxes = append(boxes, b)
				}
			}
		case xml.CharData:
			if text != nil {
				text.what += string(e)
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			if e.Name.Local == "text" && text != nil {
				s := text.what
				sty := style(vg.Length(fontSize), bold)
				ext := sty.FontExtents()
				x, y := text.Min.X, text.Min.Y
				wd := float64(sty.Width(s))
				b := box{what: "text " + s}
				for i, c := range [][2]float64{{x, y - float64(ext.Ascent)}, {x + wd, y - float64(ext.Ascent)}, {x, y + float64(ext.Descent)}, {x + wd, y + float64(ext.Descent)}} {
					px, py := textM.apply(c[0], c[1])
					if i == 0 {
						b.Min.X, b.Min.Y, b.Max.X, b.Max.Y = px, py, px, py
					}
					b.Min.X, b.Min.Y = min(b.Min.X, px), min(b.Min.Y, py)
					b.Max.X, b.Max.Y = max(b.Max.X, px), max(b.Max.Y, py)
				}
				boxes = append(boxes, b)
				text = nil
			}
		}
	}
	return w, h, boxes
}
