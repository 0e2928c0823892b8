package app

import (
	"context"
	"errors"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/store"
)

// ServeWave is the wave kring serve takes answers for: the named one, else
// the network's last wave. A network without waves gets its first, named
// after today (YYYY-MM-DD), as kring record does; started says so.
func ServeWave(ctx context.Context, db *store.DB, netID int64, name, today string) (w graph.Wave, started bool, err error) {
	if name != "" {
		w, err = db.FindWave(ctx, netID, name)
		var u *graph.UnknownError
		if errors.As(err, &u) {
			return w, false, graph.Errorf(graph.ENOTFOUND, "%v; add it with: kring wave add %q", u, names.Clean(name))
		}
		return w, false, err
	}
	waves, err := db.Waves(ctx, netID)
	if err != nil || len(waves) > 0 {
		if err != nil {
			return w, false, err
		}
		return waves[len(waves)-1], false, nil
	}
	w, err = db.AddWave(ctx, netID, today, today)
	return w, err == nil, err
}
