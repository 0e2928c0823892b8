package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// keys finds every message key in kring's code: the literal text given to a
// Lang (Sprintf, T, Fprintf, Fprintln), to graph.Errorf, as a graph.Word,
// or as the kind of name to names.Check. It maps each key to where it is.
func keys(t *testing.T) map[string]string {
	t.Helper()
	root := filepath.Join("..", "..", "..", "..")
	found := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if strings.Contains(path, "third_party") || strings.HasPrefix(d.Name(), ".") && path != root || d.Name() == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name, recv string
			switch fn := call.Fun.(type) {
			case *ast.SelectorExpr:
				name = fn.Sel.Name
				if id, ok := fn.X.(*ast.Ident); ok {
					recv = id.Name
				} else if sel, ok := fn.X.(*ast.SelectorExpr); ok {
					recv = sel.Sel.Name
				}
			case *ast.Ident:
				name = fn.Name
			}
			arg := -1
			switch {
			case recv == "fmt" || recv == "strconv" || recv == "errors" || recv == "log":
			case name == "Errorf" && (recv == "graph" || recv == "" && f.Name.Name == "graph"):
				arg = 1
			case name == "Word" && recv == "graph", name == "Check" && recv == "names", name == "optional" && recv == "",
				(name == "Usagef" || name == "OneName") && (recv == "" || recv == "cli"):
				arg = 0
			case name == "ExactArgs" && (recv == "" || recv == "cli"):
				arg = 1
			case (name == "Sprintf" || name == "T") && recv != "":
				arg = 0
			case (name == "Fprintf" || name == "Fprintln") && recv != "":
				arg = 1
			}
			if arg < 0 || arg >= len(call.Args) {
				return true
			}
			if s, ok := constString(call.Args[arg]); ok {
				found[s] = fset.Position(call.Args[arg].Pos()).String()
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return found
}

var verb = regexp.MustCompile(`%[-+# 0]*(\[\d+\])?[\d.*]*[a-zA-Z%]`)

// translatable reports whether a key holds words (not only verbs and signs).
func translatable(key string) bool {
	return regexp.MustCompile(`\pL`).MatchString(verb.ReplaceAllString(key, ""))
}

// verbs are the formatting verbs of a message, without argument indexes,
// sorted: a translation must use the same ones.
func verbs(s string) []string {
	var out []string
	for _, v := range verb.FindAllString(s, -1) {
		if v == "%%" {
			continue
		}
		out = append(out, regexp.MustCompile(`\[\d+\]`).ReplaceAllString(v, ""))
	}
	sort.Strings(out)
	return out
}

// Every message in the code is in the catalogue, in Dutch and (for plural
// forms) in English, with the same verbs; and the catalogue holds nothing
// the code no longer says.
func TestCatalogueIsComplete(t *testing.T) {
	used := keys(t)
	if len(used) < 20 {
		t.Fatalf("found only %d message keys: the scan is broken", len(used))
	}
	inPlurals := map[string]pluralMsg{}
	for _, p := range plurals {
		if _, dup := inPlurals[p.key]; dup {
			t.Errorf("plural %q twice", p.key)
		}
		inPlurals[p.key] = p
		if _, also := dutch[p.key]; also {
			t.Errorf("%q is both a plain and a plural message", p.key)
		}
		for _, form := range []string{p.en[0], p.en[1], p.nl[0], p.nl[1]} {
			if !slices.Equal(verbs(form), verbs(p.key)) && !slices.Equal(verbs(form), verbs(strings.Replace(p.key, "%d", "", 1))) {
				t.Errorf("plural %q: form %q has other verbs", p.key, form)
			}
		}
	}
	var missing []string
	for key, where := range used {
		if !translatable(key) {
			continue
		}
		nl, ok := dutch[key]
		if _, plural := inPlurals[key]; plural {
			continue
		}
		if !ok {
			missing = append(missing, where+": "+strconv.Quote(key))
			continue
		}
		if !slices.Equal(verbs(nl), verbs(key)) {
			t.Errorf("%s: the Dutch of %q has other verbs: %q", where, key, nl)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("no Dutch for %s", m)
	}
	for key := range dutch {
		if _, ok := used[key]; !ok {
			t.Errorf("the catalogue has %q, which the code no longer says", key)
		}
	}
	for key := range inPlurals {
		if _, ok := used[key]; !ok {
			t.Errorf("the catalogue has the plural %q, which the code no longer says", key)
		}
	}
	if os.Getenv("KRING_CATALOGUE_LIST") != "" {
		for k, w := range used {
			t.Logf("%s\t%q", w, k)
		}
	}
}

func TestChoose(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	for _, c := range []struct {
		flag string
		env  func(string) string
		want string
	}{
		{"", env(), English},
		{"", env("LANG", "nl_BE.UTF-8"), Dutch},
		{"", env("LANG", "nl_NL"), Dutch},
		{"", env("LANG", "nl"), Dutch},
		{"", env("LANG", "de_DE.UTF-8"), English},
		{"", env("LANG", "nl_BE.UTF-8", "LC_ALL", "C.UTF-8"), English},
		{"", env("LANG", "en_GB.UTF-8", "LC_MESSAGES", "nl_BE@euro"), Dutch},
		{"", env("LANG", "nl_BE.UTF-8", "KRING_LANG", "en"), English},
		{"en", env("KRING_LANG", "nl"), English},
		{"nl-BE", env(), Dutch},
	} {
		got, err := Choose(c.flag, c.env)
		if err != nil || got != c.want {
			t.Errorf("Choose(%q, …) = %q, %v; want %q", c.flag, got, err, c.want)
		}
	}
	if _, err := Choose("fr", env()); err == nil {
		t.Errorf("--lang fr accepted")
	}
}

func ExampleLang_Sprintf() {
	for _, code := range Codes {
		l := New(code)
		println := func(s string) { os.Stdout.WriteString(s + "\n") }
		println(l.Sprintf("%s: %d bad records; nothing was imported", "ties.csv", 1))
		println(l.Sprintf("%s: %d bad records; nothing was imported", "ties.csv", 1205))
		println(l.Float(0.5, 3) + " " + l.Date("2026-02-05"))
	}
	// Output:
	// ties.csv: 1 fout record; er is niets geïmporteerd
	// ties.csv: 1.205 foute records; er is niets geïmporteerd
	// 0,500 5 februari 2026
	// ties.csv: 1 bad record; nothing was imported
	// ties.csv: 1,205 bad records; nothing was imported
	// 0.500 5 February 2026
}

// constString is the value of a string literal or a + of them.
func constString(e ast.Expr) (string, bool) {
	switch x := e.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		a, ok1 := constString(x.X)
		b, ok2 := constString(x.Y)
		return a + b, ok1 && ok2 && x.Op == token.ADD
	case *ast.ParenExpr:
		return constString(x.X)
	}
	return "", false
}
