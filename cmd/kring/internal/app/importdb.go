package app

import (
	"context"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/jsonio"
	"github.com/kring-nl/kring/store"
)

// ReadDatabase reads the network of another kring database (a participant's
// own kring.db, say) without changing the file: the one named from when it
// holds several. It returns what the store imports, and the network's name.
func ReadDatabase(ctx context.Context, path, from string) (store.Input, string, error) {
	in := store.Input{Source: path}
	other, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		return in, "", err
	}
	defer other.Close()
	nets, err := other.Networks(ctx)
	if err != nil {
		return in, "", err
	}
	var net store.NetworkInfo
	switch {
	case from != "":
		if net, err = other.Network(ctx, from); err != nil {
			return in, "", err
		}
	case len(nets) == 1:
		net = nets[0]
	case len(nets) == 0:
		return in, "", graph.Errorf(graph.ENOTFOUND, "%s holds no network to import", path)
	default:
		var list []string
		for _, n := range nets {
			list = append(list, strconv.Quote(n.Name))
		}
		return in, "", usage(graph.Errorf(graph.EINVALID, "%s holds %d networks (%s); pick one with --from NAME", path, len(nets), strings.Join(list, ", ")))
	}
	n, err := other.Load(ctx, net.ID)
	if err != nil {
		return in, "", err
	}
	aliases, err := other.Aliases(ctx, net.ID)
	if err != nil {
		return in, "", err
	}
	in.People, in.Waves, in.Ties = jsonio.FromNetwork(n, aliases).Records()
	return in, n.Name, nil
}
