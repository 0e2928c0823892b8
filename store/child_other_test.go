//go:build !unix

package store

import "testing"

// asOrdinaryUser: file modes are a unix matter.
func asOrdinaryUser(t *testing.T) bool {
	t.Skip("file modes: unix only")
	return false
}
