package web

import (
	"crypto/rand"
	"encoding/base32"
	"fmt"
	"html/template"
	"strings"

	qrcode "github.com/skip2/go-qrcode"
)

// qrSVG draws text as a QR code, an inline SVG of one path (no style
// attribute, so that the pages' content security policy allows it), size
// pixels wide.
func qrSVG(text string, size int) (template.HTML, error) {
	q, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return "", err
	}
	bits := q.Bitmap() // with the quiet zone around it
	n := len(bits)
	var d strings.Builder
	for y, row := range bits {
		for x := 0; x < len(row); x++ {
			if !row[x] {
				continue
			}
			run := 1
			for x+run < len(row) && row[x+run] {
				run++
			}
			fmt.Fprintf(&d, "M%d %dh%dv1h-%dz", x, y, run, run)
			x += run - 1
		}
	}
	return template.HTML(fmt.Sprintf(`<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" shape-rendering="crispEdges" role="img" aria-label="QR"><rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="%s"/></svg>`,
		n, n, size, size, n, n, d.String())), nil
}

// Personal codes are 128 random bits written in Crockford's base 32
// (digits and capitals without I, L, O and U): 26 characters, shown in
// groups of four, read back whatever the case, spaces or dashes, and with
// O for 0 and I or L for 1.
var crockford = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// newCode is a new personal code, canonical.
func newCode() string {
	b := make([]byte, 16)
	rand.Read(b) // never fails (crypto/rand)
	return crockford.EncodeToString(b)
}

// canonicalCode is a code as typed, in the form it was made in.
func canonicalCode(typed string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(typed) {
		switch {
		case r == 'O':
			b.WriteRune('0')
		case r == 'I' || r == 'L':
			b.WriteRune('1')
		case r >= '0' && r <= '9', r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// groupedCode writes a code in groups of four, to read and type.
func groupedCode(code string) string {
	var parts []string
	for len(code) > 4 {
		parts = append(parts, code[:4])
		code = code[4:]
	}
	return strings.Join(append(parts, code), " ")
}
