// Command kring maps who helps whom in a learning network: participants record
// whom they asked and whom they helped, kring keeps the ties in SQLite,
// computes who gives, who only asks, who is isolated and who brokers, and
// draws the network map.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], &globals{
		In:     os.Stdin,
		Out:    os.Stdout,
		Err:    os.Stderr,
		Getenv: os.Getenv,
	})
	stop()
	os.Exit(code)
}
