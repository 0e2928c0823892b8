package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/kring-nl/kring/analysis"
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
	Format formatFlag
}

func newSuggestCmd(g *globals) *cobra.Command {
	opts := &suggestOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "suggest --for NAME [--topic T] | --all",
		Short: "Suggest whom to ask for what you need, and who could introduce you",
		Long: `Suggest, for what a person needs (kring person edit NAME --needs T,..), the
people who offer it (--offers), best first:

  1. people they have not asked yet, to widen their network, before those
     who helped them before;
  2. people who are not overloaded (who only gave, in the last two waves
     or more) before those who are;
  3. people fewer steps away, over help ties and contacts, first.

When the two do not know each other, the introducer is someone the person
knows who is a step closer. --topic asks about one topic instead of the
person's needs. Topics match however they are written ("Coaching" is
"coaching", "welzijn" is "wélzijn").

--all lists the best next ask for everyone who needs something, and the
knowledge that people need but nobody offers.`,
		Example: `  kring suggest --for "Bram Vermeulen"
  kring suggest --for "Bram Vermeulen" --topic coaching --limit 5
  kring suggest --all --format json`,
		Args: exactArgs(0, "no arguments; name the person with --for"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if (opts.For == "") == !opts.All {
				return usageError{fmt.Errorf("name a person with --for NAME, or use --all for everyone")}
			}
			if opts.All && opts.Topic != "" {
				return usageError{fmt.Errorf("--topic goes with --for NAME")}
			}
			if opts.Limit < 1 {
				return usageError{fmt.Errorf("--limit %d: give at least 1", opts.Limit)}
			}
			return runSuggest(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.For, "for", "", "the person who needs help")
	f.StringVar(&opts.Topic, "topic", "", "one topic to ask about instead of the person's needs")
	f.BoolVar(&opts.All, "all", false, "the best next ask for everyone, and what nobody offers")
	f.IntVar(&opts.Limit, "limit", 3, "suggestions per topic")
	addFormatFlag(cmd, &opts.Format)
	cmd.RegisterFlagCompletionFunc("for", completePeople(g))
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
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	var me graph.Person
	if opts.For != "" {
		if me, err = db.FindPerson(ctx, net.ID, opts.For); err != nil {
			return hintUnknown(err, false)
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
			return usageError{err}
		}
		opts.Topic, needs = t, []string{t}
	}
	found, unmet := s.For(i, opts.Topic, opts.Limit)
	switch opts.Format {
	case "json":
		return writeJSON(opts.Out, suggestJSON{For: me.Name, Needs: nonNil(needs), Suggestions: nonNilS(found), NobodyOffers: nonNil(unmet)})
	case "csv":
		return writeSuggestionsCSV(opts, found, false)
	}
	if len(needs) == 0 {
		fmt.Fprintf(opts.Out, "%s has no needs recorded. Add them with: kring person edit %q --needs \"topic,topic\", or ask about one topic with --topic T.\n",
			me.Name, me.Name)
		return nil
	}
	fmt.Fprintf(opts.Out, "Whom %s could ask, for %s:\n\n", me.Name, strings.Join(needs, ", "))
	if len(found) > 0 {
		t := newTable(opts.Out, "TOPIC", "ASK", "INTRODUCER", "WHY")
		for _, sg := range found {
			t.row(sg.Topic, sg.Name, orDash(deref(sg.Introducer)), strings.TrimPrefix(sg.Reason, "offers "+sg.Topic+"; "))
		}
		t.flush()
	}
	if len(unmet) > 0 {
		if len(found) > 0 {
			fmt.Fprintln(opts.Out)
		}
		fmt.Fprintf(opts.Out, "Nobody offers %s yet: ask the group who knows about it, or look outside the network.\n", joinAnd(unmet))
	}
	return nil
}

func (opts *suggestOptions) writeAll(ctx context.Context, n *graph.Network, s *analysis.Suggester) error {
	bar := opts.progress()
	best, unmet, err := s.AllContext(ctx, func(done, total int) { bar.set("finding whom to ask", done, total) })
	bar.done()
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
		if unmet == nil {
			unmet = []analysis.Unmet{}
		}
		return writeJSON(opts.Out, suggestAllJSON{Suggestions: nonNilS(best), NobodyOffers: unmet, NoNeeds: noNeeds})
	case "csv":
		return writeSuggestionsCSV(opts, best, true)
	}
	if len(best) == 0 && len(unmet) == 0 {
		fmt.Fprintf(opts.Out, "Nobody in %s has needs recorded yet. Add them with: kring person edit NAME --needs \"topic,topic\" (or a needs column in the people CSV).\n", n.Name)
		return nil
	}
	if len(best) > 0 {
		fmt.Fprintln(opts.Out, "The best next ask for everyone who needs something:")
		fmt.Fprintln(opts.Out)
		t := newTable(opts.Out, "PERSON", "ASK", "TOPIC", "INTRODUCER", "WHY")
		for _, sg := range best {
			t.row(sg.For, sg.Name, sg.Topic, orDash(deref(sg.Introducer)), strings.TrimPrefix(sg.Reason, "offers "+sg.Topic+"; "))
		}
		t.flush()
	}
	if len(unmet) > 0 {
		fmt.Fprintln(opts.Out, "\nNeeded, but nobody offers it:")
		for _, u := range unmet {
			fmt.Fprintf(opts.Out, "  %s: %s\n", u.Topic, strings.Join(u.NeededBy, ", "))
		}
	}
	if noNeeds > 0 {
		fmt.Fprintf(opts.Out, "\n%s no needs recorded (kring person edit NAME --needs T,..).\n", count(noNeeds, "person has", "people have"))
	}
	return nil
}

func writeSuggestionsCSV(opts *suggestOptions, list []analysis.Suggestion, all bool) error {
	header := []string{"topic", "name", "introducer", "asked", "overloaded", "steps", "reason"}
	if all {
		header = append([]string{"for"}, header...)
	}
	w := csvTable(opts.Out, header)
	for _, sg := range list {
		row := []csvio.Cell{csvio.Text(sg.Topic), csvio.Text(sg.Name), csvio.Text(deref(sg.Introducer)), cell(sg.Asked),
			cell(sg.Overloaded), csvio.Int(sg.Steps), csvio.Text(sg.Reason)}
		if all {
			row = append([]csvio.Cell{csvio.Text(sg.For)}, row...)
		}
		w.Write(row...)
	}
	return w.Flush()
}

func nonNilS(s []analysis.Suggestion) []analysis.Suggestion {
	if s == nil {
		return []analysis.Suggestion{}
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// joinAnd is "a", "a and b" or "a, b and c".
func joinAnd(items []string) string {
	if len(items) <= 1 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// completeTopics completes the topics people offer or need.
func completeTopics(g *globals) completer {
	return completeFrom(g, func(ctx context.Context, db *store.DB, net store.NetworkInfo) ([]string, error) {
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
