package main

import (
	"bufio"
	"context"
	"os"
	"strings"

	"github.com/kring-nl/kring/graph"
	"github.com/spf13/cobra"
)

type personRemoveOptions struct {
	*globals
	Name string
	Yes  bool
}

func newPersonRemoveCmd(g *globals) *cobra.Command {
	opts := &personRemoveOptions{globals: g}
	cmd := g.command("person remove", "NAME", oneName("the NAME of a participant"), func(cmd *cobra.Command, args []string) error {
		opts.Name = args[0]
		return runPersonRemove(cmd.Context(), opts)
	})
	cmd.Aliases = []string{"rm"}
	cmd.ValidArgsFunction = completeFirstArg(completePeople(g))
	cmd.Flags().BoolVarP(&opts.Yes, "yes", "y", false, g.L.T("do not ask for confirmation"))
	return cmd
}

func runPersonRemove(ctx context.Context, opts *personRemoveOptions) error {
	db, net, err := opts.openNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	p, err := db.FindPerson(ctx, net.ID, opts.Name)
	if err != nil {
		return hintUnknown(err, false)
	}
	l := opts.L
	if !opts.Yes {
		ok, err := confirm(opts.globals, l.Sprintf("Erase %s and every tie they are part of from %s? This cannot be undone.", p.Name, net.Name))
		if err != nil {
			return err
		}
		if !ok {
			return errNothingChanged
		}
	}
	r, err := db.RemovePerson(ctx, net.ID, p.Name)
	if err != nil {
		return err
	}
	l.Fprintln(opts.Out, "Erased %s with %s, %s and %s about others.", r.Person.Name, l.Sprintf("%d help ties", r.Ties),
		l.Sprintf("%d contacts", r.Contacts), l.Sprintf("%d reports", r.Reports))
	if r.Lingers {
		l.Fprintln(opts.Err, "Other kring commands are using %s: until they end, traces of %s may remain in its log file. Run kring check afterwards to clear them.",
			opts.display(db.Path()), r.Person.Name)
	}
	return nil
}

// errNothingChanged is the answer "no" to a confirmation.
var errNothingChanged = graph.Errorf(graph.ECONFLICT, "nothing was changed")

// confirm asks a yes/no question on a terminal. Without a terminal it fails
// and says to pass --yes.
func confirm(g *globals, question string) (bool, error) {
	f, ok := g.In.(*os.File)
	if !ok || !isTerminal(f) {
		return false, usagef("%s Pass --yes to confirm (kring cannot ask without a terminal)", question)
	}
	g.L.Fprintf(g.Err, "%s [y/N] ", question)
	line, _ := bufio.NewReader(g.In).ReadString('\n')
	answer := strings.ToLower(strings.TrimSpace(line))
	return answer == "y" || answer == "yes" || answer == "j" || answer == "ja", nil
}
