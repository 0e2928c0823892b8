package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/kring-nl/kring/graph"
)

// WriteOutput writes data to path atomically (a temporary file in the same
// folder, synced, then renamed over path) with mode 0600, or to w when path
// is "-". A path that exists but is not a regular file (a device such as
// /dev/null, a named pipe) is written in place: renaming over it would
// replace it. It refuses to write over the database.
func (g *Env) WriteOutput(path string, w io.Writer, write func(io.Writer) error) error {
	if path == "-" {
		return write(w)
	}
	if err := g.NotTheDatabase(path); err != nil {
		return err
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return graph.Errorf(graph.EINVALID, "%s is a folder; give a file name", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		if err := write(f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".kring-*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename this finds nothing
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// NotTheDatabase refuses an output path that is the database or one of its files.
func (g *Env) NotTheDatabase(path string) error {
	db, err := g.DatabasePath()
	if err != nil {
		return nil
	}
	out, err := os.Stat(path)
	if err != nil {
		return nil // a new file cannot be the database
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if fi, err := os.Stat(db + suffix); err == nil && os.SameFile(fi, out) {
			return graph.Errorf(graph.EINVALID, "%s is kring's database; choose another output file", path)
		}
	}
	return nil
}
