package analysis

import (
	"fmt"
	"strings"
)

// Explain says in plain language what a person's figures mean, for a
// facilitator or HR reader who does not know the metrics: their role with
// whom they helped and asked, brokerage, and (when waves has two or more
// waves: the person's figures per wave, up to the last wave of the scope p
// was analysed in) the change the last wave shows. It names no other person.
func Explain(p Person, waves []WaveMetrics) string {
	var b strings.Builder
	switch p.Role {
	case Exchanges:
		fmt.Fprintf(&b, "Gives and asks: helped %s and got help from %s.", people(p.Gives), people(p.Receives))
		if p.Reciprocal > 0 {
			fmt.Fprintf(&b, " Help goes both ways with %s.", people(p.Reciprocal))
		}
	case OnlyGives:
		fmt.Fprintf(&b, "Only gives: helped %s and asked nobody. See that help flows back; people who only give can get overloaded.", people(p.Gives))
	case OnlyAsks:
		fmt.Fprintf(&b, "Only asks: got help from %s and helped nobody yet. Ask what they could share.", people(p.Receives))
	default:
		b.WriteString("No help ties: gave none and asked none. Worth a personal invitation or a partner in the next round.")
	}
	if p.Broker {
		b.WriteString(" A broker: links people who are otherwise far apart, so much help passes through them.")
	}
	if s := change(waves); s != "" {
		b.WriteString(" ")
		b.WriteString(s)
	}
	return b.String()
}

// change says what the last of the waves shows against the ones before.
func change(ws []WaveMetrics) string {
	if len(ws) < 2 {
		return ""
	}
	last, prev := ws[len(ws)-1], ws[len(ws)-2]
	first := len(ws) - 1 // the first wave of the streak of the last wave's role
	for first > 0 && ws[first-1].Role == last.Role {
		first--
	}
	span := fmt.Sprintf("in %s and %s", ws[first].Wave, last.Wave)
	if len(ws)-first > 2 {
		span = fmt.Sprintf("in every wave from %s to %s", ws[first].Wave, last.Wave)
	}
	switch {
	case last.Role == OnlyGives && first < len(ws)-1:
		return "Only gave " + span + "."
	case last.Role == OnlyAsks && first < len(ws)-1:
		return "Only asked " + span + "."
	case last.Role == Isolated && prev.Role != Isolated:
		return fmt.Sprintf("Had help ties in %s, none in %s.", prev.Wave, last.Wave)
	case last.Role == Isolated && first > 0:
		return "No help ties " + span + ", after ties in " + ws[first-1].Wave + "."
	case last.Role == Exchanges && prev.Role == OnlyGives:
		return fmt.Sprintf("Also received help in %s, after only giving in %s.", last.Wave, prev.Wave)
	case last.Role == Exchanges && prev.Role == OnlyAsks:
		return fmt.Sprintf("Also gave help in %s, after only asking in %s.", last.Wave, prev.Wave)
	case last.Role == Exchanges && prev.Role == Isolated:
		return fmt.Sprintf("Joined the exchange in %s, after no help ties in %s.", last.Wave, prev.Wave)
	case last.Broker && !prev.Broker:
		return fmt.Sprintf("Became a broker in %s.", last.Wave)
	}
	return ""
}

// people is "1 person" or "n people".
func people(n int) string {
	if n == 1 {
		return "1 person"
	}
	return fmt.Sprintf("%d people", n)
}
