// Package exchange writes a network for other network tools, GraphML (yEd,
// Gephi, igraph, networkx, Cytoscape), GEXF (Gephi) and DOT (Graphviz), and
// reads GraphML back.
//
// People are nodes with the attributes label (the name), org, function,
// offers and needs; help ties are directed edges giver → receiver and
// contacts edges of kind contact (written one way: networkx reads no graph
// with directed and undirected edges both), each with kind (help or contact), wave, date, weight, topic,
// reporters and confirmed. Several topics or reporters are
// joined with "; ".
package exchange

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/jsonio"
)

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
	nodes []jsonio.Person
	edges []edge
}

func flatten(n *graph.Network) flat {
	f := jsonio.FromNetwork(n)
	out := flat{name: f.Network, nodes: f.People}
	index := map[string]int{}
	for i, p := range f.People {
		index[p.Name] = i
	}
	date := map[string]string{}
	for _, w := range f.Waves {
		date[w.Name] = w.Date
	}
	for _, t := range f.Ties {
		w := t.Weight
		if w == 0 {
			w = 1
		}
		out.edges = append(out.edges, edge{source: index[t.Giver], target: index[t.Receiver], wave: t.Wave, date: date[t.Wave],
			weight: w, topics: t.Topics, reporters: t.Reporters, confirmed: t.Confirmed})
	}
	for i, c := range f.Contacts {
		out.edges = append(out.edges, edge{source: index[c.A], target: index[c.B], contact: true, wave: c.Wave, date: date[c.Wave],
			weight: 1, reporters: c.Reporters, confirmed: n.Contacts[i].Confirmed()})
	}
	return out
}

func (e edge) kind() string {
	if e.contact {
		return "contact"
	}
	return "help"
}

func nodeID(i int) string { return "p" + strconv.Itoa(i+1) }

func join(list []string) string { return strings.Join(list, "; ") }

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
