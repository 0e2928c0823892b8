// Command kring maps who helps whom in a learning network: participants record
// whom they asked and whom they helped, kring keeps the ties in SQLite,
// computes who gives, who only asks, who is isolated and who brokers, and
// draws the network map.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
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
	// What kring prints to a terminal can hold text from files and other
	// people's databases: control characters in it are shown, not obeyed.
	var out io.Writer = os.Stdout
	if cli.IsTerminal(os.Stdout) {
		out = &cli.TermSafe{W: os.Stdout}
	}
	return run(ctx, args, &globals{
		In:     os.Stdin,
		Out:    out,
		Err:    &cli.TermSafe{W: os.Stderr},
		Getenv: os.Getenv,
	})
}
