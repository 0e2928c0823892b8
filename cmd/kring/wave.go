package main

import (
	"context"

	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

func newWaveCmd(g *globals) *cobra.Command {
	cmd := g.Command("wave", "", nil, nil)
	cmd.AddCommand(newWaveAddCmd(g), newWaveListCmd(g), newWaveRenameCmd(g), newWaveEditCmd(g), newWaveRemoveCmd(g), newWaveAttendCmd(g))
	return cmd
}

func newWaveRenameCmd(g *globals) *cobra.Command {
	cmd := g.Command("wave rename", "WAVE NEW-NAME", cli.ExactArgs(2, "the WAVE and its NEW-NAME"), func(cmd *cobra.Command, args []string) error {
		db, net, err := g.OpenNetwork(cmd.Context())
		if err != nil {
			return err
		}
		defer db.Close()
		old, w, err := db.RenameWave(cmd.Context(), net.ID, args[0], args[1])
		if err != nil {
			return err
		}
		g.L.Fprintln(g.Out, "Renamed wave %q to %q; its ties are kept.", old.Name, w.Name)
		return nil
	})
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompleteWaves(g))
	return cmd
}

func newWaveEditCmd(g *globals) *cobra.Command {
	var date string
	cmd := g.Command("wave edit", "WAVE --date YYYY-MM-DD", cli.ExactArgs(1, "the WAVE to change"), func(cmd *cobra.Command, args []string) error {
		if !cmd.Flags().Changed("date") {
			return cli.Usagef("nothing to change: pass --date YYYY-MM-DD (or --date \"\" to clear it)")
		}
		if err := store.CheckDate(date); err != nil {
			return cli.UsageError{Err: err}
		}
		db, net, err := g.OpenNetwork(cmd.Context())
		if err != nil {
			return err
		}
		defer db.Close()
		w, err := db.DateWave(cmd.Context(), net.ID, args[0], date)
		if err != nil {
			return err
		}
		if w.Date == "" {
			g.L.Fprintln(g.Out, "Wave %q has no date now.", w.Name)
		} else {
			g.L.Fprintln(g.Out, "Wave %q is dated %s now.", w.Name, g.L.Date(w.Date))
		}
		return nil
	})
	cmd.Flags().StringVar(&date, "date", "", g.L.T("date of the meeting, YYYY-MM-DD"))
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompleteWaves(g))
	return cmd
}

func newWaveRemoveCmd(g *globals) *cobra.Command {
	var yes bool
	cmd := g.Command("wave remove", "WAVE [--yes]", cli.ExactArgs(1, "the WAVE to remove"), func(cmd *cobra.Command, args []string) error {
		return runWaveRemove(cmd.Context(), g, args[0], yes)
	})
	cmd.Aliases = []string{"rm"}
	cmd.Flags().BoolVarP(&yes, "yes", "y", false, g.L.T("do not ask for confirmation"))
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompleteWaves(g))
	return cmd
}

func runWaveRemove(ctx context.Context, g *globals, name string, yes bool) error {
	db, net, err := g.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := db.WaveContents(ctx, net.ID, name)
	if err != nil {
		return err
	}
	l := g.L
	what := l.Sprintf("wave %q with %s and %s", c.Wave.Name, l.Sprintf("%d help tie records", c.HelpTies), l.Sprintf("%d contact records", c.Contacts))
	if !yes {
		ok, err := cli.Confirm(g, l.Sprintf("Remove %s? kring undo can put it back.", what))
		if err != nil {
			return err
		}
		if !ok {
			return cli.ErrNothingChanged
		}
	}
	if _, err := db.RemoveWave(ctx, net.ID, name); err != nil {
		return err
	}
	l.Fprintln(g.Out, "Removed %s.", what)
	return nil
}

func newWaveAttendCmd(g *globals) *cobra.Command {
	var present, absent []string
	cmd := g.Command("wave attend", "WAVE [--present A,B] [--absent C]", cli.ExactArgs(1, "the WAVE"), func(cmd *cobra.Command, args []string) error {
		present, absent = cli.SplitNames(present), cli.SplitNames(absent)
		if len(present)+len(absent) == 0 {
			return cli.Usagef("say who was there with --present A,B and who was not with --absent C")
		}
		db, net, err := g.OpenNetwork(cmd.Context())
		if err != nil {
			return err
		}
		defer db.Close()
		var w = args[0]
		for _, group := range []struct {
			names   []string
			present bool
		}{{present, true}, {absent, false}} {
			if len(group.names) == 0 {
				continue
			}
			wave, marked, err := db.Attend(cmd.Context(), net.ID, w, group.names, group.present)
			if err != nil {
				return cli.HintUnknown(err, false)
			}
			var names []string
			for _, p := range marked {
				names = append(names, p.Name)
			}
			if group.present {
				g.L.Fprintln(g.Out, "Took part in %s: %s.", wave.Name, g.L.List(names))
			} else {
				g.L.Fprintln(g.Out, "Did not take part in %s: %s.", wave.Name, g.L.List(names))
			}
		}
		return nil
	})
	f := cmd.Flags()
	f.StringSliceVar(&present, "present", nil, g.L.T("people who took part (comma-separated)"))
	f.StringSliceVar(&absent, "absent", nil, g.L.T("people who did not take part (comma-separated)"))
	cmd.ValidArgsFunction = cli.CompleteFirstArg(cli.CompleteWaves(g))
	cmd.RegisterFlagCompletionFunc("present", cli.CompletePeople(g))
	cmd.RegisterFlagCompletionFunc("absent", cli.CompletePeople(g))
	return cmd
}
