package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/exchange"
	"github.com/kring-nl/kring/graph/jsonio"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type importOptions struct {
	*globals
	File    string
	Format  string
	Wave    string
	AddNew  bool
	From    string
	SkipBad bool
}

func newImportCmd(g *globals) *cobra.Command {
	opts := &importOptions{globals: g}
	cmd := &cobra.Command{
		Use:   "import FILE [--format csv|json|graphml|db] [--wave W] [--add-new]",
		Short: "Import help ties or people from a CSV file, or a network from a JSON file or another kring database",
		Long: `Import a file into the network, in one transaction: the whole file or, when any
record is bad, nothing. Every bad record is listed with its line and what is
wrong; --skip-bad imports the other records and lists the ones it skipped.

CSV files (comma, semicolon or tab separated, UTF-8, optional byte order mark):
  ties file:   giver,receiver[,wave,topic,date,weight,reporter]
               one help tie per row: the giver helped the receiver. Waves that
               do not exist yet are added; rows without a wave go to --wave,
               else the last wave. Unknown people are an error unless --add-new.
  people file: name[,org,function,offers,needs]
               adds new people and updates known ones; topics are separated by
               ";" or ",".

JSON files are whole networks as written by "kring export --format json";
GraphML files (from kring or another tool: yEd, Gephi, Cytoscape, networkx)
too: a node's label (or name) is the person, directed edges are help ties
from source to target, undirected ones contacts.

A kring database (a participant's own kring.db, say) is read without being
changed, and its network (--from NAME when it holds several) is merged into
this one: people are matched by name as kring record matches them, so
"jurgen van der hagen" is "Jürgen Van der Hagen"; ties recorded on both sides
become confirmed. Names that only look alike ("A. Peeters", "Ann Peeters")
are not merged but listed, with the kring person merge command to run when
they are the same person. What it knows of people is added, never replaces
what is here: a missing organisation or function is filled in, topics are
added. A JSON export merges the same way.`,
		Example: `  kring import people.csv
  kring import ties.csv --add-new
  kring import meeting2.csv --wave "Meeting 2"
  kring import netwerk.json
  kring import ~/Downloads/ann-kring.db`,
		Args: exactArgs(1, "the FILE to import (- for standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			return runImport(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "", "csv or json (default: from the file name, else csv)")
	f.StringVarP(&opts.Wave, "wave", "w", "", "wave for rows that name none (default: the last wave)")
	f.BoolVar(&opts.AddNew, "add-new", false, "add people who are not in the network yet")
	f.StringVar(&opts.From, "from", "", "the network to take from a kring database that holds several")
	f.BoolVar(&opts.SkipBad, "skip-bad", false, "import the good records of a file with bad ones, and list what was skipped")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"csv", "json", "graphml", "db"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("wave", completeWaves(g))
	return cmd
}

func runImport(ctx context.Context, opts *importOptions) error {
	format := opts.Format
	if format == "" {
		format = "csv"
		if strings.EqualFold(filepath.Ext(opts.File), ".json") {
			format = "json"
		} else if strings.EqualFold(filepath.Ext(opts.File), ".graphml") {
			format = "graphml"
		} else if opts.File != "-" && isSQLite(opts.File) {
			format = "db"
		}
	}
	if format != "csv" && format != "json" && format != "graphml" && format != "db" {
		return usageError{fmt.Errorf("unknown import format %q: kring imports csv, json, graphml and db (a kring database)", format)}
	}
	if opts.From != "" && format != "db" {
		return usageError{fmt.Errorf("--from picks a network in a kring database; %s is %s", opts.File, format)}
	}
	if format == "db" {
		return runImportDB(ctx, opts)
	}
	var r io.Reader = opts.In
	source := "standard input"
	bar := opts.progress()
	defer bar.done()
	if opts.File != "-" {
		f, err := os.Open(opts.File)
		if err != nil {
			return fmt.Errorf("open %s: %w", opts.File, err)
		}
		defer f.Close()
		r, source = f, opts.File
		if fi, err := f.Stat(); err == nil && fi.Size() > 1<<20 {
			r = &countingReader{r: f, total: fi.Size(), tick: func(done, total int64) {
				bar.set("reading "+filepath.Base(opts.File), int(done>>10), int(total>>10))
			}}
		}
	}
	in, err := readInput(r, source, format)
	if err != nil {
		return err
	}
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	whole := format == "json" || format == "graphml" // a whole network, with its people
	add := store.AddOptions{AddNew: opts.AddNew || whole, NewWaves: true, Wave: opts.Wave, Today: opts.today(), Progress: bar.set, Merge: whole}
	res, err := db.Import(ctx, net.ID, in, add)
	var skipped []graph.Problem
	if ie, ok := err.(*graph.InputError); ok && opts.SkipBad {
		// Import again without the bad records: nothing of the first try
		// was kept, so nothing of a bad record is left behind.
		skipped = ie.Problems
		res, err = db.Import(ctx, net.ID, withoutBad(in, ie.Problems), add)
	}
	bar.done()
	if err != nil {
		if format == "csv" && !opts.AddNew {
			err = withAddNewHint(err)
		}
		if _, ok := err.(*graph.InputError); ok {
			return fmt.Errorf("%w\nCorrect these records and import the file again, or import the others with --skip-bad", err)
		}
		return err
	}
	printImported(opts.Out, source, net.Name, res)
	if len(skipped) > 0 {
		fmt.Fprintf(opts.Out, "Skipped %s:\n", count(len(skipped), "bad record", "bad records"))
		for _, p := range skipped {
			fmt.Fprintf(opts.Out, "  %s: %v\n", p.Where, p.Err)
		}
	}
	nearMatches(ctx, opts.Out, db, net.ID, append(slices.Clone(res.Added), res.Ties.NewPeople...))
	return nil
}

// withoutBad is in without the records the problems are about.
func withoutBad(in store.Input, problems []graph.Problem) store.Input {
	bad := map[string]bool{}
	for _, p := range problems {
		bad[p.Where] = true
	}
	out := store.Input{Source: in.Source}
	for _, p := range in.People {
		if !bad[p.Where] {
			out.People = append(out.People, p)
		}
	}
	for _, w := range in.Waves {
		if !bad["wave "+w.Name] {
			out.Waves = append(out.Waves, w)
		}
	}
	for _, t := range in.Ties {
		if !bad[t.Where] {
			out.Ties = append(out.Ties, t)
		}
	}
	return out
}

// isSQLite reports whether the file starts like an SQLite database.
func isSQLite(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var h [16]byte
	_, err = io.ReadFull(f, h[:])
	return err == nil && string(h[:]) == "SQLite format 3\x00"
}

// runImportDB merges the network of another kring database into this one.
func runImportDB(ctx context.Context, opts *importOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if same, err := samePath(opts.File, db.Path()); err == nil && same {
		return usageError{fmt.Errorf("%s is this database; import another participant's kring database", opts.File)}
	}
	other, err := store.Open(ctx, opts.File, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer other.Close()
	nets, err := other.Networks(ctx)
	if err != nil {
		return err
	}
	var from store.NetworkInfo
	switch {
	case opts.From != "":
		if from, err = other.Network(ctx, opts.From); err != nil {
			return err
		}
	case len(nets) == 1:
		from = nets[0]
	case len(nets) == 0:
		return fmt.Errorf("%s holds no network to import", opts.File)
	default:
		var list []string
		for _, n := range nets {
			list = append(list, strconv.Quote(n.Name))
		}
		return usageError{fmt.Errorf("%s holds %d networks (%s); pick one with --from NAME", opts.File, len(nets), strings.Join(list, ", "))}
	}
	n, err := other.Load(ctx, from.ID)
	if err != nil {
		return err
	}
	aliases, err := other.Aliases(ctx, from.ID)
	if err != nil {
		return err
	}
	other.Close()
	in := store.Input{Source: opts.File}
	in.People, in.Waves, in.Ties = jsonio.FromNetwork(n, aliases).Records()
	res, err := db.Import(ctx, net.ID, in, store.AddOptions{AddNew: true, NewWaves: true, Wave: opts.Wave, Today: opts.today(), Merge: true})
	if err != nil {
		return err
	}
	printImported(opts.Out, fmt.Sprintf("%s (network %q)", opts.File, n.Name), net.Name, res)
	nearMatches(ctx, opts.Out, db, net.ID, append(slices.Clone(res.Added), res.Ties.NewPeople...))
	return nil
}

// samePath reports whether a and b are the same file.
func samePath(a, b string) (bool, error) {
	fa, err := os.Stat(a)
	if err != nil {
		return false, err
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false, err
	}
	return os.SameFile(fa, fb), nil
}

// readInput parses a CSV or JSON file into what the store imports.
func readInput(r io.Reader, source, format string) (store.Input, error) {
	in := store.Input{Source: source}
	if format == "json" {
		f, err := jsonio.Read(r, source)
		if err != nil {
			return in, err
		}
		in.People, in.Waves, in.Ties = f.Records()
		return in, nil
	}
	if format == "graphml" {
		f, problems, err := exchange.ReadGraphML(r, source)
		if err != nil {
			return in, err
		}
		in.People, in.Waves, in.Ties = f.Records()
		in.Problems = problems
		return in, nil
	}
	f, err := csvio.Read(r, source)
	if err != nil {
		return in, err
	}
	in.People, in.Ties, in.Problems = f.People, f.Ties, f.Problems
	return in, nil
}

// withAddNewHint adds the --add-new hint to an input error about unknown people.
func withAddNewHint(err error) error {
	if ie, ok := err.(*graph.InputError); ok {
		for _, p := range ie.Problems {
			if graph.ErrorCode(p.Err) == graph.ENOTFOUND && strings.Contains(p.Err.Error(), "unknown person") {
				return fmt.Errorf("%w\nTo add the unknown people, run again with --add-new (or import a people file first)", err)
			}
		}
	}
	return err
}

func printImported(w io.Writer, source, network string, res store.ImportResult) {
	fmt.Fprintf(w, "Imported %s into %s:\n", source, network)
	if n := len(res.Added) + len(res.Updated) + len(res.Unchanged); n > 0 {
		fmt.Fprintf(w, "  people: %d added, %d updated, %d unchanged\n", len(res.Added), len(res.Updated), len(res.Unchanged))
		if len(res.Updated) > 0 {
			fmt.Fprintf(w, "  updated: %s\n", nameList(res.Updated, 10))
		}
	}
	if res.Aliases > 0 {
		fmt.Fprintf(w, "  other names of people kept: %d\n", res.Aliases)
	}
	for _, c := range res.AliasConflicts {
		fmt.Fprintf(w, "  %q is another name of %s in the file, but here it is %s: not kept; if they are one person, run: kring person merge %q %q\n",
			c.Alias, c.Person, c.Other, c.Other, c.Person)
	}
	for _, wv := range res.Ties.NewWaves {
		fmt.Fprintf(w, "  new wave %q", wv.Name)
		if wv.Date != "" {
			fmt.Fprintf(w, " (%s)", wv.Date)
		}
		fmt.Fprintln(w)
	}
	if n := len(res.Ties.NewPeople); n > 0 {
		fmt.Fprintf(w, "  added %s from the ties: %s\n", count(n, "new person", "new people"), nameList(res.Ties.NewPeople, 10))
	}
	for _, contact := range []bool{false, true} {
		fresh, confirmed := res.Ties.CountKind(contact, store.TieNew), res.Ties.CountKind(contact, store.TieConfirmed)
		known := res.Ties.CountKind(contact, store.TieKnown) + res.Ties.CountKind(contact, store.TieReported)
		n := fresh + confirmed + known
		if n == 0 {
			continue
		}
		what := thousands(n) + " help tie record" + plural(n)
		if contact {
			what = thousands(n) + " contact record" + plural(n)
		}
		parts := []string{thousands(fresh) + " new"}
		if known > 0 {
			parts = append(parts, thousands(known)+" already there")
		}
		if confirmed > 0 {
			parts = append(parts, thousands(confirmed)+" now confirmed by both ends")
		}
		fmt.Fprintf(w, "  %s: %s\n", what, strings.Join(parts, ", "))
	}
	if res.Ties.Count(store.TieNew)+res.Ties.Count(store.TieKnown)+res.Ties.Count(store.TieReported)+res.Ties.Count(store.TieConfirmed) == 0 &&
		len(res.Added)+len(res.Updated)+len(res.Unchanged) == 0 {
		fmt.Fprintln(w, "  nothing: the file has a header but no records")
	}
}

// nameList joins up to most names and says how many more there are.
func nameList(names []string, most int) string {
	if len(names) <= most {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s … and %d more", strings.Join(names[:most], ", "), len(names)-most)
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
