package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
)

// DatabasePath is --db, else $KRING_DB, else kring.db in the user data folder
// ($XDG_DATA_HOME/kring, by default ~/.local/share/kring).
func (g *Env) DatabasePath() (string, error) {
	if g.DBPath != "" {
		return g.DBPath, nil
	}
	if p := g.Getenv("KRING_DB"); p != "" {
		return p, nil
	}
	if d := g.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "kring", "kring.db"), nil
	}
	home, err := g.home()
	if err != nil {
		return "", fmt.Errorf("find the user data folder (%v); pass --db FILE or set KRING_DB", err)
	}
	switch runtime.GOOS {
	case "darwin":
		return filepath.Join(home, "Library", "Application Support", "kring", "kring.db"), nil
	case "windows":
		if d := g.Getenv("LocalAppData"); d != "" {
			return filepath.Join(d, "kring", "kring.db"), nil
		}
	}
	return filepath.Join(home, ".local", "share", "kring", "kring.db"), nil
}

// home is $HOME, else the system's idea of the user's home folder.
func (g *Env) home() (string, error) {
	if h := g.Getenv("HOME"); h != "" {
		return h, nil
	}
	return os.UserHomeDir()
}

// Display shortens a path in the user's home folder to ~/...
func (g *Env) Display(path string) string {
	home, err := g.home()
	if err != nil || home == "" {
		return path
	}
	if rel, err := filepath.Rel(home, path); err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
		return filepath.Join("~", rel)
	}
	return path
}

// OpenDB opens the database. Only create makes a new file; other commands
// explain how to start one. A write that has to wait for another kring
// Command says so on stderr.
func (g *Env) OpenDB(ctx context.Context, create bool) (*store.DB, error) {
	path, err := g.DatabasePath()
	if err != nil {
		return nil, err
	}
	db, err := store.Open(ctx, path, store.Options{Create: create, Waiting: g.waiting, Now: g.Now})
	if err == nil {
		db.Describe(0, g.Who(), g.What)
	}
	switch {
	case errors.Is(err, store.ErrNoDatabase):
		return nil, graph.Errorf(graph.ENOTFOUND, "no kring database at %s yet; start one with: kring network create NAME (or try kring demo first)", g.Display(path))
	case errors.Is(err, store.ErrNotSQLite), errors.Is(err, store.ErrForeign):
		return nil, graph.Errorf(graph.EINVALID, "%v; pass another file with --db", err)
	}
	return db, err
}

// waiting tells that a write waits for another kring command.
func (g *Env) waiting() {
	g.L.Fprintln(g.Err, "kring: waiting for another kring command to finish…")
}

// NetworkName is --network, else $KRING_NETWORK, else "" (the current or only one).
func (g *Env) NetworkName() string {
	if g.Network != "" {
		return g.Network
	}
	return g.Getenv("KRING_NETWORK")
}

// OpenNetwork opens the database and finds the network to work on.
func (g *Env) OpenNetwork(ctx context.Context) (*store.DB, store.NetworkInfo, error) {
	db, err := g.OpenDB(ctx, false)
	if err != nil {
		return nil, store.NetworkInfo{}, err
	}
	net, err := db.Network(ctx, g.NetworkName())
	if err != nil {
		db.Close()
		return nil, net, err
	}
	db.Describe(net.ID, g.Who(), g.What)
	return db, net, nil
}

// Who is the user at the terminal, for the history of changes.
func (g *Env) Who() string {
	for _, v := range []string{"USER", "USERNAME", "LOGNAME"} {
		if u := g.Getenv(v); u != "" {
			return u
		}
	}
	return ""
}

// describe writes a command line as the history of changes shows it: the
// arguments after the global flags, quoted where they hold spaces.
func Describe(args []string) string {
	var out []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--db" || a == "--lang" || a == "--network" || a == "-n":
			i++
			continue
		case strings.HasPrefix(a, "--db=") || strings.HasPrefix(a, "--lang=") || strings.HasPrefix(a, "--network="):
			continue
		case a == "" || strings.ContainsAny(a, " \t\"'"):
			a = strconv.Quote(a)
		}
		out = append(out, a)
	}
	return strings.Join(out, " ")
}
