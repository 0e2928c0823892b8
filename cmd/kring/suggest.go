package main

import (
	"context"
	"slices"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
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
	cmd.RegisterFlagCompletionFunc("topic", cli.CompleteTopics(g))
	return cmd
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
		return cli.WriteJSON(opts.Out, cli.SuggestJSON{For: me.Name, Needs: cli.NonNil(needs), Suggestions: cli.NonNil(found), NobodyOffers: cli.NonNil(unmet)})
	case "csv":
		return cli.WriteSuggestionsCSV(opts.Out, found, false)
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
		return cli.WriteJSON(opts.Out, cli.SuggestAllJSON{Suggestions: cli.NonNil(best), NobodyOffers: cli.NonNil(unmet), NoNeeds: noNeeds})
	case "csv":
		return cli.WriteSuggestionsCSV(opts.Out, best, true)
	}
	return view.WriteSuggestionsAll(opts.Out, opts.L, n.Name, best, unmet, noNeeds)
}
