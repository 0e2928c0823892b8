package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/survey"
	"github.com/spf13/cobra"
)

type importOptions struct {
	*globals
	File      string
	Read      app.ImportOptions
	DateOrder string
	Wave      string
	AddNew    bool
	From      string
	SkipBad   bool
	Columns   map[survey.Role]*string // --respondent, --asked, --gave, --contact, --offers, --needs
}

func newImportCmd(g *globals) *cobra.Command {
	opts := &importOptions{globals: g, Columns: map[survey.Role]*string{}}
	cmd := g.Command("import", "FILE [--format csv|json|graphml|xlsx|pajek|dl|gexf|db] [--survey] [--wave W] [--add-new] [--skip-bad]",
		cli.ExactArgs(1, "the FILE to import (- for standard input)"), func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			return runImport(cmd.Context(), opts)
		})
	l, f := g.L, cmd.Flags()
	f.StringVar(&opts.Read.Format, "format", "", l.T("csv, json, graphml, xlsx, pajek, dl, gexf or db (default: from the file's content)"))
	f.StringVarP(&opts.Wave, "wave", "w", "", l.T("wave for rows that name none (default: the last wave)"))
	f.BoolVar(&opts.AddNew, "add-new", false, l.T("add people who are not in the network yet"))
	f.StringVar(&opts.From, "from", "", l.T("the network to take from a kring database that holds several"))
	f.BoolVar(&opts.SkipBad, "skip-bad", false, l.T("import the good records of a file with bad ones, and list what was skipped"))
	f.BoolVar(&opts.Read.Survey, "survey", false, l.T("read the file as survey answers: one row per respondent"))
	f.StringVar(&opts.Read.Sheet, "sheet", "", l.T("the sheet of a workbook to import (default: every sheet kring knows)"))
	f.StringVar(&opts.DateOrder, "date-order", "", l.T("how to read dates such as 5-2-2026: dmy (5 February) or mdy (May 2); default: from the file"))
	for _, c := range []struct {
		role       survey.Role
		flag, help string
	}{
		{survey.Respondent, "respondent", l.T("survey column with the respondents' names (a header, a letter or a number)")},
		{survey.Asked, "asked", l.T("survey column with the people they asked for help (a header, a letter or a number)")},
		{survey.Gave, "gave", l.T("survey column with the people they gave help to (a header, a letter or a number)")},
		{survey.Contact, "contact", l.T("survey column with the people they work with or know (a header, a letter or a number)")},
		{survey.Offers, "offers", l.T("survey column with the topics they can help others with (a header, a letter or a number)")},
		{survey.Needs, "needs", l.T("survey column with the topics they want help with (a header, a letter or a number)")},
	} {
		opts.Columns[c.role] = new(string)
		f.StringVar(opts.Columns[c.role], c.flag, "", c.help)
	}
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(app.ImportFormats, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("date-order", cobra.FixedCompletions([]string{"dmy", "mdy"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("wave", cli.CompleteWaves(g))
	return cmd
}

func runImport(ctx context.Context, opts *importOptions) error {
	order, err := csvio.ParseDateOrder(opts.DateOrder)
	if err != nil {
		return cli.UsageError{Err: err}
	}
	opts.Read.DateOrder, opts.Read.Columns = order, map[survey.Role]string{}
	for r, v := range opts.Columns {
		if *v != "" {
			opts.Read.Columns[r] = *v
		}
	}
	return opts.Import(ctx, cli.ImportRequest{File: opts.File, Read: opts.Read, Wave: opts.Wave, AddNew: opts.AddNew, From: opts.From, SkipBad: opts.SkipBad})
}
