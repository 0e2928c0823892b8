package csvio

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// FuzzRead: whatever a file holds, Read does not panic, and what it accepts
// is well-formed: every tie has a giver and a receiver in valid UTF-8, every
// problem says on which line. The seeds run in every go test.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"giver,receiver\nAnn,Bob\n",
		"\ufeffgiver;receiver;wave;topic\r\nAnn;Bob;W1;\"a\nb\"\r\n",
		"giver\treceiver\tweight\nAnn\tBob\t2,5\n",
		"giver,receiver,wave\nAnn,Bob\n,Bob,W\nAnn,\"Bob\n",
		"name,org,offers,needs\nAnn,Gemeente,\"a; b\",c\n",
		"giver,receiver\n'=SUM(A1),@x\n",
		"giver,receiver\nJ\xfcrgen,Bob\n",
		"\x89PNG\r\n\x1a\n\x00",
		"giver,receiver,colour\n",
		"",
		"\"giver\",\"receiver\"\n\"A\"\"nn\",\"B\"\"\"\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Read(bytes.NewReader(data), "fuzz.csv")
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.csv") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		for _, tie := range file.Ties {
			if tie.Giver == "" || tie.Receiver == "" || !utf8.ValidString(tie.Giver) || !utf8.ValidString(tie.Receiver) {
				t.Errorf("accepted tie %+v", tie)
			}
			if !strings.HasPrefix(tie.Where, "line ") {
				t.Errorf("tie without a line: %+v", tie)
			}
		}
		for _, p := range file.People {
			if p.Name == "" || !utf8.ValidString(p.Name) {
				t.Errorf("accepted person %+v", p)
			}
		}
		for _, p := range file.Problems {
			if !strings.HasPrefix(p.Where, "line ") || p.Err == nil {
				t.Errorf("problem %+v", p)
			}
		}
	})
}

// FuzzWriteTies: whatever the names and topics, the export is CSV that opens
// safely in a spreadsheet (no text cell starts a formula) and reads back as
// the same ties. The seeds run in every go test.
func FuzzWriteTies(f *testing.F) {
	for _, s := range []string{"Ann", "=SUM(A1)", "+31 6 1234", "-Ann", "@home", "'t Hart", "Bob, Jr.", "Jürgen \"J\" Van der Hagen", "a\tb", "Anaïs"} {
		f.Add(s, "Bob Janssens", "Meeting 1", "loonbeleid")
	}
	f.Add("Ann", "=HYPERLINK(\"x\")", "-W1", "+topic")
	f.Add("Zoë O'Brien, jr.", "Bob", "W1", "rooster, planning; \"nacht\"")
	f.Fuzz(func(t *testing.T, giver, receiver, wave, topic string) {
		for _, s := range []string{giver, receiver, wave} {
			if c, err := names.Check("x", s); err != nil || c != s {
				return // kring stores only clean names
			}
		}
		if names.Key(giver) == names.Key(receiver) {
			return
		}
		tc, err := names.Check("topic", topic)
		if err != nil || tc != topic { // topics with separators are written in quotes
			return
		}
		n := &graph.Network{
			People: []graph.Person{{ID: 1, Name: giver}, {ID: 2, Name: receiver}},
			Waves:  []graph.Wave{{ID: 1, Name: wave, Seq: 1}},
			Ties:   []graph.Tie{{ID: 1, Giver: 1, Receiver: 2, Wave: 1, Weight: 1, Topics: []string{topic}, Reporters: []int64{2}}},
		}
		var buf bytes.Buffer
		if err := WriteTies(&buf, n, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
		if err != nil {
			t.Fatalf("not CSV: %v\n%s", err, buf.String())
		}
		for _, rec := range recs[1:] {
			for i, cell := range rec {
				if i != 5 && cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("cell %q starts a formula", cell)
				}
			}
		}
		back, err := Read(bytes.NewReader(buf.Bytes()), "export.csv")
		if err != nil || len(back.Problems) > 0 || len(back.Ties) != 1 {
			t.Fatalf("read back: %v %+v\n%s", err, back, buf.String())
		}
		got := back.Ties[0]
		if got.Giver != giver || got.Receiver != receiver || got.Wave != wave || got.Reporter != receiver ||
			len(got.Topics) != 1 || got.Topics[0] != topic {
			t.Errorf("read back %+v, want %q → %q in %q about %q", got, giver, receiver, wave, topic)
		}
	})
}
