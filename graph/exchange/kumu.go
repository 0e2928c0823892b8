package exchange

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/jsonio"
	"github.com/kring-nl/kring/graph/names"
)

// kumuFile is a Kumu blueprint as people write it ({"elements": [{"label":
// …}], "connections": [{"from": …, "to": …}]}) and as Kumu exports a
// project (fields under "attributes", ends by "_id").
type kumuFile struct {
	Elements    []map[string]any `json:"elements"`
	Connections []map[string]any `json:"connections"`
}

// field is the first of keys that e has as text, at the top or under
// "attributes", matched case-insensitively.
func field(e map[string]any, keys ...string) string {
	attrs, _ := e["attributes"].(map[string]any)
	for _, k := range keys {
		for _, m := range []map[string]any{e, attrs} {
			for mk, v := range m {
				if !strings.EqualFold(mk, k) {
					continue
				}
				switch x := v.(type) {
				case string:
					if s := strings.TrimSpace(x); s != "" {
						return s
					}
				case float64:
					return weight(x)
				case []any:
					var items []string
					for _, it := range x {
						if s, ok := it.(string); ok {
							items = append(items, s)
						}
					}
					if len(items) > 0 {
						return csvio.JoinList(items)
					}
				}
			}
		}
	}
	return ""
}

// ReadKumu reads a Kumu map exported or written as JSON: every element is a
// person (its label is the name; organisation, function and tags-free
// fields such as "offers" are read when present), every connection a help
// tie from "from" to "to" (given as labels or as element ids), unless its
// direction is undirected (a contact) or mutual (help both ways), or its
// type says it: a type about asking ("asked", "gevraagd") runs the other
// way, one about knowing or working together ("contact", "knows") is a
// contact.
func ReadKumu(r io.Reader, source string) (jsonio.File, []graph.Problem, error) {
	var kf kumuFile
	dec := json.NewDecoder(r)
	if err := dec.Decode(&kf); err != nil {
		return jsonio.File{}, nil, graph.Errorf(graph.EINVALID, "%s is not a Kumu map (%v); export it from Kumu as JSON", source, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return jsonio.File{}, nil, graph.Errorf(graph.EINVALID, "%s holds more than one JSON document, or text after the map; keep one and import it again", source)
	}
	f := jsonio.File{Format: jsonio.FormatName, Version: jsonio.Version}
	var problems []graph.Problem
	byID := map[string]string{}
	byLabel := map[string]string{}
	for i, e := range kf.Elements {
		where := fmt.Sprintf("elements[%d]", i)
		label := field(e, "label", "name", "naam")
		if label == "" {
			problems = append(problems, problemf(where, "has no label"))
			continue
		}
		if id := field(e, "_id", "id"); id != "" {
			byID[id] = label
		}
		byLabel[names.Key(label)] = label
		f.People = append(f.People, jsonio.Person{Name: label, Org: field(e, "organisation", "organization", "org", "organisatie"),
			Function: field(e, "function", "functie", "role", "rol"), Offers: csvio.SplitList(field(e, "offers", "biedt")),
			Needs: csvio.SplitList(field(e, "needs", "zoekt")), Where: where})
	}
	end := func(v string) (string, bool) {
		if l, ok := byID[v]; ok {
			return l, true
		}
		l, ok := byLabel[names.Key(v)]
		return l, ok
	}
	for i, c := range kf.Connections {
		where := fmt.Sprintf("connections[%d]", i)
		from, okA := end(field(c, "from"))
		to, okB := end(field(c, "to"))
		if !okA || !okB {
			problems = append(problems, problemf(where, "joins %q and %q, but the map has no such element", field(c, "from"), field(c, "to")))
			continue
		}
		kind := names.Key(field(c, "type", "connection type"))
		direction := names.Key(field(c, "direction", "connection direction"))
		switch {
		case direction == "undirected" || strings.Contains(kind, "contact") || strings.Contains(kind, "know") || strings.Contains(kind, "ken"):
			f.Contacts = append(f.Contacts, jsonio.Contact{A: from, B: to, Where: where})
			continue
		case strings.Contains(kind, "ask") || strings.Contains(kind, "vraag") || strings.Contains(kind, "vroeg"):
			from, to = to, from
		}
		t := jsonio.Tie{Giver: from, Receiver: to, Where: where}
		if s := field(c, "weight", "strength", "gewicht"); s != "" {
			var w float64
			if _, err := fmt.Sscan(strings.Replace(s, ",", ".", 1), &w); err != nil || w <= 0 {
				problems = append(problems, problemf(where, "weight %q is not a positive number", s))
				continue
			}
			if w != 1 {
				t.Weight = w
			}
		}
		f.Ties = append(f.Ties, t)
		if direction == "mutual" {
			back := t
			back.Giver, back.Receiver = to, from
			f.Ties = append(f.Ties, back)
		}
	}
	return f, problems, nil
}
