package main

import (
	"context"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type checkOptions struct {
	*globals
	Format cli.FormatFlag
}

func newCheckCmd(g *globals) *cobra.Command {
	opts := &checkOptions{globals: g}
	cmd := g.Command("check", "", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		return runCheck(cmd.Context(), opts)
	})
	g.AddFormatFlag(cmd, &opts.Format)
	return cmd
}

// healthJSON is the JSON of check.
type healthJSON struct {
	Database    string   `json:"database"`
	Sound       bool     `json:"sound"`
	Integrity   []string `json:"integrity"`
	ForeignKeys int      `json:"foreign_key_problems"`
	Networks    int      `json:"networks"`
	People      int      `json:"people"`
	Ties        int      `json:"ties"`
	LogCleared  bool     `json:"log_cleared"`
	ReadOnly    bool     `json:"read_only"`
}

func runCheck(ctx context.Context, opts *checkOptions) error {
	db, err := opts.OpenDB(ctx, false)
	if err != nil {
		return err
	}
	defer db.Close()
	h, err := db.Check(ctx)
	if err != nil {
		return err
	}
	where, l := opts.Display(db.Path()), opts.L
	switch opts.Format {
	case "json":
		if err := cli.WriteJSON(opts.Out, healthJSON{where, h.Sound(), h.Integrity, h.ForeignKeys, h.Networks, h.People, h.Ties, h.LogCleared, h.ReadOnly}); err != nil {
			return err
		}
	case "csv":
		w := cli.CSVTable(opts.Out, []string{"database", "sound", "integrity", "foreign_key_problems", "networks", "people", "ties", "log_cleared", "read_only"})
		w.Write(csvio.Text(where), cli.Cell(h.Sound()), csvio.Text(strings.Join(h.Integrity, "; ")), csvio.Int(h.ForeignKeys),
			csvio.Int(h.Networks), csvio.Int(h.People), csvio.Int(h.Ties), cli.Cell(h.LogCleared), cli.Cell(h.ReadOnly))
		if err := w.Flush(); err != nil {
			return err
		}
	default:
		if h.Sound() {
			l.Fprintln(opts.Out, "%s is sound (integrity check ok, no broken references): %s, %s, %s.", where,
				l.Sprintf("%d networks", h.Networks), l.Sprintf("%d people", h.People), l.Sprintf("%d ties", h.Ties))
			switch {
			case h.ReadOnly && !h.LogCleared:
				l.Fprintln(opts.Out, "It can only be read here, so its log file was not written into it.")
			case !h.LogCleared:
				l.Fprintln(opts.Out, "Other kring commands are using it; its log file is written into it when they end.")
			}
		}
	}
	if !h.Sound() {
		problems := h.Integrity
		if len(problems) > 10 {
			problems = append(problems[:10:10], l.Sprintf("… and %d more", len(h.Integrity)-10))
		}
		if h.ForeignKeys > 0 {
			problems = append(problems, l.Sprintf("%d rows point to people, waves or ties that are not there", h.ForeignKeys))
		}
		return graph.Errorf(graph.EINVALID, "%s is damaged:\n  %s\nRestore it from a backup (kring backup makes one)", where, strings.Join(problems, "\n  "))
	}
	return nil
}
