package web

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/store"
)

// writer makes every change the server makes to the database, one after
// another, on one goroutine: the history of changes (store.DB.Describe)
// belongs to one change at a time, and SQLite writes one transaction at a
// time anyway. Answers that arrive together are stored together, in one
// transaction (store.DB.SubmitAnswers), so that a room answering at once
// waits for a few commits, not for one per phone. A job is done once its
// transaction is committed: only then is a browser told "saved".
type writer struct {
	s    *Server
	jobs chan *job
	done chan struct{}

	queued atomic.Int64 // jobs sent and not done
	last   atomic.Int64 // when the last write ended (Unix nanoseconds)

	mu      sync.RWMutex // guards stopped, and sending on jobs
	stopped bool
}

// errStopped is what a write sent after stop gets: the server is stopping.
var errStopped = graph.Errorf(graph.ECONFLICT, "kring serve is stopping; send your answers again in a moment")

// send hands a job to run, unless the writer has stopped.
func (w *writer) send(j *job) bool {
	w.mu.RLock()
	defer w.mu.RUnlock()
	if w.stopped {
		return false
	}
	w.queued.Add(1)
	w.jobs <- j
	return true
}

// job is an answer to store, or another write to make.
type job struct {
	answer *store.Submission
	wave   int64 // the wave of the answer
	do     func(ctx context.Context, db *store.DB) error

	result store.Submitted // of an answer
	err    error
	ready  chan struct{}
}

// maxBatch is the most answers stored in one transaction.
const maxBatch = 64

func newWriter(s *Server) *writer {
	return &writer{s: s, jobs: make(chan *job, 1024), done: make(chan struct{})}
}

// answer stores a participant's answers of a wave and returns once they are
// committed.
func (w *writer) answer(wave int64, sub store.Submission) (store.Submitted, error) {
	j := &job{answer: &sub, wave: wave, ready: make(chan struct{})}
	if !w.send(j) {
		return store.Submitted{}, errStopped
	}
	<-j.ready
	return j.result, j.err
}

// write runs fn with the database, alone, and returns its error. fn
// describes its change (Describe) before it writes.
func (w *writer) write(fn func(ctx context.Context, db *store.DB) error) error {
	j := &job{do: fn, ready: make(chan struct{})}
	if !w.send(j) {
		return errStopped
	}
	<-j.ready
	return j.err
}

// run makes the writes until stop. Its context is never cancelled: a write
// that started is finished (a browser that went away meanwhile may send the
// same answers again; they replace these).
func (w *writer) run() {
	defer close(w.done)
	ctx := context.Background()
	var next *job
	for {
		j := next
		next = nil
		if j == nil {
			var ok bool
			if j, ok = <-w.jobs; !ok {
				return
			}
		}
		if j.answer == nil {
			w.one(ctx, j)
			continue
		}
		batch := []*job{j}
	gather:
		for len(batch) < maxBatch {
			select {
			case k, ok := <-w.jobs:
				if !ok {
					break gather
				}
				if k.answer == nil || k.wave != j.wave {
					next = k
					break gather
				}
				batch = append(batch, k)
			default:
				break gather
			}
		}
		w.answers(ctx, j.wave, batch)
	}
}

// one makes one write.
func (w *writer) one(ctx context.Context, j *job) {
	j.err = j.do(ctx, w.s.db)
	w.finished(1)
	close(j.ready)
	w.s.live.poke()
}

// finished notes that n jobs are done.
func (w *writer) finished(n int) {
	w.last.Store(time.Now().UnixNano())
	w.queued.Add(-int64(n))
}

// quiet reports whether nothing waits to be written and nothing was written
// for a while.
func (w *writer) quiet(d time.Duration) bool {
	return w.queued.Load() == 0 && time.Since(time.Unix(0, w.last.Load())) >= d
}

// answers stores a batch of answers in one transaction.
func (w *writer) answers(ctx context.Context, wave int64, batch []*job) {
	subs := make([]store.Submission, len(batch))
	for i, j := range batch {
		subs[i] = *j.answer
	}
	res, err := w.s.db.SubmitAnswers(ctx, w.s.net.ID, wave, subs)
	w.finished(len(batch))
	for i, j := range batch {
		if err != nil {
			j.err = err
		} else {
			j.result, j.err = res[i], res[i].Err
		}
		close(j.ready)
	}
	w.s.live.poke()
}

// stop ends run once the jobs sent so far are done; later ones are refused
// (errStopped).
func (w *writer) stop() {
	w.mu.Lock()
	w.stopped = true
	close(w.jobs)
	w.mu.Unlock()
	<-w.done
}
