package cli

import (
	"context"
	"errors"
	"slices"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/exchange"
	"github.com/kring-nl/kring/store"
)

// ImportRequest is what kring import was asked to do.
type ImportRequest struct {
	File    string
	Read    app.ImportOptions
	Wave    string
	AddNew  bool
	From    string
	SkipBad bool
}

// Import imports a file (or standard input, "-") into the network.
func (g *Env) Import(ctx context.Context, opts ImportRequest) error {
	order := opts.Read.DateOrder
	if err := Choice("format", opts.Read.Format, append([]string{""}, app.ImportFormats...)...); err != nil {
		return err
	}
	if opts.File != "-" && (opts.Read.Format == "db" || opts.Read.Format == "" && app.IsSQLite(opts.File)) {
		return g.importDB(ctx, opts)
	}
	bar := g.Progress()
	defer bar.Done()
	src, err := g.ReadSource(opts.File, bar)
	if err != nil {
		return err
	}
	format, info, err := app.FormatOf(src, opts.Read.Format)
	if err != nil {
		return err
	}
	switch {
	case opts.Read.Sheet != "" && format != exchange.XLSX:
		return Usagef("--sheet picks a sheet of an Excel workbook; %s is not one", src.Name)
	case opts.From != "" && format != exchange.DB:
		return Usagef("--from picks a network in a kring database; %s is not one", src.Name)
	case format == exchange.DB && src.Path == "":
		return Usagef("a kring database cannot come from standard input; give its file name")
	case format == exchange.DB:
		return g.importDB(ctx, opts)
	}
	info.Format = format
	in, err := app.Parse(src, &info, opts.Read, order)
	if err != nil {
		return err
	}
	db, net, err := g.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	today := g.Today()
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
	view.WriteImported(g.Out, g.L, src.Name, net.Name, res)
	view.WriteReadInfo(g.Out, g.L, src.Name, info, res)
	view.WriteSkipped(g.Out, g.L, skipped)
	NearMatches(ctx, g, db, net.ID, append(slices.Clone(res.Added), res.Ties.NewPeople...))
	return nil
}

// runImportDB merges the network of another kring database into this one.
func (g *Env) importDB(ctx context.Context, opts ImportRequest) error {
	db, net, err := g.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if same, err := app.SamePath(opts.File, db.Path()); err == nil && same {
		return Usagef("%s is this database; import another participant's kring database", opts.File)
	}
	in, name, err := app.ReadDatabase(ctx, opts.File, opts.From)
	if err != nil {
		return err
	}
	res, err := db.Import(ctx, net.ID, in, store.AddOptions{AddNew: true, NewWaves: true, Wave: opts.Wave, Today: g.Today(), Merge: true})
	if err != nil {
		return err
	}
	view.WriteImported(g.Out, g.L, g.L.Sprintf("%s (network %q)", opts.File, name), net.Name, res)
	NearMatches(ctx, g, db, net.ID, append(slices.Clone(res.Added), res.Ties.NewPeople...))
	return nil
}
