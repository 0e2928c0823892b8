package analysis

import (
	"context"
	"sync/atomic"
)

// stopFlag tells long loops that the caller has given up (its context
// ended): they check it between units of work and return early, leaving a
// partial result that the caller throws away. A nil *stopFlag never stops.
type stopFlag struct{ on atomic.Bool }

func (s *stopFlag) stopped() bool { return s != nil && s.on.Load() }

// watch returns a flag that is raised when ctx ends, and a function that
// stops watching.
func watch(ctx context.Context) (*stopFlag, func() bool) {
	s := &stopFlag{}
	if ctx == nil || ctx.Done() == nil {
		return s, func() bool { return true }
	}
	return s, context.AfterFunc(ctx, func() { s.on.Store(true) })
}

// work is what a long computation is told: tick after each unit of work (may
// be nil), and stop.
type work struct {
	tick func()
	stop *stopFlag
}

func (w work) done() {
	if w.tick != nil {
		w.tick()
	}
}

func (w work) stopped() bool { return w.stop.stopped() }
