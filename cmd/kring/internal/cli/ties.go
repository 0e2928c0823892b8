package cli

import (
	"io"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
)

// TieRows are the help ties (or contacts) of n that keep accepts, as tie
// listings show them.
func TieRows(n *graph.Network, contacts bool, keep func(a, b int64, reporters []int64) bool) []TieJSON {
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
	var rows []TieJSON
	if contacts {
		for _, c := range n.Contacts {
			if !keep(c.A, c.B, c.Reporters) {
				continue
			}
			rows = append(rows, TieJSON{ID: c.ID, Wave: waveName(c.Wave), A: names[c.A], B: names[c.B],
				Reporters: reporters(c.Reporters), Confirmed: c.Confirmed()})
		}
	} else {
		for _, t := range graph.SortedTies(n) {
			if !keep(t.Giver, t.Receiver, t.Reporters) {
				continue
			}
			rows = append(rows, TieJSON{ID: t.ID, Wave: waveName(t.Wave), Giver: names[t.Giver], Receiver: names[t.Receiver],
				Topics: t.Topics, Reporters: reporters(t.Reporters), Confirmed: t.Confirmed()})
		}
	}
	return rows
}

// WriteTieRows writes tie rows as a table, JSON or CSV.
func WriteTieRows(w io.Writer, l *i18n.Lang, format string, rows []TieJSON, contacts, filtered bool, network string, sc graph.Scope) error {
	pair := func(r TieJSON) (string, string) {
		if contacts {
			return r.A, r.B
		}
		return r.Giver, r.Receiver
	}
	switch format {
	case "json":
		return WriteJSON(w, NonNil(rows))
	case "csv":
		first, second := "giver", "receiver"
		if contacts {
			first, second = "a", "b"
		}
		cw := CSVTable(w, []string{"id", "wave", first, second, "topics", "reporters", "confirmed"})
		for _, r := range rows {
			a, b := pair(r)
			cw.Write(csvio.Number(strconv.FormatInt(r.ID, 10)), csvio.Text(r.Wave), csvio.Text(a), csvio.Text(b),
				csvio.Text(strings.Join(r.Topics, "; ")), csvio.Text(strings.Join(r.Reporters, "; ")),
				csvio.Number(strconv.FormatBool(r.Confirmed)))
		}
		return cw.Flush()
	}
	if len(rows) == 0 {
		if filtered {
			l.Fprintln(w, "None of the ties in %s (%s) match --person or --reporter.", network, view.Scope(l, sc))
			return nil
		}
		if contacts {
			l.Fprintln(w, "No contacts in %s (%s) yet. Record some with: kring record NAME --contact C", network, view.Scope(l, sc))
		} else {
			l.Fprintln(w, "No help ties in %s (%s) yet. Record some with: kring record NAME --asked A --gave B", network, view.Scope(l, sc))
		}
		return nil
	}
	first, second := l.T("Giver"), l.T("Receiver")
	if contacts {
		first, second = l.T("Person"), l.T("Person")
	}
	t := view.NewTable(w, "ID", view.Header(l.T("Wave")), view.Header(first), view.Header(second), view.Header(l.T("Topics")),
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
