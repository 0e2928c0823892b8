package graph

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Error codes that tell the caller what kind of failure happened.
const (
	ENOTFOUND = "not_found" // a named thing does not exist
	ECONFLICT = "conflict"  // the thing exists already, or the request contradicts stored data
	EINVALID  = "invalid"   // the request or input is malformed
)

// Error is a failure the user can act on: its message says what is wrong and,
// where it can, what to do next. Format is the message in English with fmt
// verbs; it is also the key under which kring's message catalogue finds the
// message in another language, so it is written whole (never built from
// pieces), and Args are what fills it. An argument that is an error, or a
// Word, is translated too; the errors among the arguments are what the Error
// wraps (errors.Is and errors.As look into them).
type Error struct {
	Code   string
	Format string
	Args   []any
}

func (e *Error) Error() string { return fmt.Sprintf(e.Format, e.Args...) }

// Unwrap returns the errors among the arguments.
func (e *Error) Unwrap() []error {
	var errs []error
	for _, a := range e.Args {
		if err, ok := a.(error); ok {
			errs = append(errs, err)
		}
	}
	return errs
}

// Word is a word or phrase in English that fills a message ("person",
// "wave") and is translated with it.
type Word string

// Errorf returns an *Error with the given code, message format and
// arguments. Use %v, not %w, for an error argument: it is wrapped anyway.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Format: format, Args: args}
}

// ErrorCode returns the code of the first *Error or *UnknownError in err's
// chain, or "" when there is none.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	var u *UnknownError
	if errors.As(err, &u) {
		return ENOTFOUND
	}
	return ""
}

// UnknownError says that a name matched nothing, and which known names come
// closest.
type UnknownError struct {
	Kind        string // "person", "wave", "network"
	Name        string
	Suggestions []string
}

func (e *UnknownError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "unknown %s %q", e.Kind, e.Name)
	if len(e.Suggestions) > 0 {
		quoted := make([]string, len(e.Suggestions))
		for i, s := range e.Suggestions {
			quoted[i] = fmt.Sprintf("%q", s)
		}
		fmt.Fprintf(&b, " (did you mean %s?)", strings.Join(quoted, " or "))
	}
	return b.String()
}

// Problem is what is wrong with one record of an input.
type Problem struct {
	Where string // where the record is in its source: "line 12", "ties[3]"
	Err   error
}

// InputError lists the bad records of an input file. Nothing of the file was
// stored.
type InputError struct {
	Source   string // the file name
	Problems []Problem
}

func (e *InputError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d bad record", e.Source, len(e.Problems))
	if len(e.Problems) != 1 {
		b.WriteString("s")
	}
	b.WriteString("; nothing was imported")
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "\n  %s: %v", p.Where, p.Err)
	}
	return b.String()
}

// SortProblems orders problems by where they are: "line 9" before "line 10".
func SortProblems(ps []Problem) {
	key := func(w string) (string, int) {
		i := strings.LastIndexFunc(w, func(r rune) bool { return r < '0' || r > '9' })
		n, _ := strconv.Atoi(w[i+1:])
		return w[:i+1], n
	}
	slices.SortStableFunc(ps, func(a, b Problem) int {
		pa, na := key(a.Where)
		pb, nb := key(b.Where)
		return cmp.Or(cmp.Compare(pa, pb), cmp.Compare(na, nb))
	})
}
