package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/graph/render"
	"github.com/kring-nl/kring/graph/render/report"
	"github.com/spf13/cobra"
)

type handoutsOptions struct {
	*globals
	OutDir string
	Wave   string
	People []string
}

func newHandoutsCmd(g *globals) *cobra.Command {
	opts := &handoutsOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "handouts -o DIR [--wave W] [--people NAME,..]",
		Short: "Write a printable page for each participant: their map, give and take, and whom to ask",
		Long: `Write, into DIR, one printable HTML page per participant (named after them,
e.g. ann-peeters.html) and all.html with every page, to print in one go
(each participant on their own A4 page):

  - their ego map: the people they gave to or asked, and the ties among them,
    over the waves up to --wave W (default: the last wave);
  - their gives and receives in each wave, and what that means;
  - whom they could ask for what they need (kring suggest), with who could
    introduce them;
  - the questions of the mapping exercise, with room to write.

The pages open offline and hold no script; they are written with mode 0600.
Hand each participant only their own page.`,
		Example: `  kring handouts -o handouts
  kring handouts -o meeting2 --wave "Meeting 2"
  kring handouts -o ann --people "Ann Peeters"`,
		Args: exactArgs(0, "no arguments; name the folder with -o DIR"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.OutDir == "" {
				return usageError{fmt.Errorf("name the folder to write the handouts to with -o DIR")}
			}
			return runHandouts(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.OutDir, "out", "o", "", "folder to write the pages to")
	f.StringVarP(&opts.Wave, "wave", "w", "", "the wave the handouts are for (default: the last)")
	f.StringSliceVar(&opts.People, "people", nil, "only these people (comma-separated)")
	cmd.RegisterFlagCompletionFunc("wave", completeWaves(g))
	cmd.RegisterFlagCompletionFunc("people", completePeople(g))
	cmd.MarkFlagDirname("out")
	return cmd
}

// questions are the reflection questions of the mapping exercise.
var questions = []string{
	"What keeps you from asking for help or information?",
	"Who in the network could help you with what you need?",
	"Whom could your knowledge help, and how will you offer it?",
}

func runHandouts(ctx context.Context, opts *handoutsOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	full, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	if len(full.People) == 0 {
		return fmt.Errorf("%s has no people yet; add them with: kring person add NAME", full.Name)
	}
	if len(full.Waves) == 0 {
		return fmt.Errorf("%s has no waves with ties yet; record some with: kring record NAME --asked A --gave B", full.Name)
	}
	wave := full.Waves[len(full.Waves)-1]
	if opts.Wave != "" {
		if wave, err = db.FindWave(ctx, net.ID, opts.Wave); err != nil {
			return err
		}
	}
	only := map[int64]bool{}
	for _, name := range opts.People {
		p, err := db.FindPerson(ctx, net.ID, name)
		if err != nil {
			return hintUnknown(err, false)
		}
		only[p.ID] = true
	}
	db.Close()
	if err := os.MkdirAll(opts.OutDir, 0o700); err != nil {
		return fmt.Errorf("create %s: %w", opts.OutDir, err)
	}

	upto := graph.Scope{Kind: graph.ScopeUpto, Wave: wave}
	soFar := full.In(upto)
	soFar.Waves = slices.DeleteFunc(slices.Clone(full.Waves), func(w graph.Wave) bool { return w.Seq > wave.Seq })
	res := analysis.Analyze(soFar, analysis.Options{})
	this := analysis.Analyze(full.In(graph.Scope{Kind: graph.ScopeWave, Wave: wave}), analysis.Options{})
	tr := analysis.Trend(soFar, analysis.Options{})
	sug := analysis.NewSuggester(soFar)
	mo := &mapOptions{globals: opts.globals, Layout: "auto", Color: "role", Size: "none", Label: "name", Depth: 1}

	var pages []*report.Handout
	var files []string
	used := map[string]bool{}
	bar := opts.progress()
	for i, p := range soFar.People {
		if len(only) > 0 && !only[p.ID] {
			continue
		}
		bar.set("drawing handouts", len(pages), max(len(only), len(soFar.People)))
		h, err := handout(ctx, mo, soFar, upto, wave, res, this, tr, sug, i)
		if err != nil {
			return err
		}
		pages = append(pages, h)
		name := slug(p.Name)
		for k := 2; used[name]; k++ {
			name = slug(p.Name) + "-" + strconv.Itoa(k)
		}
		used[name] = true
		path := filepath.Join(opts.OutDir, name+".html")
		if err := opts.writeOutput(path, nil, func(w io.Writer) error {
			return report.WriteHandouts(w, p.Name+" · "+full.Name, []*report.Handout{h})
		}); err != nil {
			return err
		}
		files = append(files, path)
	}
	bar.done()
	all := filepath.Join(opts.OutDir, "all.html")
	if err := opts.writeOutput(all, nil, func(w io.Writer) error {
		return report.WriteHandouts(w, "Handouts · "+full.Name, pages)
	}); err != nil {
		return err
	}
	fmt.Fprintf(opts.Out, "Wrote %s for %s in %s: one page per participant, and %s to print them all.\n",
		count(len(files), "handout", "handouts"), wave.Name, opts.OutDir, all)
	fmt.Fprintln(opts.Out, "Each page is personal: hand participants only their own.")
	return nil
}

// handout is person i's page.
func handout(ctx context.Context, mo *mapOptions, n *graph.Network, sc graph.Scope, wave graph.Wave,
	res, this *analysis.Result, tr *analysis.TrendResult, sug *analysis.Suggester, i int) (*report.Handout, error) {
	p := n.People[i]
	h := &report.Handout{Name: p.Name}
	sub := []string{n.Name}
	if p.Org != "" {
		sub = append([]string{p.Org}, sub...)
	}
	h.Subtitle = strings.Join(append(sub, wave.Name+dated(wave.Date)), " · ")

	m := mo.egoMap(n, sc, res, p)
	m.Title = "Your network"
	m.Subtitle = fmt.Sprintf("up to %s: whom you gave to or asked, and their ties", wave.Name)
	var svg bytes.Buffer
	if err := render.Render(ctx, &svg, m, "svg", render.Options{Timeout: time.Minute}); err != nil {
		return nil, fmt.Errorf("draw %s's map: %w", p.Name, err)
	}
	h.Map = svg.Bytes()
	h.MapCaption = "An arrow runs from the one who helped to the one who was helped; a dashed line is a contact without help."

	h.Waves = report.Table{Columns: []report.Column{{Label: "Wave"}, {Label: "Helped", Numeric: true}, {Label: "Got help from", Numeric: true}, {Label: "Role"}}}
	for _, m := range tr.People[i].Waves {
		h.Waves.Rows = append(h.Waves.Rows, []report.Cell{{Text: m.Wave}, {Text: count(m.Gives, "person", "people")},
			{Text: count(m.Receives, "person", "people")}, {Text: roleLabel(m.Role), Swatch: roleColor(m.Role)}})
	}
	h.Meaning = analysis.Explain(this.People[i], tr.People[i].Waves)

	found, unmet := sug.For(i, "", 2)
	h.Suggestions = report.Table{Columns: []report.Column{{Label: "For"}, {Label: "Ask"}, {Label: "Introduced by"}, {Label: "Why", Wide: true}}}
	for _, s := range found {
		h.Suggestions.Rows = append(h.Suggestions.Rows, []report.Cell{{Text: s.Topic}, {Text: s.Name}, {Text: orDash(deref(s.Introducer))},
			{Text: sentence(strings.TrimPrefix(s.Reason, "offers "+s.Topic+"; "))}})
	}
	switch {
	case len(p.Needs) == 0:
		h.SuggestEmpty = "You have not said yet what you need. Tell the facilitator, and kring will suggest whom to ask."
	case len(found) == 0:
		h.SuggestEmpty = "Nobody in the network offers what you need yet."
	}
	if len(unmet) > 0 && len(found) > 0 {
		h.Unmet = fmt.Sprintf("Nobody offers %s yet: ask the group who knows about it.", joinAnd(unmet))
	}
	h.Questions = questions
	h.Footer = fmt.Sprintf("For %s only. Made with kring on %s.", p.Name, mo.today())
	return h, nil
}

// dated is " (date)" or "".
func dated(date string) string {
	if date == "" {
		return ""
	}
	return " (" + date + ")"
}

// slug makes a file name of a person's name: "Jürgen Van der Hagen" is
// "jurgen-van-der-hagen".
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
