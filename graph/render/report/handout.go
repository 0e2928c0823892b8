package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
)

// Handout is one participant's printable page: their ego map, their give
// and take per wave, what it means, whom they could ask, and the questions
// of the mapping exercise to reflect on.
type Handout struct {
	Name     string // the participant
	Subtitle string // the network, the waves, the date

	Map        []byte // the ego map as SVG
	MapCaption string

	Waves    Table  // gives and receives per wave
	Response string // how many took part in the handout's wave
	Meaning  string // what the figures mean, in plain words

	Suggestions  Table  // whom to ask for what they need
	SuggestEmpty string // said when there are no suggestions
	Unmet        string // topics nobody offers yet

	Questions []string // to reflect on, with room to write
	Footer    string

	// The page's headings.
	GiveTakeTitle, AskTitle, QuestionsTitle string
}

//go:embed handout.html.tmpl
var handoutPage string

//go:embed handout.css
var handoutCSS string

var handoutTmpl = template.Must(template.New("handout").Funcs(template.FuncMap{
	"svg": inlineSVG,
	"css": func() template.CSS { return template.CSS(handoutCSS) },
}).Parse(handoutPage))

// WriteHandouts writes the pages as one HTML file, a printed page each. It
// holds no script and makes no request outside itself.
//
// lang is the language of the pages, as in <html lang>: "en" when empty.
func WriteHandouts(w io.Writer, title, lang string, pages []*Handout) error {
	var b bytes.Buffer
	if err := handoutTmpl.Execute(&b, struct {
		Title, Lang string
		Pages       []*Handout
	}{title, lang, pages}); err != nil {
		return fmt.Errorf("write handout: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}
