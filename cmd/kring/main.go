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
	os.Exit(runProcess(os.Args[1:]))
}

// runProcess runs kring as a process: on the standard streams and
// environment, cancelled by Ctrl-C (SIGINT) or SIGTERM, so that an
// interrupted command rolls back and exits with 130.
func runProcess(args []string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, args, &globals{
		In:     os.Stdin,
		Out:    os.Stdout,
		Err:    os.Stderr,
		Getenv: os.Getenv,
	})
}
