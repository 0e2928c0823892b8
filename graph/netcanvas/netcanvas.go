// Package netcanvas reads the CSV export of Network Canvas (Interviewer,
// Fresco): per interview an ego file (the respondent), an attribute list per
// node type (the people the respondent named) and an edge list per edge type
// (ties the respondent saw between them).
//
// In a learning network every interview is about the same group, so a name
// that several respondents give is one person (Network Canvas itself keeps
// each interview apart).
package netcanvas

import (
	"fmt"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/graph/survey"
)

// The columns Network Canvas writes itself.
const (
	egoID    = "networkCanvasEgoUUID"
	nodeUUID = "networkCanvasUUID"
	caseID   = "networkCanvasCaseID"
	sourceID = "networkCanvasSourceUUID"
	targetID = "networkCanvasTargetUUID"
)

var fixed = map[string]bool{
	"networkcanvasegouuid": true, "networkcanvascaseid": true, "networkcanvassessionid": true, "networkcanvasprotocolname": true,
	"sessionstart": true, "sessionfinish": true, "sessionexported": true, "app version": true, "app_version": true, "commit hash": true, "commit_hash": true,
	"nodeid": true, "networkcanvasuuid": true, "edgeid": true, "from": true, "to": true, "networkcanvassourceuuid": true, "networkcanvastargetuuid": true,
}

var fileName = regexp.MustCompile(`^(.*)_(ego|attributeList_(.+)|edgeList_(.+)|adjacencyMatrix_(.+))\.csv$`)

// File is one file of an export, as Files finds it.
type File struct {
	Path   string // in the file system given
	Prefix string // caseID_sessionID: the interview
	Kind   string // "ego", "attributeList", "edgeList"
	Type   string // the node or edge type
}

// Files lists the files of an export in fsys, by interview; adjacency
// matrices (the edge lists again) are left out.
func Files(fsys fs.FS) ([]File, error) {
	var out []File
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if f, ok := Classify(p); ok {
			out = append(out, f)
		}
		return nil
	})
	return out, err
}

// Classify tells what file of an export p is by its name.
func Classify(p string) (File, bool) {
	m := fileName.FindStringSubmatch(path.Base(p))
	if m == nil {
		return File{}, false
	}
	f := File{Path: p, Prefix: m[1]}
	switch {
	case m[2] == "ego":
		f.Kind = "ego"
	case m[3] != "":
		f.Kind, f.Type = "attributeList", m[3]
	case m[4] != "":
		f.Kind, f.Type = "edgeList", m[4]
	default:
		return File{}, false
	}
	return f, true
}

// Read reads the files of an export as the answers of a survey: each ego is
// a respondent (named by an ego variable such as "name", else by the case
// ID), each person they named is a contact of theirs, or a help tie when a
// column of the attribute list says so (a variable or option called asked,
// gave, gevraagd, …, true for that person), and each edge between two named
// people a tie the ego recorded: a help tie from source to target when the
// edge type is about help or advice, else a contact.
func Read(fsys fs.FS, files []File, source string) (*survey.Result, error) {
	res := &survey.Result{Columns: map[survey.Role]string{}}
	read := func(f File) (*csvio.Table, error) {
		data, err := fs.ReadFile(fsys, f.Path)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f.Path, err)
		}
		t, err := csvio.ParseCSV(data, path.Base(f.Path))
		if err != nil {
			return nil, err
		}
		for i := range t.Rows {
			t.Rows[i].Where = path.Base(f.Path) + " " + t.Rows[i].Where
		}
		for _, p := range t.Problems {
			res.Problems = append(res.Problems, graph.Problem{Where: path.Base(f.Path) + " " + p.Where, Err: p.Err})
		}
		return t, nil
	}
	col := func(t *csvio.Table, name string) int {
		for i, h := range t.Header {
			if strings.EqualFold(strings.TrimSpace(h), name) {
				return i
			}
		}
		return -1
	}
	// Egos by their UUID.
	ego := map[string]string{}
	for _, f := range files {
		if f.Kind != "ego" {
			continue
		}
		t, err := read(f)
		if err != nil {
			return nil, err
		}
		id, cs := col(t, egoID), col(t, caseID)
		nameCol := -1
		for i, h := range t.Header {
			if !fixed[names.Key(h)] && survey.RoleOf(strings.ReplaceAll(h, "_", " ")) == survey.Respondent {
				nameCol = i
				break
			}
		}
		if id < 0 {
			return nil, graph.Errorf(graph.EINVALID, "%s: %s has no column %s; is it a Network Canvas export?", source, path.Base(f.Path), egoID)
		}
		for _, row := range t.Rows {
			name := ""
			if nameCol >= 0 {
				name = names.Clean(row.Cell(nameCol))
			}
			if name == "" && cs >= 0 {
				name = names.Clean(row.Cell(cs))
			}
			if name == "" {
				res.Problems = append(res.Problems, graph.Problem{Where: row.Where, Err: graph.Errorf(graph.EINVALID,
					"the respondent has no name and no case ID; give the interview a case ID, or ask the ego's name in the protocol")})
				continue
			}
			ego[row.Cell(id)] = name
			res.Respondents = append(res.Respondents, graph.PersonRecord{Name: name, Where: row.Where})
		}
	}
	if len(ego) == 0 && len(res.Problems) == 0 {
		return nil, graph.Errorf(graph.EINVALID, "%s holds no ego file (…_ego.csv) of a Network Canvas export: kring needs it to know who answered", source)
	}
	// People named, by ego and UUID.
	type key struct{ ego, node string }
	alter := map[key]string{}
	for _, f := range files {
		if f.Kind != "attributeList" {
			continue
		}
		t, err := read(f)
		if err != nil {
			return nil, err
		}
		e, id := col(t, egoID), col(t, nodeUUID)
		nameCol := -1
		for _, n := range []string{"name", "naam", "label", "full name", "volledige naam"} {
			if nameCol = col(t, n); nameCol >= 0 {
				break
			}
		}
		if e < 0 || id < 0 || nameCol < 0 {
			return nil, graph.Errorf(graph.EINVALID, "%s: %s has no columns %s, %s and name; kring reads people of a node type with a name variable",
				source, path.Base(f.Path), egoID, nodeUUID)
		}
		roles := map[int]survey.Role{}
		for i, h := range t.Header {
			if fixed[names.Key(h)] || i == nameCol {
				continue
			}
			switch r := survey.RoleOf(strings.ReplaceAll(h, "_", " ")); r {
			case survey.Asked, survey.Gave, survey.Contact:
				roles[i] = r
			}
		}
		for _, row := range t.Rows {
			me, ok := ego[row.Cell(e)]
			if !ok {
				res.Problems = append(res.Problems, graph.Problem{Where: row.Where, Err: graph.Errorf(graph.EINVALID, "belongs to an interview without an ego file")})
				continue
			}
			other := names.Clean(row.Cell(nameCol))
			if other == "" {
				continue // a node without a name: nobody kring can record
			}
			alter[key{row.Cell(e), row.Cell(id)}] = other
			if names.Key(other) == names.Key(me) {
				res.SelfMentions++
				continue
			}
			said := false
			for _, i := range slices.Sorted(maps.Keys(roles)) {
				if !isTrue(row.Cell(i)) {
					continue
				}
				said = true
				rec := graph.TieRecord{Giver: me, Receiver: other, Reporter: me, Where: row.Where}
				switch roles[i] {
				case survey.Asked:
					rec.Giver, rec.Receiver = other, me
				case survey.Contact:
					rec.Contact = true
				}
				res.Ties = append(res.Ties, rec)
			}
			if !said {
				res.Ties = append(res.Ties, graph.TieRecord{Contact: true, Giver: me, Receiver: other, Reporter: me, Where: row.Where})
			}
		}
	}
	// Ties the egos saw between the people they named.
	for _, f := range files {
		if f.Kind != "edgeList" {
			continue
		}
		t, err := read(f)
		if err != nil {
			return nil, err
		}
		e, s, d := col(t, egoID), col(t, sourceID), col(t, targetID)
		if e < 0 || s < 0 || d < 0 {
			return nil, graph.Errorf(graph.EINVALID, "%s: %s has no columns %s, %s and %s", source, path.Base(f.Path), egoID, sourceID, targetID)
		}
		help := false
		switch survey.RoleOf(strings.ReplaceAll(f.Type, "_", " ")) {
		case survey.Asked, survey.Gave:
			help = true
		}
		help = help || strings.Contains(names.Key(f.Type), "help") || strings.Contains(names.Key(f.Type), "hulp") || strings.Contains(names.Key(f.Type), "advi")
		for _, row := range t.Rows {
			me, ok := ego[row.Cell(e)]
			a, okA := alter[key{row.Cell(e), row.Cell(s)}]
			b, okB := alter[key{row.Cell(e), row.Cell(d)}]
			if !ok || !okA || !okB {
				res.Problems = append(res.Problems, graph.Problem{Where: row.Where, Err: graph.Errorf(graph.EINVALID, "joins people the export does not name")})
				continue
			}
			res.Ties = append(res.Ties, graph.TieRecord{Contact: !help, Giver: a, Receiver: b, Reporter: me, Where: row.Where})
		}
	}
	graph.SortProblems(res.Problems)
	return res, nil
}

func isTrue(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "1", "yes", "ja", "x", "waar":
		return true
	}
	return false
}
