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
		"<h1>Jürgen Van der Hagen</h1>", "Zorggroep Linde · Lerend netwerk HR &amp; zorg · Meeting 2 (2026-03-19)",
		`data-kring-figure="ego"><svg`,
		// Meeting 1: helped 1, helped by nobody; Meeting 2: 2 and 1 (kring trend).
		`<td>Meeting 1</td><td class="num">1 person</td><td class="num">0 people</td><td class="tag">`,
		`<td>Meeting 2</td><td class="num">2 people</td><td class="num">1 person</td>`,
		"Gives and asks: helped 2 people and got help from 1 person.",
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
