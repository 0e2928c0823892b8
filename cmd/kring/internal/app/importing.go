package app

import (
	"archive/zip"
	"bytes"
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
)

// UsageError marks a mistake in how a command was called (a flag that does
// not fit the file), as opposed to a problem in the file.
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

func usage(err error) error { return UsageError{err} }

// ImportOptions are what the user said about how to read a file.
type ImportOptions struct {
	Format    string                 // "" to tell by the content
	Sheet     string                 // the sheet of a workbook, "" for every sheet kring knows
	Survey    bool                   // read it as survey answers
	Columns   map[survey.Role]string // the survey's columns, named by the user
	DateOrder csvio.DateOrder
}

// ImportFormats are the formats --format names.
var ImportFormats = []string{"csv", "json", "graphml", "xlsx", "pajek", "dl", "gexf", "db"}

// Source is a file to import, read whole.
type Source struct {
	Name string // for messages: the path, or "standard input"
	Path string // "" for standard input
	Data []byte
}

// ReadInfo is what kring found out while reading a file, for the user.
type ReadInfo struct {
	Format    exchange.Format
	ByContent bool // the format was told from the content, not the name
	Encoding  csvio.Encoding
	Ignored   []string // columns not used
	Sheets    []string // sheets read
	Skipped   []string // sheets left out
	Survey    *survey.Result
	Whole     bool // the file is a whole network: its people are added
}

// extensions are the file name endings of each format, to tell when the
// content says otherwise.
var extensions = map[exchange.Format][]string{
	exchange.CSV: {".csv", ".tsv"}, exchange.JSON: {".json"}, exchange.Kumu: {".json"}, exchange.GraphML: {".graphml"},
	exchange.GEXF: {".gexf"}, exchange.Pajek: {".net", ".paj"}, exchange.DL: {".dl"}, exchange.XLSX: {".xlsx", ".xlsm"},
	exchange.DB: {".db", ".sqlite", ".kring"}, exchange.NetCanvas: {".zip"},
}

// FormatOf is the format --format names, else the one the content shows.
func FormatOf(src Source, flag string) (exchange.Format, ReadInfo, error) {
	var info ReadInfo
	n := min(len(src.Data), 64<<10)
	var zipNames []string
	if bytes.HasPrefix(src.Data, []byte("PK")) {
		if zr, err := zip.NewReader(bytes.NewReader(src.Data), int64(len(src.Data))); err == nil {
			for _, f := range zr.File {
				zipNames = append(zipNames, f.Name)
			}
		}
	}
	found, detail := exchange.Detect(src.Data[:n], zipNames)
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
		return found, info, unreadable(src.Name, found, detail)
	}
	info.ByContent = !slices.Contains(extensions[found], strings.ToLower(filepath.Ext(src.Name)))
	return found, info, nil
}

// unreadable says what a file is that kring does not read, and what to do.
func unreadable(name string, f exchange.Format, detail string) error {
	switch f {
	case exchange.XLS:
		return graph.Errorf(graph.EINVALID, "%s is an Excel 97-2003 workbook (.xls), which kring does not read; open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx) or as CSV. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", name)
	case exchange.ODS:
		return graph.Errorf(graph.EINVALID, "%s is a LibreOffice or OpenOffice spreadsheet (.ods), which kring does not read; save it as an Excel Workbook (.xlsx) or as CSV. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", name)
	case exchange.Word:
		return graph.Errorf(graph.EINVALID, "%s is a Word document; kring reads the data itself: put it in a spreadsheet and save that as .xlsx or CSV. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", name)
	case exchange.Zip:
		return graph.Errorf(graph.EINVALID, "%s is a zip archive that is neither a workbook nor a Network Canvas export; unpack it and import the file inside. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", name)
	case exchange.PDF, exchange.Image, exchange.HTML:
		return graph.Errorf(graph.EINVALID, "%s is a picture or a document (PDF, web page), not data; import the file the data came from. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", name)
	case exchange.GML:
		return graph.Errorf(graph.EINVALID, "%s is a GML graph (Graph Modelling Language), which kring does not read; export the network from your tool as GraphML or GEXF. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", name)
	case exchange.DOT:
		return graph.Errorf(graph.EINVALID, "%s is a Graphviz DOT graph, which kring does not read; export the network from your tool as GraphML or GEXF. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", name)
	case exchange.OtherXML:
		return graph.Errorf(graph.EINVALID, "%s is XML whose root element is <%s>, not GraphML or GEXF; export the network from your tool as GraphML or GEXF. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", name, detail)
	case exchange.OtherJSON:
		return graph.Errorf(graph.EINVALID, "%s is JSON, but neither a kring network file nor a Kumu map; export the network from your tool as GraphML or GEXF. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", name)
	default:
		return graph.Errorf(graph.EINVALID, "%s is not a text file or a format kring knows. kring reads CSV, Excel workbooks (.xlsx), kring and Kumu JSON, GraphML, GEXF, Pajek (.net), UCINET DL, Network Canvas exports and kring databases", name)
	}
}

// ReadInput parses a file of a known format into what the store imports.
func ReadInput(r io.Reader, name, format string) (store.Input, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return store.Input{}, err
	}
	info := ReadInfo{Format: exchange.Format(format)}
	return Parse(Source{Name: name, Data: data}, &info, ImportOptions{}, csvio.Auto)
}

// Parse parses a file into what the store imports.
func Parse(src Source, info *ReadInfo, opts ImportOptions, order csvio.DateOrder) (store.Input, error) {
	in := store.Input{Source: src.Name}
	whole := func(f jsonio.File, problems []graph.Problem, err error) (store.Input, error) {
		if err != nil {
			return in, err
		}
		in.People, in.Waves, in.Ties = f.Records()
		in.Problems = problems
		info.Whole = true
		return in, nil
	}
	r := bytes.NewReader(src.Data)
	switch info.Format {
	case exchange.JSON:
		f, err := jsonio.Read(r, src.Name)
		return whole(f, nil, err)
	case exchange.Kumu:
		return whole(exchange.ReadKumu(r, src.Name))
	case exchange.GraphML:
		return whole(exchange.ReadGraphML(r, src.Name))
	case exchange.GEXF:
		return whole(exchange.ReadGEXF(r, src.Name))
	case exchange.Pajek:
		return whole(exchange.ReadPajek(r, src.Name))
	case exchange.DL:
		return whole(exchange.ReadDL(r, src.Name))
	case exchange.NetCanvas:
		zr, err := zip.NewReader(r, int64(len(src.Data)))
		if err != nil {
			return in, graph.Errorf(graph.EINVALID, "%s is not a zip archive kring can read (%v)", src.Name, err)
		}
		files, err := netcanvas.Files(zr)
		if err != nil {
			return in, err
		}
		res, err := netcanvas.Read(zr, files, src.Name)
		return fromSurvey(in, info, res, err)
	case exchange.XLSX:
		tables, err := xlsxio.Read(r, int64(len(src.Data)), src.Name)
		if err != nil {
			return in, err
		}
		return readTables(in, info, tables, opts, order)
	}
	t, err := csvio.ParseCSV(src.Data, src.Name)
	if err != nil {
		return in, err
	}
	info.Encoding = t.Encoding
	if slices.ContainsFunc(t.Header, func(h string) bool { return strings.EqualFold(strings.TrimSpace(h), "networkCanvasEgoUUID") }) {
		return readNetCanvasFolder(in, info, src)
	}
	return readTables(in, info, []*csvio.Table{t}, opts, order)
}

// readNetCanvasFolder reads the export a Network Canvas CSV file is part of:
// the files of the same interview in its folder.
func readNetCanvasFolder(in store.Input, info *ReadInfo, src Source) (store.Input, error) {
	if src.Path == "" {
		return in, usage(graph.Errorf(graph.EINVALID, "a Network Canvas export is several files; import the .zip, or one of its CSV files by name"))
	}
	this, ok := netcanvas.Classify(filepath.Base(src.Path))
	if !ok {
		return in, graph.Errorf(graph.EINVALID, "%s has Network Canvas columns but not a Network Canvas file name (…_ego.csv, …_attributeList_Type.csv, …_edgeList_Type.csv); import the export's .zip", src.Name)
	}
	dir := filepath.Dir(src.Path)
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
	info.Format, info.ByContent = exchange.NetCanvas, true
	res, err := netcanvas.Read(os.DirFS(dir), files, src.Name)
	return fromSurvey(in, info, res, err)
}

// fromSurvey puts a survey's answers in the input.
func fromSurvey(in store.Input, info *ReadInfo, res *survey.Result, err error) (store.Input, error) {
	if err != nil {
		return in, err
	}
	info.Survey = res
	in.Respondents, in.Ties = res.Respondents, res.Ties
	in.Problems = append(in.Problems, res.Problems...)
	return in, nil
}

// readTables reads the tables of a CSV file or workbook: the sheet --sheet
// names, else every sheet whose header kring knows; a survey when --survey
// says so or no sheet is anything else.
func readTables(in store.Input, info *ReadInfo, tables []*csvio.Table, opts ImportOptions, order csvio.DateOrder) (store.Input, error) {
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
			return in, usage(graph.Errorf(graph.EINVALID, "%s has no sheet %q; its sheets are %s", in.Source, opts.Sheet, strings.Join(sheets, ", ")))
		}
		tables = tables[i : i+1]
	}
	given := len(opts.Columns) > 0
	surveyOpts := survey.Options{Columns: opts.Columns, DateOrder: order}
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
			return in, usage(graph.Errorf(graph.EINVALID, "%s has several sheets of answers (%s); pick one with --sheet", in.Source, strings.Join(sheets, ", ")))
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
		info.Ignored = res.Ignored
		if t.Sheet != "" {
			info.Sheets = []string{t.Sheet}
		}
		return fromSurvey(in, info, res, nil)
	}
	for _, t := range tables {
		if !slices.Contains(known, t) {
			info.Skipped = append(info.Skipped, t.Sheet)
		}
	}
	for _, t := range known {
		f, err := csvio.Interpret(t, csvio.Options{DateOrder: order})
		if err != nil {
			return in, err
		}
		if t.Sheet != "" {
			info.Sheets = append(info.Sheets, t.Sheet)
		}
		info.Ignored = append(info.Ignored, f.Ignored...)
		in.People = append(in.People, f.People...)
		in.Ties = append(in.Ties, f.Ties...)
		in.Waves = append(in.Waves, f.Waves...)
		in.Problems = append(in.Problems, f.Problems...)
		if f.Kind == csvio.Matrix {
			info.Whole = true
		}
	}
	return in, nil
}

// WithoutBad is in without the records the problems are about.
func WithoutBad(in store.Input, problems []graph.Problem) store.Input {
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

// SamePath reports whether a and b are the same file.
func SamePath(a, b string) (bool, error) {
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

// IsSQLite reports whether the file starts like an SQLite database.
func IsSQLite(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var h [16]byte
	_, err = io.ReadFull(f, h[:])
	return err == nil && string(h[:]) == "SQLite format 3\x00"
}
