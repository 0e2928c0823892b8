package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/exchange"
	"github.com/kring-nl/kring/graph/jsonio"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	*globals
	Format    string
	Output    string
	Anonymize bool
}

func newExportCmd(g *globals) *cobra.Command {
	opts := &exportOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "export [--format csv|json|graphml|gexf|dot] [-o FILE]",
		Short: "Export the network's help ties (CSV), the whole network (JSON), or a graph for other tools",
		Long: `Export the network. CSV writes the help ties in the columns of a ties file
(giver,receiver,wave,topic,date,weight,reporter), one row per tie and reporter,
so that "kring import" reads it back. JSON writes everything: people with
their details and topics, waves, help ties and contacts. For a people file use
"kring person list --format csv".

For other network tools: GraphML (yEd, Gephi, Cytoscape, igraph, networkx;
"kring import" reads it back), GEXF (Gephi) and DOT (Graphviz). People are
nodes labelled with their names, with org, function, offers and needs; help
ties are directed edges from giver to receiver and contacts undirected edges,
with kind, wave, date, weight, topic, reporters and confirmed.

Without -o the export goes to standard output. Files are written with mode
0600: they hold personal data.

--anonymize replaces every name by a code such as P-ZEEQ4XET6F: the same
code for the same person in every export of this database (keyed with a
secret kept in the database), which nobody can trace back to the name without
the database, not even by trying a list of names. Organisations, functions and
topics are kept; they can point to a person in a small group.`,
		Example: `  kring export -o ties.csv
  kring export --format json -o netwerk.json
  kring export -o netwerk.gexf
  kring export | less
  kring export --anonymize -o for-research.csv`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "", "csv, json, graphml, gexf or dot (default: from the -o file name, else csv)")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "-", "file to write (- for standard output)")
	cmd.Flags().BoolVar(&opts.Anonymize, "anonymize", false, "replace names by codes that stay the same in every export of this database")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(exportFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// exportFormats are the formats kring exports.
var exportFormats = []string{"csv", "json", "graphml", "gexf", "dot"}

func runExport(ctx context.Context, opts *exportOptions) error {
	format := opts.Format
	if format == "" {
		format = "csv"
		if ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(opts.Output), ".")); slices.Contains(exportFormats, ext) {
			format = ext
		} else if ext == "gv" {
			format = "dot"
		}
	}
	if !slices.Contains(exportFormats, format) {
		return usageError{fmt.Errorf("unknown export format %q: kring exports csv, json, graphml, gexf and dot", format)}
	}
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	var aliases map[int64][]string // other names are names too: a pseudonymized export leaves them out
	if opts.Anonymize {
		p, err := db.Pseudonymizer(ctx)
		if err != nil {
			return err
		}
		n = p.Network(n)
	} else if aliases, err = db.Aliases(ctx, net.ID); err != nil {
		return err
	}
	xo := exchange.Options{Aliases: aliases}
	err = opts.writeOutput(opts.Output, opts.Out, func(w io.Writer) error {
		switch format {
		case "json":
			return jsonio.Write(w, n, aliases)
		case "graphml":
			return exchange.WriteGraphML(w, n, xo)
		case "gexf":
			return exchange.WriteGEXF(w, n, xo)
		case "dot":
			return exchange.WriteDOT(w, n, xo)
		}
		return csvio.WriteTies(w, n)
	})
	if err != nil {
		return err
	}
	if opts.Output != "-" {
		fmt.Fprintf(opts.Err, "Wrote %s (%d people, %d help ties).\n", opts.Output, len(n.People), len(n.Ties))
	}
	return nil
}
