package main

import (
	"context"
	"errors"
	"io"
	"time"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render"
	"github.com/spf13/cobra"
)

type mapOptions struct {
	*globals
	Output       string
	Format       string
	Style        view.MapStyle
	Ego          string
	Diff         string
	Pseudonymize bool
	Scope        cli.ScopeFlags
}

func newMapCmd(g *globals) *cobra.Command {
	opts := &mapOptions{globals: g, Style: view.DefaultMapStyle()}
	cmd := g.Command("map", "[-o FILE] [--color role|org|community] [--size METRIC] [--ego NAME | --diff W1..W2]", cli.ExactArgs(0, "no arguments"),
		func(cmd *cobra.Command, args []string) error {
			if err := opts.check(); err != nil {
				return err
			}
			return runMap(cmd.Context(), opts)
		})
	l, f := g.L, cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "map.svg", l.T("file to write (- for standard output)"))
	f.StringVar(&opts.Format, "format", "", l.T("svg, png, pdf or dot (default: from the file name)"))
	f.StringVar(&opts.Style.Layout, "layout", "auto", l.T("graphviz layout: auto, dot, neato, fdp, sfdp or circo"))
	f.StringVar(&opts.Style.Color, "color", "role", l.T("colour people by role, org or community"))
	f.StringVar(&opts.Style.Size, "size", "sought", l.T("size people by sought, betweenness, gives or none"))
	f.StringVar(&opts.Style.Label, "label", "name", l.T("label people with their name, initials or none"))
	f.StringVar(&opts.Style.Group, "group", "", l.T("draw each org (or community) as a cluster"))
	f.StringVar(&opts.Ego, "ego", "", l.T("draw the ego map of this person"))
	f.IntVar(&opts.Style.Depth, "depth", 1, l.T("with --ego: 1 (direct ties) or 2 (also their ties)"))
	f.StringVar(&opts.Diff, "diff", "", l.T("draw the change from wave W1 to wave W2, written W1..W2"))
	f.BoolVar(&opts.Pseudonymize, "pseudonymize", false, l.T("show codes instead of names"))
	g.AddScopeFlags(cmd, &opts.Scope)
	fixed := func(name string, values ...string) {
		cmd.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
	}
	fixed("format", render.Formats...)
	fixed("layout", append([]string{"auto"}, render.Layouts...)...)
	fixed("color", view.MapColors...)
	fixed("size", view.MapSizes...)
	fixed("label", view.MapLabels...)
	fixed("group", view.MapGroups...)
	cmd.RegisterFlagCompletionFunc("ego", cli.CompletePeople(g))
	return cmd
}

// check refuses flags that do not go together and values kring does not know.
func (opts *mapOptions) check() error {
	if err := opts.Scope.Check(); err != nil {
		return err
	}
	if opts.Diff != "" && (opts.Scope.Wave != "" || opts.Scope.Upto != "") {
		return cli.Usagef("--diff compares two waves; it cannot be used with --wave or --upto")
	}
	if opts.Diff != "" && opts.Ego != "" {
		return cli.Usagef("--ego and --diff cannot go together: draw one person's network, or the change between two waves")
	}
	if opts.Style.Depth != 1 && opts.Style.Depth != 2 {
		return cli.Usagef("--depth is 1 or 2")
	}
	st := opts.Style
	for _, err := range []error{
		cli.Choice("layout", st.Layout, append([]string{"auto"}, render.Layouts...)...),
		cli.Choice("color", st.Color, view.MapColors...), cli.Choice("size", st.Size, view.MapSizes...),
		cli.Choice("label", st.Label, view.MapLabels...), cli.Choice("group", st.Group, append([]string{""}, view.MapGroups...)...),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

func runMap(ctx context.Context, opts *mapOptions) error {
	format, err := opts.OutputFormat(opts.Output, opts.Format, render.Formats)
	if err != nil {
		return err
	}
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	l := opts.GroupLang(net.Lang)
	m, err := cli.BuildMap(ctx, l, db, net, cli.MapRequest{Style: opts.Style, Ego: opts.Ego, Diff: opts.Diff, Pseudonymize: opts.Pseudonymize, Scope: opts.Scope})
	if err != nil {
		return err
	}
	if err := opts.WriteOutput(opts.Output, opts.Out, func(w io.Writer) error {
		return render.Render(ctx, w, m, format, render.Options{Timeout: 3 * time.Minute})
	}); err != nil {
		if errors.Is(err, render.ErrTimeout) {
			if m.Layout == "sfdp" {
				return graph.Errorf(graph.EINVALID, "%v; draw a smaller map: one person's network (--ego NAME) or one wave (--wave W)", err)
			}
			return graph.Errorf(graph.EINVALID, "%v; try a faster layout (--layout sfdp) or a smaller map (--ego NAME)", err)
		}
		return err
	}
	if opts.Output != "-" {
		opts.L.Fprintln(opts.Err, "Wrote %s: %s, %s (layout %s).", opts.Output, m.Title, view.People(opts.L, len(m.Nodes)), m.Layout)
	}
	return nil
}
