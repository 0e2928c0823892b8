package render

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"image/png"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/demo"
	"github.com/kring-nl/kring/graph/jsonio"
)

// demoNetwork is kring's example network (graph/demo), read with jsonio.
func demoNetwork(t testing.TB) *graph.Network {
	t.Helper()
	f, err := jsonio.Read(bytes.NewReader(demo.JSON), "demo")
	if err != nil {
		t.Fatal(err)
	}
	n := &graph.Network{Name: f.Network}
	id := map[string]int64{}
	for i, p := range f.People {
		id[p.Name] = int64(i + 1)
		n.People = append(n.People, graph.Person{ID: int64(i + 1), Name: p.Name, Org: p.Org, Function: p.Function})
	}
	wave := map[string]int64{}
	for i, w := range f.Waves {
		wave[w.Name] = int64(i + 1)
		n.Waves = append(n.Waves, graph.Wave{ID: int64(i + 1), Name: w.Name, Date: w.Date, Seq: i + 1})
	}
	for _, tie := range f.Ties {
		n.Ties = append(n.Ties, graph.Tie{Giver: id[tie.Giver], Receiver: id[tie.Receiver], Wave: wave[tie.Wave], Weight: 1})
	}
	for _, c := range f.Contacts {
		a, b := id[c.A], id[c.B]
		n.Contacts = append(n.Contacts, graph.Contact{A: min(a, b), B: max(a, b), Wave: wave[c.Wave]})
	}
	return n
}

// Parts of the generated names: accents, particles, double names, up to
// "Marie-Louise van den Berg-Vandersteenhoven" (42 characters).
var (
	firstNames = []string{"Ann", "Jürgen", "Anaïs", "Marie-Louise", "Zoë", "François", "Øyvind", "Élise", "Şükrü",
		"Gert-Jan", "Ümit", "Wendy", "Ægir", "Noor", "Bram", "Maximiliaan", "Ingrid", "Ilse", "Lotte", "Ömer"}
	particles = []string{"", "", "", "van den ", "Van der ", "de ", "De ", "'t ", "El ", "van "}
	lastNames = []string{"Berg", "Hagen", "Peeters", "Yılmaz", "Çelik", "Dubois", "Vandersteenhoven", "Wouters",
		"Claes", "Mertens", "Goossens", "Ødegård", "Amrani", "Willems", "Østergaard-Wijnants", "Janssens"}
)

// generatedNetwork is a seeded network of n people with names up to 40
// characters (and one of 42), in a few organisations, over three waves with
// about three help ties a person, some contacts and some people alone.
func generatedNetwork(n int) *graph.Network {
	r := rand.New(rand.NewPCG(uint64(n), 7))
	net := &graph.Network{Name: fmt.Sprintf("Lerend netwerk Zorg & Welzijn Oost-Vlaanderen (%d)", n)}
	for w := 1; w <= 3; w++ {
		net.Waves = append(net.Waves, graph.Wave{ID: int64(w), Name: fmt.Sprintf("Bijeenkomst %d", w), Seq: w, Date: fmt.Sprintf("2026-0%d-12", 2*w)})
	}
	orgs := []string{"Gemeente Zeedorp", "Zorggroep Linde", "OCMW Sint-Niklaas", "Ziekenhuis Aalst-Geraardsbergen-Ninove"}
	seen := map[string]bool{}
	for i := 1; i <= n; i++ {
		name := "Marie-Louise van den Berg-Vandersteenhoven"
		for i > 1 && (seen[name] || len([]rune(name)) > 40) {
			name = firstNames[r.IntN(len(firstNames))] + " " + particles[r.IntN(len(particles))] + lastNames[r.IntN(len(lastNames))]
			if r.IntN(3) == 0 {
				name += "-" + lastNames[r.IntN(len(lastNames))]
			}
		}
		seen[name] = true
		net.People = append(net.People, graph.Person{ID: int64(i), Name: name, Org: orgs[r.IntN(len(orgs))]})
	}
	for len(net.Ties) < 3*n {
		u, v := 1+r.IntN(n), 1+r.IntN(n)
		if u != v && u%13 != 0 && v%13 != 0 { // every 13th person has no help ties
			net.Ties = append(net.Ties, graph.Tie{Giver: int64(u), Receiver: int64(v), Wave: int64(1 + r.IntN(3)), Weight: 1})
		}
	}
	for len(net.Contacts) < n/5 {
		a, b := 1+r.IntN(n), 1+r.IntN(n)
		if a != b {
			net.Contacts = append(net.Contacts, graph.Contact{A: int64(min(a, b)), B: int64(max(a, b)), Wave: 1})
		}
	}
	return net
}

// roleLook colours the people of n by role, sizes them by how many people
// helped them and outlines the most helped, as kring map does.
func roleLook(n *graph.Network) (Look, []LegendItem) {
	gives, receives := map[int64]map[int64]bool{}, map[int64]map[int64]bool{}
	for _, t := range n.Ties {
		if gives[t.Giver] == nil {
			gives[t.Giver] = map[int64]bool{}
		}
		if receives[t.Receiver] == nil {
			receives[t.Receiver] = map[int64]bool{}
		}
		gives[t.Giver][t.Receiver] = true
		receives[t.Receiver][t.Giver] = true
	}
	var look Look
	top := 0
	for _, p := range n.People {
		top = max(top, len(receives[p.ID]))
	}
	counts := map[string]int{}
	for _, p := range n.People {
		g, r := len(gives[p.ID]), len(receives[p.ID])
		c := ColorIsolated
		switch {
		case g > 0 && r > 0:
			c = ColorExchanges
		case g > 0:
			c = ColorOnlyGives
		case r > 0:
			c = ColorOnlyAsks
		}
		counts[c]++
		look.Color = append(look.Color, c)
		size := 0.0
		if top > 0 {
			size = math.Sqrt(float64(r) / float64(top))
		}
		look.Size = append(look.Size, size)
		look.Outline = append(look.Outline, r == top)
	}
	var legend []LegendItem
	for _, c := range []struct{ color, label string }{{ColorExchanges, "exchanges"}, {ColorOnlyGives, "only gives"}, {ColorOnlyAsks, "only asks"}, {ColorIsolated, "isolated"}} {
		if counts[c.color] > 0 {
			legend = append(legend, LegendItem{c.color, fmt.Sprintf("%s (%d)", c.label, counts[c.color])})
		}
	}
	return look, legend
}

var testKey = []KeyItem{{"A → B", "#444444", "A helped B"}, {"↔", "#1A1A1A", "help both ways"}, {"– – –", "#A8A8A8", "contact, no help"},
	{"□", "#000000", "heavy border: broker"}, {"Aa", "", "larger name: more sought"}}

const testInitialsNote = "Initials instead of names: too many people for names to stay legible"

// testMaps are the whole map, an ego map of the most helped person, a diff
// map from the first wave to the last and (when group) a map of clusters by
// organisation, with the titles, legends and keys kring map gives them.
func testMaps(n *graph.Network, group bool) map[string]Map {
	look, legend := roleLook(n)
	out := map[string]Map{}
	m := NetworkMap(n, look)
	m.Title, m.Subtitle = n.Name, fmt.Sprintf("all waves · %s to %s · %d people, %d help ties, %d contacts",
		n.Waves[0].Date, n.Waves[len(n.Waves)-1].Date, len(n.People), len(n.Ties), len(n.Contacts))
	m.Legend, m.Key, m.InitialsNote = legend, testKey, testInitialsNote
	out["whole"] = m

	ego := 0
	for i, o := range look.Outline {
		if o {
			ego = i
			break
		}
	}
	p := n.People[ego]
	en := n.Ego(p.ID, 1)
	elook, elegend := roleLook(en)
	elook.Focus = p.ID
	m = NetworkMap(en, elook)
	m.Title = "Ego map: " + p.Name
	m.Subtitle = fmt.Sprintf("%s · all waves · %s to %s · %d people within 1 step · %d help ties, %d contacts",
		n.Name, n.Waves[0].Date, n.Waves[len(n.Waves)-1].Date, len(en.People)-1, len(en.Ties), len(en.Contacts))
	m.Legend, m.Key, m.InitialsNote = elegend, testKey, testInitialsNote
	out["ego"] = m

	a, b := n.Waves[0], n.Waves[len(n.Waves)-1]
	dlook, dlegend := roleLook(n.In(graph.Scope{Kind: graph.ScopeWave, Wave: b}))
	dlook.Note = make([]string, len(n.People))
	for i := range n.People {
		if i%4 == 1 {
			dlook.Note[i] = "was: only asks"
		}
	}
	m = DiffMap(n, a, b, dlook)
	m.Title = fmt.Sprintf("%s: from %s to %s", n.Name, a.Name, b.Name)
	m.Subtitle = fmt.Sprintf("%s to %s · 12 new, 8 lost, 3 kept help ties · 4 people changed role (colours: roles in %s)", a.Date, b.Date, b.Name)
	m.Legend, m.InitialsNote = dlegend, testInitialsNote
	m.Key = []KeyItem{{"▬", "#0072B2", "new help tie"}, {"– – –", "#D55E00", "lost"}, {"▬", "#8C8C8C", "kept"}, {"A → B", "#444444", "A helped B"}}
	out["diff"] = m

	if group {
		glook, _ := roleLook(n)
		orgs := map[string]int{}
		for _, p := range n.People {
			glook.Group = append(glook.Group, p.Org)
			if _, ok := orgs[p.Org]; !ok {
				orgs[p.Org] = len(orgs)
			}
		}
		var glegend []LegendItem
		for i, p := range n.People {
			glook.Color[i] = Categorical[orgs[p.Org]]
		}
		for org, i := range orgs {
			glegend = append(glegend, LegendItem{Categorical[i], org})
		}
		slices.SortFunc(glegend, func(x, y LegendItem) int { return cmp.Compare(x.Label, y.Label) })
		m = NetworkMap(n, glook)
		m.Title, m.Subtitle = n.Name, "all waves · grouped by organisation"
		m.Legend, m.Key, m.InitialsNote = glegend, testKey, testInitialsNote
		out["group"] = m
	}
	return out
}

// measure is the width of a text in a face, in the font a format sets it in.
type measure func(s string, f textFace) float64

// pngWidth measures as the PNG painter does.
func pngWidth(s string, f textFace) float64 { return pngPainter{}.width(f, s) }

// pdfWidth measures as the PDF painter does: with fpdf and the fonts it
// embeds in the PDF.
func pdfWidth() measure {
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: 100, Ht: 100}})
	for i, style := range []string{"", "B", "I", "BI"} {
		pdf.AddUTF8FontFromBytes("LiberationSans", style, fontFiles[i])
	}
	pdf.AddPage()
	p := &pdfPainter{pdf: pdf}
	return func(s string, f textFace) float64 { return p.width(f, s) }
}

// box is a rectangle in points, origin bottom left.
type box struct{ x0, y0, x1, y1 float64 }

func (b box) String() string { return fmt.Sprintf("[%.1f,%.1f–%.1f,%.1f]", b.x0, b.y0, b.x1, b.y1) }

func (b box) holds(c box, slack float64) bool {
	return c.x0 >= b.x0-slack && c.x1 <= b.x1+slack && c.y0 >= b.y0-slack && c.y1 <= b.y1+slack
}

// placedText is one text of a drawing where the painter puts it.
type placedText struct {
	text string
	face textFace
	at   box
}

// texts replays ops as the painters do and returns where each text lands,
// measured with width.
func texts(d *Drawing, ops []op, width measure) []placedText {
	var out []placedText
	f := textFace{size: 14}
	for _, o := range ops {
		switch o.Op {
		case "F":
			f.size = o.Size
		case "t":
			f.bold, f.italic = o.FontChar&1 != 0, o.FontChar&2 != 0
		case "T":
			if strings.TrimSpace(o.Text) == "" {
				continue
			}
			at := d.pt(o.Pt)
			w := width(o.Text, f)
			switch o.Align {
			case "c":
				at[0] -= w / 2
			case "r":
				at[0] -= w
			}
			fc := face(f)
			ext := fc.Extents()
			out = append(out, placedText{o.Text, f, box{at[0], at[1] - float64(ext.Descent), at[0] + w, at[1] + float64(ext.Ascent)}})
		}
	}
	return out
}

// shapeBox is the inside of the innermost border among ops: the bounding box
// of the smallest shape, less half its pen width.
func shapeBox(d *Drawing, ops []op) (box, bool) {
	best, found := box{}, false
	pen := 1.0
	for _, o := range ops {
		if o.Op == "S" && strings.HasPrefix(o.Style, "setlinewidth(") {
			fmt.Sscanf(o.Style, "setlinewidth(%g)", &pen)
		}
		if len(o.Points) < 3 || !strings.ContainsAny(o.Op, "PpBb") {
			continue
		}
		b := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
		for _, q := range o.Points {
			p := d.pt(q)
			b = box{min(b.x0, p[0]), min(b.y0, p[1]), max(b.x1, p[0]), max(b.y1, p[1])}
		}
		b = box{b.x0 + pen/2, b.y0 + pen/2, b.x1 - pen/2, b.y1 - pen/2}
		if !found || (b.x1-b.x0)*(b.y1-b.y0) < (best.x1-best.x0)*(best.y1-best.y0) {
			best, found = b, true
		}
	}
	return best, found
}

// checkFits checks a laid-out map: every name and note inside its box, every
// text at least 8 points inside the canvas, and no legend text running into
// the next one on its line.
func checkFits(t *testing.T, d *Drawing, width measure) {
	t.Helper()
	for _, n := range d.nodes {
		in, ok := shapeBox(d, n.shape)
		if !ok {
			t.Errorf("node %s has no box", n.name)
			continue
		}
		for _, tx := range texts(d, n.label, width) {
			if !in.holds(tx.at, 0.25) {
				t.Errorf("%q (%g pt) at %v is not inside its box %v", tx.text, tx.face.size, tx.at, in)
			}
		}
	}
	canvas := box{8, 8, d.Width - 8, d.Height - 8}
	for _, l := range d.lists {
		placed := texts(d, l.ops, width)
		for i, tx := range placed {
			if !canvas.holds(tx.at, 0) {
				t.Errorf("%q at %v is not inside the canvas %v", tx.text, tx.at, canvas)
			}
			if i > 0 {
				prev := placed[i-1]
				sameLine := math.Abs(prev.at.y0-tx.at.y0) < tx.face.size/2
				if sameLine && prev.at.x1 > tx.at.x0+0.25 {
					t.Errorf("%q ends at %.1f, after %q starts at %.1f", prev.text, prev.at.x1, tx.text, tx.at.x0)
				}
			}
		}
	}
}

// checkMargin checks that the outer 8 pixels of the PNG are white.
func checkMargin(t *testing.T, b []byte) {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	r := img.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if x >= r.Min.X+8 && x < r.Max.X-8 && y >= r.Min.Y+8 && y < r.Max.Y-8 {
				x = r.Max.X - 9 // skip to the right margin
				continue
			}
			if cr, cg, cb, _ := img.At(x, y).RGBA(); cr>>8 < 250 || cg>>8 < 250 || cb>>8 < 250 {
				t.Errorf("the PNG (%v) has ink at (%d, %d) in its 8-pixel margin", r, x, y)
				return
			}
		}
	}
}

// Maps fit their canvas in PNG and PDF: a white margin on every side, every
// name inside its box in the font the format sets it in, every text inside the
// canvas and legend texts side by side without overlap; and names stay
// legible (at least 12 px when shown 1,600 px wide) or become initials, which
// the legend then says.
func TestMapsFitTheirCanvas(t *testing.T) {
	networks := []struct {
		name  string
		net   *graph.Network
		group bool
	}{
		{"demo", demoNetwork(t), true},
		{"40", generatedNetwork(40), true},
		{"150", generatedNetwork(150), false},
	}
	if testing.Short() {
		networks = networks[:1]
	}
	inPDF := pdfWidth()
	for _, nw := range networks {
		maps := testMaps(nw.net, nw.group)
		for _, kind := range []string{"whole", "ego", "diff", "group"} {
			m, ok := maps[kind]
			if !ok {
				continue
			}
			t.Run(nw.name+"/"+kind, func(t *testing.T) {
				var pngBuf bytes.Buffer
				drawn, d, err := draw(context.Background(), &pngBuf, m, "png", Options{})
				if err != nil {
					t.Fatal(err)
				}
				checkMargin(t, pngBuf.Bytes())
				t.Run("png", func(t *testing.T) { checkFits(t, d, pngWidth) })
				t.Run("pdf", func(t *testing.T) {
					var pdfBuf bytes.Buffer
					if err := d.PDF(&pdfBuf); err != nil {
						t.Fatal(err)
					}
					checkFits(t, d, inPDF)
				})
				var note bool
				for _, l := range d.lists {
					for _, o := range l.ops {
						note = note || (o.Op == "T" && strings.Contains(testInitialsNote, strings.TrimSpace(o.Text)))
					}
				}
				if drawn.Initials != note {
					t.Errorf("initials %v, but the legend note shown: %v", drawn.Initials, note)
				}
				if !drawn.Initials {
					small := math.Inf(1)
					for _, n := range m.Nodes {
						small = min(small, nodeFontSize(n))
					}
					if px := small * readablePx / d.Width; px < minNamePx {
						t.Errorf("names are %.1f px high with the map shown %d px wide, want at least %d", px, readablePx, minNamePx)
					}
				}
				if len(m.Nodes) > maxNamed && !drawn.Initials {
					t.Errorf("%d people shown by name", len(m.Nodes))
				}
				t.Logf("%d people, %.0f × %.0f pt, initials %v", len(m.Nodes), d.Width, d.Height, drawn.Initials)
			})
		}
	}
}

// guessWidth must be the width graphviz gives a text, or legend cells are
// too narrow for graphviz, which then centres the text on them.
func TestGuessWidthIsGraphviz(t *testing.T) {
	texts := []struct {
		s    string
		size float64
		bold bool
	}{
		{"Ann Peeters", 12, false}, {"Jürgen Van der Hagen", 16, false}, {"Ægir Østergaard-Wijnants", 11, false},
		{"Şükrü Çelik · Yılmaz", 12, false}, {"■", 16, false}, {"A → B", 11, true}, {"Lerend netwerk HR & zorg", 20, true},
		{"AVAWAY 'quotes' & <html>", 12, false},
	}
	var b strings.Builder
	b.WriteString(`digraph g { graph [fontname="` + fontName + `", label=<<TABLE>`)
	for _, tx := range texts {
		inner := html(tx.s)
		if tx.bold {
			inner = "<B>" + inner + "</B>"
		}
		fmt.Fprintf(&b, `<TR><TD><FONT POINT-SIZE="%g">%s</FONT></TD></TR>`, tx.size, inner)
	}
	b.WriteString(`</TABLE>>]; a }`)
	out, err := run(context.Background(), []byte(b.String()), "neato", "json", 0)
	if err != nil {
		t.Fatal(err)
	}
	d, err := parseDrawing(out)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, l := range d.lists {
		for _, o := range l.ops {
			if o.Op == "T" {
				got[o.Text] = o.Width
			}
		}
	}
	for _, tx := range texts {
		w, ok := got[tx.s]
		if !ok {
			t.Errorf("graphviz did not draw %q", tx.s)
			continue
		}
		if g := guessWidth(tx.s, tx.size, tx.bold); math.Abs(g-w) > 0.05 {
			t.Errorf("guessWidth(%q, %g) = %.2f, graphviz says %.2f", tx.s, tx.size, g, w)
		}
	}
}
