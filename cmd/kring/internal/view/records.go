package view

import (
	"io"
	"strconv"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/store"
)

// WriteLookAlikes says which names look like people already in the network,
// and how to merge them when they are the same person.
func WriteLookAlikes(w io.Writer, l *Lang, pairs []app.LookAlike) {
	if len(pairs) == 0 {
		return
	}
	l.Fprintln(w, "%d names look like people already in the network:", len(pairs))
	const most = 25
	for i, p := range pairs {
		if i == most {
			l.Fprintln(w, "  … and %d more", len(pairs)-most)
			break
		}
		l.Fprintln(w, "  %q ~ %q: if the same person, kring person merge %q %q", p.From, p.Into, p.From, p.Into)
	}
}

// WriteAdded tells what a record or tie add stored.
func WriteAdded(w io.Writer, l *Lang, res store.AddResult) {
	for _, wv := range res.NewWaves {
		l.Fprintln(w, "Started wave %q; to name it after the meeting: kring wave rename %q NAME", wv.Name, wv.Name)
	}
	if len(res.NewPeople) > 0 {
		l.Fprintln(w, "Added to the network: %s.", NameList(l, res.NewPeople, 1000))
	}
	t := NewTable(w)
	for _, a := range res.Ties {
		arrow, what := "→", l.T("help tie")
		if a.Contact {
			arrow, what = "–", l.T("contact")
		}
		var status string
		switch a.Status {
		case store.TieNew:
			status = l.T("new")
		case store.TieKnown:
			status = l.T("already recorded")
		case store.TieConfirmed:
			status = l.T("now confirmed by both")
		case store.TieReported:
			status = l.T("recorded by one more")
		}
		t.Row("  "+a.Giver+" "+arrow+" "+a.Receiver, what, a.Wave, status)
	}
	t.Flush()
}

// ChangeLine says one change of the history: "change 12 (record "Ann
// Peeters" --asked Bob, by ann on 30 November 2026 at 14:05)".
func ChangeLine(l *Lang, c store.Change) string {
	what := c.What
	if c.Undoes != 0 {
		what = l.Sprintf("undo of change %d", c.Undoes)
	}
	day, clock := c.At, ""
	if len(c.At) >= 16 {
		day, clock = c.At[:10], c.At[11:16]
	}
	if c.Who != "" {
		return l.Sprintf("change %d (%s, by %s on %s at %s UTC)", c.ID, what, c.Who, l.Date(day), clock)
	}
	return l.Sprintf("change %d (%s, on %s at %s UTC)", c.ID, what, l.Date(day), clock)
}

// WriteLog lists the changes of the history, newest first.
func WriteLog(w io.Writer, l *Lang, changes []store.Change) error {
	if len(changes) == 0 {
		l.Fprintln(w, "No changes kept yet: what commands change shows here, and kring undo puts the last one back.")
		return nil
	}
	t := NewTable(w, ">#", Header(l.T("When")), Header(l.T("Who")), Header(l.T("Network")), Header(l.T("What")), ">"+Header(l.T("Rows")))
	for _, c := range changes {
		what := c.What
		if c.Undoes != 0 {
			what = l.Sprintf("undo of change %d", c.Undoes)
		}
		at := c.At
		if len(at) >= 16 {
			at = at[:10] + " " + at[11:16]
		}
		t.Row(strconv.FormatInt(c.ID, 10), at, OrDash(c.Who), OrDash(c.Network), what, l.Int(c.Rows))
	}
	if err := t.Flush(); err != nil {
		return err
	}
	l.Fprintln(w, "kring undo puts back the newest change; undoing an undo redoes it. Erasing a person (kring person remove) cannot be undone.")
	return nil
}
