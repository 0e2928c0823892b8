package csvio

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph"
)

func read(t *testing.T, text string) *File {
	t.Helper()
	f, err := Read(strings.NewReader(text), "test.csv")
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return f
}

func problems(f *File) []string {
	var out []string
	for _, p := range f.Problems {
		out = append(out, p.Where+": "+p.Err.Error())
	}
	return out
}

func TestReadTies(t *testing.T) {
	f := read(t, "giver,receiver,wave,topic,date,weight,reporter\n"+
		"Ann Peeters,Bob Janssens,Meeting 1,\"loonbeleid; coaching\",2026-02-05,2,Bob Janssens\n"+
		"\n"+
		"Jürgen Van der Hagen,Anaïs Dubois,,,,,\n")
	if f.Kind != Ties || len(f.Ties) != 2 || len(f.Problems) != 0 {
		t.Fatalf("kind %v, %d ties, problems %v", f.Kind, len(f.Ties), problems(f))
	}
	want := graph.TieRecord{Giver: "Ann Peeters", Receiver: "Bob Janssens", Wave: "Meeting 1", Date: "2026-02-05",
		Topics: []string{"loonbeleid", "coaching"}, Weight: 2, Reporter: "Bob Janssens", Where: "line 2"}
	got := f.Ties[0]
	if got.Giver != want.Giver || got.Receiver != want.Receiver || got.Wave != want.Wave || got.Date != want.Date ||
		!slices.Equal(got.Topics, want.Topics) || got.Weight != want.Weight || got.Reporter != want.Reporter || got.Where != want.Where {
		t.Errorf("record = %+v\nwant     %+v", got, want)
	}
	if f.Ties[1].Giver != "Jürgen Van der Hagen" || f.Ties[1].Where != "line 4" {
		t.Errorf("second record = %+v", f.Ties[1])
	}
}

func TestReadDelimitersAndBOM(t *testing.T) {
	for name, text := range map[string]string{
		"semicolon": "giver;receiver;weight\nAnn;Bob;1,5\n",
		"tab":       "giver\treceiver\tweight\nAnn\tBob\t1.5\n",
		"bom":       "\xEF\xBB\xBFgiver,receiver,weight\nAnn,Bob,1.5\n",
		"crlf":      "Giver , Receiver,Weight\r\nAnn,Bob,1.5\r\n",
	} {
		f := read(t, text)
		if len(f.Ties) != 1 || f.Ties[0].Giver != "Ann" || f.Ties[0].Receiver != "Bob" || f.Ties[0].Weight != 1.5 {
			t.Errorf("%s: ties %+v, problems %v", name, f.Ties, problems(f))
		}
	}
}

// A quoted field may hold a line break: the record stays whole, and names and
// topics keep the text with the break folded to a space.
func TestReadQuotedNewlineIsKept(t *testing.T) {
	f := read(t, "giver,receiver,topic\n\"Ann\nPeeters\",Bob,\"first line\nsecond line\"\nBob,Ann,x\n")
	if len(f.Ties) != 2 || f.Ties[0].Giver != "Ann\nPeeters" || f.Ties[0].Topics[0] != "first line second line" || f.Ties[1].Where != "line 5" {
		t.Errorf("ties %+v, problems %v", f.Ties, problems(f))
	}
}

func TestReadBadRecords(t *testing.T) {
	f := read(t, "giver,receiver,weight\n"+
		"Ann,Bob,1\n"+ // fine
		"Ann,Bob\n"+ // ragged
		",Bob,1\n"+ // empty giver
		"Ann,,1\n"+ // empty receiver
		"Ann,Bob,zero\n"+ // not a number
		"Ann,Bob,-1\n"+ // bad weight
		"Ann,Bob,1,2\n") // ragged
	want := []string{
		"line 3: has 2 fields, but the header has 3; check for a missing or extra comma",
		"line 4: the giver is empty",
		"line 5: the receiver is empty",
		`line 6: weight "zero" is not a positive number`,
		`line 7: weight "-1" is not a positive number`,
		"line 8: has 4 fields, but the header has 3; check for a missing or extra comma",
	}
	if got := problems(f); !slices.Equal(got, want) || len(f.Ties) != 1 {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadUnclosedQuote(t *testing.T) {
	var b strings.Builder
	b.WriteString("giver,receiver\n")
	for i := 0; i < 1000; i++ {
		b.WriteString("Ann,Bob\n")
	}
	b.WriteString("Ann,\"Bob\n")
	f := read(t, b.String())
	got := problems(f)
	if len(got) != 1 || !strings.Contains(got[0], "line 1002") || !strings.Contains(got[0], "never closed") {
		t.Errorf("problems = %v", got)
	}
}

func TestReadRefusesWhatIsNotATieOrPeopleFile(t *testing.T) {
	cases := map[string]string{
		"":                               "is empty",
		"\x89PNG\r\n\x1a\n\x00\x00":      "not a CSV text file",
		"colour,size\n1,2\n":             "not one kring knows",
		"giver,receiver,colour\nA,B,x\n": `unknown column "colour"`,
		"giver,wave\nA,1\n":              "needs both columns giver and receiver",
		"name,name\nA,B\n":               "names column \"name\" twice",
	}
	for text, want := range cases {
		_, err := Read(strings.NewReader(text), "x.csv")
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Read(%q) error = %v; want %q", text, err, want)
		}
	}
}

func TestReadPeople(t *testing.T) {
	f := read(t, "name,organisation,function,offers,needs\n"+
		"Anaïs Dubois,Hogeschool,docent,\"onboarding, AI-tools\",coaching\n"+
		",x,,,\n")
	if f.Kind != People || len(f.People) != 1 {
		t.Fatalf("kind %v, people %+v", f.Kind, f.People)
	}
	p := f.People[0]
	if p.Name != "Anaïs Dubois" || p.Org != "Hogeschool" || !slices.Equal(p.Offers, []string{"onboarding", "AI-tools"}) || !slices.Equal(p.Needs, []string{"coaching"}) {
		t.Errorf("person = %+v", p)
	}
	if got := problems(f); len(got) != 1 || got[0] != "line 3: the name is empty" {
		t.Errorf("problems = %v", got)
	}
}

func TestEscapeCellRoundTrips(t *testing.T) {
	for _, s := range []string{"=SUM(A1)", "+31 6", "-Ann", "@home", "'t Hart", "'s-Gravesande", "Ann", ""} {
		esc := EscapeCell(s)
		if strings.ContainsRune("=+-@", rune(firstByte(esc))) {
			t.Errorf("EscapeCell(%q) = %q still starts with a formula character", s, esc)
		}
		if back := unescapeCell(esc); back != s {
			t.Errorf("unescapeCell(EscapeCell(%q)) = %q", s, back)
		}
	}
}

func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

func TestWriteTiesRoundTrips(t *testing.T) {
	n := &graph.Network{
		People: []graph.Person{{ID: 1, Name: "=Ann"}, {ID: 2, Name: "Bob, Jr."}, {ID: 3, Name: "Jürgen \"J\" Van der Hagen"}},
		Waves:  []graph.Wave{{ID: 9, Name: "Meeting 1", Date: "2026-02-05", Seq: 1}},
		Ties: []graph.Tie{
			{ID: 1, Giver: 1, Receiver: 2, Wave: 9, Weight: 1, Topics: []string{"a", "b"}, Reporters: []int64{1, 2}},
			{ID: 2, Giver: 3, Receiver: 1, Wave: 9, Weight: 2.5},
		},
	}
	var buf bytes.Buffer
	if err := WriteTies(&buf, n, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	want := "giver,receiver,wave,topic,date,weight,reporter\n" +
		"'=Ann,\"Bob, Jr.\",Meeting 1,a; b,2026-02-05,1,'=Ann\n" +
		"'=Ann,\"Bob, Jr.\",Meeting 1,a; b,2026-02-05,1,\"Bob, Jr.\"\n" +
		"\"Jürgen \"\"J\"\" Van der Hagen\",'=Ann,Meeting 1,,2026-02-05,2.5,\n"
	if buf.String() != want {
		t.Fatalf("WriteTies:\n%s\nwant:\n%s", buf.String(), want)
	}
	f := read(t, buf.String())
	if len(f.Ties) != 3 || f.Ties[0].Giver != "=Ann" || f.Ties[1].Reporter != "Bob, Jr." || f.Ties[2].Giver != "Jürgen \"J\" Van der Hagen" || f.Ties[2].Weight != 2.5 {
		t.Errorf("read back %+v", f.Ties)
	}
}
