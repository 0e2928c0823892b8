package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/exchange"
	"github.com/kring-nl/kring/graph/jsonio"
	"github.com/kring-nl/kring/graph/xlsxio"
)

// ExportRequest is what kring export was asked to do.
type ExportRequest struct {
	Format, Output              string
	Pseudonymize, Excel, People bool
}

// Export writes the network in a format for kring or another tool.
func (g *Env) Export(ctx context.Context, opts ExportRequest) error {
	format := opts.Format
	ext := strings.ToLower(filepath.Ext(opts.Output))
	if f, ok := ExportExtensions[ext]; ok && format == "" {
		format = f
	} else if format == "" && opts.Output != "-" && ext != "" {
		return Usagef("%s: kring writes %s here; give the file one of those extensions", opts.Output, strings.Join(ExportFormats, ", "))
	} else if f, ok := ExportExtensions[ext]; ok && f != format {
		return Usagef("%s ends in %s but --format is %s; name the file for its format, or leave --format out", opts.Output, ext, format)
	}
	if format == "" && opts.Output != "-" && ext == "" {
		if fi, err := os.Stat(opts.Output); err != nil || fi.Mode().IsRegular() {
			return Usagef("%s has no extension, so nobody can tell what it holds; name it %s.csv (or .xlsx, .json, .graphml, .gexf, .net, .dl, .dot)", opts.Output, opts.Output)
		}
	}
	if format == "" {
		format = "csv"
	}
	if err := Choice("format", format, ExportFormats...); err != nil {
		return err
	}
	if (opts.Excel || opts.People) && format != "csv" {
		return Usagef("--excel and --people are for CSV; %s is %s", opts.Output, format)
	}
	if f, ok := g.Out.(*os.File); ok && format == "xlsx" && opts.Output == "-" && IsTerminal(f) {
		return Usagef("an Excel workbook is not for the terminal; write it to a file with -o netwerk.xlsx")
	}
	if err := g.NotTheDatabase(opts.Output); err != nil {
		return err
	}
	db, net, err := g.OpenNetwork(ctx)
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
		if n, err = Pseudonymize(ctx, db, n); err != nil {
			return err
		}
	} else if aliases, err = db.Aliases(ctx, net.ID); err != nil {
		return err
	}
	xo := exchange.Options{Aliases: aliases}
	if format == "gexf" {
		xo.Figures = app.Figures(n)
	}
	err = g.WriteOutput(opts.Output, g.Out, func(w io.Writer) error {
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
		g.L.Fprintln(g.Err, "Wrote %s (%s, %s).", opts.Output, view.People(g.L, len(n.People)), g.L.Sprintf("%d help tie records", len(n.Ties)))
		view.WriteLeftOut(g.Err, g.L, format, opts.People, n)
	}
	return nil
}
