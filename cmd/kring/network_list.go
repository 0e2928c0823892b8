package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type networkListOptions struct {
	*globals
	Format formatFlag
}

func newNetworkListCmd(g *globals) *cobra.Command {
	opts := &networkListOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the networks in the database",
		Example: `  kring network list
  kring network list --format json`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runNetworkList(cmd.Context(), opts)
		},
	}
	addFormatFlag(cmd, &opts.Format)
	return cmd
}

func runNetworkList(ctx context.Context, opts *networkListOptions) error {
	db, err := opts.openDB(ctx, false)
	if err != nil {
		return err
	}
	defer db.Close()
	nets, err := db.Networks(ctx)
	if err != nil {
		return err
	}
	switch opts.Format {
	case "json":
		return writeJSON(opts.Out, nets)
	case "csv":
		w := csvTable(opts.Out, []string{"name", "people", "waves", "help_ties", "contacts", "current", "created"})
		for _, n := range nets {
			w.Write(csvio.Text(n.Name), csvio.Int(n.People), csvio.Int(n.Waves), csvio.Int(n.Ties),
				csvio.Int(n.Contacts), csvio.Number(strconv.FormatBool(n.Current)), csvio.Text(n.Created))
		}
		return w.Flush()
	}
	if len(nets) == 0 {
		fmt.Fprintln(opts.Out, "No networks yet. Create one with: kring network create NAME")
		return nil
	}
	t := newTable(opts.Out, "", "NETWORK", "PEOPLE", "WAVES", "HELP TIES", "CONTACTS", "CREATED")
	for _, n := range nets {
		mark := ""
		if n.Current {
			mark = "*"
		}
		t.row(mark, n.Name, strconv.Itoa(n.People), strconv.Itoa(n.Waves), strconv.Itoa(n.Ties), strconv.Itoa(n.Contacts), n.Created[:10])
	}
	return t.flush()
}
