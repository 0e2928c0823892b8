package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestHandouts(t *testing.T) {
	e := demoEnv(t)
	dir := filepath.Join(e.dir, "handouts")
	out := e.ok("handouts", "-o", dir, "--wave", "meeting 2")
	mustContain(t, "handouts", out, "Wrote 14 handouts for Meeting 2 in "+dir, "all.html to print them all", "hand participants only their own")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 15 {
		t.Errorf("%d files, want 14 pages and all.html", len(entries))
	}
	for _, f := range entries {
		if m := fileMode(t, filepath.Join(dir, f.Name())); m != 0o600 {
			t.Errorf("%s mode %v", f.Name(), m)
		}
	}
	jurgen := readFile(t, filepath.Join(dir, "jurgen-van-der-hagen.html"))
	mustContain(t, "Jürgen's page", jurgen,
		"<h1>Jürgen Van der Hagen</h1>", "Zorggroep Linde · Lerend netwerk HR &amp; zorg · Meeting 2 · 19 March 2026",
		`data-kring-figure="ego"><svg`,
		// Meeting 1: helped 1, helped by nobody; Meeting 2: 2 and 1 (kring trend).
		`<td>Meeting 1</td><td class="num">1 person</td><td class="num">0 people</td><td class="tag">`,
		`<td>Meeting 2</td><td class="num">2 people</td><td class="num">1 person</td>`,
		// The map and this line are about Meeting 1 and 2 together.
		"Gives and asks: helped 3 people and got help from 1 person.",
		"<td>data-analyse</td><td>Sofie Claes</td>",
		"What keeps you from asking for help or information?",
		"For Jürgen Van der Hagen only.")
	if strings.Contains(jurgen, "Meeting 3") || strings.Contains(jurgen, "<script") {
		t.Errorf("Jürgen's page for Meeting 2 shows Meeting 3, or a script")
	}
	// Only some people.
	few := filepath.Join(e.dir, "few")
	mustContain(t, "--people", e.ok("handouts", "-o", few, "--people", "Ann Peeters,Bram Vermeulen"), "Wrote 2 handouts")
	bram := readFile(t, filepath.Join(few, "bram-vermeulen.html"))
	mustContain(t, "Bram", bram, "Only asks: got help from", "<td>loonbeleid</td>")
	errs, _ := e.fail("handouts")
	mustContain(t, "no -o", errs, "name the folder to write the handouts to with -o DIR")
	// A participant named "All" gets a page of their own, and the combined
	// file keeps everyone's pages (issue 11: all.html was written over).
	e.ok("person", "add", "All")
	e.ok("record", "All", "--asked", "Ann Peeters")
	withAll := filepath.Join(e.dir, "with-all")
	mustContain(t, "All", e.ok("handouts", "-o", withAll), "Wrote 15 handouts")
	if page := readFile(t, filepath.Join(withAll, "all-2.html")); !strings.Contains(page, "<h1>All</h1>") || strings.Count(page, "<h1>") != 1 {
		t.Errorf("All's page is not all-2.html alone")
	}
	if combined := readFile(t, filepath.Join(withAll, "all.html")); strings.Count(combined, "<h1>") != 15 {
		t.Errorf("all.html holds %d pages, want 15", strings.Count(combined, "<h1>"))
	}
	errs, _ = e.fail("handouts", "-o", few, "--wave", "Meeting 9")
	mustContain(t, "unknown wave", errs, "Meeting 9")
}

// Printed, every participant's page fits on one A4 sheet.
func TestHandoutsPrintOnePageEach(t *testing.T) {
	bin := browser(t)
	e := demoEnv(t)
	dir := filepath.Join(e.dir, "handouts")
	e.ok("handouts", "-o", dir)
	pdf := filepath.Join(e.dir, "all.pdf")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
		"--user-data-dir="+filepath.Join(e.dir, "profile"), "--no-pdf-header-footer", "--print-to-pdf="+pdf,
		"file://"+filepath.Join(dir, "all.html"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	b, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if pages := len(regexp.MustCompile(`/Type\s*/Page\b`).FindAll(b, -1)); pages != 14 {
		t.Errorf("all.html prints on %d pages, want 14: one per participant", pages)
	}
}
