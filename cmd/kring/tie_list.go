package main

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"

	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type tieListOptions struct {
	*globals
	Scope            cli.ScopeFlags
	Contacts         bool
	Person, Reporter string
	Format           cli.FormatFlag
}

func newTieListCmd(g *globals) *cobra.Command {
	opts := &tieListOptions{globals: g}
	cmd := g.Command("tie list", "[--wave W | --upto W] [--person P] [--reporter R] [--contacts]", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		if err := opts.Scope.Check(); err != nil {
			return err
		}
		return runTieList(cmd.Context(), opts)
	})
	cmd.Aliases = []string{"ls"}
	g.AddScopeFlags(cmd, &opts.Scope)
	cmd.Flags().BoolVar(&opts.Contacts, "contacts", false, g.L.T("list contacts instead of help ties"))
	cmd.Flags().StringVar(&opts.Person, "person", "", g.L.T("only the ties of this person (as either end)"))
	cmd.Flags().StringVar(&opts.Reporter, "reporter", "", g.L.T("only the ties this person reported"))
	cmd.RegisterFlagCompletionFunc("person", cli.CompletePeople(g))
	cmd.RegisterFlagCompletionFunc("reporter", cli.CompletePeople(g))
	g.AddFormatFlag(cmd, &opts.Format)
	return cmd
}

// tieJSON is a help tie or contact in listings.
type tieJSON struct {
	ID        int64    `json:"id"`
	Wave      string   `json:"wave"`
	Giver     string   `json:"giver,omitempty"`
	Receiver  string   `json:"receiver,omitempty"`
	A         string   `json:"a,omitempty"`
	B         string   `json:"b,omitempty"`
	Topics    []string `json:"topics,omitempty"`
	Reporters []string `json:"reporters"`
	Confirmed bool     `json:"confirmed"`
}

func runTieList(ctx context.Context, opts *tieListOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, sc, err := opts.Scope.LoadScoped(ctx, db, net.ID)
	if err != nil {
		return err
	}
	var person, reporter int64
	for _, f := range []struct {
		name string
		id   *int64
	}{{opts.Person, &person}, {opts.Reporter, &reporter}} {
		if f.name != "" {
			p, err := db.FindPerson(ctx, net.ID, f.name)
			if err != nil {
				return cli.HintUnknown(err, false)
			}
			*f.id = p.ID
		}
	}
	keep := func(a, b int64, reporters []int64) bool {
		return (person == 0 || a == person || b == person) && (reporter == 0 || slices.Contains(reporters, reporter))
	}
	names := map[int64]string{}
	for _, p := range n.People {
		names[p.ID] = p.Name
	}
	waveName := func(id int64) string { w, _ := n.Wave(id); return w.Name }
	reporters := func(ids []int64) []string {
		out := []string{}
		for _, id := range ids {
			out = append(out, names[id])
		}
		return out
	}
	var rows []tieJSON
	if opts.Contacts {
		for _, c := range n.Contacts {
			if !keep(c.A, c.B, c.Reporters) {
				continue
			}
			rows = append(rows, tieJSON{ID: c.ID, Wave: waveName(c.Wave), A: names[c.A], B: names[c.B],
				Reporters: reporters(c.Reporters), Confirmed: c.Confirmed()})
		}
	} else {
		for _, t := range graph.SortedTies(n) {
			if !keep(t.Giver, t.Receiver, t.Reporters) {
				continue
			}
			rows = append(rows, tieJSON{ID: t.ID, Wave: waveName(t.Wave), Giver: names[t.Giver], Receiver: names[t.Receiver],
				Topics: t.Topics, Reporters: reporters(t.Reporters), Confirmed: t.Confirmed()})
		}
	}
	pair := func(r tieJSON) (string, string) {
		if opts.Contacts {
			return r.A, r.B
		}
		return r.Giver, r.Receiver
	}
	l := opts.L
	switch opts.Format {
	case "json":
		return cli.WriteJSON(opts.Out, cli.NonNil(rows))
	case "csv":
		first, second := "giver", "receiver"
		if opts.Contacts {
			first, second = "a", "b"
		}
		w := cli.CSVTable(opts.Out, []string{"id", "wave", first, second, "topics", "reporters", "confirmed"})
		for _, r := range rows {
			a, b := pair(r)
			w.Write(csvio.Number(strconv.FormatInt(r.ID, 10)), csvio.Text(r.Wave), csvio.Text(a), csvio.Text(b),
				csvio.Text(strings.Join(r.Topics, "; ")), csvio.Text(strings.Join(r.Reporters, "; ")),
				csvio.Number(strconv.FormatBool(r.Confirmed)))
		}
		return w.Flush()
	}
	if len(rows) == 0 {
		if opts.Contacts {
			l.Fprintln(opts.Out, "No contacts in %s (%s) yet. Record some with: kring record NAME --contact C", net.Name, view.Scope(l, sc))
		} else {
			l.Fprintln(opts.Out, "No help ties in %s (%s) yet. Record some with: kring record NAME --asked A --gave B", net.Name, view.Scope(l, sc))
		}
		return nil
	}
	first, second := l.T("Giver"), l.T("Receiver")
	if opts.Contacts {
		first, second = l.T("Person"), l.T("Person")
	}
	t := view.NewTable(opts.Out, "ID", view.Header(l.T("Wave")), view.Header(first), view.Header(second), view.Header(l.T("Topics")),
		view.Header(l.T("Reported by")), view.Header(l.T("Confirmed")))
	for _, r := range rows {
		a, b := pair(r)
		conf := l.T("no")
		if r.Confirmed {
			conf = l.T("yes")
		}
		t.Row(strconv.FormatInt(r.ID, 10), r.Wave, a, b, view.OrDash(strings.Join(r.Topics, ", ")), view.OrDash(strings.Join(r.Reporters, ", ")), conf)
	}
	return t.Flush()
}
