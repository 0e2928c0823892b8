package exchange

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/kring-nl/kring/graph/jsonio"
)

type gexfFile struct {
	XMLName xml.Name  `xml:"gexf"`
	NS      string    `xml:"xmlns,attr,omitempty"`
	VizNS   string    `xml:"xmlns:viz,attr,omitempty"`
	Version string    `xml:"version,attr"`
	Meta    *gexfMeta `xml:"meta"`
	Graph   gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator,omitempty"`
	Description string `xml:"description,omitempty"`
}

type gexfGraph struct {
	DefaultEdgeType    string           `xml:"defaultedgetype,attr,omitempty"`
	Mode               string           `xml:"mode,attr,omitempty"`
	TimeFormat         string           `xml:"timeformat,attr,omitempty"`
	TimeRepresentation string           `xml:"timerepresentation,attr,omitempty"`
	Attributes         []gexfAttributes `xml:"attributes"`
	Nodes              []gexfNode       `xml:"nodes>node"`
	Edges              []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class      string     `xml:"class,attr"`
	Mode       string     `xml:"mode,attr,omitempty"`
	Attributes []gexfAttr `xml:"attribute"`
}

type gexfAttr struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID     string      `xml:"id,attr"`
	Label  string      `xml:"label,attr,omitempty"`
	Values []gexfValue `xml:"attvalues>attvalue,omitempty"`
	Nodes  []gexfNode  `xml:"nodes>node"` // a node with nodes of its own (a hierarchy): read, never written
	Color  *gexfColor  `xml:"viz:color"`  // last: the GEXF 1.3 XSD knows no viz elements (see testdata/gexf)
}

type gexfEdge struct {
	ID     string      `xml:"id,attr,omitempty"`
	Source string      `xml:"source,attr"`
	Target string      `xml:"target,attr"`
	Type   string      `xml:"type,attr,omitempty"`
	Weight string      `xml:"weight,attr,omitempty"`
	Start  string      `xml:"start,attr,omitempty"`
	End    string      `xml:"end,attr,omitempty"`
	Values []gexfValue `xml:"attvalues>attvalue,omitempty"`
	Spells []gexfSpell `xml:"spells>spell,omitempty"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
	Start string `xml:"start,attr,omitempty"`
	End   string `xml:"end,attr,omitempty"`
}

type gexfSpell struct {
	Start string `xml:"start,attr,omitempty"`
	End   string `xml:"end,attr,omitempty"`
}

type gexfColor struct {
	R int `xml:"r,attr"`
	G int `xml:"g,attr"`
	B int `xml:"b,attr"`
}

// palette colours communities (or organisations): Paul Tol's "muted"
// scheme, told apart also by people with colour blindness, then grey.
var palette = [][3]int{
	{0x33, 0x22, 0x88}, {0x88, 0xCC, 0xEE}, {0x44, 0xAA, 0x99}, {0x11, 0x77, 0x33}, {0x99, 0x99, 0x33},
	{0xDD, 0xCC, 0x77}, {0xCC, 0x66, 0x77}, {0x88, 0x22, 0x55}, {0xAA, 0x44, 0x99},
}

var grey = [3]int{0xBB, 0xBB, 0xBB}

func values(kv ...string) []gexfValue {
	var out []gexfValue
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			out = append(out, gexfValue{For: kv[i], Value: kv[i+1]})
		}
	}
	return out
}

// interval is the time a wave spans in a GEXF timeline.
type interval struct{ start, end string }

// timeline gives each wave an interval: from its date to the day before the
// next wave's date (the last wave: its own day) when every wave has a date
// and the dates go up; else the wave's number in the order of waves.
func timeline(ws []graph.Wave) (string, map[string]interval) {
	out := map[string]interval{}
	dated := len(ws) > 0
	var days []time.Time
	for i, w := range ws {
		d, err := time.Parse(time.DateOnly, w.Date)
		if err != nil || i > 0 && !d.After(days[i-1]) {
			dated = false
			break
		}
		days = append(days, d)
	}
	if !dated {
		for i, w := range ws {
			k := strconv.Itoa(i + 1)
			out[w.Name] = interval{k, k}
		}
		return "integer", out
	}
	for i, w := range ws {
		end := days[i]
		if i+1 < len(ws) {
			end = days[i+1].AddDate(0, 0, -1)
		}
		out[w.Name] = interval{days[i].Format(time.DateOnly), end.Format(time.DateOnly)}
	}
	return "date", out
}

// WriteGEXF writes n as GEXF 1.3 for Gephi, using what Gephi shows: waves
// are time intervals (the timeline plays the waves: a tie is there during
// the waves it was recorded in), help ties are directed edges and contacts
// undirected ones (one edge per pair, with a spell per wave and the wave's
// weight, topics, reporters and confirmation as values of that spell),
// people carry their organisation, function, topics, other names and, when
// opts has them, role, community, betweenness and broker, and are coloured
// by community (else by organisation).
func WriteGEXF(w io.Writer, n *graph.Network, opts Options) error {
	f := flatten(n, opts)
	timeFormat, times := timeline(f.waves)
	g := gexfGraph{DefaultEdgeType: "directed", Mode: "dynamic", TimeFormat: timeFormat, TimeRepresentation: "interval", Attributes: []gexfAttributes{
		{Class: "node", Mode: "static", Attributes: []gexfAttr{{"org", "organisation", "string"}, {"function", "function", "string"},
			{"offers", "offers", "string"}, {"needs", "needs", "string"}, {"aliases", "aliases", "string"},
			{"role", "role", "string"}, {"community", "community", "integer"}, {"betweenness", "betweenness", "double"}, {"broker", "broker", "boolean"}}},
		{Class: "edge", Mode: "dynamic", Attributes: []gexfAttr{{"kind", "kind", "string"}, {"wave", "wave", "string"}, {"date", "date", "string"},
			{"wave_weight", "weight in the wave", "double"}, {"topic", "topic", "string"}, {"reporters", "reporters", "string"}, {"confirmed", "confirmed", "boolean"}}},
	}}
	orgColour := map[string]int{}
	for _, nd := range f.nodes {
		if o := nd.person.Org; o != "" {
			if _, ok := orgColour[o]; !ok {
				orgColour[o] = len(orgColour)
			}
		}
	}
	for _, nd := range f.nodes {
		p := nd.person
		node := gexfNode{ID: nd.id, Label: p.Name,
			Values: values("org", p.Org, "function", p.Function, "offers", join(p.Offers), "needs", join(p.Needs), "aliases", join(nd.aliases))}
		c := grey
		if fig, ok := opts.Figures[p.ID]; ok {
			node.Values = append(node.Values, values("role", fig.Role, "community", strconv.Itoa(fig.Community),
				"betweenness", weight(fig.Betweenness), "broker", strconv.FormatBool(fig.Broker))...)
			c = palette[fig.Community%len(palette)]
		} else if i, ok := orgColour[p.Org]; ok {
			c = palette[i%len(palette)]
		}
		node.Color = &gexfColor{c[0], c[1], c[2]}
		g.Nodes = append(g.Nodes, node)
	}
	// One edge per kind and pair, a spell per wave.
	type key struct {
		contact bool
		a, b    int
	}
	byKey := map[key]int{}
	for _, e := range f.edges {
		k := key{e.contact, e.source, e.target}
		i, ok := byKey[k]
		if !ok {
			i = len(g.Edges)
			byKey[k] = i
			prefix, typ := "h", "directed"
			if e.contact {
				prefix, typ = "c", "undirected"
			}
			g.Edges = append(g.Edges, gexfEdge{ID: prefix + strings.TrimPrefix(f.nodes[e.source].id, "p") + "-" + strings.TrimPrefix(f.nodes[e.target].id, "p"),
				Source: f.nodes[e.source].id, Target: f.nodes[e.target].id, Type: typ, Values: values("kind", e.kind())})
		}
		ge := &g.Edges[i]
		span := times[e.wave]
		ge.Spells = append(ge.Spells, gexfSpell{span.start, span.end})
		for _, v := range values("wave", e.wave, "date", e.date, "wave_weight", weight(e.weight), "topic", join(e.topics),
			"reporters", join(e.reporters), "confirmed", strconv.FormatBool(e.confirmed)) {
			v.Start, v.End = span.start, span.end
			ge.Values = append(ge.Values, v)
		}
		// The edge's own weight, for layouts and filters: the largest.
		if old, _ := strconv.ParseFloat(ge.Weight, 64); e.weight > old {
			ge.Weight = weight(e.weight)
		}
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(gexfFile{NS: "http://gexf.net/1.3", VizNS: "http://gexf.net/1.3/viz", Version: "1.3",
		Meta: &gexfMeta{Creator: "kring", Description: f.name}, Graph: g}); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// ReadGEXF reads a GEXF file (1.1 to 1.3), kring's or Gephi's: a node's name
// is its label (else its id), with organisation, function, offers, needs
// and aliases from the attributes of those titles; an edge is a help tie
// from source to target, a contact when it is undirected (or of kind
// contact), help both ways when mutual. A dynamic edge is a tie in each wave
// it has a spell in: kring's files name the waves in the edge's values,
// others name a wave after the spell's start. Nodes nested in nodes (a
// hierarchy) are read; the parents are not people.
func ReadGEXF(r io.Reader, source string) (jsonio.File, []graph.Problem, error) {
	var gf gexfFile
	dec := xml.NewDecoder(r)
	if err := dec.Decode(&gf); err != nil {
		return jsonio.File{}, nil, graph.Errorf(graph.EINVALID, "%s is not a GEXF file (%v)", source, err)
	}
	if err := onlyOneDocument(dec); err != nil {
		return jsonio.File{}, nil, graph.Errorf(graph.EINVALID, "%s holds more after its <gexf> element (%v); kring imports one network at a time. Keep one <gexf> document in the file", source, err)
	}
	g := gf.Graph
	f := jsonio.File{Format: jsonio.FormatName, Version: jsonio.Version}
	if gf.Meta != nil {
		f.Network = strings.TrimSpace(gf.Meta.Description)
	}
	titles := map[string]map[string]string{"node": {}, "edge": {}} // class → attribute id → title
	for _, as := range g.Attributes {
		for _, a := range as.Attributes {
			if m, ok := titles[as.Class]; ok {
				m[a.ID] = strings.ToLower(cmpOr(a.Title, a.ID))
			}
		}
	}
	get := func(class string, vs []gexfValue, start string, wanted ...string) string {
		for _, want := range wanted {
			for _, v := range vs {
				t := titles[class][v.For]
				if t == "" {
					t = strings.ToLower(v.For)
				}
				if t == want && (start == "*" || v.Start == start) {
					return strings.TrimSpace(v.Value)
				}
			}
		}
		return ""
	}
	var problems []graph.Problem
	name := map[string]string{}
	var walk func(nodes []gexfNode)
	walk = func(nodes []gexfNode) {
		for _, nd := range nodes {
			if len(nd.Nodes) > 0 {
				walk(nd.Nodes)
				continue
			}
			nm := cmpOr(strings.TrimSpace(nd.Label), nd.ID)
			name[nd.ID] = nm
			f.People = append(f.People, jsonio.Person{Name: nm, Org: get("node", nd.Values, "*", "organisation", "organization", "org", "organisatie"),
				Function: get("node", nd.Values, "*", "function", "functie"), Offers: csvio.SplitList(get("node", nd.Values, "*", "offers")),
				Needs: csvio.SplitList(get("node", nd.Values, "*", "needs")), Aliases: csvio.SplitList(get("node", nd.Values, "*", "aliases")),
				Where: fmt.Sprintf("node %s", nd.ID)})
		}
	}
	walk(g.Nodes)
	type wave struct{ name, date, start string }
	var waves []wave
	seenWave := map[string]bool{}
	addWave := func(w wave) {
		if w.name != "" && !seenWave[w.name] {
			seenWave[w.name] = true
			waves = append(waves, w)
		}
	}
	for i, e := range g.Edges {
		where := fmt.Sprintf("edge %d", i+1)
		if e.ID != "" {
			where = fmt.Sprintf("edge %s", e.ID)
		}
		a, okA := name[e.Source]
		b, okB := name[e.Target]
		if !okA || !okB {
			problems = append(problems, problemf(where, "joins node %q and %q, but the file has no such node", e.Source, e.Target))
			continue
		}
		typ := cmpOr(e.Type, g.DefaultEdgeType, "undirected")
		contact := typ == "undirected" || get("edge", e.Values, "*", "kind") == "contact"
		// The waves of the edge: kring names them in values per spell;
		// other files have spells (or a start) only.
		type occurrence struct{ wave, date, start, topic, reporters, weight string }
		var occ []occurrence
		for _, v := range e.Values {
			if titles["edge"][v.For] == "wave" || v.For == "wave" {
				occ = append(occ, occurrence{wave: v.Value, start: v.Start, date: get("edge", e.Values, v.Start, "date"),
					topic: get("edge", e.Values, v.Start, "topic"), reporters: get("edge", e.Values, v.Start, "reporters"),
					weight: get("edge", e.Values, v.Start, "weight in the wave")})
			}
		}
		if len(occ) == 0 {
			spells := e.Spells
			if len(spells) == 0 && (e.Start != "" || e.End != "") {
				spells = []gexfSpell{{e.Start, e.End}}
			}
			for _, s := range spells {
				o := occurrence{wave: cmpOr(s.Start, s.End), start: s.Start}
				if g.TimeFormat == "date" || g.TimeFormat == "" && isDate(o.wave) {
					o.date = o.wave
				}
				occ = append(occ, o)
			}
			if len(occ) == 0 {
				occ = []occurrence{{}}
			}
			for k := range occ {
				occ[k].topic = get("edge", e.Values, "*", "topic")
				occ[k].reporters = get("edge", e.Values, "*", "reporters")
			}
		}
		for _, o := range occ {
			addWave(wave{o.wave, o.date, o.start})
			if contact {
				f.Contacts = append(f.Contacts, jsonio.Contact{A: a, B: b, Wave: o.wave, Reporters: csvio.SplitList(o.reporters), Where: where})
				continue
			}
			t := jsonio.Tie{Giver: a, Receiver: b, Wave: o.wave, Topics: csvio.SplitList(o.topic), Reporters: csvio.SplitList(o.reporters), Where: where}
			if s := cmpOr(o.weight, e.Weight); s != "" {
				wt, err := strconv.ParseFloat(s, 64)
				if err != nil || wt <= 0 {
					problems = append(problems, problemf(where, "weight %q is not a positive number", s))
					continue
				}
				if wt != 1 {
					t.Weight = wt
				}
			}
			f.Ties = append(f.Ties, t)
			if typ == "mutual" {
				back := t
				back.Giver, back.Receiver = b, a
				f.Ties = append(f.Ties, back)
			}
		}
	}
	// Waves in the order of time.
	slices.SortStableFunc(waves, func(x, y wave) int { return compareTime(x.start, y.start) })
	for _, w := range waves {
		f.Waves = append(f.Waves, jsonio.Wave{Name: w.name, Date: w.date})
	}
	return f, problems, nil
}

func isDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// compareTime orders GEXF times: numbers as numbers, dates as text.
func compareTime(a, b string) int {
	x, errA := strconv.ParseFloat(a, 64)
	y, errB := strconv.ParseFloat(b, 64)
	if errA == nil && errB == nil {
		return cmp.Compare(x, y)
	}
	return strings.Compare(a, b)
}
