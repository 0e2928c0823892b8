package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type personMergeOptions struct {
	*globals
	From, Into string
}

func newPersonMergeCmd(g *globals) *cobra.Command {
	opts := &personMergeOptions{globals: g}
	return &cobra.Command{
		Use:   "merge NAME INTO-NAME",
		Short: "Merge two entries of the same participant into one",
		Long: `Merge NAME into INTO-NAME, who stays: NAME's help ties, contacts, reports and
topics become INTO-NAME's, INTO-NAME's empty organisation and function are
filled from NAME, and NAME is removed. A tie both already had in the same wave
becomes one, with the reporters and topics of both (recorded from both ends,
it is now confirmed); ties between the two are dropped.

Use it when merged maps wrote one person two ways; kring import lists names
that look alike.`,
		Example: `  kring person merge "A. Peeters" "Ann Peeters"
  kring person merge "Jurgen" "Jürgen Van der Hagen"`,
		Args:              exactArgs(2, "the NAME to merge and the INTO-NAME to keep"),
		ValidArgsFunction: completePeopleArgs(g, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.From, opts.Into = args[0], args[1]
			return runPersonMerge(cmd.Context(), opts)
		},
	}
}

func runPersonMerge(ctx context.Context, opts *personMergeOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	m, err := db.MergePeople(ctx, net.ID, opts.From, opts.Into)
	if err != nil {
		return err
	}
	var parts []string
	if m.Moved > 0 {
		parts = append(parts, count(m.Moved, "tie", "ties")+" moved")
	}
	if m.Combined > 0 {
		parts = append(parts, fmt.Sprintf("%s joined with the same %s %s had", count(m.Combined, "tie", "ties"), noun(m.Combined, "tie", "ties"), m.Into.Name))
	}
	if m.Dropped > 0 {
		parts = append(parts, count(m.Dropped, "tie", "ties")+" between the two dropped")
	}
	if len(parts) == 0 {
		parts = append(parts, "no ties to move")
	}
	fmt.Fprintf(opts.Out, "Merged %s into %s: %s. %s now also finds %s.\n", m.From.Name, m.Into.Name, strings.Join(parts, ", "), strconv.Quote(m.From.Name), m.Into.Name)
	if m.Topics > 0 || m.Reports > 0 {
		fmt.Fprintf(opts.Out, "%s now also holds %s and %s of %s.\n", m.Into.Name, count(m.Topics, "topic", "topics"),
			count(m.Reports, "report", "reports"), m.From.Name)
	}
	return nil
}

// nearMatches tells, for each of the added names, the known names that look
// like it, and how to merge them when they are the same person. Merging
// maps adds a handful of people; an import that adds more than maxNearCheck
// is a new network, where look-alikes are not looked for.
func nearMatches(ctx context.Context, w io.Writer, db *store.DB, netID int64, added []string) {
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
			lines = append(lines, fmt.Sprintf("  %q ~ %q: if the same person, kring person merge %q %q", from, into, from, into))
		}
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(w, "%s like people already in the network:\n", count(len(lines), "name looks", "names look"))
	const most = 25
	for i, l := range lines {
		if i == most {
			fmt.Fprintf(w, "  … and %d more\n", len(lines)-most)
			break
		}
		fmt.Fprintln(w, l)
	}
}

// maxNearCheck is the most added people whose names are compared with
// everyone's for look-alikes.
const maxNearCheck = 500
