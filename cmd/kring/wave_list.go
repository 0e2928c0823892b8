package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type waveListOptions struct {
	*globals
	Format cli.FormatFlag
}

func newWaveListCmd(g *globals) *cobra.Command {
	opts := &waveListOptions{globals: g}
	cmd := g.Command("wave list", "", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		return runWaveList(cmd.Context(), opts)
	})
	cmd.Aliases = []string{"ls"}
	g.AddFormatFlag(cmd, &opts.Format)
	return cmd
}

func runWaveList(ctx context.Context, opts *waveListOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	out := make([]cli.WaveJSON, len(n.Waves))
	index := map[int64]int{}
	for i, w := range n.Waves {
		out[i] = cli.WaveJSON{Seq: w.Seq, Name: w.Name, Date: w.Date}
		index[w.ID] = i
	}
	for _, t := range n.Ties {
		out[index[t.Wave]].HelpTies++
	}
	for _, c := range n.Contacts {
		out[index[c.Wave]].Contacts++
	}
	l := opts.L
	switch opts.Format {
	case "json":
		return cli.WriteJSON(opts.Out, out)
	case "csv":
		w := cli.CSVTable(opts.Out, []string{"seq", "name", "date", "help_ties", "contacts"})
		for _, x := range out {
			w.Write(csvio.Int(x.Seq), csvio.Text(x.Name), csvio.Text(x.Date), csvio.Int(x.HelpTies), csvio.Int(x.Contacts))
		}
		return w.Flush()
	}
	if len(out) == 0 {
		l.Fprintln(opts.Out, "No waves in %s yet. Add one with: kring wave add \"Meeting 1\" --date YYYY-MM-DD", net.Name)
		return nil
	}
	t := view.NewTable(opts.Out, ">#", view.Header(l.T("Wave")), view.Header(l.T("Date")), ">"+view.Header(l.T("Help tie records")), ">"+view.Header(l.T("Contact records")))
	for _, x := range out {
		t.Row(l.Int(x.Seq), x.Name, view.OrDash(x.Date), l.Int(x.HelpTies), l.Int(x.Contacts))
	}
	return t.Flush()
}
