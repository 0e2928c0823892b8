//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"

	"golang.org/x/sys/unix"
)

// writable reports nil when this process may write to path (a file or a
// folder), else why not.
func writable(path string) error { return unix.Access(path, unix.W_OK) }

// readOnlyFS reports whether err says the file system is mounted read-only.
func readOnlyFS(err error) bool { return errors.Is(err, unix.EROFS) }

// fullBelow is the free space below which a disk counts as full: SQLite
// writes whole pages and grows its log in steps, so a write that failed left
// less room than this.
const fullBelow = 256 << 10

// diskFull reports whether the disk holding path has (next to) no free space.
func diskFull(path string) bool {
	var st unix.Statfs_t
	if unix.Statfs(filepath.Dir(path), &st) != nil {
		return false
	}
	return uint64(st.Bavail)*uint64(st.Bsize) < fullBelow
}

// mine reports whether fi is a file of the user this process runs as.
func mine(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Geteuid()
}

// lock takes an exclusive advisory lock on f, held until f is closed: a
// temporary file in use is left alone by sweepBackupLeftovers.
func lock(f *os.File) error { return unix.Flock(int(f.Fd()), unix.LOCK_EX) }

// inUse reports whether another process holds a lock on the file at path.
func inUse(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	return errors.Is(unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB), unix.EWOULDBLOCK)
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
