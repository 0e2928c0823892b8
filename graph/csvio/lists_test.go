package csvio

import (
	"slices"
	"testing"
)

func TestListsRoundTrip(t *testing.T) {
	for _, items := range [][]string{
		{"loonbeleid", "coaching"},
		{"Zoë O'Brien, jr.", "Ann"},
		{`Anaïs "A" Dubois`, "a;b", "x,y;z"},
		{`"quoted"`, `ends with "`, `""`},
		{"one"},
		nil,
	} {
		got := SplitList(JoinList(items))
		if !slices.Equal(got, items) {
			t.Errorf("%q → %q → %q", items, JoinList(items), got)
		}
	}
	if got := JoinList([]string{"Zoë O'Brien, jr.", "Ann"}); got != `"Zoë O'Brien, jr."; Ann` {
		t.Errorf("JoinList = %s", got)
	}
	if got := JoinList([]string{"loonbeleid", "coaching"}); got != "loonbeleid; coaching" {
		t.Errorf("plain items are written plainly: %s", got)
	}
}

func TestSplitListAsPeopleType(t *testing.T) {
	for in, want := range map[string][]string{
		"Ann, Bob; Carla\nDirk\r\nEve":         {"Ann", "Bob", "Carla Dirk Eve"},
		"Ann Peeters;Bob Janssens;":            {"Ann Peeters", "Bob Janssens"}, // Microsoft Forms
		" loonbeleid; Coaching,coaching ,, x ": {"loonbeleid", "Coaching", "x"},
		`6" pipes, "a, b"`:                     {`6" pipes`, "a, b"},
		`"unclosed, quote`:                     {`"unclosed, quote`},
		"":                                     nil,
	} {
		if got := SplitList(in); !slices.Equal(got, want) {
			t.Errorf("SplitList(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitLines(t *testing.T) {
	if got, want := SplitLines("Ann, Bob; Carla\nDirk\r\nEve\n\"Zoë O'Brien, jr.\""), []string{"Ann", "Bob", "Carla", "Dirk", "Eve", "Zoë O'Brien, jr."}; !slices.Equal(got, want) {
		t.Errorf("SplitLines = %q, want %q", got, want)
	}
}
