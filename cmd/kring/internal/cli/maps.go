package cli

import (
	"context"
	"strings"

	"github.com/kring-nl/kring/analysis"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/render"
	"github.com/kring-nl/kring/store"
)

// MapRequest is what a map shows: the whole network in a scope, one
// person's network, or the change between two waves (Diff "W1..W2").
type MapRequest struct {
	Style        view.MapStyle
	Scope        ScopeFlags
	Ego, Diff    string
	Pseudonymize bool
}

// BuildMap makes the map the request asks for, in l.
func BuildMap(ctx context.Context, l *i18n.Lang, db *store.DB, net store.NetworkInfo, opts MapRequest) (render.Map, error) {
	if opts.Diff != "" {
		return buildDiff(ctx, l, db, net, opts)
	}
	n, sc, err := opts.Scope.LoadScoped(ctx, db, net.ID)
	if err != nil {
		return render.Map{}, err
	}
	if len(n.People) == 0 {
		return render.Map{}, graph.Errorf(graph.ENOTFOUND, "%s has no people to draw yet; add them with: kring person add NAME", n.Name)
	}
	var ego graph.Person
	if opts.Ego != "" {
		if ego, err = db.FindPerson(ctx, net.ID, opts.Ego); err != nil {
			return render.Map{}, HintUnknown(err, false)
		}
	} else if err := view.CheckMapSize(n); err != nil {
		return render.Map{}, err
	}
	if opts.Pseudonymize {
		codes, err := db.Pseudonymizer(ctx)
		if err != nil {
			return render.Map{}, err
		}
		code := codes.Codes(n.People)[ego.ID]
		n = codes.Network(n)
		for _, p := range n.People {
			if p.Name == code {
				ego = p
			}
		}
	}
	res, err := analysis.AnalyzeContext(ctx, n, analysis.Options{})
	if err != nil {
		return render.Map{}, err
	}
	if opts.Ego != "" {
		return view.EgoMap(l, n, sc, res, ego, opts.Style), nil
	}
	return view.NetworkMap(l, n, sc, res, opts.Style), nil
}

// buildDiff makes the map of the change between two waves.
func buildDiff(ctx context.Context, l *i18n.Lang, db *store.DB, net store.NetworkInfo, opts MapRequest) (render.Map, error) {
	from, to, ok := strings.Cut(opts.Diff, "..")
	if !ok || strings.TrimSpace(from) == "" || strings.TrimSpace(to) == "" {
		return render.Map{}, Usagef("--diff %q: write two waves as W1..W2, e.g. --diff \"Meeting 1..Meeting 2\"", opts.Diff)
	}
	a, err := db.FindWave(ctx, net.ID, strings.TrimSpace(from))
	if err != nil {
		return render.Map{}, err
	}
	b, err := db.FindWave(ctx, net.ID, strings.TrimSpace(to))
	if err != nil {
		return render.Map{}, err
	}
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return render.Map{}, err
	}
	if err := view.CheckMapSize(n); err != nil {
		return render.Map{}, err
	}
	if opts.Pseudonymize {
		if n, err = Pseudonymize(ctx, db, n); err != nil {
			return render.Map{}, err
		}
	}
	before, err := analysis.AnalyzeContext(ctx, n.In(graph.Scope{Kind: graph.ScopeWave, Wave: a}), analysis.Options{})
	if err != nil {
		return render.Map{}, err
	}
	after, err := analysis.AnalyzeContext(ctx, n.In(graph.Scope{Kind: graph.ScopeWave, Wave: b}), analysis.Options{})
	if err != nil {
		return render.Map{}, err
	}
	return view.DiffMap(l, n, a, b, before, after, opts.Style), nil
}
