package main

import (
	"context"
	"slices"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type suggestOptions struct {
	*globals
	For    string
	Topic  string
	All    bool
	Limit  int
	Format cli.FormatFlag
}

func newSuggestCmd(g *globals) *cobra.Command {
	opts := &suggestOptions{globals: g}
	cmd := g.Command("suggest", "--for NAME [--topic T] | --all", cli.ExactArgs(0, "no arguments; name the person with --for"),
		func(cmd *cobra.Command, args []string) error {
			if (opts.For == "") == !opts.All {
				return cli.Usagef("name a person with --for NAME, or use --all for everyone")
			}
			if opts.All && opts.Topic != "" {
				return cli.Usagef("--topic goes with --for NAME")
			}
			if opts.Limit < 1 {
				return cli.Usagef("--limit %d: give at least 1", opts.Limit)
			}
			return runSuggest(cmd.Context(), opts)
		})
	l, f := g.L, cmd.Flags()
	f.StringVar(&opts.For, "for", "", l.T("the person who needs something"))
	f.StringVar(&opts.Topic, "topic", "", l.T("one topic to ask about, instead of the person's needs"))
	f.BoolVar(&opts.All, "all", false, l.T("the best next ask for everyone who needs something"))
	f.IntVar(&opts.Limit, "limit", 3, l.T("suggestions per topic"))
	g.AddFormatFlag(cmd, &opts.Format)
	cmd.RegisterFlagCompletionFunc("for", cli.CompletePeople(g))
	cmd.RegisterFlagCompletionFunc("topic", completeTopics(g))
	return cmd
}

// suggestJSON is the JSON of suggest --for.
type suggestJSON struct {
	For          string                `json:"for"`
	Needs        []string              `json:"needs"`
	Suggestions  []analysis.Suggestion `json:"suggestions"`
	NobodyOffers []string              `json:"nobody_offers"`
}

// suggestAllJSON is the JSON of suggest --all.
type suggestAllJSON struct {
	Suggestions  []analysis.Suggestion `json:"suggestions"`
	NobodyOffers []analysis.Unmet      `json:"nobody_offers"`
	NoNeeds      int                   `json:"people_without_needs"`
}

func runSuggest(ctx context.Context, opts *suggestOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	var me graph.Person
	if opts.For != "" {
		if me, err = db.FindPerson(ctx, net.ID, opts.For); err != nil {
			return cli.HintUnknown(err, false)
		}
	}
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	s := analysis.NewSuggester(n)
	if opts.All {
		return opts.writeAll(ctx, n, s)
	}
	i := slices.IndexFunc(n.People, func(p graph.Person) bool { return p.ID == me.ID })
	me = n.People[i]
	needs := me.Needs
	if opts.Topic != "" {
		t, err := names.Check("topic", opts.Topic)
		if err != nil {
			return cli.UsageError{Err: err}
		}
		opts.Topic, needs = t, []string{t}
	}
	found, unmet := s.For(i, opts.Topic, opts.Limit)
	switch opts.Format {
	case "json":
		view.FillSuggestionReasons(i18n.New(i18n.English), found)
		return cli.WriteJSON(opts.Out, suggestJSON{For: me.Name, Needs: cli.NonNil(needs), Suggestions: cli.NonNil(found), NobodyOffers: cli.NonNil(unmet)})
	case "csv":
		return writeSuggestionsCSV(opts, found, false)
	}
	return view.WriteSuggestions(opts.Out, opts.L, me.Name, needs, found, unmet)
}

func (opts *suggestOptions) writeAll(ctx context.Context, n *graph.Network, s *analysis.Suggester) error {
	bar := opts.Progress()
	best, unmet, err := s.AllContext(ctx, func(done, total int) { bar.Set(opts.L.T("finding whom to ask"), done, total) })
	bar.Done()
	if err != nil {
		return err
	}
	noNeeds := 0
	for _, p := range n.People {
		if len(p.Needs) == 0 {
			noNeeds++
		}
	}
	switch opts.Format {
	case "json":
		view.FillSuggestionReasons(i18n.New(i18n.English), best)
		return cli.WriteJSON(opts.Out, suggestAllJSON{Suggestions: cli.NonNil(best), NobodyOffers: cli.NonNil(unmet), NoNeeds: noNeeds})
	case "csv":
		return writeSuggestionsCSV(opts, best, true)
	}
	return view.WriteSuggestionsAll(opts.Out, opts.L, n.Name, best, unmet, noNeeds)
}

func writeSuggestionsCSV(opts *suggestOptions, list []analysis.Suggestion, all bool) error {
	view.FillSuggestionReasons(i18n.New(i18n.English), list)
	header := []string{"topic", "name", "introducer", "asked", "overloaded", "steps", "reason"}
	if all {
		header = append([]string{"for"}, header...)
	}
	w := cli.CSVTable(opts.Out, header)
	for _, sg := range list {
		row := []csvio.Cell{csvio.Text(sg.Topic), csvio.Text(sg.Name), cli.Cell(sg.Introducer), cli.Cell(sg.Asked),
			cli.Cell(sg.Overloaded), csvio.Int(sg.Steps), csvio.Text(sg.Reason)}
		if all {
			row = append([]csvio.Cell{csvio.Text(sg.For)}, row...)
		}
		w.Write(row...)
	}
	return w.Flush()
}

// completeTopics completes the topics people offer or need.
func completeTopics(g *globals) cli.Completer {
	return cli.CompleteFrom(g, func(ctx context.Context, db *store.DB, net store.NetworkInfo) ([]string, error) {
		people, err := db.People(ctx, net.ID)
		seen := map[string]bool{}
		var out []string
		for _, p := range people {
			for _, t := range append(slices.Clone(p.Offers), p.Needs...) {
				if k := names.Key(t); !seen[k] {
					seen[k] = true
					out = append(out, t)
				}
			}
		}
		slices.Sort(out)
		return out, err
	})
}
