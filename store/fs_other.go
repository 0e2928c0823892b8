//go:build !unix

package store

import "os"

// writable reports nil when this process may write to path, else why not.
// Folders are taken to be writable.
func writable(path string) error {
	fi, err := os.Stat(path)
	if err != nil || fi.IsDir() {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	return f.Close()
}

func readOnlyFS(err error) bool { return false }

func diskFull(path string) bool { return false }

func mine(fi os.FileInfo) bool { return true }

func lock(f *os.File) error { return nil }

// inUse: Windows refuses to remove a file another process has open.
func inUse(path string) bool { return false }

func syncDir(dir string) error { return nil }
