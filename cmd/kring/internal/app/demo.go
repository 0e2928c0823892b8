package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/demo"
	"github.com/kring-nl/kring/graph/jsonio"
	"github.com/kring-nl/kring/store"
)

// DemoNetwork is the name of the example network.
const DemoNetwork = "Lerend netwerk HR & zorg"

// MakeDemo writes the example network to path and returns it. A file at path
// is replaced only when it holds the example network exactly as kring demo
// makes it: anything else there (a network someone started recording in,
// another database copied there) is left alone, and makeDemo says so.
func MakeDemo(ctx context.Context, path, lang string) (*graph.Network, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".demo-*.db")
	if err != nil {
		return nil, fmt.Errorf("write the demo database: %w", err)
	}
	tmp.Close()
	defer func() {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			os.Remove(tmp.Name() + suffix)
		}
	}()
	db, err := store.Open(ctx, tmp.Name(), store.Options{Create: true})
	if err != nil {
		return nil, err
	}
	defer db.Close()
	f, err := jsonio.Read(bytes.NewReader(demo.JSON), "demo network")
	if err != nil {
		return nil, err
	}
	in := store.Input{Source: "demo network"}
	in.People, in.Waves, in.Ties = f.Records()
	net, err := db.CreateNetwork(ctx, DemoNetwork, lang)
	if err != nil {
		return nil, err
	}
	if _, err := db.Import(ctx, net.ID, in, store.AddOptions{AddNew: true, NewWaves: true}); err != nil {
		return nil, err
	}
	n, err := db.Load(ctx, net.ID)
	if err != nil {
		return nil, err
	}
	if err := db.Close(); err != nil { // checkpoints: the file is whole without its log
		return nil, err
	}
	if _, err := os.Stat(path); err == nil {
		same, err := sameAsDemo(ctx, path, n)
		if err != nil || !same {
			return nil, graph.Errorf(graph.ECONFLICT, "%s is not the example network as kring demo makes it (it may hold someone's records), "+
				"so the demo leaves it alone. Move it away, or write the demo to another folder with --out DIR", path)
		}
		for _, suffix := range []string{"-wal", "-shm"} {
			if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("replace the old demo database: %w", err)
			}
		}
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return nil, fmt.Errorf("write the demo database: %w", err)
	}
	return n, nil
}

// sameAsDemo reports whether the database at path holds nothing but the
// example network n, unchanged. It reads the file without changing it.
func sameAsDemo(ctx context.Context, path string, n *graph.Network) (bool, error) {
	old, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		return false, err
	}
	defer old.Close()
	nets, err := old.Networks(ctx)
	if err != nil || len(nets) != 1 || nets[0].Name != DemoNetwork {
		return false, err
	}
	on, err := old.Load(ctx, nets[0].ID)
	if err != nil {
		return false, err
	}
	var a, b bytes.Buffer
	if err := jsonio.Write(&a, on, nil); err != nil {
		return false, err
	}
	if err := jsonio.Write(&b, n, nil); err != nil {
		return false, err
	}
	return bytes.Equal(a.Bytes(), b.Bytes()), nil
}
