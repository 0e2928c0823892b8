package main

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/exchange"
	"github.com/kring-nl/kring/graph/survey"
	"github.com/kring-nl/kring/store"
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
	if err := cli.Choice("format", opts.Read.Format, append([]string{""}, app.ImportFormats...)...); err != nil {
		return err
	}
	if opts.File != "-" && (opts.Read.Format == "db" || opts.Read.Format == "" && app.IsSQLite(opts.File)) {
		return runImportDB(ctx, opts)
	}
	bar := opts.Progress()
	defer bar.Done()
	src, err := opts.readSource(bar)
	if err != nil {
		return err
	}
	format, info, err := app.FormatOf(src, opts.Read.Format)
	if err != nil {
		return err
	}
	switch {
	case opts.Read.Sheet != "" && format != exchange.XLSX:
		return cli.Usagef("--sheet picks a sheet of an Excel workbook; %s is not one", src.Name)
	case opts.From != "" && format != exchange.DB:
		return cli.Usagef("--from picks a network in a kring database; %s is not one", src.Name)
	case format == exchange.DB && src.Path == "":
		return cli.Usagef("a kring database cannot come from standard input; give its file name")
	case format == exchange.DB:
		return runImportDB(ctx, opts)
	}
	info.Format = format
	in, err := app.Parse(src, &info, opts.Read, order)
	if err != nil {
		return err
	}
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	today := opts.Today()
	if info.Survey != nil && info.Survey.FirstDate != "" {
		today = info.Survey.FirstDate // a first wave made for the answers is dated by them
	}
	add := store.AddOptions{AddNew: opts.AddNew || info.Whole, NewWaves: true, Wave: opts.Wave, Today: today, Progress: bar.Set, Merge: info.Whole}
	res, err := db.Import(ctx, net.ID, in, add)
	var ie *graph.InputError
	var skipped []graph.Problem
	if errors.As(err, &ie) && opts.SkipBad {
		// Import again without the bad records: nothing of the first try
		// was kept, so nothing of a bad record is left behind.
		skipped = ie.Problems
		res, err = db.Import(ctx, net.ID, app.WithoutBad(in, ie.Problems), add)
	}
	bar.Done()
	if errors.As(err, &ie) {
		if !info.Whole && !opts.AddNew && slices.ContainsFunc(ie.Problems, func(p graph.Problem) bool {
			var u *graph.UnknownError
			return errors.As(p.Err, &u) && u.Kind == "person"
		}) {
			return graph.Errorf(graph.EINVALID, "%v\nTo add the unknown people, run again with --add-new (or import a people file first). "+
				"Correct the other records and import the file again, or import the good ones with --skip-bad", err)
		}
		return graph.Errorf(graph.EINVALID, "%v\nCorrect these records and import the file again, or import the others with --skip-bad", err)
	} else if err != nil {
		return err
	}
	view.WriteImported(opts.Out, opts.L, src.Name, net.Name, res)
	view.WriteReadInfo(opts.Out, opts.L, src.Name, info, res)
	view.WriteSkipped(opts.Out, opts.L, skipped)
	cli.NearMatches(ctx, opts.globals, db, net.ID, append(slices.Clone(res.Added), res.Ties.NewPeople...))
	return nil
}

// readSource reads the file to import, or standard input, whole.
func (opts *importOptions) readSource(bar *cli.Bar) (app.Source, error) {
	if opts.File == "-" {
		data, err := io.ReadAll(opts.In)
		return app.Source{Name: opts.L.T("standard input"), Data: data}, err
	}
	f, err := os.Open(opts.File)
	if err != nil {
		return app.Source{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return app.Source{}, err
	}
	if fi.IsDir() {
		return app.Source{}, cli.Usagef("%s is a folder; import a file in it (of a Network Canvas export: the .zip, or one of its CSV files)", opts.File)
	}
	var r io.Reader = f
	if fi.Size() > 1<<20 {
		stage := opts.L.Sprintf("reading %s", filepath.Base(opts.File))
		r = &countingReader{r: f, total: fi.Size(), tick: func(done, total int64) { bar.Set(stage, int(done>>10), int(total>>10)) }}
	}
	data, err := io.ReadAll(r)
	return app.Source{Name: opts.File, Path: opts.File, Data: data}, err
}

// runImportDB merges the network of another kring database into this one.
func runImportDB(ctx context.Context, opts *importOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if same, err := app.SamePath(opts.File, db.Path()); err == nil && same {
		return cli.Usagef("%s is this database; import another participant's kring database", opts.File)
	}
	in, name, err := app.ReadDatabase(ctx, opts.File, opts.From)
	if err != nil {
		return err
	}
	res, err := db.Import(ctx, net.ID, in, store.AddOptions{AddNew: true, NewWaves: true, Wave: opts.Wave, Today: opts.Today(), Merge: true})
	if err != nil {
		return err
	}
	view.WriteImported(opts.Out, opts.L, opts.L.Sprintf("%s (network %q)", opts.File, name), net.Name, res)
	cli.NearMatches(ctx, opts.globals, db, net.ID, append(slices.Clone(res.Added), res.Ties.NewPeople...))
	return nil
}

// countingReader reports how much of a file has been read.
type countingReader struct {
	r           io.Reader
	done, total int64
	tick        func(done, total int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.done += int64(n)
	c.tick(c.done, c.total)
	return n, err
}
