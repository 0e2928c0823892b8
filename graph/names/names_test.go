package names

import (
	"slices"
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	same := [][]string{
		{"Jürgen Van der Hagen", "jurgen van der hagen", "  JURGEN   Van der  HAGEN ", "Ju\u0308rgen Van der Hagen"},
		{"Anaïs Dubois", "anais dubois", "ANAÏS DUBOIS"},
		{"Straße", "STRASSE", "strasse"},
		{"Zoë", "zoe"},
		{"Elif Yılmaz", "Elif Yilmaz", "ELIF YILMAZ", "Elif YILMAZ"},
		{"Pieter-Jan De Wilde", "Pieter Jan De Wilde", "Pieter‐Jan de wilde"},
		{"Koen D'Hondt", "Koen D’Hondt", "koen d‘hondt", "Koen Dʼhondt"},
		{"Ayşe Çelik", "Ayse Celik", "AYŞE ÇELIK"},
		{"Søren Łukasz", "Soren Lukasz"},
	}
	for _, group := range same {
		for _, n := range group[1:] {
			if Key(n) != Key(group[0]) {
				t.Errorf("Key(%q) = %q, want Key(%q) = %q", n, Key(n), group[0], Key(group[0]))
			}
		}
	}
	different := [][2]string{{"Ann Peeters", "Anne Peeters"}, {"Van der Hagen", "Vander Hagen"}}
	for _, d := range different {
		if Key(d[0]) == Key(d[1]) {
			t.Errorf("Key(%q) == Key(%q); want different", d[0], d[1])
		}
	}
}

func TestClean(t *testing.T) {
	if got := Clean("  Jürgen \t Van der  Hagen "); got != "Jürgen Van der Hagen" {
		t.Errorf("Clean = %q", got)
	}
}

func TestCheck(t *testing.T) {
	ok := map[string]string{
		" Anaïs ":             "Anaïs",
		"'t Hart":             "'t Hart",
		"Van der Hagen, Jürg": "Van der Hagen, Jürg",
		"O\u0301scar":         "Óscar",       // decomposed accents are stored composed (NFC)
		"Ann\nPeeters":        "Ann Peeters", // a line break in a spreadsheet cell
		"Zoë 🌻":               "Zoë 🌻",
		"Ayşe Yılmaz":         "Ayşe Yılmaz",
		"Ann\u00a0Peeters":    "Ann Peeters", // a no-break space is a space
	}
	for in, want := range ok {
		got, err := Check("person", in)
		if err != nil || got != want {
			t.Errorf("Check(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	bad := map[string]string{
		"":                        "empty",
		"   ":                     "empty",
		"Ann\x00":                 "control character",
		"Ann\x1bPeeters":          "control character",
		"Ann\u202ePeeters":        "control character",
		"\u200fAnn":               "control character",
		"Ann\u200bPeeters":        "invisible",  // zero-width space
		"Ann\u200d":               "invisible",  // zero-width joiner
		"An\u2060n":               "invisible",  // word joiner
		"Pie\u00adter":            "invisible",  // soft hyphen
		"\u3164":                  "invisible",  // Hangul filler
		"Ann \u115f":              "invisible",  // Hangul choseong filler
		"\ue000Ann":               "invisible",  // private use
		"\u0301\u0308":            "no letters", // combining marks only
		"\u0301 \u0300":           "no letters",
		string([]byte{0xff, 'a'}): "UTF-8",
		strings.Repeat("a", 201):  "201 characters",
	}
	for in, want := range bad {
		_, err := Check("person", in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Check(%q) error = %v; want one saying %q", in, err, want)
		}
	}
	if _, err := Check("person", strings.Repeat("é", 200)); err != nil {
		t.Errorf("200 accented letters: %v", err)
	}
}

func TestClosest(t *testing.T) {
	known := []string{"Ann Peeters", "Bob Janssens", "Carla De Smet", "Jürgen Van der Hagen", "Anne Maes"}
	cases := []struct {
		query string
		want  []string
	}{
		{"Bbo Janssens", []string{"Bob Janssens"}},
		{"Ann", []string{"Ann Peeters", "Anne Maes"}},
		{"carla", []string{"Carla De Smet"}},
		{"Jurgen van de Hagen", []string{"Jürgen Van der Hagen"}},
		{"Peeters", []string{"Ann Peeters"}},
		{"Zeno", nil},
		{"van der", nil},
		// A typo in one word of a name, even when only that word is given.
		{"Bbo", []string{"Bob Janssens"}},
		{"Smte", []string{"Carla De Smet"}},
	}
	for _, c := range cases {
		if got := Closest(c.query, known, 3); !slices.Equal(got, c.want) {
			t.Errorf("Closest(%q) = %q, want %q", c.query, got, c.want)
		}
	}
}

func TestSplitList(t *testing.T) {
	got := SplitList(" loonbeleid; Coaching,coaching ,, talent management ")
	want := []string{"loonbeleid", "Coaching", "talent management"}
	if !slices.Equal(got, want) {
		t.Errorf("SplitList = %q, want %q", got, want)
	}
}

func TestDistance(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{{"bob", "bbo", 1}, {"ann", "anne", 1}, {"", "abc", 3}, {"kitten", "sitting", 3}, {"jürgen", "jurgen", 1}}
	for _, c := range cases {
		if got := distance(c.a, c.b); got != c.want {
			t.Errorf("distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestNear(t *testing.T) {
	for _, c := range []struct {
		a, b string
		near bool
	}{
		{"A. Peeters", "Ann Peeters", true},
		{"A Peeters", "Ann Peeters", true},
		{"Ann", "Ann Peeters", true},
		{"Peeters", "Ann Peeters", true},
		{"Ann P.", "Ann Peeters", true},
		{"Bob Jansens", "Bob Janssens", true},
		{"Jurgen van der Haagen", "Jürgen Van der Hagen", true},
		{"J. Van der Hagen", "Jürgen Van der Hagen", true},
		{"ann peeters", "Ann Peeters", false}, // the same name
		{"Ann Peeters", "Bob Janssens", false},
		{"Van der", "Jürgen Van der Hagen", false}, // particles only
		{"A. P.", "Ann Peeters", false},            // initials only
		{"Eve", "Eva", false},                      // short names: too close to call
		{"Ann Peeters", "Anna Claes", false},
		{"B. Peeters", "Ann Peeters", false},
	} {
		if got := Near(c.a, c.b); got != c.near {
			t.Errorf("Near(%q, %q) = %v, want %v", c.a, c.b, got, c.near)
		}
		if got := Near(c.b, c.a); got != c.near {
			t.Errorf("Near(%q, %q) = %v, want %v", c.b, c.a, got, c.near)
		}
	}
}
