package jsonio

import (
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

const one = `{"format":"kring-network","version":1,"network":"N","people":[{"name":"Ann"}],"waves":[],"ties":[],"contacts":[]}`

// Issue 11: a file with more than one JSON document, or anything after the
// document, was imported up to the end of the first one.
func TestReadRefusesTrailingContent(t *testing.T) {
	for name, text := range map[string]string{
		"two documents":    one + one,
		"two on two lines": one + "\n" + one + "\n",
		"trailing garbage": one + "\n}",
		"trailing text":    one + " oops",
		"trailing array":   one + "[]",
	} {
		_, err := Read(strings.NewReader(text), "net.json")
		if err == nil {
			t.Errorf("%s: read without error", name)
			continue
		}
		if graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("%s: error code %q (%v)", name, graph.ErrorCode(err), err)
		}
	}
	for name, text := range map[string]string{
		"one":                  one,
		"trailing white space": one + "\n\n  \t\r\n",
	} {
		if _, err := Read(strings.NewReader(text), "net.json"); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
