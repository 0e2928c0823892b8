package exchange

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/jsonio"
	"github.com/kring-nl/kring/graph/names"
)

// dlLabel writes a name as a UCINET label: as it is when it is one word,
// else in double quotes (a double quote in it becomes an apostrophe: DL has
// no way to write one).
func dlLabel(s string) string {
	s = strings.ReplaceAll(s, `"`, "'")
	if strings.ContainsAny(s, " \t,=:!") || s == "" {
		return `"` + s + `"`
	}
	return s
}

// WriteDL writes n's help ties as a UCINET DL edge list (format edgelist1)
// with the people as labels, numbered in the order of their IDs. DL holds
// one relation: the help ties of all waves are one row per pair, with the
// largest weight; contacts, waves and everything about people but their
// names are left out.
func WriteDL(w io.Writer, n *graph.Network) error {
	bw := bufio.NewWriter(w)
	people, vertex := vertexNumbers(n)
	fmt.Fprintf(bw, "dl n=%d\r\nformat = edgelist1\r\nlabels:\r\n", len(people)) // the format on a line of its own, as igraph wants it
	for _, p := range people {
		fmt.Fprintf(bw, "%s\r\n", dlLabel(p.Name))
	}
	bw.WriteString("data:\r\n")
	arcs, _ := mergedPairs(n, vertex)
	for _, a := range arcs {
		fmt.Fprintf(bw, "%d %d %s\r\n", a.a, a.b, weight(a.weight))
	}
	return bw.Flush()
}

// dlToken is a word, a quoted label, "=" or the end of a line.
type dlToken struct {
	text   string
	quoted bool
	line   int
	eol    bool
}

func dlTokens(text string) []dlToken {
	var out []dlToken
	line := 1
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\n':
			out = append(out, dlToken{line: line, eol: true})
			line++
		case r == ' ' || r == '\t' || r == '\r' || r == ',':
		case r == '=':
			out = append(out, dlToken{text: "=", line: line})
		case r == '"':
			j := i + 1
			for j < len(rs) && rs[j] != r && rs[j] != '\n' {
				j++
			}
			out = append(out, dlToken{text: string(rs[i+1 : j]), quoted: true, line: line})
			i = j
			if j < len(rs) && rs[j] == '\n' {
				i--
			}
		default:
			j := i
			for j < len(rs) && !strings.ContainsRune(" \t\r\n,=", rs[j]) {
				j++
			}
			out = append(out, dlToken{text: string(rs[i:j]), line: line})
			i = j - 1
		}
	}
	return append(out, dlToken{line: line, eol: true})
}

// ReadDL reads a UCINET DL file as UCINET and igraph write it: format
// fullmatrix (the default), upperhalf and lowerhalf (contacts), edgelist1 and
// nodelist1; labels in a labels: section or embedded in the data; several
// relations (nm=2, named by matrix labels:) as waves. A number above 0 in
// row A, column B (or the edge A B) is the help tie A → B with that weight.
// Two-mode data (nr and nc) is refused.
func ReadDL(r io.Reader, source string) (jsonio.File, []graph.Problem, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return jsonio.File{}, nil, fmt.Errorf("read %s: %w", source, err)
	}
	text, _ := csvio.Decode(data)
	toks := dlTokens(text)
	f := jsonio.File{Format: jsonio.FormatName, Version: jsonio.Version}
	var problems []graph.Problem
	fail := func(line int, format string, args ...any) error {
		return graph.Errorf(graph.EINVALID, "%s, line %d: %s", source, line, fmt.Sprintf(format, args...))
	}
	pos := 0
	next := func() dlToken { t := toks[pos]; pos++; return t }
	peekWord := func() (dlToken, bool) { // the next token that is not an end of line
		for pos < len(toks) && toks[pos].eol {
			pos++
		}
		if pos >= len(toks) {
			return dlToken{}, false
		}
		return toks[pos], true
	}
	if t, ok := peekWord(); !ok || !strings.EqualFold(t.text, "dl") {
		return f, nil, graph.Errorf(graph.EINVALID, "%s is not a UCINET DL file: it does not start with dl", source)
	}
	next()
	n, nm, format, diagonal := -1, 1, "fullmatrix", true
	var labels, matrixLabels []string
	embedded := false
	// section reads the keyword at pos, if any: "labels", "row labels",
	// "col labels", "matrix labels", "labels embedded", "data".
	section := func() string {
		t, ok := peekWord()
		if !ok || t.quoted {
			return ""
		}
		w := strings.ToLower(strings.TrimSuffix(t.text, ":"))
		switch w {
		case "labels", "data":
		case "row", "col", "column", "matrix":
			if pos+1 < len(toks) && strings.HasPrefix(strings.ToLower(toks[pos+1].text), "labels") {
				pos++
				w = w + " labels"
			} else {
				return ""
			}
		default:
			return ""
		}
		pos++
		if w == "labels" && pos < len(toks) && strings.HasPrefix(strings.ToLower(toks[pos].text), "embedded") {
			pos++
			return "labels embedded"
		}
		if pos < len(toks) && toks[pos].text == ":" {
			pos++
		}
		return w
	}
	// The header: key = value pairs, up to the first section.
	pending := ""
	for {
		if pending = section(); pending != "" {
			break
		}
		t, ok := peekWord()
		if !ok {
			return f, nil, fail(t.line, "the file ends before data:")
		}
		next()
		key := strings.ToLower(t.text)
		value := ""
		if strings.Contains(key, "=") {
			key, value, _ = strings.Cut(key, "=")
		} else if pos < len(toks) && toks[pos].text == "=" {
			next()
			v, ok := peekWord()
			if !ok {
				return f, nil, fail(t.line, "%s = has no value", key)
			}
			next()
			value = v.text
		}
		value = strings.ToLower(value)
		switch key {
		case "n":
			if n, err = strconv.Atoi(value); err != nil || n < 0 {
				return f, nil, fail(t.line, "n=%s is not a number of people", value)
			}
		case "nr", "nc":
			return f, nil, graph.Errorf(graph.EINVALID, "%s holds two-mode data (nr and nc): rows and columns are different things; kring reads networks of people only (n=)", source)
		case "nm":
			if nm, err = strconv.Atoi(value); err != nil || nm < 1 {
				return f, nil, fail(t.line, "nm=%s is not a number of matrices", value)
			}
		case "format":
			format = value
		case "diagonal":
			diagonal = value != "absent"
		case "":
		default:
			// Other settings (title, ...) say nothing about the ties.
		}
	}
	if n < 0 {
		return f, nil, graph.Errorf(graph.EINVALID, "%s says no n=: the number of people", source)
	}
	switch format {
	case "fullmatrix", "fm", "upperhalf", "uh", "lowerhalf", "lh", "edgelist1", "el1", "nodelist1", "nl1":
	default:
		return f, nil, graph.Errorf(graph.EINVALID, "%s has format=%s; kring reads fullmatrix, upperhalf, lowerhalf, edgelist1 and nodelist1", source, format)
	}
	readLabels := func() []string {
		var out []string
		for pos < len(toks) {
			if toks[pos].eol {
				pos++
				continue
			}
			save := pos
			if section() != "" {
				pos = save
				break
			}
			out = append(out, toks[pos].text)
			pos++
		}
		return out
	}
	for {
		s := pending
		if s == "" {
			s = section()
		}
		pending = ""
		switch s {
		case "labels", "row labels", "col labels", "column labels":
			l := readLabels()
			if s != "col labels" && s != "column labels" || labels == nil {
				labels = l
			}
			continue
		case "matrix labels":
			matrixLabels = readLabels()
			continue
		case "labels embedded":
			embedded = true
			continue
		case "data":
		default:
			t, _ := peekWord()
			return f, nil, fail(t.line, "%q is not a section of a DL file (labels:, data:)", t.text)
		}
		break
	}
	waves := make([]string, nm)
	for k := range waves {
		if k < len(matrixLabels) {
			waves[k] = matrixLabels[k]
		} else if nm > 1 {
			waves[k] = fmt.Sprintf("matrix %d", k+1)
		}
		if waves[k] != "" {
			f.Waves = append(f.Waves, jsonio.Wave{Name: waves[k]})
		}
	}
	index := map[string]int{} // embedded labels by key
	name := func(i int) string {
		if i < len(labels) {
			return labels[i]
		}
		return strconv.Itoa(i + 1)
	}
	lookup := func(t dlToken) (int, bool) {
		if !embedded {
			v, err := strconv.Atoi(t.text)
			if err != nil || v < 1 || v > n {
				problems = append(problems, problemf(fmt.Sprintf("line %d", t.line), "%q is not one of the %d people (a number from 1)", t.text, n))
				return 0, false
			}
			return v - 1, true
		}
		k := names.Key(t.text)
		if i, ok := index[k]; ok {
			return i, true
		}
		if len(labels) >= n && len(index) >= n {
			problems = append(problems, problemf(fmt.Sprintf("line %d", t.line), "%q is one person more than n=%d", t.text, n))
			return 0, false
		}
		index[k] = len(index)
		if len(index) > len(labels) {
			labels = append(labels, t.text)
		}
		return index[k], true
	}
	if embedded {
		for i, l := range labels {
			index[names.Key(l)] = i
		}
	}
	add := func(a, b int, v float64, wave int, contact bool, line int) {
		where := fmt.Sprintf("line %d", line)
		if v < 0 {
			problems = append(problems, problemf(where, "weight %v is not a positive number", v))
			return
		}
		if v == 0 || a == b {
			return
		}
		if contact {
			f.Contacts = append(f.Contacts, jsonio.Contact{A: name(a), B: name(b), Wave: waves[wave], Where: where})
			return
		}
		t := jsonio.Tie{Giver: name(a), Receiver: name(b), Wave: waves[wave], Where: where}
		if v != 1 {
			t.Weight = v
		}
		f.Ties = append(f.Ties, t)
	}
	number := func(t dlToken) (float64, bool) {
		v, err := strconv.ParseFloat(strings.Replace(t.text, ",", ".", 1), 64)
		if err != nil {
			problems = append(problems, problemf(fmt.Sprintf("line %d", t.line), "%q is not a number", t.text))
			return 0, false
		}
		return v, true
	}
	switch format {
	case "fullmatrix", "fm", "upperhalf", "uh", "lowerhalf", "lh":
		half := format[0] == 'u' || format[0] == 'l'
		if embedded {
			// The first row names the columns.
			for k := 0; k < n; k++ {
				t, ok := peekWord()
				if !ok {
					break
				}
				next()
				lookup(t)
			}
		}
		for m := 0; m < nm; m++ {
			for i := 0; i < n; i++ {
				row := i
				if embedded {
					t, ok := peekWord()
					if !ok {
						return f, problems, fail(t.line, "the data ends in matrix %d at row %d of %d", m+1, i+1, n)
					}
					next()
					row, _ = lookup(t)
				}
				from, to := 0, n
				switch {
				case format[0] == 'u':
					from = i
					if !diagonal {
						from = i + 1
					}
				case format[0] == 'l':
					to = i + 1
					if !diagonal {
						to = i
					}
				}
				for j := from; j < to; j++ {
					if !diagonal && !half && j == i {
						continue
					}
					t, ok := peekWord()
					if !ok {
						return f, problems, fail(t.line, "the data ends in matrix %d at row %d of %d", m+1, i+1, n)
					}
					next()
					if v, ok := number(t); ok {
						add(row, j, v, m, half, t.line)
					}
				}
			}
		}
	case "edgelist1", "el1", "nodelist1", "nl1":
		m := 0
		for pos < len(toks) {
			var line []dlToken
			for pos < len(toks) && !toks[pos].eol {
				line = append(line, toks[pos])
				pos++
			}
			pos++
			if len(line) == 0 {
				continue
			}
			if line[0].text == "!" {
				m = min(m+1, nm-1)
				continue
			}
			a, ok := lookup(line[0])
			if !ok {
				continue
			}
			if format[0] == 'n' {
				for _, t := range line[1:] {
					if b, ok := lookup(t); ok {
						add(a, b, 1, m, false, t.line)
					}
				}
				continue
			}
			if len(line) < 2 {
				problems = append(problems, problemf(fmt.Sprintf("line %d", line[0].line), "names one person; an edge joins two"))
				continue
			}
			b, ok := lookup(line[1])
			if !ok {
				continue
			}
			v := 1.0
			if len(line) > 2 {
				if v, ok = number(line[2]); !ok {
					continue
				}
			}
			add(a, b, v, m, false, line[0].line)
		}
	}
	for i := 0; i < n; i++ {
		f.People = append(f.People, jsonio.Person{Name: name(i), Where: fmt.Sprintf("person %d", i+1)})
	}
	return f, problems, nil
}
