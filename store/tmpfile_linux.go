package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// createHidden makes a file in dir, mode 0600, that has no name until place
// gives it one: a process killed meanwhile leaves nothing behind (O_TMPFILE).
// Where the file system cannot do that, the file gets a hidden temporary name
// at once (see createNamed).
func createHidden(dir string) (*hiddenFile, error) {
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_RDWR|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return createNamed(dir)
	}
	f := os.NewFile(uintptr(fd), filepath.Join(dir, "(unnamed)"))
	if err := lock(f); err != nil {
		f.Close()
		return nil, err
	}
	place := func(target string) error {
		for range 100 {
			name := tempName(dir)
			err := unix.Linkat(unix.AT_FDCWD, fmt.Sprintf("/proc/self/fd/%d", fd), unix.AT_FDCWD, name, unix.AT_SYMLINK_FOLLOW)
			if errors.Is(err, unix.EEXIST) {
				continue
			}
			if err != nil {
				return err
			}
			if err := os.Rename(name, target); err != nil {
				os.Remove(name)
				return err
			}
			return nil
		}
		return fmt.Errorf("no free temporary name in %s", dir)
	}
	return &hiddenFile{File: f, place: place, discard: func() { f.Close() }}, nil
}
