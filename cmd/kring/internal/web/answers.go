package web

import (
	"net/url"
	"slices"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
)

// The answer form. Its fields are the contract with plain form clients:
// checkboxes contact, asked and gave whose values are people's names as
// kring shows them (a text field of the same name may hold a name typed by
// hand), topic:NAME with what the help was about, extra with the names of
// people outside the group added in this form, new with a name to add,
// offers and needs with topics, and the buttons action=save|add,
// near=NAME (the typed name is this person) and confirm=NAME (add it as
// someone new).

// answerRow is one person on the answer form.
type answerRow struct {
	Name                 string
	Key                  string // names.Key(Name), for the script that finds names
	Contact, Asked, Gave bool
	Topic                string // what the help was about, topics separated by commas
	Outside              bool   // added in this form: not in the network yet
}

// answerForm is what the answer form shows.
type answerForm struct {
	Rows          []answerRow
	Offers, Needs string
	New           string    // the name typed to add, kept while it is asked about
	Question      *question // a typed name looks like someone on the list
}

// question asks whether a typed name is someone on the list.
type question struct {
	Text   string
	Typed  string
	Known  []nearName
	AddNew string
}

type nearName struct{ Name, Label string }

// everyone is the network's people as the forms match names: by the key
// of their name and of their other names. It is made once for each state
// of the database (see Server.everyone) and only read.
type everyone struct {
	people []graph.Person // by name
	keys   []string       // names.Key of each person's name
	byKey  map[string]string
}

func newEveryone(people []graph.Person, aliases map[int64][]string) *everyone {
	e := &everyone{people: people, keys: make([]string, len(people)), byKey: map[string]string{}}
	for _, p := range people {
		for _, a := range aliases[p.ID] {
			e.byKey[names.Key(a)] = p.Name
		}
	}
	for i, p := range people {
		e.keys[i] = names.Key(p.Name)
		e.byKey[e.keys[i]] = p.Name
	}
	return e
}

// roster is everyone as the answer form of me knows them: everyone but me.
type roster struct {
	me  graph.Person
	all *everyone
}

// others calls fn for everyone but me, by name, with the key of their name.
func (ro roster) others(fn func(p graph.Person, key string)) {
	for i, p := range ro.all.people {
		if p.ID != ro.me.ID {
			fn(p, ro.all.keys[i])
		}
	}
}

// find is the person the name is, by key: their name as kring shows it.
func (ro roster) find(name string) (string, bool) {
	n, ok := ro.all.byKey[names.Key(name)]
	return n, ok
}

// near lists the people whose names look like name (names.Near), at most 3.
func (ro roster) near(name string) []string {
	k := names.Key(name)
	var out []string
	ro.others(func(p graph.Person, key string) {
		if len(out) < 3 && names.NearKeys(k, key) {
			out = append(out, p.Name)
		}
	})
	return out
}

// rowsFrom makes the form's rows from records the person reported (this
// wave's answers, or the last wave's to carry forward): everyone asked or
// given to is ticked as a contact too, as in the exercise.
func (ro roster) rowsFrom(recs []graph.TieRecord, offers, needs []string) answerForm {
	rows := map[string]*answerRow{}
	var order []string
	f := answerForm{Offers: strings.Join(offers, ", "), Needs: strings.Join(needs, ", ")}
	ro.others(func(p graph.Person, key string) {
		rows[p.Name] = &answerRow{Name: p.Name, Key: key}
		order = append(order, p.Name)
	})
	me := ro.me.Name
	for _, rec := range recs {
		other := rec.Receiver
		if names.Key(other) == names.Key(me) {
			other = rec.Giver
		}
		row := rows[other]
		if row == nil {
			continue // no longer in the network
		}
		row.Contact = true
		switch {
		case rec.Contact:
		case names.Key(rec.Giver) == names.Key(me):
			row.Gave = true
		default:
			row.Asked = true
		}
		if len(rec.Topics) > 0 {
			row.Topic = strings.Join(names.Unique(append(strings.Split(row.Topic, ","), rec.Topics...)), ", ")
		}
	}
	for _, n := range order {
		f.Rows = append(f.Rows, *rows[n])
	}
	return f
}

// posted is the answer form as sent.
type posted struct {
	contact, asked, gave map[string]bool // by name as kring shows it (or as typed, for new people)
	topics               map[string]string
	extra                []string // new people accepted in this form, as typed
	unknown              []string // typed names nobody on the list has, in the order typed
	offers, needs        []string
	typed                string // the name in the field to add someone
	near, confirm        string // the buttons of a question
	action               string
}

// readForm reads the answer form: names are matched with the roster by key,
// so that a plain client may send them in any case or accent; the person's
// own name is left out.
func (ro roster) readForm(form url.Values) posted {
	p := posted{contact: map[string]bool{}, asked: map[string]bool{}, gave: map[string]bool{}, topics: map[string]string{},
		typed: names.Clean(form.Get("new")), near: names.Clean(form.Get("near")), confirm: names.Clean(form.Get("confirm")),
		action: form.Get("action")}
	p.offers = splitTopics(form["offers"])
	p.needs = splitTopics(form["needs"])
	seen := map[string]bool{}
	resolve := func(raw string) (string, bool) {
		n := names.Clean(raw)
		if n == "" || names.Key(n) == "" || names.Key(n) == names.Key(ro.me.Name) {
			return "", false
		}
		if known, ok := ro.find(n); ok {
			return known, true
		}
		if !seen[names.Key(n)] {
			seen[names.Key(n)] = true
			p.unknown = append(p.unknown, n)
		}
		return n, true
	}
	for _, x := range form["extra"] {
		if n, ok := resolve(x); ok && !slices.Contains(p.extra, n) {
			if _, known := ro.find(n); !known {
				p.extra = append(p.extra, n)
			}
		}
	}
	for field, set := range map[string]map[string]bool{"contact": p.contact, "asked": p.asked, "gave": p.gave} {
		for _, x := range form[field] {
			for _, one := range splitNames(x) {
				if n, ok := resolve(one); ok {
					set[n] = true
				}
			}
		}
	}
	for k, v := range form {
		if name, ok := strings.CutPrefix(k, "topic:"); ok && len(v) > 0 {
			if n, ok := resolve(name); ok && strings.TrimSpace(v[len(v)-1]) != "" {
				p.topics[n] = names.Clean(v[len(v)-1])
			}
		}
	}
	return p
}

// splitNames splits a typed list of names on commas and semicolons, as the
// command line does; a checkbox's value is one name.
func splitNames(s string) []string {
	return names.SplitList(s)
}

func splitTopics(values []string) []string {
	var out []string
	for _, v := range values {
		out = append(out, names.SplitList(v)...)
	}
	return names.Unique(out)
}

// isExtra reports whether a new name was accepted as someone new.
func (p posted) isExtra(name string) bool {
	return slices.ContainsFunc(p.extra, func(e string) bool { return names.Key(e) == names.Key(name) })
}

// form is the answer form again, as it was sent, for another round (a name
// added, a question asked).
func (ro roster) form(p posted) answerForm {
	f := answerForm{Offers: strings.Join(p.offers, ", "), Needs: strings.Join(p.needs, ", ")}
	row := func(name, key string, outside bool) answerRow {
		return answerRow{Name: name, Key: key, Outside: outside,
			Contact: p.contact[name] || p.asked[name] || p.gave[name] || outside && !p.asked[name] && !p.gave[name],
			Asked:   p.asked[name], Gave: p.gave[name], Topic: p.topics[name]}
	}
	ro.others(func(person graph.Person, key string) {
		f.Rows = append(f.Rows, row(person.Name, key, false))
	})
	for _, e := range p.extra {
		f.Rows = append(f.Rows, row(e, names.Key(e), true))
	}
	return f
}

// records are the ties the form says, with the person as one end: asked X
// is X → me, gave X is me → X, and a contact is kept for those neither
// asked nor given to.
func (p posted) records(me string) []graph.TieRecord {
	var recs []graph.TieRecord
	all := map[string]bool{}
	for _, set := range []map[string]bool{p.contact, p.asked, p.gave} {
		for n := range set {
			all[n] = true
		}
	}
	list := make([]string, 0, len(all))
	for n := range all {
		list = append(list, n)
	}
	slices.SortFunc(list, func(a, b string) int { return strings.Compare(names.Key(a), names.Key(b)) })
	for _, n := range list {
		var topics []string
		if t := p.topics[n]; t != "" {
			topics = names.SplitList(t)
		}
		if p.asked[n] {
			recs = append(recs, graph.TieRecord{Giver: n, Receiver: me, Topics: topics})
		}
		if p.gave[n] {
			recs = append(recs, graph.TieRecord{Giver: me, Receiver: n, Topics: topics})
		}
		if !p.asked[n] && !p.gave[n] {
			recs = append(recs, graph.TieRecord{Contact: true, Giver: me, Receiver: n})
		}
	}
	return recs
}
