package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/store"
)

// TrendJSON is the JSON form of a trend.
type TrendJSON struct {
	Network      string                 `json:"network"`
	Waves        []analysis.WaveSummary `json:"waves"`
	People       []analysis.PersonTrend `json:"people,omitempty"`
	Groups       []analysis.GroupTrend  `json:"groups,omitempty"`
	HiddenGroups *int                   `json:"hidden_groups,omitempty"`
}

// WriteTrendCSV writes each person's figures per wave as CSV.
func WriteTrendCSV(w io.Writer, res *analysis.TrendResult) error {
	view.FillReasons(i18n.New(i18n.English), res)
	cw := CSVTable(w, []string{"name", "wave", "date", "gives", "receives", "balance", "give_share", "role", "reciprocal", "sought", "broker", "flags"})
	for _, p := range res.People {
		for k, m := range p.Waves {
			var flags []string
			for _, f := range p.Flags {
				if f.Wave == m.Wave {
					flags = append(flags, f.Flag)
				}
			}
			cw.Write(csvio.Text(p.Name), csvio.Text(m.Wave), csvio.Text(res.Waves[k].Date), csvio.Int(m.Gives), csvio.Int(m.Receives),
				csvio.Int(m.Balance), Cell(m.GiveShare), csvio.Text(string(m.Role)), csvio.Int(m.Reciprocal), csvio.Float(m.Sought),
				Cell(m.Broker), csvio.Text(strings.Join(flags, "; ")))
		}
	}
	return cw.Flush()
}

// WriteGroupsCSV writes each group's figures per wave as CSV.
func WriteGroupsCSV(w io.Writer, groups []analysis.GroupTrend, res *analysis.TrendResult) error {
	cw := CSVTable(w, []string{"group", "other", "people", "wave", "date", "gives", "receives", "balance", "give_share", "exchanges", "only_gives", "only_asks", "isolated"})
	for _, g := range groups {
		for k, m := range g.Waves {
			cw.Write(csvio.Text(g.Name), Cell(g.Other), csvio.Int(g.People), csvio.Text(m.Wave), csvio.Text(res.Waves[k].Date), csvio.Int(m.Gives),
				csvio.Int(m.Receives), csvio.Int(m.Balance), Cell(m.GiveShare), csvio.Int(m.Exchanges), csvio.Int(m.OnlyGives),
				csvio.Int(m.OnlyAsks), csvio.Int(m.Isolated))
		}
	}
	return cw.Flush()
}

// SuggestJSON is the JSON of suggest --for.
type SuggestJSON struct {
	For          string                `json:"for"`
	Needs        []string              `json:"needs"`
	Suggestions  []analysis.Suggestion `json:"suggestions"`
	NobodyOffers []string              `json:"nobody_offers"`
}

// SuggestAllJSON is the JSON of suggest --all.
type SuggestAllJSON struct {
	Suggestions  []analysis.Suggestion `json:"suggestions"`
	NobodyOffers []analysis.Unmet      `json:"nobody_offers"`
	NoNeeds      int                   `json:"people_without_needs"`
}

// WriteSuggestionsCSV writes suggestions as CSV, their reasons in English.
func WriteSuggestionsCSV(w io.Writer, list []analysis.Suggestion, all bool) error {
	view.FillSuggestionReasons(i18n.New(i18n.English), list)
	header := []string{"topic", "name", "introducer", "asked", "overloaded", "steps", "reason"}
	if all {
		header = append([]string{"for"}, header...)
	}
	cw := CSVTable(w, header)
	for _, sg := range list {
		row := []csvio.Cell{csvio.Text(sg.Topic), csvio.Text(sg.Name), Cell(sg.Introducer), Cell(sg.Asked),
			Cell(sg.Overloaded), csvio.Int(sg.Steps), csvio.Text(sg.Reason)}
		if all {
			row = append([]csvio.Cell{csvio.Text(sg.For)}, row...)
		}
		cw.Write(row...)
	}
	return cw.Flush()
}

// CompleteTopics completes the topics people offer or need.
func CompleteTopics(g *Env) Completer {
	return CompleteFrom(g, func(ctx context.Context, db *store.DB, net store.NetworkInfo) ([]string, error) {
		people, err := db.People(ctx, net.ID)
		seen := map[string]bool{}
		var out []string
		for _, p := range people {
			for _, t := range append(slices.Clone(p.Offers), p.Needs...) {
				if k := names.Key(t); !seen[k] {
					seen[k] = true
					out = append(out, t)
				}
			}
		}
		slices.Sort(out)
		return out, err
	})
}

// AnalysisJSON is the JSON form of an analysis.
type AnalysisJSON struct {
	Network string            `json:"network"`
	Wave    *string           `json:"wave"`
	Scope   string            `json:"scope"`
	Summary analysis.Summary  `json:"summary"`
	People  []analysis.Person `json:"people"`
}

func WriteAnalysis(w io.Writer, l *i18n.Lang, format string, n *graph.Network, sc graph.Scope, res *analysis.Result) error {
	switch format {
	case "json":
		out := AnalysisJSON{Network: n.Name, Scope: scopeKind(sc), Summary: res.Summary, People: NonNil(res.People)}
		if sc.Kind != graph.ScopeAll {
			out.Wave = &sc.Wave.Name
		}
		return WriteJSON(w, out)
	case "csv":
		cw := CSVTable(w, analysis.FieldNames())
		for _, p := range res.People {
			cells := make([]csvio.Cell, len(analysis.Fields))
			for i, f := range analysis.Fields {
				cells[i] = Cell(f.Value(p))
			}
			cw.Write(cells...)
		}
		return cw.Flush()
	}
	return view.WriteAnalysis(w, l, n, sc, res)
}

func scopeKind(sc graph.Scope) string {
	switch sc.Kind {
	case graph.ScopeWave:
		return "wave"
	case graph.ScopeUpto:
		return "upto"
	}
	return "all"
}

// CountingReader reports how much of a file has been read.
type CountingReader struct {
	r           io.Reader
	done, total int64
	tick        func(done, total int64)
}

func (c *CountingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.done += int64(n)
	c.tick(c.done, c.total)
	return n, err
}

// ExportFormats are the formats kring exports.
var ExportFormats = []string{"csv", "json", "graphml", "gexf", "dot", "xlsx", "pajek", "dl"}

// ExportExtensions are file name endings that say the format.
var ExportExtensions = map[string]string{
	".csv": "csv", ".json": "json", ".graphml": "graphml", ".xml": "graphml", ".gexf": "gexf", ".dot": "dot", ".gv": "dot",
	".xlsx": "xlsx", ".net": "pajek", ".paj": "pajek", ".dl": "dl",
}

// TieJSON is a help tie or contact in listings.
type TieJSON struct {
	ID        int64    `json:"id"`
	Wave      string   `json:"wave"`
	Giver     string   `json:"giver,omitempty"`
	Receiver  string   `json:"receiver,omitempty"`
	A         string   `json:"a,omitempty"`
	B         string   `json:"b,omitempty"`
	Topics    []string `json:"topics,omitempty"`
	Reporters []string `json:"reporters"`
	Confirmed bool     `json:"confirmed"`
}

// PairsJSON is the JSON of pairs.
type PairsJSON struct {
	Rounds             [][][]string `json:"rounds"`
	StrangerPairs      int          `json:"stranger_pairs"`
	MaxStrangerPairs   int          `json:"max_stranger_pairs"`
	RoundRobinStranger *int         `json:"round_robin_stranger_pairs"`
	CrossPairs         int          `json:"cross_pairs"`
	GiverAskerPairs    int          `json:"giver_asker_pairs"`
}

type WaveJSON struct {
	Seq      int    `json:"seq"`
	Name     string `json:"name"`
	Date     string `json:"date"`
	HelpTies int    `json:"help_ties"` // help tie records in the wave
	Contacts int    `json:"contacts"`  // contact records in the wave
}

// PersonJSON is a person in JSON listings.
type PersonJSON struct {
	Name     string   `json:"name"`
	Org      string   `json:"org"`
	Function string   `json:"function"`
	Offers   []string `json:"offers"`
	Needs    []string `json:"needs"`
	Aliases  []string `json:"aliases"` // other names that find this person (see kring person merge)
}

// ReadSource reads the file to import, or standard input, whole.
func (g *Env) ReadSource(file string, bar *Bar) (app.Source, error) {
	if file == "-" {
		data, err := io.ReadAll(g.In)
		return app.Source{Name: g.L.T("standard input"), Data: data}, err
	}
	f, err := os.Open(file)
	if err != nil {
		return app.Source{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return app.Source{}, err
	}
	if fi.IsDir() {
		return app.Source{}, Usagef("%s is a folder; import a file in it (of a Network Canvas export: the .zip, or one of its CSV files)", file)
	}
	var r io.Reader = f
	if fi.Size() > 1<<20 {
		stage := g.L.Sprintf("reading %s", filepath.Base(file))
		r = &CountingReader{r: f, total: fi.Size(), tick: func(done, total int64) { bar.Set(stage, int(done>>10), int(total>>10)) }}
	}
	data, err := io.ReadAll(r)
	return app.Source{Name: file, Path: file, Data: data}, err
}

// WritePairsData writes a speed-dating schedule as JSON or CSV.
func WritePairsData(w io.Writer, format string, s *analysis.Schedule, people []graph.Person, size int) error {
	name := func(i int) string { return people[i].Name }
	switch format {
	case "json":
		out := PairsJSON{StrangerPairs: s.StrangerPairs, MaxStrangerPairs: s.MaxStrangerPairs, CrossPairs: s.CrossPairs, GiverAskerPairs: s.GiverAskerPairs}
		if size == 2 {
			out.RoundRobinStranger = &s.RoundRobinPairs
		}
		for _, round := range s.Rounds {
			var r [][]string
			for _, g := range round {
				var names []string
				for _, i := range g {
					names = append(names, name(i))
				}
				r = append(r, names)
			}
			out.Rounds = append(out.Rounds, r)
		}
		return WriteJSON(w, out)
	case "csv":
		cw := CSVTable(w, []string{"round", "group", "name"})
		for r, round := range s.Rounds {
			for k, g := range round {
				for _, i := range g {
					cw.Write(csvio.Int(r+1), csvio.Int(k+1), csvio.Text(name(i)))
				}
			}
		}
		return cw.Flush()
	}
	return nil
}

// WriteTrendData writes a trend as JSON or CSV: per person, or per group
// (then no row is about one person).
func WriteTrendData(w io.Writer, format, network string, res *analysis.TrendResult, byGroup bool, groups []analysis.GroupTrend, small int) error {
	switch format {
	case "json":
		view.FillReasons(i18n.New(i18n.English), res)
		out := TrendJSON{Network: network, Waves: res.Waves}
		if byGroup {
			out.Groups, out.HiddenGroups = NonNil(groups), &small
		} else {
			out.People = NonNil(res.People)
		}
		return WriteJSON(w, out)
	case "csv":
		if byGroup {
			return WriteGroupsCSV(w, groups, res)
		}
		return WriteTrendCSV(w, res)
	}
	return nil
}
