package exchange

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"path"
	"regexp"
	"strings"

	"github.com/kring-nl/kring/graph/csvio"
)

// Format is a kind of file, as Detect recognises it by its content.
type Format string

// Formats kring reads.
const (
	CSV       Format = "csv"
	JSON      Format = "json" // kring's network file
	Kumu      Format = "kumu" // a Kumu blueprint: elements and connections
	GraphML   Format = "graphml"
	GEXF      Format = "gexf"
	Pajek     Format = "pajek"
	DL        Format = "dl" // UCINET DL
	XLSX      Format = "xlsx"
	DB        Format = "db"        // an SQLite file: a kring database
	NetCanvas Format = "netcanvas" // a Network Canvas CSV export (.zip)
)

// Formats kring recognises but does not read.
const (
	XLS       Format = "xls"       // an old Excel workbook (or another OLE2 document)
	ODS       Format = "ods"       // a LibreOffice or OpenOffice spreadsheet
	Word      Format = "docx"      // a Word document
	Zip       Format = "zip"       // another zip archive
	PDF       Format = "pdf"       // a PDF document
	Image     Format = "image"     // PNG, JPEG, GIF or SVG
	HTML      Format = "html"      // a web page
	GML       Format = "gml"       // Graph Modelling Language (Gephi, igraph, Cytoscape)
	DOT       Format = "dot"       // Graphviz DOT
	OtherXML  Format = "xml"       // XML of another kind (Detected.Detail is its root element)
	OtherJSON Format = "otherjson" // JSON of another kind (networkx node-link, Cytoscape.js, …)
	Binary    Format = "binary"    // bytes that are not text
)

// Readable reports whether kring reads the format.
func (f Format) Readable() bool {
	switch f {
	case CSV, JSON, Kumu, GraphML, GEXF, Pajek, DL, XLSX, DB, NetCanvas:
		return true
	}
	return false
}

var (
	pajekHeader = regexp.MustCompile(`(?i)^\*(vertices|network|arcs|edges|arcslist|edgeslist|matrix)\b`)
	dlHeader    = regexp.MustCompile(`(?i)^dl\s+n[rcm]?\s*=`)
	gmlHeader   = regexp.MustCompile(`^(graph\s*\[|creator\s+")`)
	dotHeader   = regexp.MustCompile(`(?i)^(strict\s+)?(di)?graph\s*("[^"]*"\s*|[\w.]+\s*)?\{`)
)

// Detect tells what a file is from its first bytes (a few kilobytes are
// enough) and, for a zip archive, the names of the files in it.
func Detect(head []byte, zipNames []string) (Format, string) {
	switch {
	case bytes.HasPrefix(head, []byte("SQLite format 3\x00")):
		return DB, ""
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return detectZip(zipNames), ""
	case bytes.HasPrefix(head, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return XLS, ""
	case bytes.HasPrefix(head, []byte("%PDF")):
		return PDF, ""
	case bytes.HasPrefix(head, []byte("\x89PNG")), bytes.HasPrefix(head, []byte{0xFF, 0xD8, 0xFF}), bytes.HasPrefix(head, []byte("GIF8")):
		return Image, ""
	}
	text, _ := csvio.Decode(head)
	if strings.IndexByte(text, 0) >= 0 {
		return Binary, ""
	}
	t := strings.TrimLeft(text, " \t\r\n\ufeff")
	switch {
	case strings.HasPrefix(t, "<"):
		return detectXML(t)
	case strings.HasPrefix(t, "{") || strings.HasPrefix(t, "["):
		return detectJSON(t), ""
	case dlHeader.MatchString(t):
		return DL, ""
	case gmlHeader.MatchString(t):
		return GML, ""
	case dotHeader.MatchString(t):
		return DOT, ""
	}
	for _, line := range strings.Split(t, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "%") {
			continue // Pajek comments
		}
		if pajekHeader.MatchString(line) {
			return Pajek, ""
		}
		break
	}
	return CSV, ""
}

// detectZip tells a workbook from a Network Canvas export and other archives.
func detectZip(files []string) Format {
	nc := regexp.MustCompile(`(_ego|_attributeList_[^/]*|_edgeList_[^/]*)\.csv$`)
	for _, f := range files {
		switch {
		case f == "xl/workbook.xml":
			return XLSX
		case f == "content.xml" || f == "mimetype":
			return ODS
		case f == "word/document.xml":
			return Word
		case nc.MatchString(path.Base(f)):
			return NetCanvas
		}
	}
	return Zip
}

// detectXML reads the name of the root element.
func detectXML(text string) (Format, string) {
	d := xml.NewDecoder(strings.NewReader(text))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return OtherXML, ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			switch strings.ToLower(se.Name.Local) {
			case "graphml":
				return GraphML, ""
			case "gexf":
				return GEXF, ""
			case "svg":
				return Image, ""
			case "html":
				return HTML, ""
			}
			return OtherXML, se.Name.Local
		}
	}
}

// detectJSON looks at the keys of the top-level object.
func detectJSON(text string) Format {
	d := json.NewDecoder(strings.NewReader(text))
	tok, err := d.Token()
	if err != nil || tok != json.Delim('{') {
		return OtherJSON
	}
	keys := map[string]bool{}
	isKring := false
	for d.More() {
		tok, err := d.Token()
		if err != nil {
			break
		}
		key, _ := tok.(string)
		keys[key] = true
		if key == "format" {
			if v, err := d.Token(); err == nil && v == "kring-network" {
				isKring = true
			}
			continue
		}
		var skip json.RawMessage
		if key == "elements" {
			// Kumu keeps an array of elements; Cytoscape.js an object.
			if t, err := d.Token(); err == nil && t == json.Delim('[') {
				keys["elements[]"] = true
				for d.More() {
					if err := d.Decode(&skip); err != nil {
						break
					}
				}
				d.Token()
			}
			continue
		}
		if err := d.Decode(&skip); err != nil {
			break // the head may end in the middle of a value
		}
	}
	switch {
	case isKring || keys["format"]:
		return JSON // jsonio says what is wrong with one of another format
	case keys["elements[]"] || keys["connections"] && !keys["elements"]:
		return Kumu
	case keys["people"] && keys["ties"]:
		return JSON
	}
	return OtherJSON
}
