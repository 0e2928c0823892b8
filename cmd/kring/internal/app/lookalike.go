package app

import (
	"context"

	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/store"
)

// maxNearCheck is the most added people whose names are compared with
// everyone's for look-alikes: merging maps adds a handful of people; an
// import that adds more is a new network.
const maxNearCheck = 500

// LookAlike is a name that looks like another: if they are the same person,
// From can be merged into Into (kring person merge From Into).
type LookAlike struct{ From, Into string }

// LookAlikes finds, for each of the added names, the known names of the
// network that look like it ("A. Peeters" and "Ann Peeters"). A new name is
// merged into a known one; between two new names, the shorter into the
// longer. It is only a hint: a failure finds nothing.
func LookAlikes(ctx context.Context, db *store.DB, netID int64, added []string) []LookAlike {
	if len(added) == 0 || len(added) > maxNearCheck {
		return nil
	}
	known, err := db.PersonNames(ctx, netID)
	if err != nil {
		return nil
	}
	isNew := map[string]bool{}
	for _, a := range added {
		isNew[names.Key(a)] = true
	}
	knownKeys := make([]string, len(known))
	for i, k := range known {
		knownKeys[i] = names.Key(k)
	}
	var out []LookAlike
	seen := map[string]bool{}
	for _, a := range added {
		ka := names.Key(a)
		for i, k := range known {
			kk := knownKeys[i]
			if kk == ka || !names.NearKeys(ka, kk) {
				continue
			}
			pair := min(ka, kk) + "|" + max(ka, kk)
			if seen[pair] {
				continue
			}
			seen[pair] = true
			from, into := a, k
			if isNew[kk] && len([]rune(k)) < len([]rune(a)) {
				from, into = k, a
			}
			out = append(out, LookAlike{from, into})
		}
	}
	return out
}
