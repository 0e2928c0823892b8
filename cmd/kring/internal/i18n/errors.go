package i18n

import (
	"errors"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"syscall"

	"github.com/kring-nl/kring/graph"
)

// Error says err in l. kring's own errors (graph.Error and the errors built
// on it, unknown names, bad input files) are translated with their
// arguments; file system errors say what happened to which file; anything
// else, such as an unexpected error from SQLite, is shown as it is. Plain
// wrappers around a translated error (fmt.Errorf("…: %w")) are context for
// developers and are left out.
func (l *Lang) Error(err error) string {
	for e := err; e != nil; e = errors.Unwrap(e) {
		if s, ok := l.known(e); ok {
			return s
		}
		if _, many := e.(interface{ Unwrap() []error }); many {
			break
		}
	}
	return err.Error()
}

// known translates the errors kring knows by their type.
func (l *Lang) known(err error) (string, bool) {
	switch e := err.(type) {
	case *graph.Error:
		return l.Sprintf(e.Format, e.Args...), true
	case *graph.UnknownError:
		return l.unknown(e), true
	case *graph.InputError:
		var b strings.Builder
		b.WriteString(l.Sprintf("%s: %d bad records; nothing was imported", e.Source, len(e.Problems)))
		for _, p := range e.Problems {
			b.WriteString("\n  " + l.Where(p.Where) + ": " + l.Error(p.Err))
		}
		return b.String(), true
	case *ErrUnknownLanguage:
		return l.Sprintf("%s %q: kring speaks nl (Dutch) and en (English)", e.Source, e.Value), true
	case *fs.PathError:
		return l.Sprintf("%s: %s", e.Path, l.errno(e.Err)), true
	}
	return "", false
}

// unknown says that a name matched nothing, with the closest known names.
func (l *Lang) unknown(e *graph.UnknownError) string {
	var s string
	switch e.Kind {
	case "person":
		s = l.Sprintf("unknown person %q", e.Name)
	case "wave":
		s = l.Sprintf("unknown wave %q", e.Name)
	case "network":
		s = l.Sprintf("unknown network %q", e.Name)
	default:
		s = l.Sprintf("unknown %s %q", graph.Word(e.Kind), e.Name)
	}
	if len(e.Suggestions) == 0 {
		return s
	}
	quoted := make([]string, len(e.Suggestions))
	for i, n := range e.Suggestions {
		quoted[i] = strconv.Quote(n)
	}
	return l.Sprintf("%s (did you mean %s?)", s, l.Or(quoted))
}

// Or joins items as alternatives: "A", "A or B", "A, B or C".
func (l *Lang) Or(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return l.Sprintf("%s or %s", strings.Join(items[:len(items)-1], ", "), items[len(items)-1])
}

// errno says what a system call error means.
func (l *Lang) errno(err error) string {
	var no syscall.Errno
	if errors.As(err, &no) {
		switch no {
		case syscall.ENOENT:
			return l.T("no such file or folder")
		case syscall.EACCES, syscall.EPERM:
			return l.T("permission denied")
		case syscall.EISDIR:
			return l.T("it is a folder, not a file")
		case syscall.ENOTDIR:
			return l.T("part of the path is not a folder")
		case syscall.ENOSPC:
			return l.T("the disk is full")
		case syscall.EROFS:
			return l.T("the file system is read-only")
		}
	}
	return err.Error()
}

var (
	whereLine  = regexp.MustCompile(`^line (\d+)$`)
	whereIndex = regexp.MustCompile(`^(people|ties|contacts|waves)\[(\d+)\]$`)
	whereWord  = regexp.MustCompile(`^(wave|node|edge|row|column|sheet) (.+)$`)
)

// Where says where a record is in its file, as the readers label it: "line
// 12", "ties[3]", "wave Meeting 1".
func (l *Lang) Where(w string) string {
	if m := whereLine.FindStringSubmatch(w); m != nil {
		return l.Sprintf("line %s", m[1])
	}
	if m := whereIndex.FindStringSubmatch(w); m != nil {
		return w // the JSON path: the same in every language
	}
	if m := whereWord.FindStringSubmatch(w); m != nil {
		return l.whereWord(m[1]) + " " + m[2]
	}
	return w
}

func (l *Lang) whereWord(w string) string {
	switch w {
	case "wave":
		return l.T("wave")
	case "node":
		return l.T("node")
	case "edge":
		return l.T("edge")
	case "row":
		return l.T("row")
	case "column":
		return l.T("column")
	case "sheet":
		return l.T("sheet")
	}
	return w
}
