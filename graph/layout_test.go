package graph_test

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/kring-nl/kring"

// deps lists the packages of this module that pkg imports, directly or not.
func deps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", module+"/"+pkg).Output()
	if err != nil {
		t.Fatalf("go list %s: %v", pkg, err)
	}
	var ours []string
	for _, p := range strings.Fields(string(out)) {
		if strings.HasPrefix(p, module+"/") && p != module+"/"+pkg {
			ours = append(ours, strings.TrimPrefix(p, module+"/"))
		}
	}
	return ours
}

// TestImportsFlowOneWay checks DESIGN.md's layout: cmd → store, analysis,
// render → graph; graph imports nothing of ours; store and analysis never
// import each other.
func TestImportsFlowOneWay(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	if got := deps(t, "graph"); len(got) != 0 {
		t.Errorf("graph imports %v; it must import nothing of ours", got)
	}
	// Below cmd, packages may use only the domain and its name rules.
	for _, pkg := range []string{"store", "analysis", "graph/render", "graph/csvio", "graph/jsonio"} {
		for _, d := range deps(t, pkg) {
			if d != "graph" && d != "graph/names" {
				t.Errorf("%s imports %s; it may import only graph and graph/names of ours", pkg, d)
			}
		}
	}
}

// The presentation layer, the message catalogue and the application below
// the commands know nothing of the command line: no cobra, no pflag.
func TestPresentationHasNoCobra(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	for _, pkg := range []string{"cmd/kring/internal/view", "cmd/kring/internal/i18n", "cmd/kring/internal/app"} {
		out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", module+"/"+pkg).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		for _, d := range strings.Fields(string(out)) {
			if strings.HasPrefix(d, "github.com/spf13/") {
				t.Errorf("%s imports %s", pkg, d)
			}
		}
	}
}
