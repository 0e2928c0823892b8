package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

type personRemoveOptions struct {
	*globals
	Name string
	Yes  bool
}

func newPersonRemoveCmd(g *globals) *cobra.Command {
	opts := &personRemoveOptions{globals: g}
	cmd := &cobra.Command{
		Use:     "remove NAME",
		Aliases: []string{"rm"},
		Short:   "Erase a participant with every tie they are part of",
		Long: `Erase a participant: their details and topics, every help tie and contact they
are part of (whoever recorded it), and what they recorded about others. This
cannot be undone. On a terminal kring asks first; elsewhere pass --yes.`,
		Example:           `  kring person remove "Fien Goossens"`,
		Args:              exactArgs(1, "the NAME of a participant"),
		ValidArgsFunction: completeFirstArg(completePeople(g)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			return runPersonRemove(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.Yes, "yes", "y", false, "do not ask for confirmation")
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
	if !opts.Yes {
		ok, err := confirm(opts.globals, fmt.Sprintf("Erase %s and every tie they are part of from %s? This cannot be undone.", p.Name, net.Name))
		if err != nil {
			return err
		}
		if !ok {
			fmt.Fprintln(opts.Out, "Nothing removed.")
			return nil
		}
	}
	r, err := db.RemovePerson(ctx, net.ID, p.Name)
	if err != nil {
		return err
	}
	fmt.Fprintf(opts.Out, "Erased %s with %d help tie%s, %d contact%s and %d report%s about others.\n", r.Person.Name,
		r.Ties, plural(r.Ties), r.Contacts, plural(r.Contacts), r.Reports, plural(r.Reports))
	if r.Lingers {
		fmt.Fprintf(opts.Err, "Other kring commands are using %s: until they end, traces of %s may remain in its log file. Run kring check afterwards to clear them.\n",
			opts.display(db.Path()), r.Person.Name)
	}
	return nil
}

// confirm asks a yes/no question on a terminal. Without a terminal it fails
// and asks for --yes.
func confirm(g *globals, question string) (bool, error) {
	f, ok := g.In.(*os.File)
	if !ok || !isTerminal(f) {
		return false, usageError{fmt.Errorf("%s Pass --yes to confirm", question)}
	}
	fmt.Fprintf(g.Err, "%s [y/N] ", question)
	line, _ := bufio.NewReader(g.In).ReadString('\n')
	answer := strings.ToLower(strings.TrimSpace(line))
	return answer == "y" || answer == "yes" || answer == "j" || answer == "ja", nil
}
