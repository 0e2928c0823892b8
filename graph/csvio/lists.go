package csvio

import (
	"strings"

	"github.com/kring-nl/kring/graph/names"
)

// JoinList writes a list of topics or names in one cell, separated by "; ".
// An item that holds a separator (";" or ","), a double quote or a line
// break, or that is empty, is put in double quotes with its quotes doubled,
// as CSV does with cells: ["Zoë O'Brien, jr.", "Ann"] becomes
// `"Zoë O'Brien, jr."; Ann`. SplitList reads it back item for item.
func JoinList(items []string) string {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteString("; ")
		}
		if it == "" || strings.ContainsAny(it, ";,\"\r\n") || strings.TrimSpace(it) != it {
			b.WriteByte('"')
			b.WriteString(strings.ReplaceAll(it, `"`, `""`))
			b.WriteByte('"')
			continue
		}
		b.WriteString(it)
	}
	return b.String()
}

// SplitList reads a list cell as people type it and as JoinList writes it:
// items separated by ";" or ",", an item in double quotes kept whole with
// its doubled quotes undone. Items are cleaned (outer white space trimmed,
// inner runs and line breaks folded to one space), empty ones dropped, and of
// items that are the same name (see names.Key) the first is kept.
func SplitList(s string) []string { return split(s, false) }

// SplitLines is SplitList that also takes line breaks for separators, as in
// the answer to a form's question "whom did you ask?" typed one name a line.
func SplitLines(s string) []string { return split(s, true) }

func split(s string, lines bool) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var items []string
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '"' && strings.TrimSpace(b.String()) == "":
			// A quoted item: up to the quote that is not doubled.
			b.Reset()
			closed := false
			for i++; i < len(rs); i++ {
				if rs[i] == '"' {
					if i+1 < len(rs) && rs[i+1] == '"' {
						b.WriteRune('"')
						i++
						continue
					}
					closed = true
					break
				}
				b.WriteRune(rs[i])
			}
			if !closed {
				// No closing quote: the quote was part of the text.
				items = append(items, `"`+b.String())
				b.Reset()
			}
		case r == ';' || r == ',' || (lines && (r == '\n' || r == '\r')):
			items = append(items, b.String())
			b.Reset()
		default:
			b.WriteRune(r)
		}
	}
	items = append(items, b.String())
	return names.Unique(items)
}
