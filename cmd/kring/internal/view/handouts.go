package view

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/graph/render"
	"github.com/kring-nl/kring/graph/render/report"
)

// Questions are the reflection questions of the mapping exercise.
func Questions(l *Lang) []string {
	return []string{
		l.T("What keeps you from asking for help or information?"),
		l.T("Who in the network could help you with what you need?"),
		l.T("Whom could your knowledge help, and how will you offer it?"),
	}
}

// Handouts words the handouts of wave for the people of n (only those in
// only, when it is not empty): each page shows the person's network up to
// wave, their give and take per wave, what it means, whom they could ask,
// and the reflection questions. progress, when not nil, is told how many
// pages are done.
type Handouts struct {
	Wave  graph.Wave
	Pages []*report.Handout
	For   []graph.Person // the person of each page
}

// MakeHandouts words the handouts of wave for the people of n (those in
// only, when it is not empty).
func MakeHandouts(ctx context.Context, l *Lang, n *graph.Network, wave graph.Wave, only map[int64]bool, today string, progress func(done, total int)) (*Handouts, error) {
	upto := graph.Scope{Kind: graph.ScopeUpto, Wave: wave}
	soFar := n.In(upto)
	soFar.Waves = slices.DeleteFunc(slices.Clone(n.Waves), func(w graph.Wave) bool { return w.Seq > wave.Seq })
	res, err := analysis.AnalyzeContext(ctx, soFar, analysis.Options{})
	if err != nil {
		return nil, err
	}
	tr, err := analysis.TrendContext(ctx, soFar, analysis.Options{})
	if err != nil {
		return nil, err
	}
	sug := analysis.NewSuggester(soFar)
	st := DefaultMapStyle()
	st.Size = "none"
	h := &Handouts{Wave: wave}
	total := len(soFar.People)
	if len(only) > 0 {
		total = len(only)
	}
	for i, p := range soFar.People {
		if len(only) > 0 && !only[p.ID] {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if progress != nil {
			progress(len(h.Pages), total)
		}
		page, err := handout(ctx, l, soFar, upto, wave, res, tr, sug, i, st, today)
		if err != nil {
			return nil, err
		}
		h.Pages = append(h.Pages, page)
		h.For = append(h.For, p)
	}
	return h, nil
}

// handout is person i's page. The map and the meaning describe the waves up
// to wave together; the table shows each wave.
func handout(ctx context.Context, l *Lang, n *graph.Network, sc graph.Scope, wave graph.Wave, res *analysis.Result,
	tr *analysis.TrendResult, sug *analysis.Suggester, i int, st MapStyle, today string) (*report.Handout, error) {
	p := n.People[i]
	h := &report.Handout{Name: p.Name, GiveTakeTitle: l.T("Your give and take"), AskTitle: l.T("Whom you could ask"), QuestionsTitle: l.T("To think about")}
	sub := []string{n.Name, wave.Name}
	if p.Org != "" {
		sub = append([]string{p.Org}, sub...)
	}
	if wave.Date != "" {
		sub = append(sub, l.Date(wave.Date))
	}
	h.Subtitle = strings.Join(sub, " · ")

	m := EgoMap(l, n, sc, res, p, st)
	m.Title = l.T("Your network")
	m.Subtitle = l.Sprintf("up to %s: whom you gave to or asked, and their ties", wave.Name)
	var svg bytes.Buffer
	if err := render.Render(ctx, &svg, m, "svg", render.Options{Timeout: time.Minute}); err != nil {
		return nil, graph.Errorf("", "draw %s's map: %v", p.Name, err)
	}
	h.Map = svg.Bytes()
	h.MapCaption = l.T("An arrow runs from the one who helped to the one who was helped; a dashed line is a contact without help.")

	h.Waves = report.Table{Columns: []report.Column{{Label: l.T("Wave")}, {Label: l.T("Helped"), Numeric: true},
		{Label: l.T("Got help from"), Numeric: true}, {Label: l.T("Role")}}}
	for k, m := range tr.People[i].Waves {
		role := Role(l, m.Role)
		if m.Away() && m.Role != analysis.Absent {
			role += " " + l.T("(not answered)")
		}
		h.Waves.Rows = append(h.Waves.Rows, []report.Cell{{Text: m.Wave}, {Text: People(l, m.Gives)},
			{Text: People(l, m.Receives)}, {Text: role, Swatch: RoleColor(m.Role)}})
		if w := tr.Waves[k]; w.Summary.TookPart != nil && w.Name == wave.Name {
			h.Response = l.Sprintf("In %s, %s of the network took part.", w.Name, ResponseRate(l, w.Summary))
		}
	}
	h.Meaning = Explain(l, res.People[i], tr.People[i].Waves)

	found, unmet := sug.For(i, "", 2)
	h.Suggestions = report.Table{Columns: []report.Column{{Label: l.T("For")}, {Label: l.T("Ask")}, {Label: l.T("Introduced by")}, {Label: l.T("Why"), Wide: true}}}
	for _, s := range found {
		intro := "-"
		if s.Introducer != nil {
			intro = *s.Introducer
		}
		h.Suggestions.Rows = append(h.Suggestions.Rows, []report.Cell{{Text: s.Topic}, {Text: s.Name}, {Text: intro},
			{Text: Sentence(strings.Join(suggestionWhy(l, s), "; "))}})
	}
	switch {
	case len(p.Needs) == 0:
		h.SuggestEmpty = l.T("You have not said yet what you need. Tell the facilitator, and kring will suggest whom to ask.")
	case len(found) == 0:
		h.SuggestEmpty = l.T("Nobody in the network offers what you need yet.")
	}
	if len(unmet) > 0 && len(found) > 0 {
		h.Unmet = l.Sprintf("Nobody offers %s yet: ask the group who knows about it.", l.List(unmet))
	}
	h.Questions = Questions(l)
	h.Footer = l.Sprintf("For %s only. Made with kring on %s.", p.Name, l.Date(today))
	return h, nil
}

// FileNames gives each handout a file name from its person's name
// ("Jürgen Van der Hagen" is jurgen-van-der-hagen.html), unique among them
// and never the name of the combined file, combined.
func FileNames(people []graph.Person, combined string) []string {
	used := map[string]bool{combined: true}
	out := make([]string, len(people))
	for i, p := range people {
		base := slug(p.Name)
		name := base + ".html"
		for k := 2; used[name]; k++ {
			name = base + "-" + strconv.Itoa(k) + ".html"
		}
		used[name] = true
		out[i] = name
	}
	return out
}

// slug makes a file name of a person's name.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range names.Key(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "person"
	}
	return b.String()
}
