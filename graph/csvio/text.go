package csvio

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Encoding is the character encoding a text file was read in.
type Encoding string

const (
	UTF8        Encoding = "UTF-8"
	UTF16       Encoding = "UTF-16"       // Excel's "Unicode text", with a byte order mark
	Windows1252 Encoding = "Windows-1252" // what Excel on Windows saves as "CSV" in western Europe
)

// Decode turns the bytes of a text file into text: UTF-8 (a byte order
// mark is dropped), UTF-16 when it starts with a byte order mark, and
// otherwise, when the bytes are not valid UTF-8, Windows-1252, the code page
// of Excel on Windows in Dutch, Flemish and other western locales (Latin-1
// is a subset of it).
func Decode(b []byte) (string, Encoding) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		d := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		if s, err := d.Bytes(b); err == nil {
			return string(s), UTF16
		}
	}
	if utf8.Valid(b) {
		return string(b), UTF8
	}
	s, _ := charmap.Windows1252.NewDecoder().Bytes(b) // every byte maps to a character
	return string(s), Windows1252
}
