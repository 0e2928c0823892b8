// Package report writes kring's HTML report: one self-contained file with
// the summary, the map, the trend charts and the tables, that makes no
// request outside itself and opens offline in any browser.
package report

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/xml"
	"errors"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Report is everything the report shows, already worded; the package only
// lays it out.
type Report struct {
	Lang     string // the language of the words, as in <html lang>: "en" when empty
	Words    Words  // the report's own headings
	Title    string // the network's name
	Subtitle string // what the report covers, e.g. "All 3 waves, 5 Feb – 7 May 2026"
	Notice   string // shown in a box under the title, e.g. that names are codes

	Facts    []Fact   // the summary figures
	Overview []string // the summary in plain sentences

	Map        []byte // the network map as SVG
	MapCaption string

	Trend       *Section // the network per wave
	Charts      []Figure // the trend charts as SVG
	ChartsEmpty string   // said instead of the charts when there are none

	Sections []Section // the change flags, the people, the groups, …
	Footer   string
}

// Words are the report's own headings and labels, in its language.
type Words struct {
	Report   string // after the title in the browser's tab: "kring report"
	Broken   string // over the list of errors when the page did not show correctly
	Contents string // the name of the table of contents, for screen readers
	Summary  string
	Map      string
	OverTime string
}

// Fact is one summary figure.
type Fact struct {
	Value, Label, Help string
}

// Figure is a chart as SVG.
type Figure struct {
	Name    string // used in data-kring-figure, e.g. "balance"
	SVG     []byte
	Caption string
}

// Section is a titled table.
type Section struct {
	ID, Title, Intro string
	Table            Table
	Empty            string // said instead of the table when it has no rows
	Note             string // under the table
}

// Table is a table whose columns sort when Sortable.
type Table struct {
	Columns  []Column
	Rows     [][]Cell
	Sortable bool

	// Details, when set, holds a line per row shown under it across the
	// whole table (it moves with its row when the table is sorted), with
	// DetailLabel before it.
	Details     []string
	DetailLabel string
}

// Column is a table column.
type Column struct {
	Label   string
	Help    string // the header's tooltip
	Numeric bool   // right-aligned, sorted as a number
	Wide    bool   // a column of sentences
}

// Cell is a table cell: its text, the value it sorts by (Text when empty;
// "-" sorts last) and an optional colour swatch before the text.
type Cell struct {
	Text   string
	Sort   string
	Swatch string // a CSS colour such as #E69F00
}

//go:embed report.html.tmpl
var page string

//go:embed report.css
var css string

//go:embed report.js
var script string

var tmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"svg":        inlineSVG,
	"css":        func() template.CSS { return template.CSS(css) },
	"js":         func() template.JS { return template.JS(script) },
	"csp":        csp,
	"sort":       func(c Cell) string { return c.SortKey() },
	"rowOf":      rowOf,
	"tableClass": tableClass,
}).Parse(page))

// tableClass is the class of t's table: "sortable" when it sorts, and
// "crowded" when its headers' words would not fit side by side across a
// printed page, so that on paper its numeric headers stand upright.
func tableClass(t Table) string {
	var class []string
	if t.Sortable {
		class = append(class, "sortable")
	}
	if t.crowded() {
		class = append(class, "crowded")
	}
	return strings.Join(class, " ")
}

// Printed at 8 pt, a character of a header is at most about 6.5 px (of 96
// to the inch) wide, a cell has 8 px of padding, and an A4 page within its
// margins is 702 px wide; headers fill at most printRoom of it side by side.
const (
	headerCharPx  = 6.5
	cellPaddingPx = 8
	printRoom     = 620
)

// crowded says whether the longest words of t's headers, side by side,
// would take more than printRoom.
func (t Table) crowded() bool {
	var px float64
	for _, c := range t.Columns {
		longest := 0
		for _, w := range strings.Fields(c.Label) {
			longest = max(longest, utf8.RuneCountInString(w))
		}
		px += float64(longest)*headerCharPx + cellPaddingPx
	}
	return px > printRoom
}

// row is a table row with its line of detail, as the template draws it.
type row struct {
	Table  *Table
	Cells  []Cell
	Detail string
}

func rowOf(t Table, i int) row {
	r := row{Table: &t, Cells: t.Rows[i]}
	if i < len(t.Details) {
		r.Detail = t.Details[i]
	}
	return r
}

// SortKey is the value c sorts by.
func (c Cell) SortKey() string {
	if c.Sort != "" {
		return c.Sort
	}
	return c.Text
}

// csp is the content security policy: nothing from outside the file, and
// only kring's own script (by its hash), so that no text in the report can
// run as code.
func csp() string {
	sum := sha256.Sum256([]byte(script))
	return fmt.Sprintf("default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-%s'",
		base64.StdEncoding.EncodeToString(sum[:]))
}

// svgStart finds the <svg element after an XML prolog, doctype and comments.
var svgStart = regexp.MustCompile(`<svg[\s>]`)

// errUnsafeSVG is returned for a figure that holds what kring's renderers
// never write and an inline SVG must not hold.
var errUnsafeSVG = errors.New("report: figure holds scripts or links out")

// checkSVG reads the markup of an SVG document with an XML parser and
// refuses scripts, foreign objects, event handler attributes (on…) and
// links out (http:, https:, //, javascript:), and anything that is not
// well-formed XML. It looks at elements and attributes only: text, such as
// a name like "Kim onderwijs=HR", is never taken for markup.
func checkSVG(body []byte) error {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = true
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("report: figure is not well-formed SVG: %w", err)
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(el.Name.Local) {
		case "script", "foreignobject", "iframe", "embed", "object":
			return errUnsafeSVG
		}
		for _, a := range el.Attr {
			name := strings.ToLower(a.Name.Local)
			value := strings.ToLower(strings.TrimSpace(a.Value))
			if strings.HasPrefix(name, "on") {
				return errUnsafeSVG
			}
			if name == "href" || name == "src" {
				for _, out := range []string{"http:", "https:", "//", "javascript:", "data:text/html"} {
					if strings.HasPrefix(value, out) {
						return errUnsafeSVG
					}
				}
			}
		}
	}
}

// inlineSVG makes an SVG document fit for inlining into HTML.
func inlineSVG(svg []byte) (template.HTML, error) {
	loc := svgStart.FindIndex(svg)
	if loc == nil {
		return "", errors.New("report: figure is not SVG")
	}
	body := svg[loc[0]:]
	if err := checkSVG(body); err != nil {
		return "", err
	}
	return template.HTML(bytes.TrimSpace(body)), nil
}

// Write writes r as one HTML file.
func Write(w io.Writer, r *Report) error {
	var b bytes.Buffer
	if err := tmpl.Execute(&b, r); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}
