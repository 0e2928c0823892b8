package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kring-nl/kring/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./graph/render -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; look at the new output and run with -update if it is right.\ngot:\n%s", name, got)
	}
}

// handNetwork is testdata/hand: Ann ⇄ Bob, Ann → Carla, Carla ⇄ Dirk,
// Eve → Ann, Eve → Dirk, Bob → Gert, Fien alone; a contact Fien – Carla and
// one Ann – Bob that the help tie already shows.
func handNetwork() (*graph.Network, Look) {
	names := []string{"Ann Peeters", "Bob Janssens", "Carla De Smet", "Dirk Van der Hagen", "Eve Maes", "Fien Goossens", "Gert Jürgens"}
	n := &graph.Network{Name: "Hand & checked", Waves: []graph.Wave{{ID: 1, Name: "W1", Seq: 1}}}
	for i, name := range names {
		n.People = append(n.People, graph.Person{ID: int64(i + 1), Name: name})
	}
	for _, p := range [][2]int64{{1, 2}, {2, 1}, {1, 3}, {3, 4}, {4, 3}, {5, 1}, {5, 4}, {2, 7}, {1, 2}} {
		n.Ties = append(n.Ties, graph.Tie{Giver: p[0], Receiver: p[1], Wave: 1, Weight: 1})
	}
	n.Contacts = []graph.Contact{{A: 3, B: 6, Wave: 1}, {A: 1, B: 2, Wave: 1}, {A: 3, B: 6, Wave: 1}}
	look := Look{
		Color:   []string{ColorExchanges, ColorExchanges, ColorExchanges, ColorExchanges, ColorOnlyGives, ColorIsolated, ColorOnlyAsks},
		Size:    []float64{1, 0.5, 0.7, 0.7, 0, 0, 0.3},
		Outline: []bool{true, false, false, false, false, false, false},
	}
	return n, look
}

func handMap() Map {
	n, look := handNetwork()
	m := NetworkMap(n, look)
	m.Title = n.Name
	m.Subtitle = "all waves · 7 people"
	m.Legend = []LegendItem{{ColorExchanges, "exchanges (4)"}, {ColorOnlyGives, "only gives (1)"}, {ColorOnlyAsks, "only asks (1)"}, {ColorIsolated, "isolated (1)"}}
	m.Key = []KeyItem{{"→", "#6B6B6B", "A → B: A helped B"}, {"↔", "#1A1A1A", "help both ways"}, {"– –", "#A8A8A8", "contact, no help"}}
	return m
}

func TestNetworkMapEdges(t *testing.T) {
	m := handMap()
	want := []Edge{
		{0, 1, Mutual}, {0, 2, OneWay}, {1, 6, OneWay}, {2, 3, Mutual}, {2, 5, Contact}, {4, 0, OneWay}, {4, 3, OneWay},
	}
	if !m.Nodes[0].Outline || m.Nodes[1].Outline || m.Nodes[0].Size != 1 || m.Nodes[0].Color != ColorExchanges {
		t.Errorf("node look %+v", m.Nodes[0])
	}
	if len(m.Edges) != len(want) {
		t.Fatalf("edges %v, want %v", m.Edges, want)
	}
	for i := range want {
		if m.Edges[i] != want[i] {
			t.Errorf("edge %d = %v, want %v", i, m.Edges[i], want[i])
		}
	}
}

func TestDOTGolden(t *testing.T) {
	golden(t, "hand.dot", DOT(handMap()))
}

func TestSVGGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(context.Background(), &buf, handMap(), "svg", Options{}); err != nil {
		t.Fatal(err)
	}
	svg := buf.Bytes()
	wellFormed(t, svg)
	for _, name := range []string{"Ann Peeters", "Gert Jürgens", "Hand &amp; checked", "only gives (1)", `class="edge mutual"`} {
		if !bytes.Contains(svg, []byte(name)) {
			t.Errorf("SVG lacks %q", name)
		}
	}
	golden(t, "hand.svg", svg)
}

func wellFormed(t *testing.T, svg []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
}

// Names are data: whatever they hold, the DOT has one node statement per
// person and the SVG stays well-formed and shows the name.
func TestHostileNames(t *testing.T) {
	names := []string{
		`Ann "the boss" Peeters`, `back\slash\n\N\G`, `<b>bold</b> & co`, `{a|b} [c]`, "two\nlines",
		"rtl \u202eevil\u202c mark \u200f", `"]; p0 -> p1 [color=red`, "x\x00y\x1bz", "\xff\xfe broken",
	}
	n := &graph.Network{Name: `Net "<&>"`}
	for i, name := range names {
		n.People = append(n.People, graph.Person{ID: int64(i + 1), Name: name})
	}
	m := NetworkMap(n, Look{})
	m.Title = n.Name
	m.Legend = []LegendItem{{ColorIsolated, `iso<lated> & "x"`}}
	dot := DOT(m)
	if c := bytes.Count(dot, []byte("\n\tp")); c != len(names) {
		t.Errorf("%d node statements, want %d:\n%s", c, len(names), dot)
	}
	if bytes.Contains(dot, []byte("->")) && !bytes.Contains(dot, []byte(`\"]; p0 -> p1 [color=red`)) {
		t.Errorf("an edge appeared from a name:\n%s", dot)
	}
	svg, err := SVG(context.Background(), dot, "neato")
	if err != nil {
		t.Fatalf("graphviz refused the DOT: %v\n%s", err, dot)
	}
	wellFormed(t, svg)
	for _, want := range []string{"Ann &quot;the boss&quot; Peeters", `back\slash\n\N\G`, "&lt;b&gt;bold&lt;/b&gt; &amp; co"} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestEgoDOTGolden(t *testing.T) {
	n, look := handNetwork()
	look.Focus = 1 // Ann
	ego := n.Ego(1, 1)
	sub := Look{Focus: 1}
	for i, p := range n.People {
		for _, q := range ego.People {
			if p.ID == q.ID {
				sub.Color = append(sub.Color, look.Color[i])
				sub.Outline = append(sub.Outline, look.Outline[i])
			}
		}
	}
	m := NetworkMap(ego, sub)
	m.Title = "Ego map: Ann Peeters"
	golden(t, "hand-ego.dot", DOT(m))
	if len(m.Nodes) != 4 || !m.Nodes[0].Focus { // Ann, Bob, Carla, Eve
		t.Errorf("ego nodes %+v", m.Nodes)
	}
}

func TestDiffDOTGolden(t *testing.T) {
	n, look := handNetwork()
	w1, w2 := graph.Wave{ID: 1, Name: "W1", Seq: 1}, graph.Wave{ID: 2, Name: "W2", Seq: 2}
	n.Waves = []graph.Wave{w1, w2}
	// W1: Ann→Bob, Bob→Ann, Ann→Carla. W2: Ann→Bob (kept), Eve→Ann (new); Bob→Ann and Ann→Carla lost.
	n.Ties = []graph.Tie{{Giver: 1, Receiver: 2, Wave: 1}, {Giver: 2, Receiver: 1, Wave: 1}, {Giver: 1, Receiver: 3, Wave: 1},
		{Giver: 1, Receiver: 2, Wave: 2}, {Giver: 5, Receiver: 1, Wave: 2}}
	look.Note = []string{"", "was: exchanges", "", "", "", "", ""}
	m := DiffMap(n, w1, w2, look)
	want := map[[2]int]EdgeKind{{0, 1}: Kept, {1, 0}: Lost, {0, 2}: Lost, {4, 0}: New}
	if len(m.Edges) != len(want) {
		t.Fatalf("edges %+v", m.Edges)
	}
	for _, e := range m.Edges {
		if want[[2]int{e.From, e.To}] != e.Kind {
			t.Errorf("edge %d→%d is %v", e.From, e.To, e.Kind)
		}
	}
	dot := DOT(m)
	golden(t, "hand-diff.dot", dot)
	for _, c := range []string{`class="new"`, `class="lost"`, `class="kept"`} {
		if !bytes.Contains(dot, []byte(c)) {
			t.Errorf("DOT lacks %s", c)
		}
	}
	svg, err := SVG(context.Background(), dot, "neato")
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, svg)
	for _, c := range []string{`class="edge new"`, `class="edge lost"`, `class="edge kept"`, "was: exchanges"} {
		if !bytes.Contains(svg, []byte(c)) {
			t.Errorf("SVG lacks %s", c)
		}
	}
}

// PNG and PDF are drawn from graphviz's layout by kring: check that they are
// real images of the right size with the map's colours, and a PDF with the
// fonts embedded.
func TestPNGAndPDF(t *testing.T) {
	m := handMap()
	var pngBuf, pdfBuf bytes.Buffer
	if err := Render(context.Background(), &pngBuf, m, "png", Options{DPI: 96}); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&pngBuf)
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	b := img.Bounds()
	if b.Dx() < 300 || b.Dy() < 300 {
		t.Errorf("PNG is %v", b)
	}
	// The role colours are there, and most of the picture is white (not filled black).
	seen := map[string]int{}
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[fmt.Sprintf("#%02X%02X%02X", r>>8, g>>8, bl>>8)]++
		}
	}
	total := (b.Dx() / 2) * (b.Dy() / 2)
	if seen["#FFFFFF"] < total/2 {
		t.Errorf("only %d of %d pixels are white", seen["#FFFFFF"], total)
	}
	for _, c := range []string{ColorExchanges, ColorOnlyGives, ColorOnlyAsks, ColorIsolated} {
		if seen[c] < 50 {
			t.Errorf("the PNG has %d pixels of %s", seen[c], c)
		}
	}
	if err := Render(context.Background(), &pdfBuf, m, "pdf", Options{}); err != nil {
		t.Fatal(err)
	}
	pdf := pdfBuf.Bytes()
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) || !bytes.Contains(pdf, []byte("FontFile2")) || len(pdf) < 5000 {
		t.Errorf("PDF of %d bytes without an embedded font", len(pdf))
	}
}

func TestRenderTimeout(t *testing.T) {
	// A layout that takes a moment (neato on 60 people), given 1 ms.
	n := &graph.Network{}
	for i := 1; i <= 60; i++ {
		n.People = append(n.People, graph.Person{ID: int64(i), Name: fmt.Sprint("Persoon ", i)})
		n.Ties = append(n.Ties, graph.Tie{Giver: int64(i), Receiver: int64(i%60 + 1)}, graph.Tie{Giver: int64(i), Receiver: int64((i*7)%60 + 1)})
	}
	m := NetworkMap(n, Look{})
	m.Layout = "neato"
	err := Render(context.Background(), io.Discard, m, "svg", Options{Timeout: time.Millisecond})
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("err = %v, want ErrTimeout", err)
	}
	// Later renders wait for graphviz, then work.
	if err := Render(context.Background(), io.Discard, handMap(), "svg", Options{}); err != nil {
		t.Error(err)
	}
}

func TestInitials(t *testing.T) {
	got := initials([]string{"Jürgen Van der Hagen", "Ann Peeters", "Anton Pieters", "'t Hart", ""})
	want := []string{"JVdH", "AP", "AP2", "tH", "?"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("initials = %q, want %q", got, want)
			break
		}
	}
}
