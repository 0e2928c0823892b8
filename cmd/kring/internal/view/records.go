package view

import (
	"io"

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
		l.Fprintln(w, "Started wave %q.", wv.Name)
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
