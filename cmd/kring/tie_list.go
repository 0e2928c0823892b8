package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type tieListOptions struct {
	*globals
	Scope    scopeFlags
	Contacts bool
	Format   formatFlag
}

func newTieListCmd(g *globals) *cobra.Command {
	opts := &tieListOptions{globals: g}
	cmd := &cobra.Command{
		Use:     "list [--wave W | --upto W] [--contacts]",
		Aliases: []string{"ls"},
		Short:   "List help ties (or contacts) with their IDs, reporters and topics",
		Example: `  kring tie list
  kring tie list --wave "Meeting 2" --format csv
  kring tie list --contacts`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTieList(cmd.Context(), opts)
		},
	}
	addScopeFlags(g, cmd, &opts.Scope)
	cmd.Flags().BoolVar(&opts.Contacts, "contacts", false, "list contacts instead of help ties")
	addFormatFlag(cmd, &opts.Format)
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
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, sc, err := opts.Scope.loadScoped(ctx, db, net.ID)
	if err != nil {
		return err
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
			rows = append(rows, tieJSON{ID: c.ID, Wave: waveName(c.Wave), A: names[c.A], B: names[c.B],
				Reporters: reporters(c.Reporters), Confirmed: c.Confirmed()})
		}
	} else {
		for _, t := range graph.SortedTies(n) {
			rows = append(rows, tieJSON{ID: t.ID, Wave: waveName(t.Wave), Giver: names[t.Giver], Receiver: names[t.Receiver],
				Topics: t.Topics, Reporters: reporters(t.Reporters), Confirmed: t.Confirmed()})
		}
	}
	first, second := "giver", "receiver"
	if opts.Contacts {
		first, second = "a", "b"
	}
	switch opts.Format {
	case "json":
		if rows == nil {
			rows = []tieJSON{}
		}
		return writeJSON(opts.Out, rows)
	case "csv":
		w := csvTable(opts.Out, []string{"id", "wave", first, second, "topics", "reporters", "confirmed"})
		for _, r := range rows {
			a, b := r.Giver, r.Receiver
			if opts.Contacts {
				a, b = r.A, r.B
			}
			w.Write(csvio.Number(strconv.FormatInt(r.ID, 10)), csvio.Text(r.Wave), csvio.Text(a), csvio.Text(b),
				csvio.Text(strings.Join(r.Topics, "; ")), csvio.Text(strings.Join(r.Reporters, "; ")),
				csvio.Number(strconv.FormatBool(r.Confirmed)))
		}
		return w.Flush()
	}
	if len(rows) == 0 {
		what := "help ties"
		if opts.Contacts {
			what = "contacts"
		}
		fmt.Fprintf(opts.Out, "No %s in %s (%s) yet. Record some with: kring record NAME --asked A --gave B --contact C\n", what, net.Name, sc)
		return nil
	}
	t := newTable(opts.Out, "ID", "WAVE", strings.ToUpper(first), strings.ToUpper(second), "TOPICS", "REPORTED BY", "CONFIRMED")
	for _, r := range rows {
		a, b := r.Giver, r.Receiver
		if opts.Contacts {
			a, b = r.A, r.B
		}
		conf := "no"
		if r.Confirmed {
			conf = "yes"
		}
		t.row(strconv.FormatInt(r.ID, 10), r.Wave, a, b, orDash(strings.Join(r.Topics, ", ")), orDash(strings.Join(r.Reporters, ", ")), conf)
	}
	return t.flush()
}
