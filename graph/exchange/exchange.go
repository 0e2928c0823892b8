// Package exchange reads and writes a network in the formats of other
// network tools: GraphML (yEd, Gephi, igraph, networkx, Cytoscape), GEXF
// (Gephi), Pajek, UCINET DL, Kumu JSON, and writes DOT (Graphviz).
//
// People are nodes whose id is "p" and the person's ID in the database, so
// that an export keeps its ids when people join; the attributes are label
// (the name), org, function, offers, needs and aliases. Help ties are
// directed edges giver → receiver and contacts edges of kind contact, each
// with kind (help or contact), wave, date, weight, topic, reporters and
// confirmed. Several topics, reporters or aliases are written in one value
// as csvio.JoinList writes them ("; " between items, an item holding a
// separator or a quote in double quotes), so that any name survives.
package exchange

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
)

// Options are what an export adds to the network itself.
type Options struct {
	// Aliases are the other names of people by person ID (store.DB.Aliases);
	// nil leaves them out, as a pseudonymized export must.
	Aliases map[int64][]string

	// Figures are figures of the analysis by person ID, for tools that
	// colour and filter nodes by them (GEXF); nil leaves them out.
	Figures map[int64]Figures
}

// Figures are what GEXF carries of a person's analysis.
type Figures struct {
	Role        string // analysis.Role: exchanges, only_gives, only_asks, isolated
	Community   int
	Betweenness float64 // raw directed betweenness
	Broker      bool
}

// node is a person with everything the formats write.
type node struct {
	id      string // "p" and the person's ID
	person  graph.Person
	aliases []string
}

// edge is a help tie or contact, with everything the formats write.
type edge struct {
	source, target int // node indexes
	contact        bool
	wave, date     string
	weight         float64
	topics         []string
	reporters      []string
	confirmed      bool
}

// flat is a network as nodes and edges.
type flat struct {
	name  string
	nodes []node
	edges []edge
	waves []graph.Wave
}

func flatten(n *graph.Network, opts Options) flat {
	out := flat{name: n.Name, waves: n.Waves}
	index := map[int64]int{}
	for i, p := range n.People {
		index[p.ID] = i
		out.nodes = append(out.nodes, node{id: nodeID(p.ID), person: p, aliases: opts.Aliases[p.ID]})
	}
	names := func(ids []int64) []string {
		var s []string
		for _, id := range ids {
			if i, ok := index[id]; ok {
				s = append(s, n.People[i].Name)
			}
		}
		return s
	}
	for _, t := range graph.SortedTies(n) {
		w, _ := n.Wave(t.Wave)
		weight := t.Weight
		if weight == 0 {
			weight = 1
		}
		out.edges = append(out.edges, edge{source: index[t.Giver], target: index[t.Receiver], wave: w.Name, date: w.Date,
			weight: weight, topics: t.Topics, reporters: names(t.Reporters), confirmed: t.Confirmed()})
	}
	for _, c := range n.Contacts {
		w, _ := n.Wave(c.Wave)
		out.edges = append(out.edges, edge{source: index[c.A], target: index[c.B], contact: true, wave: w.Name, date: w.Date,
			weight: 1, reporters: names(c.Reporters), confirmed: c.Confirmed()})
	}
	return out
}

func (e edge) kind() string {
	if e.contact {
		return "contact"
	}
	return "help"
}

// nodeID is the id of a person's node: stable across exports.
func nodeID(personID int64) string { return "p" + strconv.FormatInt(personID, 10) }

func join(list []string) string { return csvio.JoinList(list) }

func weight(w float64) string { return strconv.FormatFloat(w, 'g', -1, 64) }

// problemf is a bad record of an input file.
func problemf(where, format string, args ...any) graph.Problem {
	return graph.Problem{Where: where, Err: graph.Errorf(graph.EINVALID, format, args...)}
}

// onlyOneDocument reads what follows an XML document's root element and
// fails on anything but white space, comments and processing instructions.
func onlyOneDocument(d *xml.Decoder) error {
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			return fmt.Errorf("another element <%s> at byte %d", t.Name.Local, d.InputOffset())
		case xml.CharData:
			if len(bytes.TrimSpace(t)) > 0 {
				return fmt.Errorf("text at byte %d", d.InputOffset())
			}
		}
	}
}
