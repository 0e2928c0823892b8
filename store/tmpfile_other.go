//go:build !linux

package store

// createHidden makes a file in dir, mode 0600, with a hidden temporary name;
// place renames it. A process killed meanwhile leaves it behind, for
// sweepBackupLeftovers.
func createHidden(dir string) (*hiddenFile, error) {
	return createNamed(dir)
}
