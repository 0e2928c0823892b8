package render

// Palette gives the fill colour of each node class: the four roles, from the
// Okabe–Ito palette, which people with every common kind of colour blindness
// can tell apart. Text on every fill stays black.
var Palette = map[string]string{
	"exchanges":  "#009E73", // bluish green: gives and receives
	"only_gives": "#E69F00", // orange: gives, asks nobody
	"only_asks":  "#56B4E9", // sky blue: asks, gives to nobody
	"isolated":   "#E8E8E8", // light grey: no help ties
}

// Colours of ties.
const (
	colorOneWay  = "#6B6B6B"
	colorMutual  = "#1A1A1A"
	colorContact = "#A8A8A8"
	colorBorder  = "#333333"
	fontName     = "Helvetica,Arial,sans-serif"
)
