package view

import (
	"io"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
)

// WriteAnalysis writes the analysis of n in scope sc as the terminal shows
// it: the summary in a few lines, then a table of everyone's figures.
func WriteAnalysis(w io.Writer, l *Lang, n *graph.Network, sc graph.Scope, res *analysis.Result) error {
	if len(res.People) == 0 {
		l.Fprintln(w, "%s has no people yet. Add them with: kring person add NAME (or kring import people.csv)", n.Name)
		return nil
	}
	WriteSummary(w, l, n, sc, res)
	io.WriteString(w, "\n")
	t := NewTable(w, Header(l.T("Name")), Header(l.T("Role")), ">"+Header(l.T("Gives")), ">"+Header(l.T("Receives")),
		">"+Header(l.T("Balance")), ">"+Header(l.T("Both ways")), ">"+Header(l.T("Sought")), ">"+Header(l.T("Betweenness")),
		Header(l.T("Broker")), ">"+Header(l.T("Community")))
	for _, p := range res.People {
		broker := ""
		if p.Broker {
			broker = l.T("broker")
		}
		t.Row(p.Name, Role(l, p.Role), l.Int(p.Gives), l.Int(p.Receives), l.Signed(p.Balance),
			l.Int(p.Reciprocal), l.Float(p.Sought, 3), l.Float(p.BetweennessNorm, 3), broker, l.Int(p.Community))
	}
	return t.Flush()
}

// WriteSummary writes the network summary as a few plain lines.
func WriteSummary(w io.Writer, l *Lang, n *graph.Network, sc graph.Scope, res *analysis.Result) {
	s := res.Summary
	title := n.Name + " · " + Scope(l, sc)
	if sc.Kind == graph.ScopeAll {
		title += " (" + l.Int(len(n.Waves)) + ")"
	} else if sc.Wave.Date != "" {
		title += " (" + l.Date(sc.Wave.Date) + ")"
	}
	io.WriteString(w, title+"\n")
	l.Fprintln(w, "%s, %s, %s · density %s · reciprocity %s", People(l, s.People), l.Sprintf("%d help ties", s.HelpTies),
		l.Sprintf("%d contacts", s.Contacts), l.Float(s.Density, 3), l.Fixed(s.Reciprocity))
	var roles []string
	for _, r := range analysis.Roles {
		roles = append(roles, l.Sprintf("%d %s", s.RoleCount(r), Role(l, r)))
	}
	l.Fprintln(w, "Roles: %s", strings.Join(roles, ", "))
	l.Fprintln(w, "Recorded by both ends (confirmed): %d of %s; by one end only: %d", s.ConfirmedTies, l.Sprintf("%d help ties", s.HelpTies), s.OneSidedTies)
	if s.TookPart != nil {
		l.Fprintln(w, "Took part: %s; %s named by others without answering themselves", ResponseRate(l, s), People(l, s.AbsentNamed))
	}
	l.Fprintln(w, "Pairs: %d mutual, %d one-way · %s, %s", s.MutualPairs, s.AsymmetricPairs,
		l.Sprintf("%d weak components", s.WeakComponents), l.Sprintf("%d strong components", s.StrongComponents))
	var brokers []string
	for _, p := range res.People {
		if p.Broker {
			brokers = append(brokers, p.Name)
		}
	}
	list := l.T("none")
	if len(brokers) > 0 {
		list = NameList(l, brokers, 10)
	}
	l.Fprintln(w, "%s (modularity %s) · centralization: in %s, out %s · brokers: %s",
		l.Sprintf("%d communities", s.Communities), l.Fixed(s.Modularity), l.Fixed(s.InCentralization), l.Fixed(s.OutCentralization), list)
	if e := s.BetweennessEstimate; e != nil {
		l.Fprintln(w, "Betweenness estimated from %d sampled shortest paths: within ±%v of the exact value with %v%% probability (--exact computes it exactly)",
			e.Samples, e.Error, 100*e.Confidence)
	}
}

// WriteTrend writes the trend as the terminal shows it: the network per
// wave; each person's balance and role per wave with their flags (unless
// groups are asked for: then no row is about one person); and the groups.
func WriteTrend(w io.Writer, l *Lang, network string, tr *analysis.TrendResult, byGroup bool, groups []analysis.GroupTrend, small, minGroup int) error {
	l.Fprintf(w, "%s · %s\n\n", network, l.Sprintf("%d waves", len(tr.Waves)))
	t := NewTable(w, Header(l.T("Wave")), Header(l.T("Date")), ">"+Header(l.T("People")), ">"+Header(l.T("Took part")), ">"+Header(l.T("Help ties")),
		">"+Header(l.T("Density")), ">"+Header(l.T("Reciprocity")), ">"+Header(Role(l, analysis.Exchanges)),
		">"+Header(Role(l, analysis.OnlyGives)), ">"+Header(Role(l, analysis.OnlyAsks)), ">"+Header(Role(l, analysis.Isolated)))
	for _, wv := range tr.Waves {
		s := wv.Summary
		t.Row(wv.Name, OrDash(wv.Date), l.Int(s.People), ResponseRate(l, s), l.Int(s.HelpTies), l.Float(s.Density, 3), l.Fixed(s.Reciprocity),
			l.Int(s.Exchanges), l.Int(s.OnlyGives), l.Int(s.OnlyAsks), l.Int(s.Isolated))
	}
	if err := t.Flush(); err != nil {
		return err
	}
	if !byGroup && len(tr.People) > 0 {
		l.Fprintf(w, "\n%s\n", l.T("Balance (gives − receives) and role per wave:"))
		header := []string{Header(l.T("Name"))}
		for _, wv := range tr.Waves {
			header = append(header, Header(wv.Name))
		}
		header = append(header, Header(l.T("Flags")))
		t = NewTable(w, header...)
		for _, p := range tr.People {
			row := []string{p.Name}
			for _, m := range p.Waves {
				if m.Away() && m.Role == analysis.Absent {
					row = append(row, l.T("absent"))
				} else if m.Away() {
					row = append(row, l.Signed(m.Balance)+" "+Role(l, m.Role)+" "+l.T("(not answered)"))
				} else {
					row = append(row, l.Signed(m.Balance)+" "+Role(l, m.Role))
				}
			}
			var flags []string
			for _, f := range p.Flags {
				flags = append(flags, FlagName(l, f.Flag)+" ("+f.Wave+")")
			}
			row = append(row, OrDash(strings.Join(flags, ", ")))
			t.Row(row...)
		}
		if err := t.Flush(); err != nil {
			return err
		}
		if core := Core(tr); len(core) > 0 {
			l.Fprintln(w, "\nStable core, who took part in every wave: %s", l.List(core))
		}
	}
	if byGroup {
		l.Fprintf(w, "\n%s\n", l.T("Per group: balance (give share) per wave:"))
		header := []string{Header(l.T("Group")), ">" + Header(l.T("People"))}
		for _, wv := range tr.Waves {
			header = append(header, ">"+Header(wv.Name))
		}
		t = NewTable(w, header...)
		for _, g := range groups {
			row := []string{GroupName(l, g, minGroup), l.Int(g.People)}
			for _, m := range g.Waves {
				row = append(row, l.Signed(m.Balance)+" ("+l.Fixed(m.GiveShare)+")")
			}
			t.Row(row...)
		}
		if err := t.Flush(); err != nil {
			return err
		}
		if len(groups) == 0 {
			l.Fprintln(w, "Every group has fewer than %d people, so none is shown: nobody should be seen through a small group.", minGroup)
		} else if small > 0 {
			l.Fprintln(w, "Groups with fewer than %d people are summed as other, so that nobody is seen through a small group.", minGroup)
		}
	}
	return nil
}

// WriteSuggestions writes whom a person could ask, for their needs.
func WriteSuggestions(w io.Writer, l *Lang, who string, needs []string, found []analysis.Suggestion, unmet []string) error {
	if len(needs) == 0 {
		l.Fprintln(w, "%s has no needs recorded. Add them with: kring person edit %q --needs \"topic,topic\", or ask about one topic with --topic T.", who, who)
		return nil
	}
	l.Fprintf(w, "%s\n\n", l.Sprintf("Whom %s could ask, for %s:", who, strings.Join(needs, ", ")))
	if len(found) > 0 {
		t := NewTable(w, Header(l.T("Topic")), Header(l.T("Ask")), Header(l.T("Introducer")), Header(l.T("Why")))
		for _, s := range found {
			t.Row(s.Topic, s.Name, OrDash(deref(s.Introducer)), strings.Join(suggestionWhy(l, s), "; "))
		}
		if err := t.Flush(); err != nil {
			return err
		}
	}
	if len(unmet) > 0 {
		if len(found) > 0 {
			io.WriteString(w, "\n")
		}
		l.Fprintln(w, "Nobody offers %s yet: ask the group who knows about it, or look outside the network.", l.List(unmet))
	}
	return nil
}

// WriteSuggestionsAll writes the best next ask for everyone who needs
// something, and the knowledge nobody offers.
func WriteSuggestionsAll(w io.Writer, l *Lang, network string, best []analysis.Suggestion, unmet []analysis.Unmet, noNeeds int) error {
	if len(best) == 0 && len(unmet) == 0 {
		l.Fprintln(w, "Nobody in %s has needs recorded yet. Add them with: kring person edit NAME --needs \"topic,topic\" (or a needs column in the people CSV).", network)
		return nil
	}
	if len(best) > 0 {
		l.Fprintf(w, "%s\n\n", l.T("The best next ask for everyone who needs something:"))
		t := NewTable(w, Header(l.T("Person")), Header(l.T("Ask")), Header(l.T("Topic")), Header(l.T("Introducer")), Header(l.T("Why")))
		for _, s := range best {
			t.Row(s.For, s.Name, s.Topic, OrDash(deref(s.Introducer)), strings.Join(suggestionWhy(l, s), "; "))
		}
		if err := t.Flush(); err != nil {
			return err
		}
	}
	if len(unmet) > 0 {
		l.Fprintf(w, "\n%s\n", l.T("Needed, but nobody offers it:"))
		for _, u := range unmet {
			io.WriteString(w, "  "+u.Topic+": "+strings.Join(u.NeededBy, ", ")+"\n")
		}
	}
	if noNeeds > 0 {
		l.Fprintf(w, "\n%s\n", l.Sprintf("%d people have no needs recorded (kring person edit NAME --needs T,..).", noNeeds))
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// WritePairs writes a speed-dating schedule: each round's groups, why each
// group is a good one, and how many strangers meet.
func WritePairs(w io.Writer, l *Lang, network string, people []graph.Person, size int, s *analysis.Schedule) error {
	kind := l.Sprintf("%d rounds of pairs", len(s.Rounds))
	if size == 3 {
		kind = l.Sprintf("%d rounds of trios", len(s.Rounds))
	}
	l.Fprintln(w, "Speed-dating in %s: %s, %s", network, People(l, len(people)), kind)
	for r, round := range s.Rounds {
		l.Fprintf(w, "\n%s\n", l.Sprintf("Round %d", r+1))
		t := NewTable(w)
		for k, g := range round {
			var names []string
			for _, i := range g {
				names = append(names, people[i].Name)
			}
			t.Row("  "+l.Int(k+1), strings.Join(names, " – "), groupReason(l, s.Group(g)))
		}
		if err := t.Flush(); err != nil {
			return err
		}
	}
	io.WriteString(w, "\n")
	if size == 2 {
		l.Fprintln(w, "Strangers who meet: %d of at most %d (a plain round-robin rotation: %d). Across organisations or communities: %d. Only-givers with only-askers: %d.",
			s.StrangerPairs, s.MaxStrangerPairs, s.RoundRobinPairs, s.CrossPairs, s.GiverAskerPairs)
	} else {
		l.Fprintln(w, "Strangers who meet: %d of at most %d. Across organisations or communities: %d. Only-givers with only-askers: %d.",
			s.StrangerPairs, s.MaxStrangerPairs, s.CrossPairs, s.GiverAskerPairs)
	}
	return nil
}

// groupReason says why a group is a good one: which of its pairs are
// strangers, across organisations (or communities), or a giver with an asker.
func groupReason(l *Lang, gp analysis.GroupPairs) string {
	var parts []string
	switch {
	case gp.Strangers == gp.Pairs:
		parts = append(parts, l.T("strangers"))
	case gp.Strangers > 0:
		parts = append(parts, l.Sprintf("%d of %d pairs strangers", gp.Strangers, gp.Pairs))
	default:
		parts = append(parts, l.T("know each other"))
	}
	if gp.Cross > 0 {
		parts = append(parts, l.T("across organisations or communities"))
	}
	if gp.GiverAsker > 0 {
		parts = append(parts, l.T("a giver meets an asker"))
	}
	return strings.Join(parts, ", ")
}

// Core is the names of the people who took part in every wave.
func Core(tr *analysis.TrendResult) []string {
	var out []string
	for _, p := range tr.People {
		if p.Core {
			out = append(out, p.Name)
		}
	}
	return out
}
