package i18n

import (
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// catalogue holds every message kring writes: the Dutch of each English
// text in dutch, and the messages with plural forms in plurals.
var catalogue = build()

// pluralMsg is a message whose words depend on a number: the English and
// Dutch text for one and for any other count. Arg is the position (from 1)
// of the count among the message's arguments.
type pluralMsg struct {
	key    string
	arg    int
	en, nl [2]string
}

func build() *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for key, nl := range dutch {
		if err := b.SetString(language.Dutch, key, nl); err != nil {
			panic(err)
		}
	}
	for _, m := range plurals {
		arg := m.arg
		if arg == 0 {
			arg = 1
		}
		if err := b.Set(language.English, m.key, plural.Selectf(arg, "%d", "=1", m.en[0], "other", m.en[1])); err != nil {
			panic(err)
		}
		if err := b.Set(language.Dutch, m.key, plural.Selectf(arg, "%d", "=1", m.nl[0], "other", m.nl[1])); err != nil {
			panic(err)
		}
	}
	return b
}
