package graph

import "slices"

// Person is a participant of a learning network.
type Person struct {
	ID       int64
	Name     string // as first written: accents, case and particles kept
	Org      string
	Function string
	Offers   []string // topics this person can help with
	Needs    []string // topics this person wants help with
}

// Wave is one round of recording, usually one meeting.
type Wave struct {
	ID   int64
	Name string
	Date string // YYYY-MM-DD, or "" when not known
	Seq  int    // position in the network's order of waves, from 1
}

// Tie is a help tie: knowledge or help flowed from Giver to Receiver in Wave.
// "Ann asked Bob" is the tie Bob → Ann; "Ann gave to Carla" is Ann → Carla.
type Tie struct {
	ID        int64
	Giver     int64 // person ID
	Receiver  int64 // person ID
	Wave      int64 // wave ID
	Weight    float64
	Topics    []string
	Reporters []int64 // person IDs of those who recorded the tie
}

// Confirmed reports whether both ends recorded the tie.
func (t Tie) Confirmed() bool {
	return slices.Contains(t.Reporters, t.Giver) && slices.Contains(t.Reporters, t.Receiver)
}

// Contact is an undirected "we know each other / work together" tie with no
// help recorded. A is the person with the smaller ID.
type Contact struct {
	ID        int64
	A, B      int64 // person IDs, A < B
	Wave      int64
	Reporters []int64
}

// Confirmed reports whether both ends recorded the contact.
func (c Contact) Confirmed() bool {
	return slices.Contains(c.Reporters, c.A) && slices.Contains(c.Reporters, c.B)
}

// Network is one learning network as loaded from the store: its people, its
// waves in order, and every help tie and contact of every wave.
type Network struct {
	ID       int64
	Name     string
	People   []Person // in a stable order (the store orders by name)
	Waves    []Wave   // ordered by Seq
	Ties     []Tie
	Contacts []Contact
	Marks    []Mark // the facilitator's word on who took part in which wave

	// Scope is the waves the ties are of: set by In (every wave when zero).
	Scope Scope
}

// Mark is the facilitator's word on whether a person took part in a wave
// (kring wave attend): it counts over what the records say.
type Mark struct {
	Person, Wave int64
	Present      bool
}

// Presence says whether a person took part in a wave.
type Presence int8

const (
	PresenceUnknown Presence = iota // nobody's answers were recorded in the wave, and nobody said
	Present                         // recorded something in the wave, or marked present
	Absent                          // marked absent, or recorded nothing where others did
)

// Presences says who took part in which wave of n: a person took part when
// the facilitator marked them present, or when they recorded anything in
// the wave (they are a reporter of one of its ties or contacts), unless
// marked absent. A person who did neither did not take part when others'
// answers were recorded in that wave; when nobody's were (ties imported
// without reporters), it is not known.
type Presences struct {
	of       map[[2]int64]Presence
	answered map[int64]bool // waves with any reporter
}

// Presences works out who took part in which wave, from every tie and
// contact of n (whatever its scope) and the marks.
func (n *Network) Presences() Presences {
	p := Presences{of: map[[2]int64]Presence{}, answered: map[int64]bool{}}
	report := func(wave int64, reporters []int64) {
		for _, r := range reporters {
			p.of[[2]int64{r, wave}] = Present
			p.answered[wave] = true
		}
	}
	for _, t := range n.Ties {
		report(t.Wave, t.Reporters)
	}
	for _, c := range n.Contacts {
		report(c.Wave, c.Reporters)
	}
	for _, m := range n.Marks {
		if m.Present {
			p.of[[2]int64{m.Person, m.Wave}] = Present
		} else {
			p.of[[2]int64{m.Person, m.Wave}] = Absent
		}
		p.answered[m.Wave] = true
	}
	return p
}

// Of says whether person took part in wave.
func (p Presences) Of(person, wave int64) Presence {
	if v, ok := p.of[[2]int64{person, wave}]; ok {
		return v
	}
	if p.answered[wave] {
		return Absent
	}
	return PresenceUnknown
}

// Person returns the person with the given ID.
func (n *Network) Person(id int64) (Person, bool) {
	for _, p := range n.People {
		if p.ID == id {
			return p, true
		}
	}
	return Person{}, false
}

// Wave returns the wave with the given ID.
func (n *Network) Wave(id int64) (Wave, bool) {
	for _, w := range n.Waves {
		if w.ID == id {
			return w, true
		}
	}
	return Wave{}, false
}

// Scope selects the waves an analysis runs on.
type Scope struct {
	Kind ScopeKind
	Wave Wave // the wave for ScopeWave, the last wave for ScopeUpto
}

// ScopeKind says how a Scope selects waves.
type ScopeKind uint8

const (
	ScopeAll  ScopeKind = iota // every wave
	ScopeWave                  // one wave
	ScopeUpto                  // the union of the waves up to and including one
)

// Includes reports whether w falls in the scope.
func (s Scope) Includes(w Wave) bool {
	switch s.Kind {
	case ScopeWave:
		return w.ID == s.Wave.ID
	case ScopeUpto:
		return w.Seq <= s.Wave.Seq
	default:
		return true
	}
}

// String describes the scope for people: "all waves", "wave Meeting 2",
// "waves up to Meeting 2".
func (s Scope) String() string {
	switch s.Kind {
	case ScopeWave:
		return "wave " + s.Wave.Name
	case ScopeUpto:
		return "waves up to " + s.Wave.Name
	default:
		return "all waves"
	}
}

// In returns a copy of the network that keeps every person and wave but only
// the ties and contacts of the waves in s.
func (n *Network) In(s Scope) *Network {
	if s.Kind == ScopeAll {
		return n
	}
	in := make(map[int64]bool, len(n.Waves))
	for _, w := range n.Waves {
		in[w.ID] = s.Includes(w)
	}
	out := *n
	out.Scope = s
	out.Ties = nil
	out.Contacts = nil
	for _, t := range n.Ties {
		if in[t.Wave] {
			out.Ties = append(out.Ties, t)
		}
	}
	for _, c := range n.Contacts {
		if in[c.Wave] {
			out.Contacts = append(out.Contacts, c)
		}
	}
	return &out
}

// Without returns a copy of n without the people in ids, and without their
// ties and contacts.
func (n *Network) Without(ids map[int64]bool) *Network {
	out := *n
	out.People = slices.DeleteFunc(slices.Clone(n.People), func(p Person) bool { return ids[p.ID] })
	out.Ties = slices.DeleteFunc(slices.Clone(n.Ties), func(t Tie) bool { return ids[t.Giver] || ids[t.Receiver] })
	out.Contacts = slices.DeleteFunc(slices.Clone(n.Contacts), func(c Contact) bool { return ids[c.A] || ids[c.B] })
	return &out
}

// SortedTies returns n's help ties ordered by wave, then by giver and receiver
// in the order of n.People.
func SortedTies(n *Network) []Tie {
	pos := make(map[int64]int, len(n.People))
	for i, p := range n.People {
		pos[p.ID] = i
	}
	seq := make(map[int64]int, len(n.Waves))
	for _, w := range n.Waves {
		seq[w.ID] = w.Seq
	}
	out := slices.Clone(n.Ties)
	slices.SortStableFunc(out, func(a, b Tie) int {
		if c := seq[a.Wave] - seq[b.Wave]; c != 0 {
			return c
		}
		if c := pos[a.Giver] - pos[b.Giver]; c != 0 {
			return c
		}
		return pos[a.Receiver] - pos[b.Receiver]
	})
	return out
}

// Ego returns the ego network of a person: the person, everyone they helped
// or were helped by (depth 1), and with depth 2 also those people's helpers
// and helped; with every help tie and contact among them. The person must be
// in n.
func (n *Network) Ego(personID int64, depth int) *Network {
	nb := map[int64][]int64{}
	for _, t := range n.Ties {
		nb[t.Giver] = append(nb[t.Giver], t.Receiver)
		nb[t.Receiver] = append(nb[t.Receiver], t.Giver)
	}
	in := map[int64]bool{personID: true}
	frontier := []int64{personID}
	for d := 0; d < depth; d++ {
		var next []int64
		for _, v := range frontier {
			for _, w := range nb[v] {
				if !in[w] {
					in[w] = true
					next = append(next, w)
				}
			}
		}
		frontier = next
	}
	out := &Network{ID: n.ID, Name: n.Name, Waves: n.Waves}
	for _, p := range n.People {
		if in[p.ID] {
			out.People = append(out.People, p)
		}
	}
	for _, t := range n.Ties {
		if in[t.Giver] && in[t.Receiver] {
			out.Ties = append(out.Ties, t)
		}
	}
	for _, c := range n.Contacts {
		if in[c.A] && in[c.B] {
			out.Contacts = append(out.Contacts, c)
		}
	}
	return out
}
