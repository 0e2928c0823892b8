package exchange

import (
	"encoding/xml"
	"io"
	"strconv"

	"github.com/kring-nl/kring/graph"
)

type gexfFile struct {
	XMLName xml.Name  `xml:"gexf"`
	NS      string    `xml:"xmlns,attr"`
	Version string    `xml:"version,attr"`
	Meta    gexfMeta  `xml:"meta"`
	Graph   gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator"`
	Description string `xml:"description"`
}

type gexfGraph struct {
	DefaultEdgeType string           `xml:"defaultedgetype,attr"`
	Mode            string           `xml:"mode,attr"`
	Attributes      []gexfAttributes `xml:"attributes"`
	Nodes           []gexfNode       `xml:"nodes>node"`
	Edges           []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class      string     `xml:"class,attr"`
	Attributes []gexfAttr `xml:"attribute"`
}

type gexfAttr struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID     string      `xml:"id,attr"`
	Label  string      `xml:"label,attr"`
	Values []gexfValue `xml:"attvalues>attvalue,omitempty"`
}

type gexfEdge struct {
	ID     string      `xml:"id,attr"`
	Source string      `xml:"source,attr"`
	Target string      `xml:"target,attr"`
	Type   string      `xml:"type,attr"`
	Weight string      `xml:"weight,attr"`
	Values []gexfValue `xml:"attvalues>attvalue,omitempty"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

func values(kv ...string) []gexfValue {
	var out []gexfValue
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			out = append(out, gexfValue{For: kv[i], Value: kv[i+1]})
		}
	}
	return out
}

// WriteGEXF writes n as GEXF 1.3, the format of Gephi: people are nodes
// labelled with their names, help ties and contacts directed edges told
// apart by their kind (networkx reads no mixed graphs), with kring's
// attributes (see the package comment).
func WriteGEXF(w io.Writer, n *graph.Network, opts Options) error {
	f := flatten(n, opts)
	g := gexfGraph{DefaultEdgeType: "directed", Mode: "static", Attributes: []gexfAttributes{
		{Class: "node", Attributes: []gexfAttr{{"org", "org", "string"}, {"function", "function", "string"}, {"offers", "offers", "string"}, {"needs", "needs", "string"}}},
		{Class: "edge", Attributes: []gexfAttr{{"kind", "kind", "string"}, {"wave", "wave", "string"}, {"date", "date", "string"},
			{"topic", "topic", "string"}, {"reporters", "reporters", "string"}, {"confirmed", "confirmed", "boolean"}}},
	}}
	for _, nd := range f.nodes {
		p := nd.person
		g.Nodes = append(g.Nodes, gexfNode{ID: nd.id, Label: p.Name,
			Values: values("org", p.Org, "function", p.Function, "offers", join(p.Offers), "needs", join(p.Needs))})
	}
	for i, e := range f.edges {
		g.Edges = append(g.Edges, gexfEdge{ID: "e" + strconv.Itoa(i+1), Source: f.nodes[e.source].id, Target: f.nodes[e.target].id, Type: "directed",
			Weight: weight(e.weight), Values: values("kind", e.kind(), "wave", e.wave, "date", e.date, "topic", join(e.topics),
				"reporters", join(e.reporters), "confirmed", strconv.FormatBool(e.confirmed))})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(gexfFile{NS: "http://gexf.net/1.3", Version: "1.3", Meta: gexfMeta{Creator: "kring", Description: f.name}, Graph: g}); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
