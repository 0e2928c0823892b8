package cli

import (
	"context"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
)

// pseudonymize replaces the names in n by the database's codes (the same in
// every command and export), in the order of the codes.
func Pseudonymize(ctx context.Context, db *store.DB, n *graph.Network) (*graph.Network, error) {
	p, err := db.Pseudonymizer(ctx)
	if err != nil {
		return nil, err
	}
	return p.Network(n), nil
}
