package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
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
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(cli.ExportFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runExport(ctx context.Context, opts *exportOptions) error {
	return opts.Export(ctx, cli.ExportRequest{Format: opts.Format, Output: opts.Output, Pseudonymize: opts.Pseudonymize, Excel: opts.Excel, People: opts.People})
}
