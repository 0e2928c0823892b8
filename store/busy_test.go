package store

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"github.com/kring-nl/kring/graph"
)

// holdWriteLock opens path as another kring command would and holds its
// write lock until release is closed.
func holdWriteLock(t *testing.T, path string) (release func()) {
	t.Helper()
	db, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	held, done, stop := make(chan struct{}), make(chan error), make(chan struct{})
	go func() {
		done <- db.tx(context.Background(), func(*sql.Tx) error {
			close(held)
			<-stop
			return nil
		})
	}()
	<-held
	return func() {
		close(stop)
		if err := <-done; err != nil {
			t.Error(err)
		}
		db.Close()
	}
}

// A writer waits for another command's write, however long it takes, and
// says that it waits; readers do not wait at all.
func TestWritersWaitTheirTurn(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "k.db")
	twoTies(t, path).Close()
	release := holdWriteLock(t, path)

	waiting := make(chan struct{}, 10)
	db, err := Open(ctx, path, Options{Waiting: func() { waiting <- struct{}{} }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := len(peopleOf(t, db)); n != 2 { // a reader while the lock is held
		t.Errorf("%d people", n)
	}
	nets, _ := db.Networks(ctx)
	added := make(chan error)
	go func() {
		_, err := db.AddPeople(ctx, nets[0].ID, []graph.PersonRecord{{Name: "Yılmaz"}})
		added <- err
	}()
	<-waiting // it tells that it waits (and the other still holds the lock)
	if n := len(peopleOf(t, db)); n != 2 {
		t.Errorf("%d people while waiting", n)
	}
	release()
	if err := <-added; err != nil {
		t.Fatalf("the waiting writer: %v", err)
	}
	if got := peopleOf(t, db); len(got) != 3 {
		t.Errorf("people %v", got)
	}
	if len(waiting) != 0 {
		t.Errorf("told %d more times that it waits, want once", len(waiting))
	}
}

// Ctrl-C ends the wait, and nothing is written.
func TestWaitingEndsWithTheContext(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.db")
	twoTies(t, path).Close()
	release := holdWriteLock(t, path)
	defer release()
	ctx, cancel := context.WithCancel(context.Background())
	db, err := Open(ctx, path, Options{Waiting: cancel})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	nets, _ := db.Networks(ctx)
	_, err = db.AddPeople(ctx, nets[0].ID, []graph.PersonRecord{{Name: "Yılmaz"}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled while waiting: %v", err)
	}
	if n := len(peopleOf(t, db)); n != 2 {
		t.Errorf("%d people", n)
	}
}
