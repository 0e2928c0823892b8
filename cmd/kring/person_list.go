package main

import (
	"context"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"

	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type personListOptions struct {
	*globals
	Format cli.FormatFlag
}

func newPersonListCmd(g *globals) *cobra.Command {
	opts := &personListOptions{globals: g}
	cmd := g.Command("person list", "", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		return runPersonList(cmd.Context(), opts)
	})
	cmd.Aliases = []string{"ls"}
	g.AddFormatFlag(cmd, &opts.Format)
	return cmd
}

func runPersonList(ctx context.Context, opts *personListOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	people, err := db.People(ctx, net.ID)
	if err != nil {
		return err
	}
	aliases, err := db.Aliases(ctx, net.ID)
	if err != nil {
		return err
	}
	l := opts.L
	switch opts.Format {
	case "json":
		out := make([]cli.PersonJSON, len(people))
		for i, p := range people {
			out[i] = cli.PersonJSON{Name: p.Name, Org: p.Org, Function: p.Function, Offers: cli.NonNil(p.Offers), Needs: cli.NonNil(p.Needs), Aliases: cli.NonNil(aliases[p.ID])}
		}
		return cli.WriteJSON(opts.Out, out)
	case "csv":
		w := cli.CSVTable(opts.Out, csvio.PeopleColumns)
		for _, p := range people {
			w.Write(csvio.Text(p.Name), csvio.Text(p.Org), csvio.Text(p.Function),
				csvio.Text(strings.Join(p.Offers, "; ")), csvio.Text(strings.Join(p.Needs, "; ")))
		}
		return w.Flush()
	}
	if len(people) == 0 {
		l.Fprintln(opts.Out, "No people in %s yet. Add them with: kring person add NAME (or kring import people.csv)", net.Name)
		return nil
	}
	header := []string{view.Header(l.T("Name")), view.Header(l.T("Organisation")), view.Header(l.T("Function")), view.Header(l.T("Offers")), view.Header(l.T("Needs"))}
	if len(aliases) > 0 {
		header = append(header, view.Header(l.T("Also written as")))
	}
	t := view.NewTable(opts.Out, header...)
	for _, p := range people {
		row := []string{p.Name, view.OrDash(p.Org), view.OrDash(p.Function), view.OrDash(strings.Join(p.Offers, ", ")), view.OrDash(strings.Join(p.Needs, ", "))}
		if len(aliases) > 0 {
			row = append(row, view.OrDash(strings.Join(aliases[p.ID], ", ")))
		}
		t.Row(row...)
	}
	return t.Flush()
}
