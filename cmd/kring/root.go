package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/kring-nl/kring/graph"
	"github.com/spf13/cobra"
)

// globals are the streams, environment and global flags every command shares.
type globals struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	Getenv func(string) string
	Now    func() time.Time // nil means time.Now

	DBPath  string // --db
	Network string // --network
}

func (g *globals) today() string {
	now := time.Now
	if g.Now != nil {
		now = g.Now
	}
	return now().Format(time.DateOnly)
}

// Exit codes.
const (
	exitOK          = 0
	exitError       = 1
	exitUsage       = 2
	exitInterrupted = 130
)

// usageError marks a mistake in how a command was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// run executes kring with args and returns the exit code.
func run(ctx context.Context, args []string, g *globals) int {
	root := newRootCmd(g)
	root.SetArgs(args)
	root.SetIn(g.In)
	root.SetOut(g.Out)
	root.SetErr(g.Err)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	if errors.Is(err, context.Canceled) || ctx.Err() != nil {
		fmt.Fprintln(g.Err, "kring: interrupted; nothing of the unfinished command was saved")
		return exitInterrupted
	}
	fmt.Fprintln(g.Err, "kring: "+strings.TrimSpace(err.Error()))
	var ue usageError
	if errors.As(err, &ue) || isCobraUsage(err) {
		fmt.Fprintf(g.Err, "Run '%s --help' for usage.\n", cmd.CommandPath())
		return exitUsage
	}
	return exitError
}

// isCobraUsage recognises cobra's own argument and command errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, s := range []string{"unknown command", "unknown flag", "unknown shorthand", "accepts ", "requires at least",
		"requires at most", "flag needs an argument", "invalid argument", "if any flags in the group"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func newRootCmd(g *globals) *cobra.Command {
	root := &cobra.Command{
		Use:   "kring",
		Short: "Map who helps whom in a learning network",
		Long: `kring maps who helps whom in a learning network (lerend netwerk): participants
record whom they asked for help or information and whom they gave it to; kring
keeps those help ties in a local SQLite file, shows who gives, who only asks,
who is isolated and who brokers between groups, and draws the network map.

A help tie runs from giver to receiver: "Ann asked Bob" is the tie Bob → Ann.

The database is --db, else $KRING_DB, else $XDG_DATA_HOME/kring/kring.db
(by default ~/.local/share/kring/kring.db). It is created with mode 0600 by
"kring network create".
A file can hold several networks: pick one with --network or $KRING_NETWORK,
or once with "kring network use".`,
		Example: `  kring demo                                   # see an example network, its analysis and map
  kring network create "Lerend netwerk HR"
  kring person add "Ann Peeters" --org "Gemeente Zeedorp"
  kring wave add "Meeting 1" --date 2026-02-05
  kring record "Ann Peeters" --asked "Bob Janssens" --gave "Carla De Smet" --add-new
  kring analyze
  kring map -o map.svg`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.PersistentFlags().StringVar(&g.DBPath, "db", "", "database file (default $KRING_DB, else the user data folder)")
	root.PersistentFlags().StringVarP(&g.Network, "network", "n", "", "network to work on (default $KRING_NETWORK, else the current or only one)")
	root.RegisterFlagCompletionFunc("network", completeNetworks(g))
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	root.AddGroup(
		&cobra.Group{ID: "start", Title: "Getting started:"},
		&cobra.Group{ID: "record", Title: "Recording the network:"},
		&cobra.Group{ID: "see", Title: "Seeing the network:"},
		&cobra.Group{ID: "plan", Title: "Planning the next meeting:"},
		&cobra.Group{ID: "data", Title: "Moving data in and out:"},
	)
	for _, c := range []struct {
		group string
		cmd   *cobra.Command
	}{
		{"start", newDemoCmd(g)},
		{"start", newNetworkCmd(g)},
		{"record", newPersonCmd(g)},
		{"record", newWaveCmd(g)},
		{"record", newRecordCmd(g)},
		{"record", newTieCmd(g)},
		{"see", newAnalyzeCmd(g)},
		{"see", newMapCmd(g)},
		{"see", newTrendCmd(g)},
		{"see", newReportCmd(g)},
		{"plan", newSuggestCmd(g)},
		{"plan", newPairsCmd(g)},
		{"plan", newHandoutsCmd(g)},
		{"data", newImportCmd(g)},
		{"data", newExportCmd(g)},
		{"data", newBackupCmd(g)},
		{"data", newCheckCmd(g)},
	} {
		c.cmd.GroupID = c.group
		root.AddCommand(c.cmd)
	}
	return root
}

// hintUnknown adds what to do next to an unknown-person error.
func hintUnknown(err error, addNewFlag bool) error {
	var u *graph.UnknownError
	if !errors.As(err, &u) || u.Kind != "person" {
		return err
	}
	hint := fmt.Sprintf("; add them with: kring person add %q", u.Name)
	if addNewFlag {
		hint += ", or run again with --add-new"
	}
	return fmt.Errorf("%w%s", err, hint)
}

// exactArgs is cobra.ExactArgs with a message that names the arguments.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{fmt.Errorf("%s needs %s (got %d argument%s)", cmd.CommandPath(), what, len(args), plural(len(args)))}
		}
		return nil
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// count writes n with the singular or plural noun: "1 person", "3 people".
func count(n int, one, many string) string {
	return fmt.Sprintf("%d %s", n, noun(n, one, many))
}

// noun is the singular or plural noun for n: "person" or "people".
func noun(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
