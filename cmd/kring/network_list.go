package main

import (
	"context"
	"strconv"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"

	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type networkListOptions struct {
	*globals
	Format cli.FormatFlag
}

func newNetworkListCmd(g *globals) *cobra.Command {
	opts := &networkListOptions{globals: g}
	cmd := g.Command("network list", "", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		return runNetworkList(cmd.Context(), opts)
	})
	g.AddFormatFlag(cmd, &opts.Format)
	return cmd
}

func runNetworkList(ctx context.Context, opts *networkListOptions) error {
	db, err := opts.OpenDB(ctx, false)
	if err != nil {
		return err
	}
	defer db.Close()
	nets, err := db.Networks(ctx)
	if err != nil {
		return err
	}
	l := opts.L
	switch opts.Format {
	case "json":
		return cli.WriteJSON(opts.Out, cli.NonNil(nets))
	case "csv":
		w := cli.CSVTable(opts.Out, []string{"name", "people", "waves", "help_ties", "contacts", "current", "created", "lang"})
		for _, n := range nets {
			w.Write(csvio.Text(n.Name), csvio.Int(n.People), csvio.Int(n.Waves), csvio.Int(n.Ties),
				csvio.Int(n.Contacts), csvio.Number(strconv.FormatBool(n.Current)), csvio.Text(n.Created), csvio.Text(n.Lang))
		}
		return w.Flush()
	}
	if len(nets) == 0 {
		l.Fprintln(opts.Out, "No networks yet. Create one with: kring network create NAME")
		return nil
	}
	t := view.NewTable(opts.Out, "", view.Header(l.T("Network")), ">"+view.Header(l.T("People")), ">"+view.Header(l.T("Waves")),
		">"+view.Header(l.T("Help tie records")), ">"+view.Header(l.T("Contact records")), view.Header(l.T("Language")), view.Header(l.T("Created")))
	for _, n := range nets {
		mark := ""
		if n.Current {
			mark = "*"
		}
		t.Row(mark, n.Name, l.Int(n.People), l.Int(n.Waves), l.Int(n.Ties), l.Int(n.Contacts), view.OrDash(n.Lang), n.Created[:10])
	}
	return t.Flush()
}
