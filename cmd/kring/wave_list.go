package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type waveListOptions struct {
	*globals
	Format formatFlag
}

func newWaveListCmd(g *globals) *cobra.Command {
	opts := &waveListOptions{globals: g}
	cmd := &cobra.Command{
		Use:     "list",
		Aliases: []string{"ls"},
		Short:   "List the waves in order, with their number of ties",
		Example: `  kring wave list`,
		Args:    exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runWaveList(cmd.Context(), opts)
		},
	}
	addFormatFlag(cmd, &opts.Format)
	return cmd
}

type waveJSON struct {
	Seq      int    `json:"seq"`
	Name     string `json:"name"`
	Date     string `json:"date"`
	HelpTies int    `json:"help_ties"`
	Contacts int    `json:"contacts"`
}

func runWaveList(ctx context.Context, opts *waveListOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	out := make([]waveJSON, len(n.Waves))
	index := map[int64]int{}
	for i, w := range n.Waves {
		out[i] = waveJSON{Seq: w.Seq, Name: w.Name, Date: w.Date}
		index[w.ID] = i
	}
	for _, t := range n.Ties {
		out[index[t.Wave]].HelpTies++
	}
	for _, c := range n.Contacts {
		out[index[c.Wave]].Contacts++
	}
	switch opts.Format {
	case "json":
		return writeJSON(opts.Out, out)
	case "csv":
		w := csvTable(opts.Out, []string{"seq", "name", "date", "help_ties", "contacts"})
		for _, x := range out {
			w.Write(csvio.Int(x.Seq), csvio.Text(x.Name), csvio.Text(x.Date), csvio.Int(x.HelpTies), csvio.Int(x.Contacts))
		}
		return w.Flush()
	}
	if len(out) == 0 {
		fmt.Fprintf(opts.Out, "No waves in %s yet. Add one with: kring wave add \"Meeting 1\" --date YYYY-MM-DD\n", net.Name)
		return nil
	}
	t := newTable(opts.Out, "#", "WAVE", "DATE", "HELP TIES", "CONTACTS")
	for _, x := range out {
		t.row(strconv.Itoa(x.Seq), x.Name, orDash(x.Date), strconv.Itoa(x.HelpTies), strconv.Itoa(x.Contacts))
	}
	return t.flush()
}
