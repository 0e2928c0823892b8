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
	"testing"
)

func ptr(v int) *int { return &v }

func sample() (Balance, Lines) {
	b := Balance{Title: "Give/ask balance per person", Waves: []string{"Meeting 1", "Meeting 2", "Meeting 3"},
		People: []string{"Ann Peeters", "Jürgen Van der Hagen", "Fien Goossens"},
		Values: [][]*int{{ptr(1), ptr(0), ptr(3)}, {ptr(-2), nil, ptr(-1)}, {nil, nil, nil}}}
	l := Lines{Title: "The network per wave", Waves: b.Waves, Series: []Series{
		{Name: "reciprocity", Values: []float64{0.4, 0.5, math.NaN()}, Color: color.NRGBA{0, 0x72, 0xB2, 0xFF}},
		{Name: "density", Values: []float64{0.1, 0.15, 0.2}, Color: color.NRGBA{0xD5, 0x5E, 0, 0xFF}, Dashed: true},
	}}
	return b, l
}

func TestWriteSVGAndPNG(t *testing.T) {
	b, l := sample()
	var svg bytes.Buffer
	if err := Write(&svg, "svg", b, l); err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(bytes.NewReader(svg.Bytes()))
	for {
		if _, err := d.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("SVG not well-formed: %v", err)
		}
	}
	for _, s := range []string{"Jürgen Van der Hagen", "+3", "reciprocity", "Meeting 2"} {
		if !bytes.Contains(svg.Bytes(), []byte(s)) {
			t.Errorf("SVG lacks %q", s)
		}
	}
	var pngBuf bytes.Buffer
	if err := Write(&pngBuf, "png", b, l); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("KRING_KEEP") != "" {
		os.WriteFile(os.Getenv("KRING_KEEP"), pngBuf.Bytes(), 0o644)
	}
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
