// Package i18n holds kring's two languages, Dutch (nl) and English (en): the
// message catalogue, with plural forms, and the way numbers, dates and
// errors are written in each. Messages are looked up by their English text,
// which is also what English speakers read (golang.org/x/text/message).
package i18n

import (
	"fmt"
	"io"
	"strings"

	"github.com/kring-nl/kring/graph"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// The languages kring speaks.
const (
	Dutch   = "nl"
	English = "en"
)

// Codes are the language codes kring accepts, as --lang takes them.
var Codes = []string{Dutch, English}

// Lang writes kring's messages in one language.
type Lang struct {
	code string
	p    *message.Printer
}

// New returns the language with the given code ("nl" or "en"; anything
// else is English).
func New(code string) *Lang {
	if code != Dutch {
		code = English
	}
	return &Lang{code: code, p: message.NewPrinter(language.Make(code), message.Catalog(catalogue))}
}

// Code is "nl" or "en".
func (l *Lang) Code() string { return l.code }

// Dutch reports whether l is Dutch.
func (l *Lang) Dutch() bool { return l.code == Dutch }

// Sprintf formats the message key (its English text, with fmt verbs) in l:
// the translation with its plural forms, numbers with the language's decimal
// sign and digit grouping ("0,500" and "1.005" in Dutch), errors and Words
// among the arguments translated too.
func (l *Lang) Sprintf(key string, args ...any) string {
	return l.p.Sprintf(key, l.args(args)...)
}

// T is a message without arguments.
func (l *Lang) T(key string) string {
	return l.p.Sprintf(key)
}

// Fprintf writes the formatted message to w.
func (l *Lang) Fprintf(w io.Writer, key string, args ...any) (int, error) {
	return io.WriteString(w, l.Sprintf(key, args...))
}

// Fprintln writes the formatted message and a newline to w.
func (l *Lang) Fprintln(w io.Writer, key string, args ...any) (int, error) {
	return io.WriteString(w, l.Sprintf(key, args...)+"\n")
}

// args translates the errors and Words among args.
func (l *Lang) args(args []any) []any {
	var out []any
	for i, a := range args {
		var t any
		switch x := a.(type) {
		case error:
			t = l.Error(x)
		case graph.Word:
			t = l.T(string(x))
		default:
			continue
		}
		if out == nil {
			out = append([]any(nil), args...)
		}
		out[i] = t
	}
	if out == nil {
		return args
	}
	return out
}

// Float writes f with prec decimals in l: "0,500" in Dutch.
func (l *Lang) Float(f float64, prec int) string {
	return l.p.Sprintf("%.*f", prec, f)
}

// Int writes n with the language's digit grouping: "1.005" in Dutch.
func (l *Lang) Int(n int) string {
	return l.p.Sprintf("%d", n)
}

// Signed writes n with its sign: "+2", "0", "-1".
func (l *Lang) Signed(n int) string {
	if n > 0 {
		return "+" + l.Int(n)
	}
	return l.Int(n)
}

// Fixed writes f with three decimals, or "-" for nil.
func (l *Lang) Fixed(f *float64) string {
	if f == nil {
		return "-"
	}
	return l.Float(*f, 3)
}

var months = map[string][12]string{
	English: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	Dutch:   {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
}

// Date writes a YYYY-MM-DD date as people write it in prose: "5 februari
// 2026", "5 February 2026". Anything else is returned as it is.
func (l *Lang) Date(iso string) string {
	var y, m, d int
	if _, err := fmt.Sscanf(iso, "%4d-%2d-%2d", &y, &m, &d); err != nil || len(iso) != 10 || m < 1 || m > 12 || d < 1 || d > 31 {
		return iso
	}
	return fmt.Sprintf("%d %s %d", d, months[l.code][m-1], y)
}

// List joins items in l: "A", "A and B", "A, B and C" ("A, B en C").
func (l *Lang) List(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return l.Sprintf("%s and %s", strings.Join(items[:len(items)-1], ", "), items[len(items)-1])
}

// Choose picks the language of the messages: flag (--lang) when given, else
// $KRING_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: the first one
// set decides, nl_BE.UTF-8, nl_NL and nl are Dutch), else English. It
// returns an error for a --lang or $KRING_LANG kring does not speak.
func Choose(flag string, getenv func(string) string) (string, error) {
	if flag != "" {
		return check("--lang", flag)
	}
	if v := getenv("KRING_LANG"); v != "" {
		return check("KRING_LANG", v)
	}
	return Locale(getenv), nil
}

// Locale is the language of the user's locale: Dutch for nl, nl_BE,
// nl_NL.UTF-8 and the like, else English.
func Locale(getenv func(string) string) string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		base, _, _ := strings.Cut(v, ".")
		base, _, _ = strings.Cut(base, "@")
		lang, _, _ := strings.Cut(base, "_")
		if strings.EqualFold(lang, Dutch) {
			return Dutch
		}
		return English
	}
	return English
}

// ErrUnknownLanguage is returned for a language kring does not speak.
type ErrUnknownLanguage struct{ Source, Value string }

func (e *ErrUnknownLanguage) Error() string {
	return fmt.Sprintf("%s %q: kring speaks nl (Dutch) and en (English)", e.Source, e.Value)
}

func check(source, v string) (string, error) {
	c := strings.ToLower(strings.TrimSpace(v))
	if i := strings.IndexAny(c, "-_"); i > 0 {
		c = c[:i] // nl-BE, en_GB
	}
	switch c {
	case Dutch, English:
		return c, nil
	}
	return "", &ErrUnknownLanguage{Source: source, Value: v}
}
