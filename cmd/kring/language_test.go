package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/spf13/cobra"
)

// seen is what a person of the demo network reads from kring in one
// language: every command's output and errors, every --help, the map, the
// chart, the report and the handouts.
func seen(t *testing.T, lang string) map[string]string {
	t.Helper()
	e := newEnv(t)
	e.vars["KRING_LANG"] = lang
	out := filepath.Join(e.dir, "demo")
	texts := map[string]string{"demo": e.ok("demo", "--out", out)}
	e.db = filepath.Join(out, "demo.db")
	file := func(name string) string { return filepath.Join(e.dir, name) }
	run := func(args ...string) {
		stdout, stderr, _ := e.run(args...)
		texts[strings.Join(args, " ")] = stdout + stderr
	}
	for _, args := range [][]string{
		{"analyze"}, {"analyze", "--wave", "Meeting 3"}, {"trend"}, {"trend", "--group", "org"}, {"suggest", "--all"},
		{"suggest", "--for", "Bram Vermeulen"}, {"pairs", "--rounds", "2"}, {"person", "list"}, {"wave", "list"}, {"tie", "list"},
		{"network", "list"}, {"check"}, {"log"},
		{"record", "Ann Peeters", "--asked", "Bbo"}, {"record", "Ann Peeters", "--aksed", "Bob Janssens"}, {"person", "delete", "Ann"},
		{"map", "-o", file("map.svg")}, {"map", "--ego", "Sofie Claes", "-o", file("ego.svg")},
		{"map", "--diff", "Meeting 1..Meeting 3", "-o", file("diff.svg")}, {"trend", "--chart", file("trend.svg")},
		{"report", "-o", file("report.html")}, {"handouts", "-o", file("handouts")}, {"export", "-o", file("x.net")},
		{"import", e.write("bad.csv", "giver,receiver\nAnn Peeters,Zeno\n")},
	} {
		run(args...)
	}
	for _, f := range []string{"map.svg", "ego.svg", "diff.svg", "trend.svg", "report.html", filepath.Join("handouts", "all.html")} {
		b, err := os.ReadFile(file(f))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		texts[f] = markupText(string(b))
	}
	// Every command's --help.
	g := &globals{Getenv: func(k string) string { return e.vars[k] }, L: i18n.New(lang)}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		texts[c.CommandPath()+" --help"] = e.ok(append(strings.Fields(c.CommandPath())[1:], "--help")...)
		for _, s := range c.Commands() {
			if s.IsAvailableCommand() {
				walk(s)
			}
		}
	}
	walk(newRootCmd(g))
	return texts
}

// markupText is the text of an SVG or HTML document, without its markup,
// styles and scripts.
func markupText(s string) string {
	s = regexp.MustCompile(`(?s)<(style|script)[^>]*>.*?</(style|script)>`).ReplaceAllString(s, " ")
	s = regexp.MustCompile(`(?s)<[^>]*>`).ReplaceAllString(s, " ")
	return strings.NewReplacer("&amp;", "&", "&#34;", `"`, "&#39;", "'", "&lt;", "<", "&gt;", ">").Replace(s)
}

// machine removes what stays the same in both languages: flags, JSON field
// names, metric and flag names, command lines.
func machine(s string) string {
	s = regexp.MustCompile(`--[a-z][a-z-]*`).ReplaceAllString(s, " ")
	s = regexp.MustCompile(`\b[a-z]+(_[a-z]+)+\b`).ReplaceAllString(s, " ")
	s = regexp.MustCompile(`\b[a-z]+(,[a-z]+){2,}`).ReplaceAllString(s, " ") // file headers: giver,receiver,wave
	s = regexp.MustCompile(`(?m)^\s*kring .*$`).ReplaceAllString(s, " ")
	s = regexp.MustCompile(`kring( [a-z]+){1,2}`).ReplaceAllString(s, " ")           // a command named in a sentence
	s = regexp.MustCompile(`(?m)^\s*[a-z]+(, [a-z]+)+\s*$`).ReplaceAllString(s, " ") // a command's other names
	s = regexp.MustCompile(`(help for|hulp bij) [a-z]+`).ReplaceAllString(s, " ")    // the help flag of a command
	s = regexp.MustCompile(`(?m)^\s{2}[a-z]+\s{2,}`).ReplaceAllString(s, " ")        // a command's name in a list of commands
	s = regexp.MustCompile(`\b[a-z_]+(,\s*[a-z_]*){2,}`).ReplaceAllString(s, " ")    // lists of field and sheet names
	return s
}

var english = []string{"only asks", "only gives", "exchanges", "help ties", "help tie", "What this means", "Summary", "people",
	"person", "wave", "Wrote", "isolated", "Reciprocity", "reciprocity", "Density", "Balance", "Roles", "took part",
	"Took part", "broker", "Ego map", "A helped B", "both ways", "no help", "larger name", "Whom you could ask",
	"To think about", "Your network", "Strangers", "Round ", "unknown", "did you mean", "Usage:", "Flags:", "Examples:",
	"Global flags", "Imported", "nothing was imported", "Change flags", "The network per wave", "absent", "Stable core",
	"(not answered)", "none given", "organisation"}

var dutch = []string{"bijeenkomst", "Bijeenkomst", "hulprelatie", "geeft", "vraagt", "personen", "persoon", "deelnemer",
	"netwerkkaart", "Samenvatting", "Wat dit betekent", "wederkerig", "dichtheid", "Gebruik:", "Voorbeelden", "onbekend",
	"bedoel je", "niet deelgenomen", "afwezig", "bruggenbouwer", "subgroep", "saldo", "signaal", "Geschreven"}

// What kring writes in Dutch holds no English, and what it writes in
// English no Dutch, in every command, help text, map, chart, report and
// handout of the demo (issue 13).
func TestOneLanguageAtATime(t *testing.T) {
	if testing.Short() {
		t.Skip("renders the demo twice")
	}
	for _, c := range []struct {
		lang  string
		words []string
	}{{"nl", english}, {"en", dutch}} {
		for what, text := range seen(t, c.lang) {
			plain := machine(text)
			for _, w := range c.words {
				if i := strings.Index(plain, w); i >= 0 && wordAt(plain, i, len(w)) {
					t.Errorf("%s, %s: %q in …%s…", c.lang, what, w, around(plain, i))
					break
				}
			}
		}
	}
}

func wordAt(s string, i, n int) bool {
	letter := regexp.MustCompile(`\pL`)
	before := i == 0 || !letter.MatchString(s[i-1:i])
	after := i+n >= len(s) || !letter.MatchString(s[i+n:i+n+1])
	return before && after
}

func around(s string, i int) string {
	a, b := max(0, i-40), min(len(s), i+40)
	return strings.Join(strings.Fields(s[a:b]), " ")
}

// Issue 13's cases, as a Dutch facilitator meets them: a typo in a name is
// answered in Dutch with the name meant and what to do, and a sheet with
// Dutch column names imports.
func TestDutchFacilitator(t *testing.T) {
	e := demoEnv(t)
	errs, _ := e.fail("--lang", "nl", "record", "Ann Peeters", "--asked", "Bbo")
	mustContain(t, "unknown person", errs, `onbekende persoon "Bbo" (bedoel je "Bob Janssens"?)`,
		`voeg die persoon toe met: kring person add "Bbo"`, "--add-new")
	path := e.write("hulp.csv", "gever;ontvanger;bijeenkomst\nAnn Peeters;Bob Janssens;Meeting 4\nJürgen Van der Hagen;Anaïs Dubois;Meeting 4\n")
	out := e.ok("--lang", "nl", "import", path)
	mustContain(t, "import", out, `nieuwe bijeenkomst "Meeting 4"`, "2 gemelde hulprelaties: 2 nieuw")
	rows := e.ok("tie", "list", "--wave", "Meeting 4", "--format", "csv")
	mustContain(t, "ties", rows, "Ann Peeters,Bob Janssens", "Jürgen Van der Hagen,Anaïs Dubois")
}
