package netcanvas

import (
	"testing"
	"testing/fstest"
)

func TestClassify(t *testing.T) {
	for name, want := range map[string]File{
		"export/P01_2f0c_ego.csv":                   {Prefix: "P01_2f0c", Kind: "ego"},
		"P01_2f0c_attributeList_Person.csv":         {Prefix: "P01_2f0c", Kind: "attributeList", Type: "Person"},
		"case 7_9b2e_edgeList_advice_given.csv":     {Prefix: "case 7_9b2e", Kind: "edgeList", Type: "advice_given"},
		"P01_2f0c_adjacencyMatrix_advice_given.csv": {},
		"notes.csv": {},
	} {
		got, ok := Classify(name)
		got.Path = ""
		if ok != (want.Kind != "") || got != want {
			t.Errorf("Classify(%q) = %+v, %v; want %+v", name, got, ok, want)
		}
	}
}

func TestReadWithoutEgo(t *testing.T) {
	fsys := fstest.MapFS{"P01_x_attributeList_Person.csv": {Data: []byte("nodeID,networkCanvasEgoUUID,networkCanvasUUID,name\r\n1,e,a,Ann\r\n")}}
	files, _ := Files(fsys)
	if _, err := Read(fsys, files, "x.zip"); err == nil {
		t.Error("an export without an ego file was read")
	}
}
