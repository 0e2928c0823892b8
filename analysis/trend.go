package analysis

import (
	"context"
	"slices"

	"github.com/kring-nl/kring/graph"
)

// WaveMetrics is one person's give and take in one wave.
type WaveMetrics struct {
	Wave       string   `json:"wave"`
	Gives      int      `json:"gives"`
	Receives   int      `json:"receives"`
	Balance    int      `json:"balance"`
	GiveShare  *float64 `json:"give_share"`
	Role       Role     `json:"role"`
	Reciprocal int      `json:"reciprocal"`
	Sought     float64  `json:"sought"`
	Broker     bool     `json:"broker"`
	TookPart   *bool    `json:"took_part"` // null when not known
}

// Away reports whether the person did not take part in the wave (as far as
// is known).
func (m WaveMetrics) Away() bool { return m.TookPart != nil && !*m.TookPart }

// Flag marks a change worth a look, from the wave where it first holds.
type Flag struct {
	Flag   string `json:"flag"`
	Wave   string `json:"wave"`
	Reason string `json:"reason"` // in words: filled by the caller
}

// The change flags.
const (
	PersistentGiver = "persistent_giver" // only gives in two or more consecutive waves
	PersistentAsker = "persistent_asker" // only asks in two or more consecutive waves
	BecameIsolated  = "became_isolated"  // help ties in the previous wave, none in this one
	BecameBroker    = "became_broker"    // a broker in this wave, not in the previous one
	JoinedExchange  = "joined_exchange"  // exchanges in this wave after another role in the previous one
)

// PersonTrend is one person's give and take across the waves.
type PersonTrend struct {
	Name     string        `json:"name"`
	Org      string        `json:"org,omitempty"`
	Function string        `json:"function,omitempty"`
	Waves    []WaveMetrics `json:"waves"`
	Flags    []Flag        `json:"flags"`
	Core     bool          `json:"core"` // took part in every wave: one of the stable core
}

// WaveSummary is the network in one wave.
type WaveSummary struct {
	Name    string  `json:"name"`
	Date    string  `json:"date"`
	Summary Summary `json:"summary"`
}

// TrendResult is give and take over time.
type TrendResult struct {
	Waves  []WaveSummary `json:"waves"`
	People []PersonTrend `json:"people"` // in the order of the network's people
}

// Trend analyses every wave of n on its own (not cumulated) and flags the
// changes between consecutive waves:
//
//   - persistent_giver / persistent_asker: only gives / only asks in at least
//     two consecutive waves; flagged once per streak, at its second wave;
//   - became_isolated: help ties in the previous wave, none in this one;
//   - became_broker: a broker in this wave, not in the previous one;
//   - joined_exchange: exchanges in this wave after another role in the
//     previous one.
//
// A wave in which a person did not take part (see graph.Presences) is
// skipped for their flags: no flag fires on it, and "previous" and
// "consecutive" count only the waves they took part in. Someone without
// ties in a wave they took part in (or where it is not known) counts as
// isolated in it.
func Trend(n *graph.Network, opts Options) *TrendResult {
	res, _ := TrendContext(context.Background(), n, opts)
	return res
}

// TrendContext is Trend, giving up with ctx's error soon after ctx ends.
func TrendContext(ctx context.Context, n *graph.Network, opts Options) (*TrendResult, error) {
	res := &TrendResult{People: make([]PersonTrend, len(n.People))}
	for i, p := range n.People {
		res.People[i] = PersonTrend{Name: p.Name, Org: p.Org, Function: p.Function, Flags: []Flag{}}
	}
	for _, w := range n.Waves {
		a, err := AnalyzeContext(ctx, n.In(graph.Scope{Kind: graph.ScopeWave, Wave: w}), opts)
		if err != nil {
			return nil, err
		}
		res.Waves = append(res.Waves, WaveSummary{Name: w.Name, Date: w.Date, Summary: a.Summary})
		for i, p := range a.People {
			res.People[i].Waves = append(res.People[i].Waves, WaveMetrics{
				Wave: w.Name, Gives: p.Gives, Receives: p.Receives, Balance: p.Balance, GiveShare: p.GiveShare,
				Role: p.Role, Reciprocal: p.Reciprocal, Sought: p.Sought, Broker: p.Broker, TookPart: p.TookPart,
			})
		}
	}
	for i := range res.People {
		p := &res.People[i]
		p.Flags = flags(p.Waves)
		p.Core = len(p.Waves) > 0 && !slices.ContainsFunc(p.Waves, func(m WaveMetrics) bool { return m.TookPart == nil || !*m.TookPart })
	}
	return res, nil
}

// Present is the waves of ws in which the person took part, or where it is
// not known: the waves their own give and take can be judged by.
func Present(ws []WaveMetrics) []WaveMetrics {
	return slices.DeleteFunc(slices.Clone(ws), WaveMetrics.Away)
}

// flags finds the change flags of one person's waves, over the waves they
// took part in.
func flags(all []WaveMetrics) []Flag {
	ws := Present(all)
	out := []Flag{}
	for k := 1; k < len(ws); k++ {
		prev, cur := ws[k-1], ws[k]
		for _, streak := range []struct {
			role Role
			flag string
		}{{OnlyGives, PersistentGiver}, {OnlyAsks, PersistentAsker}} {
			if cur.Role == streak.role && prev.Role == streak.role && (k < 2 || ws[k-2].Role != streak.role) {
				out = append(out, Flag{Flag: streak.flag, Wave: cur.Wave})
			}
		}
		if cur.Role == Isolated && prev.Role != Isolated {
			out = append(out, Flag{Flag: BecameIsolated, Wave: cur.Wave})
		}
		if cur.Role == Exchanges && prev.Role != Exchanges {
			out = append(out, Flag{Flag: JoinedExchange, Wave: cur.Wave})
		}
		if cur.Broker && !prev.Broker {
			out = append(out, Flag{Flag: BecameBroker, Wave: cur.Wave})
		}
	}
	return out
}
