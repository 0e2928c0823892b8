package csvio

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kring-nl/kring/graph"
)

// DateOrder says how to read a date such as 5-2-2026, whose day and month
// can change places: DMY (5 February, as in Dutch and Flemish), MDY (May 2,
// as in American English), or Auto (from the other dates of the file).
type DateOrder string

const (
	Auto DateOrder = ""
	DMY  DateOrder = "dmy"
	MDY  DateOrder = "mdy"
)

var (
	isoDate   = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$`)
	localDate = regexp.MustCompile(`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$`)
)

// dateParts splits a date written in one of the ways people and spreadsheets
// write it into year and the two numbers before it; a time after the date
// ("5-2-2026 10:23", "2026/02/05 10:23:45 AM GMT+1") is left out. iso tells
// that the year came first (then a is the month and b the day).
func dateParts(s string) (y, a, b int, iso, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " T"); i > 0 {
		s = s[:i]
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		y, _ = strconv.Atoi(m[1])
		a, _ = strconv.Atoi(m[2])
		b, _ = strconv.Atoi(m[3])
		return y, a, b, true, true
	}
	if m := localDate.FindStringSubmatch(s); m != nil {
		a, _ = strconv.Atoi(m[1])
		b, _ = strconv.Atoi(m[2])
		y, _ = strconv.Atoi(m[3])
		if len(m[3]) == 2 {
			y += 2000
		}
		return y, a, b, false, true
	}
	return 0, 0, 0, false, false
}

// Dates reads a column of dates as YYYY-MM-DD. Dates that put the year first
// are read as year-month-day; in the others day and month are told apart by
// order, or, when it is Auto, by the column itself: a first number above 12
// (13-2-2026) makes it day-first for every row, a second one above 12 month-
// first. A column in which every such date could be read both ways (5-2-2026)
// is an error that asks for --date-order, unless day and month are equal. The
// result has one date per value ("" for an empty value) and one error per
// value that is not a date, or nil.
func Dates(values []string, order DateOrder) ([]string, []error) {
	out := make([]string, len(values))
	errs := make([]error, len(values))
	if order == Auto {
		dayFirst, monthFirst := false, false
		for _, v := range values {
			if _, a, b, iso, ok := dateParts(v); ok && !iso {
				dayFirst = dayFirst || a > 12
				monthFirst = monthFirst || b > 12
			}
		}
		switch {
		case dayFirst && !monthFirst:
			order = DMY
		case monthFirst && !dayFirst:
			order = MDY
		}
	}
	for i, v := range values {
		if strings.TrimSpace(v) == "" {
			continue
		}
		y, a, b, iso, ok := dateParts(v)
		if !ok {
			errs[i] = graph.Errorf(graph.EINVALID, "date %q is not a date; write it as 2026-02-05 (or 5-2-2026)", v)
			continue
		}
		month, day := a, b
		if !iso {
			switch {
			case order == DMY:
				day, month = a, b
			case order == MDY:
			case a == b:
			default:
				errs[i] = graph.Errorf(graph.EINVALID, "date %q can be read as %s or as %s; say which with --date-order dmy (day first) or --date-order mdy",
					v, isoString(y, b, a), isoString(y, a, b))
				continue
			}
		}
		d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if d.Year() != y || int(d.Month()) != month || d.Day() != day {
			errs[i] = graph.Errorf(graph.EINVALID, "date %q is not a day of the calendar", v)
			continue
		}
		out[i] = d.Format(time.DateOnly)
	}
	return out, errs
}

func isoString(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

// ParseDateOrder reads the value of --date-order.
func ParseDateOrder(s string) (DateOrder, error) {
	switch o := DateOrder(strings.ToLower(strings.TrimSpace(s))); o {
	case Auto, DMY, MDY:
		return o, nil
	}
	return Auto, graph.Errorf(graph.EINVALID, "date order %q is not one kring knows: use dmy (5-2-2026 is 5 February) or mdy (May 2)", s)
}
