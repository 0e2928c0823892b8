package main

import (
	"strings"
	"testing"
)

// Issue 11, item 3: two concatenated JSON documents, trailing content, or a
// GraphML file with two graphs imported the first part and exited 0.
func TestImportRefusesPartialDocuments(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("person", "add", "Ann")
	before := e.dump()
	doc := `{"format":"kring-network","version":1,"network":"N","people":[{"name":"Bob"}],"waves":[],"ties":[],"contacts":[]}`
	for _, c := range []struct{ name, content, want string }{
		{"two.json", doc + doc, "holds more than one JSON document"},
		{"trailing.json", doc + "\n,{}", "holds more than one JSON document"},
		{"two.graphml", `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/></graph>` +
			`<graph edgedefault="directed"><node id="b"/></graph></graphml>`, "holds 2 graphs"},
	} {
		errs, code := e.fail("import", e.write(c.name, c.content))
		if code != exitError {
			t.Errorf("%s: exit %d", c.name, code)
		}
		mustContain(t, c.name, errs, c.want)
		if after := e.dump(); after != before {
			t.Errorf("%s changed the database", c.name)
		}
	}
	if strings.Contains(e.ok("person", "list"), "Bob") {
		t.Error("Bob was imported")
	}
}
