package cli

import (
	"context"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

// ScopeFlags are --wave W and --upto W.
type ScopeFlags struct {
	Wave string
	Upto string
}

func (g *Env) AddScopeFlags(cmd *cobra.Command, s *ScopeFlags) {
	cmd.Flags().StringVarP(&s.Wave, "wave", "w", "", g.L.T("only this wave"))
	cmd.Flags().StringVar(&s.Upto, "upto", "", g.L.T("the union of the waves up to and including this one"))
	cmd.RegisterFlagCompletionFunc("wave", CompleteWaves(g))
	cmd.RegisterFlagCompletionFunc("upto", CompleteWaves(g))
}

// check refuses --wave with --upto.
func (s ScopeFlags) Check() error {
	if s.Wave != "" && s.Upto != "" {
		return Usagef("--wave and --upto cannot go together: pick one wave, or the waves up to one")
	}
	return nil
}

// scope resolves the flags to a graph.Scope.
func (s ScopeFlags) Scope(ctx context.Context, db *store.DB, netID int64) (graph.Scope, error) {
	switch {
	case s.Wave != "":
		w, err := db.FindWave(ctx, netID, s.Wave)
		return graph.Scope{Kind: graph.ScopeWave, Wave: w}, err
	case s.Upto != "":
		w, err := db.FindWave(ctx, netID, s.Upto)
		return graph.Scope{Kind: graph.ScopeUpto, Wave: w}, err
	}
	return graph.Scope{Kind: graph.ScopeAll}, nil
}

// loadScoped loads the network and keeps the ties of the waves in scope.
func (s ScopeFlags) LoadScoped(ctx context.Context, db *store.DB, netID int64) (*graph.Network, graph.Scope, error) {
	sc, err := s.Scope(ctx, db, netID)
	if err != nil {
		return nil, sc, err
	}
	n, err := db.Load(ctx, netID)
	if err != nil {
		return nil, sc, err
	}
	return n.In(sc), sc, nil
}
