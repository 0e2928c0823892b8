package exchange

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/jsonio"
)

type gmlFile struct {
	XMLName xml.Name   `xml:"graphml"`
	NS      string     `xml:"xmlns,attr,omitempty"`
	Keys    []gmlKey   `xml:"key"`
	Graphs  []gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID      string `xml:"id,attr"`
	For     string `xml:"for,attr"`
	Name    string `xml:"attr.name,attr,omitempty"`
	Type    string `xml:"attr.type,attr,omitempty"`
	YFiles  string `xml:"yfiles.type,attr,omitempty"` // yEd: nodegraphics, edgegraphics, resources
	Default string `xml:"default,omitempty"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr,omitempty"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Data        []gmlData `xml:"data"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlNode struct {
	ID     string     `xml:"id,attr"`
	Data   []gmlData  `xml:"data"`
	Graphs []gmlGraph `xml:"graph"` // a group node (yEd) holds a graph of its own
}

type gmlEdge struct {
	Source   string    `xml:"source,attr"`
	Target   string    `xml:"target,attr"`
	Directed string    `xml:"directed,attr,omitempty"`
	Data     []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
	Inner []byte `xml:",innerxml"` // for yEd's graphics, which hold the label
}

// gmlKeys are the attributes kring writes.
var gmlKeys = []gmlKey{
	{ID: "network", For: "graph", Name: "network", Type: "string"},
	{ID: "kring_waves", For: "graph", Name: "kring_waves", Type: "string"},
	{ID: "label", For: "node", Name: "label", Type: "string"},
	{ID: "org", For: "node", Name: "org", Type: "string"},
	{ID: "function", For: "node", Name: "function", Type: "string"},
	{ID: "offers", For: "node", Name: "offers", Type: "string"},
	{ID: "needs", For: "node", Name: "needs", Type: "string"},
	{ID: "aliases", For: "node", Name: "aliases", Type: "string"},
	{ID: "kind", For: "edge", Name: "kind", Type: "string"},
	{ID: "wave", For: "edge", Name: "wave", Type: "string"},
	{ID: "date", For: "edge", Name: "date", Type: "string"},
	{ID: "weight", For: "edge", Name: "weight", Type: "double"},
	{ID: "topic", For: "edge", Name: "topic", Type: "string"},
	{ID: "reporters", For: "edge", Name: "reporters", Type: "string"},
	{ID: "confirmed", For: "edge", Name: "confirmed", Type: "boolean"},
}

// data keeps the non-empty values.
func data(kv ...string) []gmlData {
	var out []gmlData
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			out = append(out, gmlData{Key: kv[i], Value: kv[i+1]})
		}
	}
	return out
}

// wavesJSON is the list of waves in order, with their dates, as kring keeps
// it in a graph attribute: waves without ties come back too.
func wavesJSON(ws []graph.Wave) string {
	list := make([]jsonio.Wave, 0, len(ws))
	for _, w := range ws {
		list = append(list, jsonio.Wave{Name: w.Name, Date: w.Date})
	}
	b, _ := json.Marshal(list)
	return string(b)
}

// WriteGraphML writes n as GraphML: a directed graph in which contacts are
// edges of kind contact (written one way, as networkx reads no graphs with
// directed and undirected edges both).
func WriteGraphML(w io.Writer, n *graph.Network, opts Options) error {
	f := flatten(n, opts)
	g := gmlGraph{ID: "kring", EdgeDefault: "directed", Data: data("network", f.name, "kring_waves", wavesJSON(f.waves))}
	for _, nd := range f.nodes {
		p := nd.person
		g.Nodes = append(g.Nodes, gmlNode{ID: nd.id, Data: data("label", p.Name, "org", p.Org, "function", p.Function,
			"offers", join(p.Offers), "needs", join(p.Needs), "aliases", join(nd.aliases))})
	}
	for _, e := range f.edges {
		ge := gmlEdge{Source: f.nodes[e.source].id, Target: f.nodes[e.target].id, Data: data("kind", e.kind(), "wave", e.wave, "date", e.date,
			"weight", weight(e.weight), "topic", join(e.topics), "reporters", join(e.reporters), "confirmed", strconv.FormatBool(e.confirmed))}
		g.Edges = append(g.Edges, ge)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(gmlFile{NS: "http://graphml.graphdrawing.org/xmlns", Keys: gmlKeys, Graphs: []gmlGraph{g}}); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// ReadGraphML reads a GraphML file, kring's or another tool's, as a network
// file: a node's name is its label (or name) attribute, else the label yEd
// draws on it, else its id; edges are help ties from source to target unless
// their kind is contact or they are undirected; the wave, topic, weight and
// reporters attributes are used when present (matched by their attr.name,
// case-insensitively). Edges without a wave go to the import's default
// wave. The nodes of yEd's groups are read; the group nodes themselves are
// not people. A file with more than one graph is refused.
func ReadGraphML(r io.Reader, source string) (jsonio.File, []graph.Problem, error) {
	var gf gmlFile
	dec := xml.NewDecoder(r)
	if err := dec.Decode(&gf); err != nil {
		return jsonio.File{}, nil, graph.Errorf(graph.EINVALID, "%s is not a GraphML file (%v)", source, err)
	}
	if err := onlyOneDocument(dec); err != nil {
		return jsonio.File{}, nil, graph.Errorf(graph.EINVALID, "%s holds more after its <graphml> element (%v); kring imports one network at a time. Keep one <graphml> document in the file", source, err)
	}
	switch len(gf.Graphs) {
	case 0:
		return jsonio.File{}, nil, graph.Errorf(graph.EINVALID, "%s holds no graph", source)
	case 1:
	default:
		return jsonio.File{}, nil, graph.Errorf(graph.EINVALID, "%s holds %d graphs; kring imports one network at a time. Save each graph in a file of its own and import them one by one", source, len(gf.Graphs))
	}
	g := gf.Graphs[0]
	attr := map[string]string{} // key id → attribute name
	graphics := map[string]bool{}
	defaults := map[string]string{}
	for _, k := range gf.Keys {
		name := strings.ToLower(k.Name)
		if name == "" {
			name = strings.ToLower(k.ID)
		}
		attr[k.ID] = name
		if k.YFiles == "nodegraphics" || k.YFiles == "edgegraphics" {
			graphics[k.ID] = true
		}
		if k.Default != "" {
			defaults[name] = k.Default
		}
	}
	values := func(ds []gmlData) map[string]string {
		m := map[string]string{}
		for k, v := range defaults {
			m[k] = v
		}
		for _, d := range ds {
			if graphics[d.Key] {
				label, arrows := yedGraphics(d.Inner)
				if label != "" {
					m["yed label"] = label
				}
				if arrows != "" {
					m["yed arrows"] = arrows
				}
				continue
			}
			name, ok := attr[d.Key]
			if !ok {
				name = strings.ToLower(d.Key)
			}
			m[name] = strings.TrimSpace(d.Value)
		}
		return m
	}
	f := jsonio.File{Format: jsonio.FormatName, Version: jsonio.Version}
	gv := values(g.Data)
	f.Network = gv["network"]
	var problems []graph.Problem
	if s := gv["kring_waves"]; s != "" {
		if err := json.Unmarshal([]byte(s), &f.Waves); err != nil {
			problems = append(problems, problemf("graph", "the kring_waves attribute is not a list of waves (%v)", err))
		}
	}
	name := map[string]string{}
	nodes, edges, edgeDefault := flattenGraphML(g)
	for i, nd := range nodes {
		v := values(nd.Data)
		nm := cmpOr(v["label"], v["name"], v["yed label"], nd.ID)
		if nm == "" {
			problems = append(problems, problemf(fmt.Sprintf("node %d", i+1), "has no id, label or name"))
			continue
		}
		name[nd.ID] = nm
		f.People = append(f.People, jsonio.Person{Name: nm, Org: cmpOr(v["org"], v["organisation"], v["organization"]), Function: v["function"],
			Offers: csvio.SplitList(v["offers"]), Needs: csvio.SplitList(v["needs"]), Aliases: csvio.SplitList(v["aliases"]),
			Where: fmt.Sprintf("node %d (%s)", i+1, nd.ID)})
	}
	seenWave := map[string]bool{}
	for _, w := range f.Waves {
		seenWave[w.Name] = true
	}
	for i, e := range edges {
		where := fmt.Sprintf("edge %d", i+1)
		v := values(e.Data)
		a, okA := name[e.Source]
		b, okB := name[e.Target]
		if !okA || !okB {
			problems = append(problems, problemf(where, "joins node %q and %q, but the file has no such node", e.Source, e.Target))
			continue
		}
		wave := v["wave"]
		if wave != "" && !seenWave[wave] {
			seenWave[wave] = true
			f.Waves = append(f.Waves, jsonio.Wave{Name: wave, Date: v["date"]})
		}
		reporters := csvio.SplitList(v["reporters"])
		undirected := e.Directed == "false" || (e.Directed == "" && edgeDefault[i] == "undirected")
		switch v["yed arrows"] { // as drawn in yEd
		case "none":
			undirected = true
		case "back":
			a, b = b, a
		}
		if v["kind"] == "contact" || undirected {
			f.Contacts = append(f.Contacts, jsonio.Contact{A: a, B: b, Wave: wave, Reporters: reporters, Where: where})
			continue
		}
		t := jsonio.Tie{Giver: a, Receiver: b, Wave: wave, Topics: csvio.SplitList(v["topic"]), Reporters: reporters, Where: where}
		if s := v["weight"]; s != "" {
			wt, err := strconv.ParseFloat(s, 64)
			if err != nil || wt <= 0 {
				problems = append(problems, problemf(where, "weight %q is not a positive number", s))
				continue
			}
			t.Weight = wt
		}
		f.Ties = append(f.Ties, t)
		if v["yed arrows"] == "both" {
			back := t
			back.Giver, back.Receiver = b, a
			f.Ties = append(f.Ties, back)
		}
	}
	return f, problems, nil
}

// flattenGraphML lists the nodes and edges of g and of the graphs nested in
// its group nodes (yEd), leaving out the group nodes; edgeDefault is the
// edgedefault of the graph each edge is in.
func flattenGraphML(g gmlGraph) (nodes []gmlNode, edges []gmlEdge, edgeDefault []string) {
	var walk func(g gmlGraph)
	walk = func(g gmlGraph) {
		for _, nd := range g.Nodes {
			if len(nd.Graphs) == 0 {
				nodes = append(nodes, nd)
			}
			for _, sub := range nd.Graphs {
				walk(sub)
			}
		}
		for _, e := range g.Edges {
			edges = append(edges, e)
			edgeDefault = append(edgeDefault, g.EdgeDefault)
		}
	}
	walk(g)
	return nodes, edges, edgeDefault
}

// yedGraphics reads yEd's graphics of a node or edge: the text of the first
// y:NodeLabel, with its line breaks folded to spaces, and the arrows of an
// edge as drawn: "none" (a line without arrows), "back" (an arrow at the
// source only), "both", or "" (at the target only, or not said).
func yedGraphics(inner []byte) (label, arrows string) {
	d := xml.NewDecoder(bytes.NewReader(inner))
	depth := 0 // inside a NodeLabel: its nesting depth
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			return label, arrows
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case depth > 0:
				depth++
			case t.Name.Local == "NodeLabel" && label == "":
				depth = 1
			case t.Name.Local == "Arrows":
				arrows = yedArrows(t.Attr)
			}
		case xml.EndElement:
			if depth == 1 {
				label = strings.Join(strings.Fields(text.String()), " ")
				text.Reset()
			}
			if depth > 0 {
				depth--
			}
		case xml.CharData:
			if depth == 1 {
				text.Write(t)
			}
		}
	}
}

func yedArrows(attrs []xml.Attr) string {
	var source, target bool
	for _, a := range attrs {
		switch a.Name.Local {
		case "source":
			source = a.Value != "none"
		case "target":
			target = a.Value != "none"
		}
	}
	switch {
	case source && target:
		return "both"
	case source:
		return "back"
	case !target:
		return "none"
	}
	return ""
}

func cmpOr(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
