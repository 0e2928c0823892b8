package main

import (
	"context"
	"encoding/json"
	"html"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
)

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestReportHandChecked(t *testing.T) {
	e := trendEnv(t)
	path := filepath.Join(e.dir, "report.html")
	_, errs, code := e.run("report", "-o", path, "--min-group", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	mustContain(t, "stderr", errs, "Wrote "+path)
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("report mode %v, want 0600", info.Mode().Perm())
	}
	got := html.UnescapeString(readFile(t, path))
	mustContain(t, "report", got,
		"<title>Trend · kring report</title>",
		// The map and both charts, inline.
		`data-kring-figure="map"><svg`, `data-kring-figure="balance"><svg`, `data-kring-figure="network"><svg`,
		// Per wave (testdata/trend/README.md): W3 5 ties, reciprocity 0.8, roles 4/1/0/1.
		`<td>W3</td><td>2026-03-21</td><td class="num">-</td><td class="num">5</td><td class="num">0.167</td><td class="num">0.800</td><td class="num">4</td><td class="num">1</td><td class="num">0</td><td class="num">1</td>`,
		// The flags, in words, by wave.
		`<td data-v="Eef">Eef</td><td data-v="persistent_giver">keeps only giving</td><td data-v="0001">W2</td><td class="wide" data-v="Only gave help, asked nobody in W1 and W2.">Only gave help, asked nobody in W1 and W2.</td>`,
		`<td data-v="Dora">Dora</td><td data-v="became_isolated">lost their help ties</td><td data-v="0002">W3</td>`,
		// What each person's figures mean, over all waves and the trend to W3.
		`What this means:</span> Only gives: helped 3 people and asked nobody. See that help flows back; people who only give can get overloaded. Only gave in every wave from W1 to W3.`,
		`What this means:</span> Gives and asks: helped 1 person and got help from 3 people.`,
		// Groups of 2 shown with --min-group 2: Hogeschool (Eef, Fleur) in W1 gave 1, received 0.
		`<td data-v="Hogeschool">Hogeschool</td><td class="num" data-v="2">2</td><td class="num" data-v="1">+1 · 1.00</td>`,
		"Made with kring on 21 November 2026.",
	)
	if strings.Count(got, `<tr class="has-detail">`) != 6 {
		t.Errorf("want a line of meaning for each of 6 people")
	}
	// Nothing is fetched from outside the file.
	if m := regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:|//)`).FindString(got); m != "" {
		t.Errorf("report refers outside itself: %s", m)
	}
	mustContain(t, "report", got, `content="default-src 'none';`)

	// Up to W2: nothing from W3 in the trend and the flags.
	_, errs, code = e.run("report", "-o", path, "--wave", "W2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got = html.UnescapeString(readFile(t, path))
	mustContain(t, "report --wave W2", got, "W2 · 14 February 2026", `<td>W2</td>`,
		// Eef in W2 alone, with the streak W1–W2.
		`What this means:</span> Only gives: helped 2 people and asked nobody. See that help flows back; people who only give can get overloaded. Only gave in W1 and W2.`)
	for _, not := range []string{"<td>W3</td>", "in W3", "W3</td>"} {
		if strings.Contains(got, not) {
			t.Errorf("report --wave W2 holds %q", not)
		}
	}
	// Groups of 2 are summed as "other" at the default --min-group 5.
	mustContain(t, "report --wave W2", got, "other (groups of fewer than 5)", "Organisations with fewer than 5 people are summed as other")
	if strings.Contains(got, `<td data-v="Hogeschool">Hogeschool</td><td class="num"`) {
		t.Errorf("an organisation of 2 is shown with --min-group 5")
	}
}

func TestReportOneWaveAndErrors(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "Klein")
	path := filepath.Join(e.dir, "r.html")
	errs, _ := e.fail("report", "-o", path)
	mustContain(t, "no people", errs, "no people to report on yet; add them with: kring person add NAME")
	e.ok("record", "Ann", "--gave", "Bob", "--add-new")
	e.ok("report", "-o", path)
	mustContain(t, "one wave", readFile(t, path), "One wave so far: the charts of change appear from the second wave on.")
	errs, code := e.fail("report", "--min-group", "0")
	if code != cli.ExitUsage {
		t.Errorf("--min-group 0: exit %d", code)
	}
	mustContain(t, "--min-group 0", errs, "--min-group 0: give a number of people of at least 1")
	errs, _ = e.fail("report", "-o", e.db)
	mustContain(t, "-o the database", errs, "database")
}

// demoEnv loads kring's demo network.
func demoEnv(t *testing.T) *env {
	e := newEnv(t)
	out := filepath.Join(e.dir, "demo")
	e.ok("demo", "--out", out)
	e.db = filepath.Join(out, "demo.db")
	return e
}

func TestReportPseudonymize(t *testing.T) {
	e := demoEnv(t)
	var people []struct {
		Name string `json:"name"`
		Org  string `json:"org"`
	}
	if err := json.Unmarshal([]byte(e.ok("person", "list", "--format", "json")), &people); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(e.dir, "p.html")
	e.ok("report", "-o", path, "--pseudonymize")
	raw := readFile(t, path)
	got := html.UnescapeString(raw)
	orgSize := map[string]int{}
	for _, p := range people {
		orgSize[p.Org]++
	}
	for _, p := range people {
		for _, word := range append(strings.Fields(p.Name), p.Name) {
			if len([]rune(word)) > 3 && (strings.Contains(got, word) || strings.Contains(raw, word)) {
				t.Errorf("pseudonymized report holds %q of %q", word, p.Name)
			}
		}
		if orgSize[p.Org] < 5 && strings.Contains(got, p.Org) {
			t.Errorf("pseudonymized report shows %q, an organisation of %d", p.Org, orgSize[p.Org])
		}
	}
	mustContain(t, "pseudonymized", got, "Names are replaced by codes")
	if strings.Contains(section(got, "people"), ">Organisation<") {
		t.Errorf("the table of people has an organisation column")
	}
	// The people are listed in the order of their codes, which follows
	// neither the names nor the order people were added in.
	rows := code.FindAllString(section(got, "people"), -1)
	var listed []string
	for i, c := range rows {
		if i == 0 || c != rows[i-1] {
			listed = append(listed, c)
		}
	}
	if len(listed) != 14 || !slices.IsSorted(listed) {
		t.Errorf("the people table lists %d codes, in this order: %v", len(listed), listed)
	}
	truth := e.codes()
	byName, byAdding := make([]string, len(people)), make([]string, 0, len(people))
	for i, p := range people {
		byName[i] = truth[p.Name]
	}
	for _, p := range e.peopleInAddingOrder() {
		byAdding = append(byAdding, truth[p])
	}
	if slices.IsSorted(byName) || slices.IsSorted(byAdding) {
		t.Errorf("codes follow the names or the order of adding: %v, %v", byName, byAdding)
	}
	// The codes stay the same next time, also after someone new joins.
	e.ok("person", "add", "Aaron Achterberg")
	e.ok("report", "-o", path, "--pseudonymize")
	again := html.UnescapeString(readFile(t, path))
	for _, c := range listed {
		if rowOf(got, c) == "" || firstCells(rowOf(got, c), 4) != firstCells(rowOf(again, c), 4) {
			t.Errorf("%s changed:\n%s\n%s", c, rowOf(got, c), rowOf(again, c))
		}
	}
}

// firstCells is the first n cells of a table row.
func firstCells(row string, n int) string {
	end := 0
	for range n {
		i := strings.Index(row[end:], "</td>")
		if i < 0 {
			return row
		}
		end += i + len("</td>")
	}
	return row[:end]
}

// section is the section of page with this id.
func section(page, id string) string {
	i := strings.Index(page, `<section id="`+id+`">`)
	if i < 0 {
		return ""
	}
	return page[i : i+strings.Index(page[i:], "</section>")]
}

// rowOf is the table row of the person with this code.
func rowOf(page, code string) string {
	i := strings.Index(page, `<td data-v="`+code+`">`)
	if i < 0 {
		return ""
	}
	j := strings.Index(page[i:], "</tr>")
	return page[i : i+j]
}

// browser finds a headless Chromium. Outside CI the test that needs it is
// skipped when there is none; in CI (CI=true) it must be there.
func browser(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("Chromium is needed to check the report: apt-get install chromium")
	}
	t.Skip("no Chromium to open the report in (apt-get install chromium)")
	return ""
}

// openInChromium opens page in headless Chromium and returns the DOM after
// its script ran, the console messages and a screenshot of the page.
func openInChromium(t *testing.T, bin, page string) (dom string, console []string, shot image.Image) {
	t.Helper()
	dir := t.TempDir()
	common := []string{"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--window-size=1280,4000", "--hide-scrollbars",
		"--virtual-time-budget=3000", "--enable-logging=stderr", "--v=0"}
	url := "file://" + page
	runBrowser := func(extra ...string) (string, string) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, bin, append(append(common, extra...), url)...)
		var out, errb strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("chromium: %v\n%s", err, errb.String())
		}
		return out.String(), errb.String()
	}
	dom, logs := runBrowser("--dump-dom")
	shotPath := filepath.Join(dir, "shot.png")
	_, logs2 := runBrowser("--screenshot=" + shotPath)
	for _, line := range strings.Split(logs+logs2, "\n") {
		if strings.Contains(line, ":CONSOLE") {
			console = append(console, line)
		}
	}
	f, err := os.Open(shotPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	shot, err = png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return dom, console, shot
}

// inked is the share of pixels in r that are not (near) white.
func inked(img image.Image, r image.Rectangle) float64 {
	r = r.Intersect(img.Bounds())
	if r.Empty() {
		return 0
	}
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if cr < 0xE800 || cg < 0xE800 || cb < 0xE800 {
				n++
			}
		}
	}
	return float64(n) / float64(r.Dx()*r.Dy())
}

func TestReportInChromium(t *testing.T) {
	bin := browser(t)
	e := demoEnv(t)
	path := filepath.Join(e.dir, "report.html")
	e.ok("report", "-o", path)
	dom, console, shot := openInChromium(t, bin, path)
	if len(console) > 0 {
		t.Errorf("console messages:\n%s", strings.Join(console, "\n"))
	}
	root := regexp.MustCompile(`<html[^>]*>`).FindString(dom)
	if !strings.Contains(root, `data-kring-ready="true"`) {
		t.Fatalf("the report's script did not finish: %s", root)
	}
	if strings.Contains(root, "data-kring-errors") || !strings.Contains(dom, `id="kring-errors" class="errors" role="alert" hidden=""`) {
		t.Errorf("the report shows errors: %s", dom[strings.Index(dom, `id="kring-errors"`):][:400])
	}
	var boxes map[string]struct{ X, Y, W, H int }
	m := regexp.MustCompile(`data-kring-boxes="([^"]*)"`).FindStringSubmatch(root)
	if m == nil {
		t.Fatalf("no boxes: %s", root)
	}
	if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &boxes); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"map", "balance", "network"} {
		b, ok := boxes[name]
		if !ok {
			t.Errorf("no %s in the page", name)
			continue
		}
		if b.W < 300 || b.H < 200 {
			t.Errorf("%s is %d×%d px, too small to read", name, b.W, b.H)
		}
		r := image.Rect(b.X, b.Y, b.X+b.W, b.Y+b.H)
		if !r.In(shot.Bounds()) {
			t.Errorf("%s at %v is outside the %v screenshot", name, r, shot.Bounds())
			continue
		}
		// A drawn map or chart inks a good part of its box; a blank or
		// broken one does not.
		if ink := inked(shot, r); ink < 0.03 {
			t.Errorf("%s at %v looks blank: %.1f%% inked", name, r, 100*ink)
		} else {
			t.Logf("%s at %v: %.1f%% inked", name, r, 100*ink)
		}
	}
}

// Names and wave names that look like markup do not stop the report or the
// handouts (issue 11: the SVG check matched "onderwijs=HR" in text, and
// handouts stopped after 3 of 4 pages).
func TestReportWithNamesLikeAttributes(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("wave", "add", "Sessie onderwijs = thema")
	e.ok("record", "Kim onderwijs=HR", "--asked", "Bob onload=x", "--gave", "Cas <script>", "--add-new")
	e.ok("record", "Dina", "--gave", "Kim onderwijs=HR", "--add-new")
	path := filepath.Join(e.dir, "r.html")
	e.ok("report", "-o", path)
	mustContain(t, "report", readFile(t, path), "Kim onderwijs=HR", "Sessie onderwijs = thema", "Cas &lt;script&gt;")
	dir := filepath.Join(e.dir, "h")
	mustContain(t, "handouts", e.ok("handouts", "-o", dir), "Wrote 4 handouts")
	for _, f := range []string{"kim-onderwijs-hr.html", "bob-onload-x.html", "cas-script.html", "dina.html"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("no page %s: %v", f, err)
		}
	}
}
