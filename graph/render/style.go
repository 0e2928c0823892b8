package render

// Colours of the roles, from the Okabe–Ito palette, which people with every
// common kind of colour blindness can tell apart. Text on every fill stays
// black.
const (
	ColorExchanges = "#009E73" // bluish green: gives and receives
	ColorOnlyGives = "#E69F00" // orange: gives, asks nobody
	ColorOnlyAsks  = "#56B4E9" // sky blue: asks, gives to nobody
	ColorIsolated  = "#E4E4E4" // light grey: no help ties
	ColorUnknown   = "#FFFFFF" // white: no organisation, no community
)

// Categorical colours for organisations and communities: Okabe–Ito without
// black, then Paul Tol's light scheme; both safe for colour blindness. The
// twelfth and later categories repeat the list.
var Categorical = []string{
	"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
	"#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00",
}

// Colours of ties.
const (
	colorOneWay  = "#6B6B6B"
	colorMutual  = "#1A1A1A"
	colorContact = "#A8A8A8"
	colorBorder  = "#333333"
	colorNew     = "#0072B2" // blue: new in the later wave
	colorLost    = "#D55E00" // vermillion: lost since the earlier wave
	colorKept    = "#8C8C8C" // grey: in both waves
	// fontName is the font maps are laid out with: graphviz knows the
	// widths of Helvetica (which Arial and Liberation Sans share); SVG
	// files name Arial and sans-serif after it (see Draw).
	fontName = "Helvetica"
)
