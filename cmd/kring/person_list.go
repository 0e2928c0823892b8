package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type personListOptions struct {
	*globals
	Format formatFlag
}

func newPersonListCmd(g *globals) *cobra.Command {
	opts := &personListOptions{globals: g}
	cmd := &cobra.Command{
		Use:     "list",
		Aliases: []string{"ls"},
		Short:   "List the participants",
		Example: `  kring person list
  kring person list --format csv > people.csv`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runPersonList(cmd.Context(), opts)
		},
	}
	addFormatFlag(cmd, &opts.Format)
	return cmd
}

// personJSON is a person in JSON listings.
type personJSON struct {
	Name     string   `json:"name"`
	Org      string   `json:"org"`
	Function string   `json:"function"`
	Offers   []string `json:"offers"`
	Needs    []string `json:"needs"`
	Aliases  []string `json:"aliases"` // other names that find this person (see kring person merge)
}

func runPersonList(ctx context.Context, opts *personListOptions) error {
	db, net, err := opts.openNetwork(ctx)
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
	switch opts.Format {
	case "json":
		out := make([]personJSON, len(people))
		for i, p := range people {
			out[i] = personJSON{p.Name, p.Org, p.Function, nonNil(p.Offers), nonNil(p.Needs), nonNil(aliases[p.ID])}
		}
		return writeJSON(opts.Out, out)
	case "csv":
		w := csvTable(opts.Out, csvio.PeopleColumns)
		for _, p := range people {
			w.Write(csvio.Text(p.Name), csvio.Text(p.Org), csvio.Text(p.Function),
				csvio.Text(strings.Join(p.Offers, "; ")), csvio.Text(strings.Join(p.Needs, "; ")))
		}
		return w.Flush()
	}
	if len(people) == 0 {
		fmt.Fprintf(opts.Out, "No people in %s yet. Add them with: kring person add NAME (or kring import people.csv)\n", net.Name)
		return nil
	}
	header := []string{"NAME", "ORGANISATION", "FUNCTION", "OFFERS", "NEEDS"}
	if len(aliases) > 0 {
		header = append(header, "ALSO WRITTEN AS")
	}
	t := newTable(opts.Out, header...)
	for _, p := range people {
		row := []string{p.Name, orDash(p.Org), orDash(p.Function), orDash(strings.Join(p.Offers, ", ")), orDash(strings.Join(p.Needs, ", "))}
		if len(aliases) > 0 {
			row = append(row, orDash(strings.Join(aliases[p.ID], ", ")))
		}
		t.row(row...)
	}
	return t.flush()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
