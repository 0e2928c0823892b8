package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/store"
	"golang.org/x/text/unicode/norm"
)

// hostile names: commas, semicolons, quotes, accents (NFC and NFD),
// particles, emoji, formula characters, markup.
var (
	firstNames = []string{"Zoë", "Ann", "Anaïs", "Jürgen", "Noël", "Yılmaz", "Søren", "Łukasz", "Mary-Jo", "José", "Ĳsbrand", "Fatima-Zahra", "=Eve", "@Bram", "-Ilse"}
	particles  = []string{"", "", "van der", "de", "'t", "El", "O'"}
	lastNames  = []string{"Peeters", "Janssens", "Van der Hagen", "Dubois", "O'Brien, jr.", "Smith; sr.", `"Bob" Maes`, "De Smet 🙂", "<Claes> & co", "Yılmaz\\", "Ørsted"}
	topicWords = []string{"onboarding", "rooster, planning", "loonbeleid; cao", `"AI"-tools`, "data-analyse", "coaching 🙂", "=SUM(A1)"}
	orgs       = []string{"", "Gemeente Zeedorp", "Zorggroep Linde, locatie Oost", "Hogeschool; Brugge", `"De Kring" vzw`}
	waveNames  = []string{"Bijeenkomst 1", "Meeting 2, ochtend", "B3; slot", `"Kick-off"`}
)

// randomNetwork makes the records of a network with hostile names: people
// with details, topics and other names, waves with and without dates, help
// ties with weights, topics and reporters (confirmed, one-sided, by a third
// person, by nobody), and contacts.
func randomNetwork(r *rand.Rand, dated bool) store.Input {
	var in store.Input
	used := map[string]bool{}
	unique := func(name string) bool {
		for _, k := range []string{names.Key(name), names.Key(strings.ReplaceAll(name, `"`, "'"))} {
			if used[k] {
				return false
			}
		}
		used[names.Key(name)] = true
		used[names.Key(strings.ReplaceAll(name, `"`, "'"))] = true
		return true
	}
	pick := func(list []string) string { return list[r.IntN(len(list))] }
	topics := func() []string {
		var out []string
		for range r.IntN(3) {
			t := pick(topicWords)
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
		return out
	}
	n := 3 + r.IntN(6)
	var people []string
	for len(people) < n {
		name := strings.Join(strings.Fields(pick(firstNames)+" "+pick(particles)+" "+pick(lastNames)), " ")
		switch r.IntN(6) {
		case 0:
			name = norm.NFD.String(name) // accents as combining marks
		case 1:
			name = strings.Repeat("Ä", 200-utf8.RuneCountInString(name)-1) + " " + name // 200 characters
			name = string([]rune(name)[:200])
		}
		if !unique(name) {
			continue
		}
		people = append(people, name)
		p := graph.PersonRecord{Name: name, Org: pick(orgs), Offers: topics(), Needs: topics(), Where: fmt.Sprint("person ", len(people))}
		if r.IntN(3) == 0 {
			p.Function = "HR-adviseur, team " + fmt.Sprint(r.IntN(9))
		}
		for range r.IntN(3) {
			alias := pick(firstNames) + " " + fmt.Sprint(r.IntN(1000))
			if unique(alias) {
				p.Aliases = append(p.Aliases, alias)
			}
		}
		in.People = append(in.People, p)
	}
	waves := 1 + r.IntN(3)
	for i := range waves {
		w := graph.Wave{Name: waveNames[i]}
		if dated {
			w.Date = fmt.Sprintf("2026-%02d-%02d", 2+2*i, 1+r.IntN(28))
		}
		in.Waves = append(in.Waves, w)
	}
	seen := map[string]bool{}
	for range 2 * n {
		a, b := people[r.IntN(n)], people[r.IntN(n)]
		w := in.Waves[r.IntN(waves)].Name
		contact := r.IntN(4) == 0
		k := fmt.Sprint(a, b, w, contact)
		if a == b || seen[k] || contact && seen[fmt.Sprint(b, a, w, contact)] {
			continue
		}
		seen[k] = true
		rec := graph.TieRecord{Contact: contact, Giver: a, Receiver: b, Wave: w, Where: fmt.Sprint("tie ", len(seen))}
		if !contact {
			rec.Topics = topics()
			rec.Weight = []float64{0, 0, 2, 0.5, 2.25}[r.IntN(5)]
		}
		var reporters []string
		switch r.IntN(5) {
		case 0: // nobody
		case 1:
			reporters = []string{a, b} // confirmed
		case 2:
			reporters = []string{b}
		case 3:
			reporters = []string{people[r.IntN(n)]} // perhaps a third person
		default:
			reporters = []string{a}
		}
		if len(reporters) == 0 {
			in.Ties = append(in.Ties, rec)
		}
		for _, rep := range reporters {
			c := rec
			c.Reporter = rep
			in.Ties = append(in.Ties, c)
		}
	}
	return in
}

// canon is a network as text, one line per person, wave, tie and contact,
// sorted, with names in NFC (the store keeps them so; see the brief).
type canon struct {
	people, waves, ties, contacts []string
}

type projection struct {
	details  bool // organisation, function, topics, other names
	waves    bool // ties keep their wave (else one tie per pair, the largest weight)
	empty    bool // waves without ties
	contacts bool
	quotes   bool // a double quote in a name (else it becomes an apostrophe)
	topics   bool // of ties
	reports  bool // who recorded ties
}

func load(t *testing.T, db *store.DB, netID int64, p projection) canon {
	t.Helper()
	ctx := context.Background()
	n, err := db.Load(ctx, netID)
	if err != nil {
		t.Fatal(err)
	}
	aliases, err := db.Aliases(ctx, netID)
	if err != nil {
		t.Fatal(err)
	}
	name := func(id int64) string {
		pp, _ := n.Person(id)
		s := norm.NFC.String(pp.Name)
		if !p.quotes {
			s = strings.ReplaceAll(s, `"`, "'")
		}
		return s
	}
	list := func(items []string) string {
		out := make([]string, len(items))
		for i, s := range items {
			out[i] = norm.NFC.String(s)
		}
		return strings.Join(out, " | ")
	}
	var c canon
	for _, pp := range n.People {
		line := name(pp.ID)
		if p.details {
			as := slices.Clone(aliases[pp.ID])
			slices.Sort(as)
			line += fmt.Sprintf(" org=%s function=%s offers=[%s] needs=[%s] aliases=[%s]", pp.Org, pp.Function, list(pp.Offers), list(pp.Needs), list(as))
		}
		c.people = append(c.people, line)
	}
	used := map[int64]bool{}
	for _, tie := range n.Ties {
		used[tie.Wave] = true
	}
	for _, ct := range n.Contacts {
		used[ct.Wave] = used[ct.Wave] || p.contacts
	}
	if p.waves {
		for _, w := range n.Waves {
			if p.empty || used[w.ID] {
				c.waves = append(c.waves, fmt.Sprintf("%d %s %s", len(c.waves)+1, w.Name, w.Date))
			}
		}
	}
	waveName := func(id int64) string {
		if !p.waves {
			return ""
		}
		w, _ := n.Wave(id)
		return w.Name
	}
	reporters := func(ids []int64) string {
		if !p.reports {
			return ""
		}
		var out []string
		for _, id := range ids {
			out = append(out, name(id))
		}
		slices.Sort(out)
		return strings.Join(out, " | ")
	}
	ties := map[string]float64{}
	for _, tie := range n.Ties {
		k := fmt.Sprintf("%s > %s @%s", name(tie.Giver), name(tie.Receiver), waveName(tie.Wave))
		if p.topics {
			k += " topics=[" + list(tie.Topics) + "]"
		}
		if p.reports {
			k += " by [" + reporters(tie.Reporters) + "]"
		}
		ties[k] = max(ties[k], tie.Weight)
	}
	for k, w := range ties {
		c.ties = append(c.ties, fmt.Sprintf("%s weight=%g", k, w))
	}
	if p.contacts {
		set := map[string]bool{}
		for _, ct := range n.Contacts {
			ab := []string{name(ct.A), name(ct.B)}
			slices.Sort(ab)
			set[fmt.Sprintf("%s ~ %s @%s by [%s]", ab[0], ab[1], waveName(ct.Wave), reporters(ct.Reporters))] = true
		}
		for k := range set {
			c.contacts = append(c.contacts, k)
		}
	}
	for _, s := range [][]string{c.people, c.ties, c.contacts} {
		slices.Sort(s)
	}
	return c
}

func diffLines(what string, got, want []string) string {
	var b strings.Builder
	for _, w := range want {
		if !slices.Contains(got, w) {
			fmt.Fprintf(&b, "  %s lost:  %s\n", what, w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			fmt.Fprintf(&b, "  %s extra: %s\n", what, g)
		}
	}
	return b.String()
}

// Export → import into a fresh database gives the same network, for every
// format as far as the format holds it (and each format says what it drops).
func TestRoundTripProperty(t *testing.T) {
	full := projection{details: true, waves: true, empty: true, contacts: true, quotes: true, topics: true, reports: true}
	formats := []struct {
		name  string
		files []string // exported with these names, imported in this order
		args  [][]string
		drops string
		keep  projection
	}{
		{"json", []string{"net.json"}, nil, "nothing", full},
		{"graphml", []string{"net.graphml"}, nil, "nothing", full},
		{"xlsx", []string{"net.xlsx"}, nil, "nothing", full},
		{"gexf", []string{"net.gexf"}, nil, "waves without ties", projection{details: true, waves: true, contacts: true, quotes: true, topics: true, reports: true}},
		{"csv", []string{"people.csv", "ties.csv"}, [][]string{{"--people"}, nil}, "contacts, waves without ties",
			projection{details: true, waves: true, quotes: true, topics: true, reports: true}},
		{"pajek", []string{"net.net"}, nil, "waves, topics, reporters, details of people, double quotes in names",
			projection{contacts: true}},
		{"dl", []string{"net.dl"}, nil, "waves, contacts, topics, reporters, details of people, double quotes in names", projection{}},
	}
	ctx := context.Background()
	for seed := range uint64(8) {
		r := rand.New(rand.NewPCG(seed, 15))
		in := randomNetwork(r, seed%3 != 2)
		src := newEnv(t)
		src.ok("network", "create", "Bron")
		db, err := store.Open(ctx, src.db, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		net, err := db.Network(ctx, "Bron")
		if err != nil {
			t.Fatal(err)
		}
		in.Source = "generated"
		if _, err := db.Import(ctx, net.ID, in, store.AddOptions{NewWaves: true}); err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		for _, f := range formats {
			want := load(t, db, net.ID, f.keep)
			dst := newEnv(t)
			dst.ok("network", "create", "Doel")
			for i, file := range f.files {
				path := filepath.Join(src.dir, file)
				args := []string{"export", "-o", path}
				if i < len(f.args) {
					args = append(args, f.args[i]...)
				}
				src.ok(args...)
				dst.ok("import", path)
			}
			back, err := store.Open(ctx, dst.db, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			bn, err := back.Network(ctx, "Doel")
			if err != nil {
				t.Fatal(err)
			}
			got := load(t, back, bn.ID, f.keep)
			back.Close()
			d := diffLines("person", got.people, want.people) + diffLines("tie", got.ties, want.ties) + diffLines("contact", got.contacts, want.contacts)
			if !slices.Equal(got.waves, want.waves) {
				d += fmt.Sprintf("  waves %q, want %q\n", got.waves, want.waves)
			}
			if d != "" {
				t.Errorf("seed %d, %s (drops %s):\n%s", seed, f.name, f.drops, d)
			}
		}
		db.Close()
	}
	for _, f := range formats {
		t.Logf("%-8s drops %s", f.name, f.drops)
	}
}
