// Package jsonio reads and writes a whole learning network as JSON: people
// with their organisation, function and topics, waves, help ties and
// contacts, all by name, so that a file can be imported into another
// database.
package jsonio

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/kring-nl/kring/graph"
)

// FormatName marks a kring network file.
const FormatName = "kring-network"

// Version is the version of the network format this kring writes. Version 2
// added the other names of people (aliases); version 1 files are read too.
const Version = 2

// File is the JSON form of a network.
type File struct {
	Format   string    `json:"format"`
	Version  int       `json:"version"`
	Network  string    `json:"network"`
	People   []Person  `json:"people"`
	Waves    []Wave    `json:"waves"`
	Ties     []Tie     `json:"ties"`
	Contacts []Contact `json:"contacts"`
}

// Person is a person in a File.
type Person struct {
	Name     string   `json:"name"`
	Org      string   `json:"org,omitempty"`
	Function string   `json:"function,omitempty"`
	Offers   []string `json:"offers,omitempty"`
	Needs    []string `json:"needs,omitempty"`
	Aliases  []string `json:"aliases,omitempty"` // other names of the person, as kring person merge and rename keep them

	Where string `json:"-"` // where it is in another format's file, for messages
}

// Wave is a wave in a File, in order.
type Wave struct {
	Name string `json:"name"`
	Date string `json:"date,omitempty"`
}

// Tie is a help tie in a File: Giver helped Receiver in Wave.
type Tie struct {
	Giver     string   `json:"giver"`
	Receiver  string   `json:"receiver"`
	Wave      string   `json:"wave"`
	Topics    []string `json:"topics,omitempty"`
	Weight    float64  `json:"weight,omitempty"`
	Reporters []string `json:"reporters,omitempty"`
	Confirmed bool     `json:"confirmed"`

	Where string `json:"-"`
}

// Contact is a contact in a File.
type Contact struct {
	A         string   `json:"a"`
	B         string   `json:"b"`
	Wave      string   `json:"wave"`
	Reporters []string `json:"reporters,omitempty"`

	Where string `json:"-"`
}

// FromNetwork converts a network to its File form. aliases are the other
// names of people by person ID (as store.DB.Aliases gives them); nil when
// there are none, or when they must not leave the database (a pseudonymized
// export).
func FromNetwork(n *graph.Network, aliases map[int64][]string) File {
	f := File{Format: FormatName, Version: Version, Network: n.Name,
		People: []Person{}, Waves: []Wave{}, Ties: []Tie{}, Contacts: []Contact{}}
	name := map[int64]string{}
	for _, p := range n.People {
		name[p.ID] = p.Name
		f.People = append(f.People, Person{Name: p.Name, Org: p.Org, Function: p.Function, Offers: p.Offers, Needs: p.Needs,
			Aliases: aliases[p.ID]})
	}
	waves := map[int64]string{}
	for _, w := range n.Waves {
		waves[w.ID] = w.Name
		f.Waves = append(f.Waves, Wave{Name: w.Name, Date: w.Date})
	}
	names := func(ids []int64) []string {
		var out []string
		for _, id := range ids {
			out = append(out, name[id])
		}
		return out
	}
	for _, t := range graph.SortedTies(n) {
		w := t.Weight
		if w == 1 {
			w = 0 // the default; left out
		}
		f.Ties = append(f.Ties, Tie{Giver: name[t.Giver], Receiver: name[t.Receiver], Wave: waves[t.Wave],
			Topics: t.Topics, Weight: w, Reporters: names(t.Reporters), Confirmed: t.Confirmed()})
	}
	for _, c := range n.Contacts {
		f.Contacts = append(f.Contacts, Contact{A: name[c.A], B: name[c.B], Wave: waves[c.Wave], Reporters: names(c.Reporters)})
	}
	return f
}

// Write writes n as indented JSON, with the other names of people (see
// FromNetwork).
func Write(w io.Writer, n *graph.Network, aliases map[int64][]string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(FromNetwork(n, aliases))
}

// Read decodes a network file. Unknown fields are refused, so that a typo in
// a hand-written file is reported instead of silently dropped.
func Read(r io.Reader, source string) (File, error) {
	var f File
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return f, graph.Errorf(graph.EINVALID, "%s is not a kring network file (%v); export one with: kring export --format json", source, err)
	}
	// One document and nothing after it: a second document or stray text
	// would otherwise be dropped without a word.
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return f, graph.Errorf(graph.EINVALID, "%s holds more than one JSON document, or text after the network (from byte %d); a network file is one JSON object. Keep one and import it again", source, dec.InputOffset())
	}
	if f.Format != FormatName {
		return f, graph.Errorf(graph.EINVALID, "%s is not a kring network file (its \"format\" is %q, not %q)", source, f.Format, FormatName)
	}
	if f.Version < 1 || f.Version > Version {
		return f, graph.Errorf(graph.EINVALID, "%s has version %d of the network format; this kring reads versions 1 to %d. Update kring to read it", source, f.Version, Version)
	}
	return f, nil
}

// Records turns a File into the records the store imports: people, waves in
// order, and one tie record per help tie or contact and reporter.
func (f File) Records() (people []graph.PersonRecord, waves []graph.Wave, ties []graph.TieRecord) {
	for i, p := range f.People {
		people = append(people, graph.PersonRecord{Name: p.Name, Org: p.Org, Function: p.Function,
			Offers: p.Offers, Needs: p.Needs, Aliases: p.Aliases, Where: or(p.Where, fmt.Sprintf("people[%d]", i))})
	}
	for _, w := range f.Waves {
		waves = append(waves, graph.Wave{Name: w.Name, Date: w.Date})
	}
	for i, t := range f.Ties {
		rec := graph.TieRecord{Giver: t.Giver, Receiver: t.Receiver, Wave: t.Wave, Topics: t.Topics,
			Weight: t.Weight, Where: or(t.Where, fmt.Sprintf("ties[%d]", i))}
		ties = append(ties, withReporters(rec, t.Reporters)...)
	}
	for i, c := range f.Contacts {
		rec := graph.TieRecord{Contact: true, Giver: c.A, Receiver: c.B, Wave: c.Wave, Where: or(c.Where, fmt.Sprintf("contacts[%d]", i))}
		ties = append(ties, withReporters(rec, c.Reporters)...)
	}
	return people, waves, ties
}

func withReporters(rec graph.TieRecord, reporters []string) []graph.TieRecord {
	if len(reporters) == 0 {
		return []graph.TieRecord{rec}
	}
	out := make([]graph.TieRecord, 0, len(reporters))
	for _, r := range reporters {
		c := rec
		c.Reporter = r
		c.Topics = slices.Clone(rec.Topics)
		out = append(out, c)
	}
	return out
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
