package csvio

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// Edge and node lists as other tools write them, and Dutch column names.
func TestReadOtherToolsAndDutchHeaders(t *testing.T) {
	for name, c := range map[string]struct {
		text    string
		kind    Kind
		ties    []string // giver>receiver, with "~" for a contact
		ignored []string
	}{
		"gephi edges": {"Source,Target,Type,Id,Label,timeset,Weight\r\nAnn,Bob,Directed,0,,,1.0\r\nBob,Carla,Undirected,1,,,2.0\r\n",
			Ties, []string{"Ann>Bob", "Bob~Carla"}, []string{"Id", "Label", "timeset"}},
		"kumu connections": {"From,To,Type,Direction\nAnn,Bob,asked,directed\nBob,Ann,helps,mutual\n",
			Ties, []string{"Ann>Bob", "Bob>Ann", "Ann>Bob"}, nil},
		"polinode edges": {"Source,Target,Weight\nAnn,Bob,3\n", Ties, []string{"Ann>Bob"}, nil},
		"van naar":       {"van;naar;bijeenkomst\nAnn;Bob;B1\n", Ties, []string{"Ann>Bob"}, nil},
		"gever ontvanger": {"gever;ontvanger;bijeenkomst;onderwerp;datum;gewicht;melder\nAnn;Bob;B1;rooster;2026-02-05;2,5;Bob\n",
			Ties, []string{"Ann>Bob"}, nil},
		"contacts": {"a,b,wave,reporters\nAnn,Bob,W1,\"Ann; Bob\"\n", Contacts, []string{"Ann~Bob", "Ann~Bob"}, nil},
	} {
		f, err := Read(strings.NewReader(c.text), "x.csv")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		var got []string
		for _, tie := range f.Ties {
			sep := ">"
			if tie.Contact {
				sep = "~"
			}
			got = append(got, tie.Giver+sep+tie.Receiver)
		}
		if f.Kind != c.kind || !slices.Equal(got, c.ties) || !slices.Equal(f.Ignored, c.ignored) || len(f.Problems) > 0 {
			t.Errorf("%s: kind %v, ties %q (want %q), ignored %q, problems %v", name, f.Kind, got, c.ties, f.Ignored, problems(f))
		}
	}
	f := read(t, "gever;ontvanger;bijeenkomst;onderwerp;datum;gewicht;melder\nAnn;Bob;B1;rooster;2026-02-05;2,5;Bob\n")
	if tie := f.Ties[0]; tie.Wave != "B1" || tie.Date != "2026-02-05" || tie.Weight != 2.5 || tie.Reporter != "Bob" || tie.Topics[0] != "rooster" {
		t.Errorf("Dutch columns: %+v", tie)
	}
	p := read(t, "Label,Id,organisatie,aliases\nAnn Peeters,3,Gemeente,\"A. Peeters; Annie\"\n")
	if p.Kind != People || p.People[0].Name != "Ann Peeters" || p.People[0].Org != "Gemeente" || !slices.Equal(p.People[0].Aliases, []string{"A. Peeters", "Annie"}) {
		t.Errorf("people with a label: %+v", p.People)
	}
	w := read(t, "wave,date\nMeeting 1,2026-02-05\nMeeting 2,\n")
	if w.Kind != Waves || len(w.Waves) != 2 || w.Waves[1].Name != "Meeting 2" || w.Waves[0].Date != "2026-02-05" {
		t.Errorf("waves: %+v", w.Waves)
	}
}

// Excel in Dutch saves "CSV" in Windows-1252 with semicolons, decimal commas
// and day-first dates.
func TestReadDutchExcelCSV(t *testing.T) {
	text := "gever;ontvanger;datum;gewicht\r\nJ\xfcrgen Van der Hagen;Ana\xefs Dubois;5-2-2026;1,5\r\nAna\xefs Dubois;Zo\xeb;13-2-2026;2\r\n"
	f := read(t, text)
	if f.Encoding != Windows1252 || f.Delimiter != ';' || len(f.Problems) > 0 {
		t.Fatalf("encoding %s, delimiter %q, problems %v", f.Encoding, f.Delimiter, problems(f))
	}
	if f.Ties[0].Giver != "Jürgen Van der Hagen" || f.Ties[0].Receiver != "Anaïs Dubois" || f.Ties[0].Date != "2026-02-05" || f.Ties[0].Weight != 1.5 ||
		f.Ties[1].Receiver != "Zoë" || f.Ties[1].Date != "2026-02-13" {
		t.Errorf("ties %+v", f.Ties)
	}
	utf16 := []byte{0xFF, 0xFE}
	for _, r := range "giver\treceiver\nJürgen\tBob\n" {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	f, err := Read(bytes.NewReader(utf16), "unicode.txt")
	if err != nil || f.Encoding != UTF16 || len(f.Ties) != 1 || f.Ties[0].Giver != "Jürgen" {
		t.Errorf("UTF-16: %v %+v", err, f)
	}
}

func TestDates(t *testing.T) {
	for _, c := range []struct {
		in    []string
		order DateOrder
		want  []string
		bad   []int // indexes with an error
	}{
		{[]string{"2026-02-05", "2026/2/5", ""}, Auto, []string{"2026-02-05", "2026-02-05", ""}, nil},
		{[]string{"5-2-2026", "13-2-2026"}, Auto, []string{"2026-02-05", "2026-02-13"}, nil},
		{[]string{"05/02/2026", "02/13/2026"}, Auto, []string{"2026-05-02", "2026-02-13"}, nil},
		{[]string{"5-2-2026", "6.3.26"}, Auto, []string{"", ""}, []int{0, 1}},
		{[]string{"5-2-2026", "6.3.26"}, DMY, []string{"2026-02-05", "2026-03-06"}, nil},
		{[]string{"5-2-2026"}, MDY, []string{"2026-05-02"}, nil},
		{[]string{"7-7-2026 10:23:45", "2026/02/05 10:23:45 AM GMT+1"}, Auto, []string{"2026-07-07", "2026-02-05"}, nil},
		{[]string{"13-13-2026", "31-2-2026", "morgen", "13-2-2026", "2-13-2026"}, Auto, []string{"", "", "", "", ""}, []int{0, 1, 2, 3, 4}},
	} {
		got, errs := Dates(c.in, c.order)
		var bad []int
		for i, err := range errs {
			if err != nil {
				bad = append(bad, i)
			}
		}
		if !slices.Equal(got, c.want) || !slices.Equal(bad, c.bad) {
			t.Errorf("Dates(%q, %q) = %q, errors at %v (%v); want %q, errors at %v", c.in, c.order, got, bad, errs, c.want, c.bad)
		}
	}
	_, errs := Dates([]string{"5-2-2026"}, Auto)
	if errs[0] == nil || !strings.Contains(errs[0].Error(), `"5-2-2026" can be read as 2026-02-05 or as 2026-05-02; say which with --date-order dmy`) {
		t.Errorf("ambiguous date: %v", errs[0])
	}
}

func TestReadMatrix(t *testing.T) {
	f := read(t, ",Ann,Bob,Carla,Dirk\nAnn,0,1,0,0\nBob,1,0,2,0\nCarla,0,0,0,0\nDirk,,,0,\n")
	if f.Kind != Matrix || len(f.Problems) > 0 {
		t.Fatalf("kind %v, problems %v", f.Kind, problems(f))
	}
	var got []string
	for _, tie := range f.Ties {
		got = append(got, tie.Giver+">"+tie.Receiver)
	}
	if !slices.Equal(got, []string{"Ann>Bob", "Bob>Ann", "Bob>Carla"}) || f.Ties[2].Weight != 2 || len(f.People) != 4 {
		t.Errorf("ties %q, people %+v", got, f.People)
	}
	g := read(t, "naam;Ann;Bob\nBob;1;0\nAnn;0;0,5\n")
	if g.Kind != Matrix || len(g.Ties) != 2 || g.Ties[0].Giver != "Bob" || g.Ties[0].Receiver != "Ann" || g.Ties[1].Weight != 0.5 {
		t.Errorf("matrix with a named corner and rows in another order: %v %+v", g.Kind, g.Ties)
	}
	if p := read(t, "name,org\nAnn,34\n"); p.Kind != People {
		t.Errorf("a people file with a number column is not a matrix: %v", p.Kind)
	}
	bad := read(t, ",Ann,Bob\nAnn,0,-1\nAnn,1,0\n")
	if got := problems(bad); len(got) != 2 {
		t.Errorf("problems %q", got)
	}
}

func TestExcelCSVRoundTrips(t *testing.T) {
	n := &graph.Network{
		People: []graph.Person{{ID: 1, Name: "Jürgen", Offers: []string{"a;b", "c"}}, {ID: 2, Name: "Zoë O'Brien, jr."}},
		Waves:  []graph.Wave{{ID: 9, Name: "Bijeenkomst 1", Date: "2026-02-05", Seq: 1}},
		Ties:   []graph.Tie{{ID: 1, Giver: 1, Receiver: 2, Wave: 9, Weight: 2.5, Topics: []string{"x, y"}, Reporters: []int64{2}}},
	}
	var ties, people bytes.Buffer
	if err := WriteTies(&ties, n, WriteOptions{Excel: true}); err != nil {
		t.Fatal(err)
	}
	if err := WritePeople(&people, n, map[int64][]string{2: {"Zoe OBrien"}}, WriteOptions{Excel: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(ties.String(), "\ufeffgiver;receiver;") || !strings.Contains(ties.String(), ";2,5;") || !strings.Contains(ties.String(), "\r\n") {
		t.Errorf("Excel CSV:\n%s", ties.String())
	}
	f := read(t, ties.String())
	if len(f.Ties) != 1 || f.Ties[0].Weight != 2.5 || f.Ties[0].Receiver != "Zoë O'Brien, jr." || !slices.Equal(f.Ties[0].Topics, []string{"x, y"}) {
		t.Errorf("read back %+v %v", f.Ties, problems(f))
	}
	p := read(t, people.String())
	if len(p.People) != 2 || !slices.Equal(p.People[0].Offers, []string{"a;b", "c"}) || !slices.Equal(p.People[1].Aliases, []string{"Zoe OBrien"}) {
		t.Errorf("people %+v", p.People)
	}
}
