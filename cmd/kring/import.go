package main

import (
	"archive/zip"
	"bytes"
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
	"github.com/kring-nl/kring/graph/netcanvas"
	"github.com/kring-nl/kring/graph/survey"
	"github.com/kring-nl/kring/graph/xlsxio"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type importOptions struct {
	*globals
	File      string
	Format    string
	Wave      string
	AddNew    bool
	From      string
	SkipBad   bool
	Survey    bool
	Sheet     string
	DateOrder string
	Columns   map[survey.Role]*string // --respondent, --asked, --gave, --contact, --offers, --needs
}

// importFormats are the values of --format.
var importFormats = []string{"csv", "json", "graphml", "xlsx", "pajek", "dl", "gexf", "db"}

func newImportCmd(g *globals) *cobra.Command {
	opts := &importOptions{globals: g, Columns: map[survey.Role]*string{}}
	cmd := &cobra.Command{
		Use:   "import FILE [--format csv|json|graphml|xlsx|pajek|dl|gexf|db] [--survey] [--wave W] [--add-new] [--skip-bad]",
		Short: "Import ties, people or survey answers, or a network from another tool or kring database",
		Long: `Import a file into the network, in one transaction: the whole file or, when any
record is bad, nothing. Every bad record is listed with its line and what is
wrong; --skip-bad imports the other records and lists the ones it skipped.
kring tells the format from the file's content, not only from its name.

CSV files and Excel workbooks (.xlsx; comma, semicolon or tab separated CSV,
UTF-8 or the Windows-1252 of Excel in Dutch, day-first or month-first dates):
  ties file:   giver,receiver[,wave,topic,date,weight,reporter]
               one help tie per row: the giver helped the receiver. Waves that
               do not exist yet are added; rows without a wave go to --wave,
               else the last wave. Unknown people are an error unless --add-new.
               Dutch headers (gever,ontvanger,bijeenkomst,onderwerp,datum,
               gewicht,melder) and other tools' edge lists (source,target from
               Gephi and Polinode, from,to from Kumu, van,naar) are read too.
  people file: name[,org,function,offers,needs,aliases]
               adds new people and updates known ones; topics are separated by
               ";" or ",".
  matrix:      an empty first cell, names across and down, numbers in the
               cells: a number above 0 in row A, column B is the help tie A → B.
  survey:      one row per respondent, as Google Forms and Microsoft Forms
               export their answers: the respondent's name and whom they asked,
               gave to and have contact with (names separated by ",", ";" or
               line breaks), found by the questions (English or Dutch) or named
               with --respondent, --asked, --gave, --contact, --offers, --needs
               (a header, a column letter or number). Each row is recorded as
               "kring record" records it. Recognised by its columns, or say
               --survey.
  A workbook's sheets are read by their headers (a kring export has people,
  ties, contacts and waves); pick one with --sheet.

Whole networks: JSON as written by "kring export --format json", Kumu JSON,
GraphML (kring, yEd, Gephi, Cytoscape, networkx: a node's label is the
person, directed edges are help ties, undirected ones contacts), GEXF
(Gephi), Pajek (.net: arcs are help ties, edges contacts) and UCINET DL; their
people are added. A Network Canvas CSV export (the .zip, or one of its CSV
files) is read as a survey: each interview's ego is a respondent.

A kring database (a participant's own kring.db, say) is read without being
changed, and its network (--from NAME when it holds several) is merged into
this one: people are matched by name as kring record matches them, so
"jurgen van der hagen" is "Jürgen Van der Hagen"; ties recorded on both sides
become confirmed. Names that only look alike ("A. Peeters", "Ann Peeters")
are not merged but listed, with the kring person merge command to run when
they are the same person. What it knows of people is added, never replaces
what is here: a missing organisation or function is filled in, topics and
other names are added. A JSON export merges the same way.`,
		Example: `  kring import people.csv
  kring import ties.csv --add-new
  kring import meeting2.csv --wave "Meeting 2"
  kring import "Formulierreacties.csv" --wave "Bijeenkomst 2"
  kring import antwoorden.xlsx --survey --respondent "Naam" --add-new
  kring import netwerk.json
  kring import netwerk.gexf
  kring import ~/Downloads/ann-kring.db`,
		Args: exactArgs(1, "the FILE to import (- for standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			return runImport(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Format, "format", "", "csv, json, graphml, xlsx, pajek, dl, gexf or db (default: from the file's content)")
	f.StringVarP(&opts.Wave, "wave", "w", "", "wave for rows that name none (default: the last wave)")
	f.BoolVar(&opts.AddNew, "add-new", false, "add people who are not in the network yet")
	f.StringVar(&opts.From, "from", "", "the network to take from a kring database that holds several")
	f.BoolVar(&opts.SkipBad, "skip-bad", false, "import the good records of a file with bad ones, and list what was skipped")
	f.BoolVar(&opts.Survey, "survey", false, "read the file as survey answers: one row per respondent")
	f.StringVar(&opts.Sheet, "sheet", "", "the sheet of a workbook to import (default: every sheet kring knows)")
	f.StringVar(&opts.DateOrder, "date-order", "", "how to read dates such as 5-2-2026: dmy (5 February) or mdy (May 2); default: from the file")
	for _, r := range survey.Roles {
		opts.Columns[r] = new(string)
	}
	f.StringVar(opts.Columns[survey.Respondent], "respondent", "", "survey column with the respondents' names (a header, a letter or a number)")
	f.StringVar(opts.Columns[survey.Asked], "asked", "", "survey column with the people they asked for help (a header, a letter or a number)")
	f.StringVar(opts.Columns[survey.Gave], "gave", "", "survey column with the people they gave help to (a header, a letter or a number)")
	f.StringVar(opts.Columns[survey.Contact], "contact", "", "survey column with the people they work with or know (a header, a letter or a number)")
	f.StringVar(opts.Columns[survey.Offers], "offers", "", "survey column with the topics they can help others with (a header, a letter or a number)")
	f.StringVar(opts.Columns[survey.Needs], "needs", "", "survey column with the topics they want help with (a header, a letter or a number)")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(importFormats, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("date-order", cobra.FixedCompletions([]string{"dmy", "mdy"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("wave", completeWaves(g))
	return cmd
}

// source is a file to import, read whole.
type source struct {
	name string // for messages: the path, or "standard input"
	path string // "" for standard input
	data []byte
}

// readInfo is what kring found out while reading a file, for the user.
type readInfo struct {
	format    exchange.Format
	byContent bool // the format was told from the content, not the name
	encoding  csvio.Encoding
	ignored   []string // columns not used
	sheets    []string // sheets read
	skipped   []string // sheets left out
	survey    *survey.Result
	whole     bool // the file is a whole network: its people are added
}

func runImport(ctx context.Context, opts *importOptions) error {
	order, err := csvio.ParseDateOrder(opts.DateOrder)
	if err != nil {
		return usageError{err}
	}
	if opts.Format != "" && !slices.Contains(importFormats, opts.Format) {
		return usageError{fmt.Errorf("unknown import format %q: kring imports %s", opts.Format, strings.Join(importFormats, ", "))}
	}
	if opts.File != "-" && (opts.Format == "db" || opts.Format == "" && isSQLite(opts.File)) {
		return runImportDB(ctx, opts)
	}
	bar := opts.progress()
	defer bar.done()
	src, err := readSource(opts, bar)
	if err != nil {
		return err
	}
	format, info, err := formatOf(src, opts.Format)
	if err != nil {
		return err
	}
	if opts.Sheet != "" && format != exchange.XLSX {
		return usageError{fmt.Errorf("--sheet picks a sheet of an Excel workbook; %s is not one", src.name)}
	}
	if opts.From != "" && format != exchange.DB {
		return usageError{fmt.Errorf("--from picks a network in a kring database; %s is not one", src.name)}
	}
	if format == exchange.DB {
		if src.path == "" {
			return usageError{fmt.Errorf("a kring database cannot come from standard input; give its file name")}
		}
		return runImportDB(ctx, opts)
	}
	info.format = format
	in, err := parseSource(src, &info, opts, order)
	if err != nil {
		return err
	}
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	today := opts.today()
	if info.survey != nil && info.survey.FirstDate != "" {
		today = info.survey.FirstDate // a first wave made for the answers is dated by them
	}
	add := store.AddOptions{AddNew: opts.AddNew || info.whole, NewWaves: true, Wave: opts.Wave, Today: today, Progress: bar.set, Merge: info.whole}
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
		if !info.whole && !opts.AddNew {
			err = withAddNewHint(err)
		}
		if _, ok := err.(*graph.InputError); ok {
			return fmt.Errorf("%w\nCorrect these records and import the file again, or import the others with --skip-bad", err)
		}
		return err
	}
	printImported(opts.Out, src.name, net.Name, res)
	printReadInfo(opts.Out, src.name, info, res)
	if len(skipped) > 0 {
		fmt.Fprintf(opts.Out, "Skipped %s:\n", count(len(skipped), "bad record", "bad records"))
		for _, p := range skipped {
			fmt.Fprintf(opts.Out, "  %s: %v\n", p.Where, p.Err)
		}
	}
	nearMatches(ctx, opts.Out, db, net.ID, append(slices.Clone(res.Added), res.Ties.NewPeople...))
	return nil
}

// readSource reads the file to import, or standard input, whole.
func readSource(opts *importOptions, bar *progress) (source, error) {
	if opts.File == "-" {
		data, err := io.ReadAll(opts.In)
		if err != nil {
			return source{}, fmt.Errorf("read standard input: %w", err)
		}
		return source{name: "standard input", data: data}, nil
	}
	f, err := os.Open(opts.File)
	if err != nil {
		return source{}, fmt.Errorf("open %s: %w", opts.File, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return source{}, fmt.Errorf("open %s: %w", opts.File, err)
	}
	if fi.IsDir() {
		return source{}, usageError{fmt.Errorf("%s is a folder; import a file in it (of a Network Canvas export: the .zip, or one of its CSV files)", opts.File)}
	}
	var r io.Reader = f
	if fi.Size() > 1<<20 {
		r = &countingReader{r: f, total: fi.Size(), tick: func(done, total int64) {
			bar.set("reading "+filepath.Base(opts.File), int(done>>10), int(total>>10))
		}}
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return source{}, fmt.Errorf("read %s: %w", opts.File, err)
	}
	return source{name: opts.File, path: opts.File, data: data}, nil
}

// extensions are the file name endings of each format, to tell when the
// content says otherwise.
var extensions = map[exchange.Format][]string{
	exchange.CSV: {".csv", ".tsv"}, exchange.JSON: {".json"}, exchange.Kumu: {".json"}, exchange.GraphML: {".graphml"},
	exchange.GEXF: {".gexf"}, exchange.Pajek: {".net", ".paj"}, exchange.DL: {".dl"}, exchange.XLSX: {".xlsx", ".xlsm"},
	exchange.DB: {".db", ".sqlite", ".kring"}, exchange.NetCanvas: {".zip"},
}

// formatOf is the format --format names, else the one the content shows.
func formatOf(src source, flag string) (exchange.Format, readInfo, error) {
	var info readInfo
	n := min(len(src.data), 64<<10)
	var zipNames []string
	if bytes.HasPrefix(src.data, []byte("PK")) {
		if zr, err := zip.NewReader(bytes.NewReader(src.data), int64(len(src.data))); err == nil {
			for _, f := range zr.File {
				zipNames = append(zipNames, f.Name)
			}
		}
	}
	found, detail := exchange.Detect(src.data[:n], zipNames)
	if flag != "" {
		f := exchange.Format(flag)
		if f == exchange.JSON && found == exchange.Kumu {
			f = exchange.Kumu
		}
		if f == exchange.CSV && found == exchange.NetCanvas {
			f = exchange.NetCanvas
		}
		return f, info, nil
	}
	if !found.Readable() {
		return found, info, unreadable(src.name, found, detail)
	}
	info.byContent = !slices.Contains(extensions[found], strings.ToLower(filepath.Ext(src.name)))
	return found, info, nil
}

// unreadable says what a file is that kring does not read, and what to do.
func unreadable(name string, f exchange.Format, detail string) error {
	var what string
	switch f {
	case exchange.XLS:
		what = fmt.Sprintf("%s is an Excel 97-2003 workbook (.xls), which kring does not read; open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV", name)
	case exchange.ODS:
		what = fmt.Sprintf("%s is a LibreOffice or OpenOffice spreadsheet (.ods), which kring does not read; save it as an Excel Workbook (.xlsx) or as CSV", name)
	case exchange.Word:
		what = fmt.Sprintf("%s is a Word document; kring reads the data itself: put it in a spreadsheet and save that as .xlsx or CSV", name)
	case exchange.Zip:
		what = fmt.Sprintf("%s is a zip archive that is neither a workbook nor a Network Canvas export; unpack it and import the file inside", name)
	case exchange.PDF, exchange.Image, exchange.HTML:
		what = fmt.Sprintf("%s is a picture or a document (PDF, web page), not data; import the file the data came from", name)
	case exchange.GML:
		what = fmt.Sprintf("%s is a GML graph (Graph Modelling Language), which kring does not read; export the network from your tool as GraphML or GEXF", name)
	case exchange.DOT:
		what = fmt.Sprintf("%s is a Graphviz DOT graph, which kring does not read; export the network from your tool as GraphML or GEXF", name)
	case exchange.OtherXML:
		what = fmt.Sprintf("%s is XML whose root element is <%s>, not GraphML or GEXF; export the network from your tool as GraphML or GEXF", name, detail)
	case exchange.OtherJSON:
		what = fmt.Sprintf("%s is JSON, but neither a kring network file nor a Kumu map; export the network from your tool as GraphML or GEXF", name)
	default:
		what = fmt.Sprintf("%s is not a text file or a format kring knows", name)
	}
	return graph.Errorf(graph.EINVALID, "%s. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", what)
}

// readInput parses a file of a known format into what the store imports.
func readInput(r io.Reader, name, format string) (store.Input, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return store.Input{}, err
	}
	info := readInfo{format: exchange.Format(format)}
	return parseSource(source{name: name, data: data}, &info, &importOptions{Columns: map[survey.Role]*string{}}, csvio.Auto)
}

// parseSource parses a file into what the store imports.
func parseSource(src source, info *readInfo, opts *importOptions, order csvio.DateOrder) (store.Input, error) {
	in := store.Input{Source: src.name}
	whole := func(f jsonio.File, problems []graph.Problem, err error) (store.Input, error) {
		if err != nil {
			return in, err
		}
		in.People, in.Waves, in.Ties = f.Records()
		in.Problems = problems
		info.whole = true
		return in, nil
	}
	r := bytes.NewReader(src.data)
	switch info.format {
	case exchange.JSON:
		f, err := jsonio.Read(r, src.name)
		return whole(f, nil, err)
	case exchange.Kumu:
		return whole(exchange.ReadKumu(r, src.name))
	case exchange.GraphML:
		return whole(exchange.ReadGraphML(r, src.name))
	case exchange.GEXF:
		return whole(exchange.ReadGEXF(r, src.name))
	case exchange.Pajek:
		return whole(exchange.ReadPajek(r, src.name))
	case exchange.DL:
		return whole(exchange.ReadDL(r, src.name))
	case exchange.NetCanvas:
		zr, err := zip.NewReader(r, int64(len(src.data)))
		if err != nil {
			return in, graph.Errorf(graph.EINVALID, "%s is not a zip archive kring can read (%v)", src.name, err)
		}
		files, err := netcanvas.Files(zr)
		if err != nil {
			return in, err
		}
		res, err := netcanvas.Read(zr, files, src.name)
		return fromSurvey(in, info, res, err)
	case exchange.XLSX:
		tables, err := xlsxio.Read(r, int64(len(src.data)), src.name)
		if err != nil {
			return in, err
		}
		return readTables(in, info, tables, opts, order)
	}
	t, err := csvio.ParseCSV(src.data, src.name)
	if err != nil {
		return in, err
	}
	info.encoding = t.Encoding
	if slices.ContainsFunc(t.Header, func(h string) bool { return strings.EqualFold(strings.TrimSpace(h), "networkCanvasEgoUUID") }) {
		return readNetCanvasFolder(in, info, src)
	}
	return readTables(in, info, []*csvio.Table{t}, opts, order)
}

// readNetCanvasFolder reads the export a Network Canvas CSV file is part of:
// the files of the same interview in its folder.
func readNetCanvasFolder(in store.Input, info *readInfo, src source) (store.Input, error) {
	if src.path == "" {
		return in, usageError{fmt.Errorf("a Network Canvas export is several files; import the .zip, or one of its CSV files by name")}
	}
	this, ok := netcanvas.Classify(filepath.Base(src.path))
	if !ok {
		return in, graph.Errorf(graph.EINVALID, "%s has Network Canvas columns but not a Network Canvas file name (…_ego.csv, …_attributeList_Type.csv, …_edgeList_Type.csv); import the export's .zip", src.name)
	}
	dir := filepath.Dir(src.path)
	all, err := netcanvas.Files(os.DirFS(dir))
	if err != nil {
		return in, err
	}
	var files []netcanvas.File
	for _, f := range all {
		if f.Prefix == this.Prefix {
			files = append(files, f)
		}
	}
	info.format, info.byContent = exchange.NetCanvas, true
	res, err := netcanvas.Read(os.DirFS(dir), files, src.name)
	return fromSurvey(in, info, res, err)
}

// fromSurvey puts a survey's answers in the input.
func fromSurvey(in store.Input, info *readInfo, res *survey.Result, err error) (store.Input, error) {
	if err != nil {
		return in, err
	}
	info.survey = res
	in.Respondents, in.Ties = res.Respondents, res.Ties
	in.Problems = append(in.Problems, res.Problems...)
	return in, nil
}

// readTables reads the tables of a CSV file or workbook: the sheet --sheet
// names, else every sheet whose header kring knows; a survey when --survey
// says so or no sheet is anything else.
func readTables(in store.Input, info *readInfo, tables []*csvio.Table, opts *importOptions, order csvio.DateOrder) (store.Input, error) {
	if len(tables) == 0 {
		return in, graph.Errorf(graph.EINVALID, "%s has no sheet with anything in it", in.Source)
	}
	var sheets []string
	for _, t := range tables {
		sheets = append(sheets, strconv.Quote(t.Sheet))
	}
	if opts.Sheet != "" {
		i := slices.IndexFunc(tables, func(t *csvio.Table) bool {
			return strings.EqualFold(strings.TrimSpace(t.Sheet), strings.TrimSpace(opts.Sheet))
		})
		if i < 0 {
			return in, usageError{fmt.Errorf("%s has no sheet %q; its sheets are %s", in.Source, opts.Sheet, strings.Join(sheets, ", "))}
		}
		tables = tables[i : i+1]
	}
	columns := map[survey.Role]string{}
	given := false
	for r, v := range opts.Columns {
		if *v != "" {
			columns[r] = *v
			given = true
		}
	}
	surveyOpts := survey.Options{Columns: columns, DateOrder: order}
	var known, surveys []*csvio.Table
	for _, t := range tables {
		switch {
		case survey.Detect(t):
			surveys = append(surveys, t)
		case csvio.Known(t) && !opts.Survey && !given:
			known = append(known, t)
		}
	}
	if len(known) == 0 {
		var t *csvio.Table
		switch {
		case len(surveys) == 1:
			t = surveys[0]
		case len(tables) == 1 && (opts.Survey || given):
			t = tables[0]
		case len(surveys) > 1:
			return in, usageError{fmt.Errorf("%s has several sheets of answers (%s); pick one with --sheet", in.Source, strings.Join(sheets, ", "))}
		case len(tables) > 1:
			return in, graph.Errorf(graph.EINVALID, "%s: no sheet (%s) has a header kring knows; pick one with --sheet, and say --survey for answers to a form", in.Source, strings.Join(sheets, ", "))
		default:
			// One table that is no survey either: say what its header lacks.
			if _, err := csvio.Interpret(tables[0], csvio.Options{DateOrder: order}); err != nil {
				return in, err
			}
			return in, graph.Errorf(graph.EINVALID, "%s: kring does not know what the file holds; say --survey for answers to a form", in.Source)
		}
		res, err := survey.Read(t, surveyOpts)
		if err != nil {
			return in, err
		}
		info.ignored = res.Ignored
		if t.Sheet != "" {
			info.sheets = []string{t.Sheet}
		}
		return fromSurvey(in, info, res, nil)
	}
	for _, t := range tables {
		if !slices.Contains(known, t) {
			info.skipped = append(info.skipped, t.Sheet)
		}
	}
	for _, t := range known {
		f, err := csvio.Interpret(t, csvio.Options{DateOrder: order})
		if err != nil {
			return in, err
		}
		if t.Sheet != "" {
			info.sheets = append(info.sheets, t.Sheet)
		}
		info.ignored = append(info.ignored, f.Ignored...)
		in.People = append(in.People, f.People...)
		in.Ties = append(in.Ties, f.Ties...)
		in.Waves = append(in.Waves, f.Waves...)
		in.Problems = append(in.Problems, f.Problems...)
		if f.Kind == csvio.Matrix {
			info.whole = true
		}
	}
	return in, nil
}

// printReadInfo tells what kring found out while reading the file.
func printReadInfo(w io.Writer, name string, info readInfo, res store.ImportResult) {
	if info.byContent {
		fmt.Fprintf(w, "  read as %s, recognised by its content\n", formatName(info.format))
	}
	switch info.encoding {
	case csvio.Windows1252:
		fmt.Fprintf(w, "  %s is not UTF-8: it was read as Windows-1252, as Excel on Windows saves CSV; check that names such as Jürgen came out right\n", name)
	case csvio.UTF16:
		fmt.Fprintf(w, "  %s was read as UTF-16 (Unicode text)\n", name)
	}
	if len(info.sheets) > 0 {
		fmt.Fprintf(w, "  sheets read: %s\n", strings.Join(info.sheets, ", "))
	}
	if len(info.skipped) > 0 {
		fmt.Fprintf(w, "  sheets left out (kring does not know their header; pick one with --sheet): %s\n", strings.Join(info.skipped, ", "))
	}
	if s := info.survey; s != nil {
		fmt.Fprintf(w, "  answers of %s\n", count(res.Respondents, "respondent", "respondents"))
		for _, r := range survey.Roles {
			if h, ok := s.Columns[r]; ok {
				fmt.Fprintf(w, "    %-10s %q\n", r.String()+":", h)
			}
		}
		if s.SelfMentions > 0 {
			fmt.Fprintf(w, "  %s named themselves in their own answers: left out\n", count(s.SelfMentions, "respondent", "respondents"))
		}
	}
	if len(info.ignored) > 0 {
		fmt.Fprintf(w, "  columns not used: %s\n", strings.Join(info.ignored, ", "))
	}
}

// formatName is how people call a format.
func formatName(f exchange.Format) string {
	return map[exchange.Format]string{
		exchange.CSV: "CSV", exchange.JSON: "kring JSON", exchange.Kumu: "Kumu JSON", exchange.GraphML: "GraphML", exchange.GEXF: "GEXF",
		exchange.Pajek: "Pajek", exchange.DL: "UCINET DL", exchange.XLSX: "Excel workbook", exchange.NetCanvas: "Network Canvas export",
	}[f]
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
	for _, p := range in.Respondents {
		if !bad[p.Where] {
			out.Respondents = append(out.Respondents, p)
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
