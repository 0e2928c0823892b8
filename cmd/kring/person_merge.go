package main

import (
	"context"
	"strings"

	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

func newPersonMergeCmd(g *globals) *cobra.Command {
	cmd := g.command("person merge", "NAME INTO-NAME", exactArgs(2, "the NAME to merge and the INTO-NAME to keep"), func(cmd *cobra.Command, args []string) error {
		return runPersonMerge(cmd.Context(), g, args[0], args[1])
	})
	cmd.ValidArgsFunction = completePeopleArgs(g, 2)
	return cmd
}

func runPersonMerge(ctx context.Context, g *globals, from, into string) error {
	db, net, err := g.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	m, err := db.MergePeople(ctx, net.ID, from, into)
	if err != nil {
		return err
	}
	l := g.L
	var parts []string
	if m.Moved > 0 {
		parts = append(parts, l.Sprintf("%d ties moved", m.Moved))
	}
	if m.Combined > 0 {
		parts = append(parts, l.Sprintf("%d ties joined with the same ties %s had", m.Combined, m.Into.Name))
	}
	if m.Dropped > 0 {
		parts = append(parts, l.Sprintf("%d ties between the two dropped", m.Dropped))
	}
	if len(parts) == 0 {
		parts = append(parts, l.T("no ties to move"))
	}
	l.Fprintln(g.Out, "Merged %s into %s: %s. %q now also finds %s.", m.From.Name, m.Into.Name, strings.Join(parts, ", "), m.From.Name, m.Into.Name)
	if m.Topics > 0 || m.Reports > 0 {
		l.Fprintln(g.Out, "%s now also holds %s and %s of %s.", m.Into.Name, l.Sprintf("%d topics", m.Topics), l.Sprintf("%d reports", m.Reports), m.From.Name)
	}
	return nil
}

// maxNearCheck is the most added people whose names are compared with
// everyone's for look-alikes: merging maps adds a handful of people; an
// import that adds more is a new network.
const maxNearCheck = 500

// nearMatches tells, for each of the added names, the known names that look
// like it, and how to merge them when they are the same person.
func nearMatches(ctx context.Context, g *globals, db *store.DB, netID int64, added []string) {
	if len(added) == 0 || len(added) > maxNearCheck {
		return
	}
	known, err := db.PersonNames(ctx, netID)
	if err != nil {
		return // only a hint
	}
	isNew := map[string]bool{}
	for _, a := range added {
		isNew[names.Key(a)] = true
	}
	knownKeys := make([]string, len(known))
	for i, k := range known {
		knownKeys[i] = names.Key(k)
	}
	var lines []string
	seen := map[string]bool{}
	for _, a := range added {
		ka := names.Key(a)
		for i, k := range known {
			kk := knownKeys[i]
			if kk == ka || !names.NearKeys(ka, kk) {
				continue
			}
			pair := min(ka, kk) + "|" + max(ka, kk)
			if seen[pair] {
				continue
			}
			seen[pair] = true
			// Merge the new name into the known one; between two new names,
			// the shorter into the longer.
			from, into := a, k
			if isNew[kk] && len([]rune(k)) < len([]rune(a)) {
				from, into = k, a
			}
			lines = append(lines, g.L.Sprintf("  %q ~ %q: if the same person, kring person merge %q %q", from, into, from, into))
		}
	}
	if len(lines) == 0 {
		return
	}
	g.L.Fprintln(g.Out, "%d names look like people already in the network:", len(lines))
	const most = 25
	for i, line := range lines {
		if i == most {
			g.L.Fprintln(g.Out, "  … and %d more", len(lines)-most)
			break
		}
		g.Out.Write([]byte(line + "\n"))
	}
}
