package exchange

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/jsonio"
)

// pajekLabel makes a name a Pajek label: in double quotes, which Pajek,
// igraph and networkx read, none of them with a way to write a quote inside;
// a double quote in a name becomes an apostrophe.
func pajekLabel(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, "'") + `"`
}

// pairs merges the ties of every wave into one per ordered pair (help ties)
// or unordered pair (contacts), with the largest weight, in the order of
// the people.
type pair struct {
	a, b   int // vertex numbers, from 1
	weight float64
}

func mergedPairs(n *graph.Network, vertex map[int64]int) (arcs, edges []pair) {
	help := map[[2]int]float64{}
	contact := map[[2]int]float64{}
	for _, t := range n.Ties {
		k := [2]int{vertex[t.Giver], vertex[t.Receiver]}
		w := t.Weight
		if w == 0 {
			w = 1
		}
		help[k] = max(help[k], w)
	}
	for _, c := range n.Contacts {
		a, b := vertex[c.A], vertex[c.B]
		if a > b {
			a, b = b, a
		}
		contact[[2]int{a, b}] = 1
	}
	for k, w := range help {
		arcs = append(arcs, pair{k[0], k[1], w})
	}
	for k, w := range contact {
		edges = append(edges, pair{k[0], k[1], w})
	}
	order := func(x, y pair) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	}
	slices.SortFunc(arcs, order)
	slices.SortFunc(edges, order)
	return arcs, edges
}

// vertexNumbers numbers people from 1 in the order of their IDs, so that a
// person who joins gets the next number and the others keep theirs.
func vertexNumbers(n *graph.Network) ([]graph.Person, map[int64]int) {
	people := slices.Clone(n.People)
	slices.SortStableFunc(people, func(a, b graph.Person) int {
		switch {
		case a.ID < b.ID:
			return -1
		case a.ID > b.ID:
			return 1
		}
		return 0
	})
	vertex := map[int64]int{}
	for i, p := range people {
		vertex[p.ID] = i + 1
	}
	return people, vertex
}

// WritePajek writes n as a Pajek network (.net), which Pajek, igraph,
// networkx, Gephi and UCINET read: the people as vertices labelled with
// their names (numbered in the order of their IDs), help ties as arcs and
// contacts as edges. Pajek holds no waves: the ties of all waves are one arc
// per pair, with the largest weight. Organisations, topics, reporters and
// other names are left out.
func WritePajek(w io.Writer, n *graph.Network) error {
	bw := bufio.NewWriter(w)
	people, vertex := vertexNumbers(n)
	fmt.Fprintf(bw, "*Vertices %d\r\n", len(people))
	for i, p := range people {
		fmt.Fprintf(bw, "%d %s\r\n", i+1, pajekLabel(p.Name))
	}
	arcs, edges := mergedPairs(n, vertex)
	if len(arcs) > 0 || len(edges) == 0 {
		bw.WriteString("*Arcs\r\n")
		for _, a := range arcs {
			fmt.Fprintf(bw, "%d %d %s\r\n", a.a, a.b, weight(a.weight))
		}
	}
	if len(edges) > 0 {
		bw.WriteString("*Edges\r\n")
		for _, e := range edges {
			fmt.Fprintf(bw, "%d %d %s\r\n", e.a, e.b, weight(e.weight))
		}
	}
	return bw.Flush()
}

var pajekRelation = regexp.MustCompile(`^:\s*(\d+)\s*(?:"([^"]*)"|(\S.*))?`)

// ReadPajek reads a Pajek network (.net) as Pajek, igraph, networkx and
// UCINET write it: *Vertices with numbered, quoted labels (a vertex without
// a line is named by its number), arcs (help ties from the first vertex to
// the second, with an optional weight) and edges (contacts), also as
// *Arcslist, *Edgeslist and *Matrix. Several relations (*Arcs :2 "Meeting
// 2") become waves named after them. Two-mode networks and files with more
// than one network are refused. Text that is not UTF-8 is read as
// Windows-1252, as Pajek on Windows writes it.
func ReadPajek(r io.Reader, source string) (jsonio.File, []graph.Problem, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return jsonio.File{}, nil, fmt.Errorf("read %s: %w", source, err)
	}
	text, _ := csvio.Decode(data)
	f := jsonio.File{Format: jsonio.FormatName, Version: jsonio.Version}
	var problems []graph.Problem
	labels := map[int]string{}
	count := -1
	section, relation := "", ""
	matrixRow := 0
	networks := 0
	rest := false // past the network: partitions, vectors
	seenWave := map[string]bool{}
	vertexName := func(tok string, where string) (string, bool) {
		v, err := strconv.Atoi(tok)
		if err != nil || v < 1 || (count >= 0 && v > count) {
			problems = append(problems, problemf(where, "vertex %q is not one of the %d vertices", tok, max(count, 0)))
			return "", false
		}
		if l, ok := labels[v]; ok {
			return l, true
		}
		return strconv.Itoa(v), true
	}
	add := func(a, b string, wt float64, contact bool, where string) {
		if contact {
			f.Contacts = append(f.Contacts, jsonio.Contact{A: a, B: b, Wave: relation, Where: where})
			return
		}
		t := jsonio.Tie{Giver: a, Receiver: b, Wave: relation, Where: where}
		if wt != 1 {
			t.Weight = wt
		}
		f.Ties = append(f.Ties, t)
	}
	lines := strings.Split(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"), "\n")
	for i, line := range lines {
		where := fmt.Sprintf("line %d", i+1)
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "%") {
			continue
		}
		if strings.HasPrefix(line, "*") {
			word, rest1, _ := strings.Cut(line[1:], " ")
			rest1 = strings.TrimSpace(rest1)
			section, relation = strings.ToLower(word), ""
			if rest && section != "network" {
				section = "other"
				continue
			}
			switch section {
			case "network":
				networks++
				if networks > 1 {
					return f, nil, graph.Errorf(graph.EINVALID, "%s holds more than one network (a Pajek project); save each network as a .net file and import them one by one", source)
				}
				f.Network = strings.Trim(rest1, `"`)
			case "vertices":
				fields := strings.Fields(rest1)
				if len(fields) == 0 {
					return f, nil, graph.Errorf(graph.EINVALID, "%s, %s: *Vertices says no number of vertices", source, where)
				}
				if len(fields) > 1 {
					return f, nil, graph.Errorf(graph.EINVALID, "%s is a two-mode network (people and something else); kring reads networks of people only", source)
				}
				if count, err = strconv.Atoi(fields[0]); err != nil || count < 0 {
					return f, nil, graph.Errorf(graph.EINVALID, "%s, %s: *Vertices %s is not a number of vertices", source, where, fields[0])
				}
			case "arcs", "edges", "arcslist", "edgeslist", "matrix":
				if m := pajekRelation.FindStringSubmatch(rest1); m != nil {
					relation = strings.TrimSpace(m[2] + m[3])
					if relation == "" {
						relation = "relation " + m[1]
					}
				}
				if relation != "" && !seenWave[relation] {
					seenWave[relation] = true
					f.Waves = append(f.Waves, jsonio.Wave{Name: relation})
				}
				matrixRow = 0
			default:
				section, rest = "other", true // partitions, vectors: not about the ties
			}
			continue
		}
		switch section {
		case "vertices":
			id, label, err := pajekVertex(line)
			if err != nil {
				problems = append(problems, problemf(where, "%v", err))
				continue
			}
			if count >= 0 && id > count {
				problems = append(problems, problemf(where, "vertex %d is beyond the %d of *Vertices", id, count))
				continue
			}
			labels[id] = label
		case "arcs", "edges":
			fields := strings.Fields(line)
			if len(fields) < 2 {
				problems = append(problems, problemf(where, "names one vertex; an arc or edge joins two"))
				continue
			}
			a, okA := vertexName(fields[0], where)
			b, okB := vertexName(fields[1], where)
			if !okA || !okB {
				continue
			}
			wt := 1.0
			if len(fields) > 2 {
				v, err := strconv.ParseFloat(fields[2], 64)
				if err != nil || v <= 0 {
					problems = append(problems, problemf(where, "weight %q is not a positive number", fields[2]))
					continue
				}
				wt = v
			}
			add(a, b, wt, section == "edges", where)
		case "arcslist", "edgeslist":
			fields := strings.Fields(line)
			a, ok := vertexName(fields[0], where)
			if !ok {
				continue
			}
			for _, tok := range fields[1:] {
				if b, ok := vertexName(tok, where); ok {
					add(a, b, 1, section == "edgeslist", where)
				}
			}
		case "matrix":
			matrixRow++
			a, ok := vertexName(strconv.Itoa(matrixRow), where)
			if !ok {
				continue
			}
			for j, tok := range strings.Fields(line) {
				v, err := strconv.ParseFloat(tok, 64)
				switch {
				case err != nil || v < 0:
					problems = append(problems, problemf(where, "cell %d (%q) is not a weight (0 for no tie)", j+1, tok))
				case v > 0 && j+1 != matrixRow:
					if b, ok := vertexName(strconv.Itoa(j+1), where); ok {
						add(a, b, v, false, where)
					}
				}
			}
		case "":
			return f, nil, graph.Errorf(graph.EINVALID, "%s is not a Pajek network: %s comes before *Vertices", source, where)
		}
	}
	if count < 0 {
		return f, nil, graph.Errorf(graph.EINVALID, "%s is not a Pajek network: it has no *Vertices line", source)
	}
	for v := 1; v <= count; v++ {
		name, ok := labels[v]
		if !ok {
			name = strconv.Itoa(v)
		}
		f.People = append(f.People, jsonio.Person{Name: name, Where: fmt.Sprintf("vertex %d", v)})
	}
	return f, problems, nil
}

// pajekVertex reads a vertex line: a number, then the label in double
// quotes or up to the next space; what follows (coordinates, colours) is
// left out.
func pajekVertex(line string) (int, string, error) {
	num, rest := line, ""
	if i := strings.IndexAny(line, " \t"); i >= 0 {
		num, rest = line[:i], line[i+1:]
	}
	id, err := strconv.Atoi(num)
	if err != nil || id < 1 {
		return 0, "", fmt.Errorf("%q is not a vertex number", num)
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return id, strconv.Itoa(id), nil
	}
	if rest[0] == '"' {
		end := strings.IndexByte(rest[1:], '"')
		if end < 0 {
			return 0, "", fmt.Errorf("the label of vertex %d has no closing quote", id)
		}
		return id, rest[1 : end+1], nil
	}
	if i := strings.IndexAny(rest, " \t"); i >= 0 {
		rest = rest[:i]
	}
	return id, rest, nil
}
