// Package names cleans, checks and matches the names of people, waves,
// networks and topics: "jurgen  van der HAGEN" finds "Jürgen Van der Hagen".
package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kring-nl/kring/graph"
	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// MaxLen is the longest name accepted, in characters.
const MaxLen = 200

var folder = cases.Fold()

// KeyVersion changes whenever Key changes, so that stored keys can be made
// again: 2 added the letters without a decomposition, hyphens and
// apostrophes.
const KeyVersion = 2

// Key is the matching key of a name: compatibility-decomposed (NFKD), combining
// marks dropped, the letters that have no decomposition but read as a plain
// one written plain (ı, ø, ł, đ, æ, œ: "Yılmaz" is "Yilmaz"), hyphens and
// dashes as spaces ("Pieter-Jan" is "Pieter Jan"), every apostrophe as ' (’
// ‘ ʼ ` ´: "D’Hondt" is "D'Hondt"), case folded, outer white space trimmed
// and inner white space folded to one space. Two names are the same name
// when their keys are equal.
func Key(s string) string {
	d := norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if plain, ok := plainLetters[r]; ok {
			b.WriteString(plain)
			continue
		}
		switch r {
		case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\u00ad':
			r = ' '
		case '\u2019', '\u2018', '\u02bc', '`', '\u00b4', '\u2032':
			r = '\''
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(folder.String(b.String())), " ")
}

// plainLetters are letters without a decomposition that people write plain
// when their keyboard lacks them.
var plainLetters = map[rune]string{
	'ı': "i", 'ø': "o", 'Ø': "O", 'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D",
	'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ħ': "h", 'ŧ': "t",
}

// Clean trims a name, folds runs of inner white space to one space and
// composes it (NFC), so that a name typed with decomposed accents is stored
// as it looks. It keeps everything else (accents, case, particles) exactly
// as written.
func Clean(s string) string {
	return norm.NFC.String(strings.Join(strings.Fields(s), " "))
}

// Check returns a name cleaned, or an error that says what is wrong with it:
// empty, longer than MaxLen characters, not UTF-8, or holding control or
// invisible bidirectional-formatting characters. what names the kind of name
// ("person", "wave", ...) in the message.
func Check(what, s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", graph.Errorf(graph.EINVALID, "%s name %q is not valid UTF-8; save the text as UTF-8 and try again", graph.Word(what), s)
	}
	for _, r := range s {
		if isBad(r) {
			return "", graph.Errorf(graph.EINVALID, "%s name %q holds an invisible or control character (%U); type the name again without it", graph.Word(what), s, r)
		}
	}
	c := Clean(s)
	if c == "" {
		return "", graph.Errorf(graph.EINVALID, "%s name is empty", graph.Word(what))
	}
	if Key(c) == "" {
		return "", graph.Errorf(graph.EINVALID, "%s name %q has no letters or digits that show; type the name again", graph.Word(what), c)
	}
	if n := utf8.RuneCountInString(c); n > MaxLen {
		return "", graph.Errorf(graph.EINVALID, "%s name is %d characters long; the most is %d", graph.Word(what), n, MaxLen)
	}
	return c, nil
}

// isBad reports control characters other than the white space that Clean
// folds into one space (tab, newline: a spreadsheet cell may hold a line
// break); format characters, which do not show but make two names that look
// the same differ (zero-width spaces and joiners, word joiner, soft hyphen,
// bidirectional controls that can make a name display as another, the byte
// order mark); the Hangul fillers, letters that show as blanks; and
// characters that are not assigned or for private use.
func isBad(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return false
	case '\u115f', '\u1160', '\u3164', '\uffa0': // Hangul fillers
		return true
	}
	return unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Co, unicode.Cs) || !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z)
}

// Closest returns up to n candidates that look most like query: those that
// share a word with it or start with it first, then those within a small edit
// distance, nearest first. Candidates are display names; matching uses Key.
func Closest(query string, candidates []string, n int) []string {
	q := Key(query)
	if q == "" {
		return nil
	}
	type scored struct {
		name  string
		score int
	}
	var found []scored
	qWords := strings.Fields(q)
	for _, c := range candidates {
		k := Key(c)
		d := distance(q, k)
		limit := max(2, utf8.RuneCountInString(q)/3)
		switch {
		case strings.HasPrefix(k, q) || strings.HasPrefix(q, k):
			found = append(found, scored{c, 0})
		case sharesWord(qWords, strings.Fields(k)):
			found = append(found, scored{c, 1 + d})
		case d <= limit:
			found = append(found, scored{c, 1 + d})
		case typoOfWord(qWords, strings.Fields(k)):
			found = append(found, scored{c, 1 + d})
		}
	}
	slices.SortStableFunc(found, func(a, b scored) int { return a.score - b.score })
	out := make([]string, 0, min(n, len(found)))
	for _, f := range found {
		if len(out) == n {
			break
		}
		out = append(out, f.name)
	}
	return out
}

// sharesWord reports whether a and b have a word of at least three letters in
// common (so "van" and "de" alone do not make a match).
func sharesWord(a, b []string) bool {
	for _, x := range a {
		if utf8.RuneCountInString(x) < 3 || isParticle(x) {
			continue
		}
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// typoOfWord reports whether a word of a is one typo away from a word of b,
// both of at least three letters and not particles: "Bbo" for "Bob Janssens".
func typoOfWord(a, b []string) bool {
	for _, x := range a {
		if utf8.RuneCountInString(x) < 3 || isParticle(x) {
			continue
		}
		for _, y := range b {
			if utf8.RuneCountInString(y) >= 3 && !isParticle(y) && distance(x, y) <= 1 {
				return true
			}
		}
	}
	return false
}

func isParticle(w string) bool {
	switch w {
	case "van", "der", "den", "het", "ter", "ten", "von", "del", "des", "les", "dos", "das":
		return true
	}
	return false
}

// distance is the Damerau–Levenshtein (optimal string alignment) distance
// between a and b, counted in runes.
func distance(a, b string) int {
	s, t := []rune(a), []rune(b)
	prev2 := make([]int, len(t)+1)
	prev := make([]int, len(t)+1)
	cur := make([]int, len(t)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(s); i++ {
		cur[0] = i
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(t)]
}

// SplitList splits a list cell or flag value such as "loonbeleid; coaching"
// or "loonbeleid, coaching" into cleaned, non-empty items, keeping the first
// of items with the same key.
func SplitList(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' })
	return Unique(parts)
}

// Unique cleans items, drops empty ones and keeps the first of items with the
// same key, in order.
func Unique(items []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range items {
		p = Clean(p)
		k := Key(p)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	return out
}

// Near reports whether two different names may well be the same person, as
// happens when participants' own maps are merged: one name is an initial or
// a part of the other ("A. Peeters" or "Ann" for "Ann Peeters"), or they are
// a typo or two apart ("Bob Jansens", "Bob Janssens"). Names with the same
// Key are the same name, not near.
func Near(a, b string) bool { return NearKeys(Key(a), Key(b)) }

// NearKeys is Near on names already turned into keys with Key.
func NearKeys(ka, kb string) bool {
	if ka == kb || ka == "" || kb == "" {
		return false
	}
	wa, wb := strings.Fields(ka), strings.Fields(kb)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	// Every word of the shorter name is a word of the longer one, or an
	// initial of it or the other way round, in order, and the two share a
	// real word (not only initials or particles).
	if partOf(wa, wb) {
		return true
	}
	n := min(utf8.RuneCountInString(ka), utf8.RuneCountInString(kb))
	switch {
	case n >= 8:
		return distance(ka, kb) <= 2
	case n >= 4:
		return distance(ka, kb) <= 1
	}
	return false
}

// partOf reports whether the words of short match words of long in order,
// each the same word or one the initial ("a" or "a.") of the other, with
// at least one real word the same.
func partOf(short, long []string) bool {
	initial := func(w string) (string, bool) {
		w = strings.TrimSuffix(w, ".")
		return w, utf8.RuneCountInString(w) == 1
	}
	match := func(x, y string) bool {
		if x == y {
			return true
		}
		if i, ok := initial(x); ok && strings.HasPrefix(y, i) {
			return true
		}
		i, ok := initial(y)
		return ok && strings.HasPrefix(x, i)
	}
	j, real := 0, false
	for _, w := range short {
		for j < len(long) && !match(w, long[j]) {
			j++
		}
		if j == len(long) {
			return false
		}
		if long[j] == w && utf8.RuneCountInString(w) >= 3 && !isParticle(w) {
			real = true
		}
		j++
	}
	return real
}

// Distance is the edit distance between a and b (insertions, deletions,
// substitutions and swaps of neighbouring characters).
func Distance(a, b string) int { return distance(a, b) }
