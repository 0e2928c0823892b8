package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/csvio"
	"github.com/spf13/cobra"
)

type analyzeOptions struct {
	*globals
	Scope  scopeFlags
	Format formatFlag
}

func newAnalyzeCmd(g *globals) *cobra.Command {
	opts := &analyzeOptions{globals: g}
	cmd := &cobra.Command{
		Use:     "analyze [--wave W | --upto W] [--format table|json|csv]",
		Aliases: []string{"analyse"},
		Short:   "Show who gives, who only asks, who is isolated, and the network's reciprocity",
		Long: `Analyse the help graph (giver → receiver) of all waves, one wave (--wave) or
the waves up to one (--upto). Duplicate ties between the same two people count
once.

Per person: gives (people helped), receives (people who helped them),
balance (gives − receives), give_share (gives / (gives + receives)),
reciprocal (people with whom help flows both ways) and role (exchanges,
only_gives, only_asks, isolated).

For the network: people, help_ties, contacts, density (help_ties / n(n−1)),
reciprocity (share of help ties whose reverse also exists), mutual_pairs,
asymmetric_pairs, the number of people per role, weak_components and
strong_components.`,
		Example: `  kring analyze
  kring analyze --wave "Meeting 2"
  kring analyze --upto "Meeting 2" --format json
  kring analyze --format csv > metrics.csv`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runAnalyze(cmd.Context(), opts)
		},
	}
	addScopeFlags(g, cmd, &opts.Scope)
	addFormatFlag(cmd, &opts.Format)
	return cmd
}

func runAnalyze(ctx context.Context, opts *analyzeOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	n, sc, err := opts.Scope.loadScoped(ctx, db, net.ID)
	if err != nil {
		return err
	}
	return writeAnalysis(opts.Out, string(opts.Format), n, sc, analysis.Analyze(n))
}

// analysisJSON is the JSON form of an analysis.
type analysisJSON struct {
	Network string            `json:"network"`
	Wave    *string           `json:"wave"`
	Scope   string            `json:"scope"`
	Summary analysis.Summary  `json:"summary"`
	People  []analysis.Person `json:"people"`
}

// personColumns are the CSV columns of analyze, in order.
var personColumns = []string{"name", "org", "gives", "receives", "balance", "give_share", "reciprocal", "role"}

func writeAnalysis(w io.Writer, format string, n *graph.Network, sc graph.Scope, res *analysis.Result) error {
	switch format {
	case "json":
		out := analysisJSON{Network: n.Name, Scope: scopeKind(sc), Summary: res.Summary, People: res.People}
		if sc.Kind != graph.ScopeAll {
			out.Wave = &sc.Wave.Name
		}
		if out.People == nil {
			out.People = []analysis.Person{}
		}
		return writeJSON(w, out)
	case "csv":
		cw := csvTable(w, personColumns)
		for _, p := range res.People {
			share := csvio.Number("")
			if p.GiveShare != nil {
				share = csvio.Float(*p.GiveShare)
			}
			cw.Write(csvio.Text(p.Name), csvio.Text(p.Org), csvio.Int(p.Gives), csvio.Int(p.Receives),
				csvio.Int(p.Balance), share, csvio.Int(p.Reciprocal), csvio.Text(string(p.Role)))
		}
		return cw.Flush()
	}
	if len(res.People) == 0 {
		fmt.Fprintf(w, "%s has no people yet. Add them with: kring person add NAME (or kring import people.csv)\n", n.Name)
		return nil
	}
	writeSummary(w, n, sc, res.Summary)
	fmt.Fprintln(w)
	t := newTable(w, "NAME", "ORGANISATION", "ROLE", "GIVES", "RECEIVES", "BALANCE", "GIVE SHARE", "RECIPROCAL")
	for _, p := range res.People {
		t.row(p.Name, orDash(p.Org), roleLabel(p.Role), strconv.Itoa(p.Gives), strconv.Itoa(p.Receives),
			signed(p.Balance), fixed(p.GiveShare), strconv.Itoa(p.Reciprocal))
	}
	return t.flush()
}

func scopeKind(sc graph.Scope) string {
	switch sc.Kind {
	case graph.ScopeWave:
		return "wave"
	case graph.ScopeUpto:
		return "upto"
	}
	return "all"
}

// writeSummary writes the network summary as a few plain sentences.
func writeSummary(w io.Writer, n *graph.Network, sc graph.Scope, s analysis.Summary) {
	title := n.Name + " · " + sc.String()
	if sc.Kind == graph.ScopeAll {
		title += fmt.Sprintf(" (%d)", len(n.Waves))
	} else if sc.Wave.Date != "" {
		title += " (" + sc.Wave.Date + ")"
	}
	fmt.Fprintln(w, title)
	recip := "-"
	if s.Reciprocity != nil {
		recip = strconv.FormatFloat(*s.Reciprocity, 'f', 3, 64)
	}
	fmt.Fprintf(w, "%s, %s, %s · density %.3f · reciprocity %s\n",
		count(s.People, "person", "people"), count(s.HelpTies, "help tie", "help ties"), count(s.Contacts, "contact", "contacts"), s.Density, recip)
	var roles []string
	for _, r := range analysis.Roles {
		roles = append(roles, fmt.Sprintf("%d %s", s.RoleCount(r), roleLabel(r)))
	}
	fmt.Fprintf(w, "Roles: %s\n", strings.Join(roles, ", "))
	fmt.Fprintf(w, "Pairs: %d mutual, %d one-way · %d weak component%s, %d strong component%s\n",
		s.MutualPairs, s.AsymmetricPairs, s.WeakComponents, plural(s.WeakComponents), s.StrongComponents, plural(s.StrongComponents))
}

// roleLabel is a role in words.
func roleLabel(r analysis.Role) string {
	switch r {
	case analysis.OnlyGives:
		return "only gives"
	case analysis.OnlyAsks:
		return "only asks"
	}
	return string(r)
}
