package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/exchange"
	"github.com/kring-nl/kring/graph/jsonio"
	"github.com/kring-nl/kring/graph/xlsxio"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	*globals
	Format    string
	Output    string
	Anonymize bool
	Excel     bool
	People    bool
}

func newExportCmd(g *globals) *cobra.Command {
	opts := &exportOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "export [--format csv|json|graphml|gexf|dot|xlsx|pajek|dl] [-o FILE]",
		Short: "Export the network's help ties (CSV), the whole network (JSON, Excel), or a graph for other tools",
		Long: `Export the network. CSV writes the help ties in the columns of a ties file
(giver,receiver,wave,topic,date,weight,reporter), one row per tie and reporter,
so that "kring import" reads it back; --people writes the people file instead
(name,org,function,offers,needs,aliases). --excel writes CSV that Excel in
Dutch opens as it is: a byte order mark, ";" between cells, a decimal comma.
JSON and Excel (.xlsx: sheets people, ties, contacts, waves) write everything:
people with their details, topics and other names, waves, help ties and
contacts. Lists in a cell are separated by "; ", an item that holds a ";" or
"," is written in double quotes, so every name comes back the same.

For other network tools: GraphML (yEd, Gephi, Cytoscape, igraph, networkx),
GEXF (Gephi: the waves play on the timeline, contacts are undirected, people
carry their organisation, role, community and betweenness and are coloured
by community), Pajek (.net: Pajek, igraph, networkx, UCINET), UCINET DL and
DOT (Graphviz). Node ids are the people's IDs in the database (p12), so they
stay the same when people join. Pajek and DL hold no waves (one tie per pair,
the largest weight) and only the names of people; DL holds no contacts; CSV
holds no contacts. kring says what a format leaves out.

Without -o the export goes to standard output. Files are written with mode
0600: they hold personal data.

--anonymize replaces every name by a code such as P-ZEEQ4XET6F: the same
code for the same person in every export of this database (keyed with a
secret kept in the database), which nobody can trace back to the name without
the database, not even by trying a list of names. Organisations, functions and
topics are kept; they can point to a person in a small group. Other names of
people are left out.`,
		Example: `  kring export -o ties.csv
  kring export --people -o people.csv
  kring export --excel -o ties-excel.csv
  kring export -o netwerk.xlsx
  kring export --format json -o netwerk.json
  kring export -o netwerk.gexf
  kring export -o netwerk.net
  kring export | less
  kring export --anonymize -o for-research.csv`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "", "csv, json, graphml, gexf, dot, xlsx, pajek or dl (default: from the -o file name, else csv)")
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "-", "file to write (- for standard output)")
	cmd.Flags().BoolVar(&opts.Anonymize, "anonymize", false, "replace names by codes that stay the same in every export of this database")
	cmd.Flags().BoolVar(&opts.Excel, "excel", false, "CSV for Excel in Dutch: byte order mark, semicolons, decimal comma")
	cmd.Flags().BoolVar(&opts.People, "people", false, "CSV: write the people file instead of the ties")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(exportFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// exportFormats are the formats kring exports.
var exportFormats = []string{"csv", "json", "graphml", "gexf", "dot", "xlsx", "pajek", "dl"}

// exportExtensions are file name endings that say the format.
var exportExtensions = map[string]string{
	".csv": "csv", ".json": "json", ".graphml": "graphml", ".xml": "graphml", ".gexf": "gexf", ".dot": "dot", ".gv": "dot",
	".xlsx": "xlsx", ".net": "pajek", ".paj": "pajek", ".dl": "dl",
}

func runExport(ctx context.Context, opts *exportOptions) error {
	format := opts.Format
	if format == "" {
		format = "csv"
		if f, ok := exportExtensions[strings.ToLower(filepath.Ext(opts.Output))]; ok {
			format = f
		}
	}
	if !slices.Contains(exportFormats, format) {
		return usageError{fmt.Errorf("unknown export format %q: kring exports %s", format, strings.Join(exportFormats, ", "))}
	}
	if (opts.Excel || opts.People) && format != "csv" {
		return usageError{fmt.Errorf("--excel and --people are for CSV; %s is %s", opts.Output, format)}
	}
	if format == "xlsx" && opts.Output == "-" {
		if f, ok := opts.Out.(*os.File); ok && isTerminal(f) {
			return usageError{fmt.Errorf("an Excel workbook is not for the terminal; write it to a file with -o netwerk.xlsx")}
		}
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
	if format == "gexf" {
		xo.Figures = figures(n)
	}
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
		case "xlsx":
			return xlsxio.Write(w, n, aliases)
		case "pajek":
			return exchange.WritePajek(w, n)
		case "dl":
			return exchange.WriteDL(w, n)
		}
		if opts.People {
			return csvio.WritePeople(w, n, aliases, csvio.WriteOptions{Excel: opts.Excel})
		}
		return csvio.WriteTies(w, n, csvio.WriteOptions{Excel: opts.Excel})
	})
	if err != nil {
		return err
	}
	if opts.Output != "-" {
		fmt.Fprintf(opts.Err, "Wrote %s (%d people, %d help ties).\n", opts.Output, len(n.People), len(n.Ties))
		leftOut(opts.Err, format, opts.People, n)
	}
	return nil
}

// leftOut says what of n the format does not hold, when n has it.
func leftOut(w io.Writer, format string, people bool, n *graph.Network) {
	rich := len(n.Waves) > 1 || len(n.Contacts) > 0
	for _, t := range n.Ties {
		rich = rich || len(t.Topics) > 0 || len(t.Reporters) > 0
	}
	for _, p := range n.People {
		rich = rich || p.Org != "" || p.Function != "" || len(p.Offers)+len(p.Needs) > 0
	}
	switch {
	case format == "csv" && people:
		fmt.Fprintln(w, "The people file holds no ties: export them with kring export -o ties.csv.")
	case format == "csv" && len(n.Contacts) > 0:
		fmt.Fprintln(w, "CSV holds the help ties only: the contacts are not in it (JSON and Excel hold everything).")
	case format == "pajek" && rich:
		fmt.Fprintln(w, "Pajek holds names, help ties and contacts only: ties of several waves are one (with the largest weight); organisations, functions, topics, reporters and other names are not in it (JSON and Excel hold everything).")
	case format == "dl" && rich:
		fmt.Fprintln(w, "UCINET DL holds names and help ties only: ties of several waves are one (with the largest weight); contacts, organisations, functions, topics, reporters and other names are not in it (JSON and Excel hold everything).")
	}
}

// figures are what GEXF carries of the analysis of all waves.
func figures(n *graph.Network) map[int64]exchange.Figures {
	res := analysis.Analyze(n, analysis.Options{})
	out := map[int64]exchange.Figures{}
	byName := map[string]analysis.Person{}
	for _, p := range res.People {
		byName[p.Name] = p
	}
	for _, p := range n.People {
		if m, ok := byName[p.Name]; ok {
			out[p.ID] = exchange.Figures{Role: string(m.Role), Community: m.Community, Betweenness: m.Betweenness, Broker: m.Broker}
		}
	}
	return out
}
