package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/exchange"
	"github.com/kring-nl/kring/graph/jsonio"
	"github.com/kring-nl/kring/graph/xlsxio"
	"github.com/spf13/cobra"
)

type exportOptions struct {
	*globals
	Format       string
	Output       string
	Pseudonymize bool
	Excel        bool
	People       bool
}

func newExportCmd(g *globals) *cobra.Command {
	opts := &exportOptions{globals: g}
	cmd := g.Command("export", "[--format csv|json|graphml|gexf|dot|xlsx|pajek|dl] [-o FILE] [--pseudonymize]", cli.ExactArgs(0, "no arguments"),
		func(cmd *cobra.Command, args []string) error {
			return runExport(cmd.Context(), opts)
		})
	l, f := g.L, cmd.Flags()
	f.StringVar(&opts.Format, "format", "", l.T("csv, json, graphml, gexf, dot, xlsx, pajek or dl (default: from the -o file name, else csv)"))
	f.StringVarP(&opts.Output, "output", "o", "-", l.T("file to write (- for standard output)"))
	f.BoolVar(&opts.Pseudonymize, "pseudonymize", false, l.T("replace names by codes that stay the same in every export of this database"))
	f.BoolVar(&opts.Pseudonymize, "anonymize", false, l.T("the same as --pseudonymize"))
	f.MarkHidden("anonymize")
	f.BoolVar(&opts.Excel, "excel", false, l.T("CSV for Excel in Dutch: byte order mark, semicolons, decimal comma"))
	f.BoolVar(&opts.People, "people", false, l.T("CSV: write the people file instead of the ties"))
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
	ext := strings.ToLower(filepath.Ext(opts.Output))
	if f, ok := exportExtensions[ext]; ok && format == "" {
		format = f
	} else if format == "" && opts.Output != "-" && ext != "" {
		return cli.Usagef("%s: kring writes %s here; give the file one of those extensions", opts.Output, strings.Join(exportFormats, ", "))
	} else if f, ok := exportExtensions[ext]; ok && f != format {
		return cli.Usagef("%s ends in %s but --format is %s; name the file for its format, or leave --format out", opts.Output, ext, format)
	}
	if format == "" && opts.Output != "-" && ext == "" {
		if fi, err := os.Stat(opts.Output); err != nil || fi.Mode().IsRegular() {
			return cli.Usagef("%s has no extension, so nobody can tell what it holds; name it %s.csv (or .xlsx, .json, .graphml, .gexf, .net, .dl, .dot)", opts.Output, opts.Output)
		}
	}
	if format == "" {
		format = "csv"
	}
	if err := cli.Choice("format", format, exportFormats...); err != nil {
		return err
	}
	if (opts.Excel || opts.People) && format != "csv" {
		return cli.Usagef("--excel and --people are for CSV; %s is %s", opts.Output, format)
	}
	if f, ok := opts.Out.(*os.File); ok && format == "xlsx" && opts.Output == "-" && cli.IsTerminal(f) {
		return cli.Usagef("an Excel workbook is not for the terminal; write it to a file with -o netwerk.xlsx")
	}
	if err := opts.NotTheDatabase(opts.Output); err != nil {
		return err
	}
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return err
	}
	var aliases map[int64][]string // other names are names too: a pseudonymized export leaves them out
	if opts.Pseudonymize {
		if n, err = cli.Pseudonymize(ctx, db, n); err != nil {
			return err
		}
	} else if aliases, err = db.Aliases(ctx, net.ID); err != nil {
		return err
	}
	xo := exchange.Options{Aliases: aliases}
	if format == "gexf" {
		xo.Figures = app.Figures(n)
	}
	err = opts.WriteOutput(opts.Output, opts.Out, func(w io.Writer) error {
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
		opts.L.Fprintln(opts.Err, "Wrote %s (%s, %s).", opts.Output, view.People(opts.L, len(n.People)), opts.L.Sprintf("%d help tie records", len(n.Ties)))
		view.WriteLeftOut(opts.Err, opts.L, format, opts.People, n)
	}
	return nil
}
