package view

import (
	"strings"

	"github.com/kring-nl/kring/analysis"
)

// Explain says in plain language what a person's figures mean, for a
// facilitator or HR reader who does not know the metrics: their role with
// how many people they helped and asked, brokerage, and (when waves has two
// or more waves: the person's figures per wave, up to the last wave of the
// scope p was analysed in) the change the last wave shows. It names no
// other person.
func Explain(l *Lang, p analysis.Person, waves []analysis.WaveMetrics) string {
	var parts []string
	switch p.Role {
	case analysis.Exchanges:
		parts = append(parts, l.Sprintf("Gives and asks: helped %s and got help from %s.", People(l, p.Gives), People(l, p.Receives)))
		if p.Reciprocal > 0 {
			parts = append(parts, l.Sprintf("Help goes both ways with %s.", People(l, p.Reciprocal)))
		}
	case analysis.OnlyGives:
		parts = append(parts, l.Sprintf("Only gives: helped %s and asked nobody. See that help flows back; people who only give can get overloaded.", People(l, p.Gives)))
	case analysis.OnlyAsks:
		parts = append(parts, l.Sprintf("Only asks: got help from %s and helped nobody yet. Ask what they could share.", People(l, p.Receives)))
	case analysis.Absent:
		parts = append(parts, l.T("Did not take part: did not answer, or was not there. Nobody named them either."))
	default:
		parts = append(parts, l.T("No help ties: gave none and asked none. Worth a personal invitation or a partner in the next round."))
	}
	if p.Role != analysis.Absent && p.TookPart != nil && !*p.TookPart {
		parts = append(parts, l.T("Did not answer themselves: these figures rest only on what others reported."))
	}
	if p.Broker {
		parts = append(parts, l.T("A broker: links people who are otherwise far apart, so much help passes through them."))
	}
	if s := change(l, analysis.Present(waves)); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// change says what the last of the waves shows against the ones before.
func change(l *Lang, ws []analysis.WaveMetrics) string {
	if len(ws) < 2 {
		return ""
	}
	last, prev := ws[len(ws)-1], ws[len(ws)-2]
	first := len(ws) - 1 // the first wave of the streak of the last wave's role
	for first > 0 && ws[first-1].Role == last.Role {
		first--
	}
	long := len(ws)-first > 2
	switch {
	case last.Role == analysis.OnlyGives && first < len(ws)-1:
		if long {
			return l.Sprintf("Only gave in every wave from %s to %s.", ws[first].Wave, last.Wave)
		}
		return l.Sprintf("Only gave in %s and %s.", ws[first].Wave, last.Wave)
	case last.Role == analysis.OnlyAsks && first < len(ws)-1:
		if long {
			return l.Sprintf("Only asked in every wave from %s to %s.", ws[first].Wave, last.Wave)
		}
		return l.Sprintf("Only asked in %s and %s.", ws[first].Wave, last.Wave)
	case last.Role == analysis.Isolated && prev.Role != analysis.Isolated:
		return l.Sprintf("Had help ties in %s, none in %s.", prev.Wave, last.Wave)
	case last.Role == analysis.Isolated && first > 0:
		if long {
			return l.Sprintf("No help ties in every wave from %s to %s, after ties in %s.", ws[first].Wave, last.Wave, ws[first-1].Wave)
		}
		return l.Sprintf("No help ties in %s and %s, after ties in %s.", ws[first].Wave, last.Wave, ws[first-1].Wave)
	case last.Role == analysis.Exchanges && prev.Role == analysis.OnlyGives:
		return l.Sprintf("Also received help in %s, after only giving in %s.", last.Wave, prev.Wave)
	case last.Role == analysis.Exchanges && prev.Role == analysis.OnlyAsks:
		return l.Sprintf("Also gave help in %s, after only asking in %s.", last.Wave, prev.Wave)
	case last.Role == analysis.Exchanges && prev.Role == analysis.Isolated:
		return l.Sprintf("Joined the exchange in %s, after no help ties in %s.", last.Wave, prev.Wave)
	case last.Broker && !prev.Broker:
		return l.Sprintf("Became a broker in %s.", last.Wave)
	}
	return ""
}

// FlagName says a change flag in a few words: "keeps only asking".
func FlagName(l *Lang, flag string) string {
	switch flag {
	case analysis.PersistentGiver:
		return l.T("keeps only giving")
	case analysis.PersistentAsker:
		return l.T("keeps only asking")
	case analysis.BecameIsolated:
		return l.T("lost their help ties")
	case analysis.BecameBroker:
		return l.T("became a broker")
	case analysis.JoinedExchange:
		return l.T("joined the exchange")
	}
	return flag
}

// FlagReason says why a flag was raised, from the person's figures per wave
// (of which only those they took part in count).
func FlagReason(l *Lang, f analysis.Flag, all []analysis.WaveMetrics) string {
	ws := analysis.Present(all)
	k := -1
	for i, w := range ws {
		if w.Wave == f.Wave {
			k = i
		}
	}
	if k < 1 {
		return ""
	}
	prev, cur := ws[k-1], ws[k]
	switch f.Flag {
	case analysis.PersistentGiver:
		return l.Sprintf("only gave help, asked nobody in %s and %s", prev.Wave, cur.Wave)
	case analysis.PersistentAsker:
		return l.Sprintf("only asked, helped nobody in %s and %s", prev.Wave, cur.Wave)
	case analysis.BecameIsolated:
		return l.Sprintf("no help ties in %s; in %s gave to %d and received from %d", cur.Wave, prev.Wave, prev.Gives, prev.Receives)
	case analysis.JoinedExchange:
		var was string
		switch prev.Role {
		case analysis.OnlyGives:
			was = l.Sprintf("only gave in %s", prev.Wave)
		case analysis.OnlyAsks:
			was = l.Sprintf("only asked in %s", prev.Wave)
		default:
			was = l.Sprintf("had no help ties in %s", prev.Wave)
		}
		return l.Sprintf("gave to %d and received from %d in %s; %s", cur.Gives, cur.Receives, cur.Wave, was)
	case analysis.BecameBroker:
		return l.Sprintf("among the top 10%% in betweenness in %s, not in %s", cur.Wave, prev.Wave)
	}
	return ""
}

// FillReasons words the reason of every flag in tr (for JSON and CSV, which
// are in English whatever the language of the messages).
func FillReasons(l *Lang, tr *analysis.TrendResult) {
	for i := range tr.People {
		p := &tr.People[i]
		for k := range p.Flags {
			p.Flags[k].Reason = FlagReason(l, p.Flags[k], p.Waves)
		}
	}
}

// SuggestionReason says why someone is suggested: what they offer, whether
// they were asked before, whether they may be overloaded, and how the two
// are linked.
func SuggestionReason(l *Lang, s analysis.Suggestion) string {
	parts := []string{l.Sprintf("offers %s", s.Topic)}
	parts = append(parts, suggestionWhy(l, s)...)
	return strings.Join(parts, "; ")
}

// suggestionWhy is the reason of a suggestion without what they offer.
func suggestionWhy(l *Lang, s analysis.Suggestion) []string {
	var parts []string
	if s.Asked {
		parts = append(parts, l.T("helped before"))
	} else {
		parts = append(parts, l.T("not asked yet"))
	}
	if s.Overloaded {
		parts = append(parts, l.Sprintf("only gave in %s: may be overloaded", l.List(s.OverloadWaves)))
	}
	switch {
	case s.Steps == 1:
		parts = append(parts, l.T("they know each other"))
	case s.Steps == 2 && s.Introducer != nil:
		parts = append(parts, l.Sprintf("%s knows both", *s.Introducer))
	case s.Steps > 2 && s.Introducer != nil:
		parts = append(parts, l.Sprintf("%d steps apart; %s is a step closer", s.Steps, *s.Introducer))
	default:
		parts = append(parts, l.T("nobody links them yet: ask the facilitator for an introduction"))
	}
	return parts
}

// FillSuggestionReasons words the reason of every suggestion (for JSON and
// CSV, in English).
func FillSuggestionReasons(l *Lang, ss []analysis.Suggestion) {
	for i := range ss {
		ss[i].Reason = SuggestionReason(l, ss[i])
	}
}
