package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render"
	"github.com/spf13/cobra"
)

type mapOptions struct {
	*globals
	Output string
	Format string
	Layout string
	Scope  scopeFlags
}

func newMapCmd(g *globals) *cobra.Command {
	opts := &mapOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "map [-o FILE.svg|.dot] [--layout auto|dot|neato|fdp|sfdp|circo] [--wave W | --upto W]",
		Short: "Draw the network map",
		Long: `Draw the help graph as a map: one box per person, coloured by role (exchanges,
only gives, only asks, isolated), an arrow from giver to receiver for help
one way, a heavier double-headed line where help flows both ways, and a
dashed line for a contact without help. The legend explains the colours.

The format follows the file name (.svg or .dot) or --format. DOT is the
graph description before layout; graphviz's "dot -Tpng" and other tools read it.`,
		Example: `  kring map -o map.svg
  kring map --wave "Meeting 1" -o meeting1.svg
  kring map --layout circo -o circle.svg
  kring map -o map.dot`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runMap(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "map.svg", "file to write (- for standard output)")
	f.StringVar(&opts.Format, "format", "", "svg or dot (default: from the file name)")
	f.StringVar(&opts.Layout, "layout", "auto", "graphviz layout: auto, dot, neato, fdp, sfdp or circo")
	addScopeFlags(g, cmd, &opts.Scope)
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"svg", "dot"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("layout", cobra.FixedCompletions(append([]string{"auto"}, render.Layouts...), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runMap(ctx context.Context, opts *mapOptions) error {
	if err := opts.notTheDatabase(opts.Output); err != nil {
		return err
	}
	format, err := mapFormat(opts.Format, opts.Output)
	if err != nil {
		return err
	}
	if opts.Layout != "auto" && !slices.Contains(render.Layouts, opts.Layout) {
		return usageError{fmt.Errorf("unknown layout %q: use auto, %s", opts.Layout, strings.Join(render.Layouts, ", "))}
	}
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, sc, err := opts.Scope.loadScoped(ctx, db, net.ID)
	if err != nil {
		return err
	}
	if len(n.People) == 0 {
		return fmt.Errorf("%s has no people to draw yet; add them with: kring person add NAME", n.Name)
	}
	res := analysis.Analyze(n, analysis.Options{})
	m := buildMap(n, sc, res, opts.Layout)
	if err := opts.writeOutput(opts.Output, opts.Out, func(w io.Writer) error {
		return drawMap(ctx, w, m, format)
	}); err != nil {
		return err
	}
	if opts.Output != "-" {
		s := res.Summary
		fmt.Fprintf(opts.Err, "Wrote %s: %s, %s, %s (%s, layout %s).\n", opts.Output, count(s.People, "person", "people"),
			count(s.HelpTies, "help tie", "help ties"), count(s.Contacts, "contact", "contacts"), sc, m.Layout)
	}
	return nil
}

// mapFormat picks svg or dot from --format or the file name.
func mapFormat(format, output string) (string, error) {
	if format == "" {
		format = strings.TrimPrefix(strings.ToLower(filepath.Ext(output)), ".")
		if output == "-" || format == "" {
			format = "svg"
		}
	}
	switch format {
	case "svg", "dot":
		return format, nil
	case "png", "pdf":
		return "", usageError{fmt.Errorf("%s maps are not available yet: write .svg (any browser opens it, and prints or converts it) or .dot", format)}
	}
	return "", usageError{fmt.Errorf("unknown map format %q: use svg or dot", format)}
}

// buildMap turns a network and its analysis into what the map shows.
func buildMap(n *graph.Network, sc graph.Scope, res *analysis.Result, layout string) render.Map {
	classes := make([]string, len(res.People))
	for i, p := range res.People {
		classes[i] = string(p.Role)
	}
	m := render.NetworkMap(n, classes)
	m.Title = n.Name
	m.Subtitle = mapSubtitle(n, sc, res.Summary)
	for _, r := range analysis.Roles {
		m.Legend = append(m.Legend, render.LegendItem{Class: string(r), Label: roleLabel(r), Count: res.Summary.RoleCount(r)})
	}
	if layout == "auto" {
		layout = render.AutoLayout(len(m.Nodes))
	}
	m.Layout = layout
	return m
}

func mapSubtitle(n *graph.Network, sc graph.Scope, s analysis.Summary) string {
	var dates []string
	for _, w := range n.Waves {
		if sc.Includes(w) && w.Date != "" {
			dates = append(dates, w.Date)
		}
	}
	when := sc.String()
	switch {
	case len(dates) == 1:
		when += " · " + dates[0]
	case len(dates) > 1:
		when += " · " + dates[0] + " to " + dates[len(dates)-1]
	}
	return fmt.Sprintf("%s · %s, %s, %s", when, count(s.People, "person", "people"), count(s.HelpTies, "help tie", "help ties"), count(s.Contacts, "contact", "contacts"))
}

// drawMap writes m in format.
func drawMap(ctx context.Context, w io.Writer, m render.Map, format string) error {
	dot := render.DOT(m)
	if format == "dot" {
		_, err := w.Write(dot)
		return err
	}
	svg, err := render.SVG(ctx, dot, m.Layout)
	if err != nil {
		return err
	}
	_, err = w.Write(svg)
	return err
}
