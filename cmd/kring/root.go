package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/spf13/cobra"
)

// version is kring's version, set at build time with
// -ldflags "-X main.version=…".
var version = "dev"

// run executes kring with args and returns the exit code.
func run(ctx context.Context, args []string, g *globals) int {
	code, err := i18n.Choose(cli.LangArg(args), g.Getenv)
	g.L = i18n.New(code)
	if err != nil {
		g.L = i18n.New(i18n.Locale(g.Getenv))
		fmt.Fprintln(g.Err, "kring: "+g.L.Error(err))
		return cli.ExitUsage
	}
	g.What = cli.Describe(args)
	root := newRootCmd(g)
	root.SetArgs(args)
	root.SetIn(g.In)
	root.SetOut(g.Out)
	root.SetErr(g.Err)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return cli.ExitOK
	}
	if errors.Is(err, context.Canceled) || ctx.Err() != nil {
		fmt.Fprintln(g.Err, "kring: "+g.L.T("interrupted; nothing of the unfinished command was saved"))
		return cli.ExitInterrupted
	}
	fmt.Fprintln(g.Err, "kring: "+strings.TrimSpace(g.L.Error(err)))
	var ue cli.UsageError
	var fe app.UsageError
	if errors.As(err, &ue) || errors.As(err, &fe) {
		fmt.Fprintln(g.Err, g.L.Sprintf("Run '%s --help' for usage.", cmd.CommandPath()))
		return cli.ExitUsage
	}
	return cli.ExitError
}

func newRootCmd(g *globals) *cobra.Command {
	l := g.L
	root := g.Command("kring", "", nil, nil)
	root.Use = "kring"
	root.Version = version
	root.SilenceErrors, root.SilenceUsage = true, true
	root.SetVersionTemplate("kring {{.Version}}\n")
	pf := root.PersistentFlags()
	pf.StringVar(&g.DBPath, "db", "", l.T("database file (default $KRING_DB, else the user data folder)"))
	pf.StringVarP(&g.Network, "network", "n", "", l.T("network to work on (default $KRING_NETWORK, else the current or only one)"))
	pf.StringVar(&g.LangFlag, "lang", "", l.T("language: nl (Dutch) or en (English); default $KRING_LANG, else the locale"))
	root.RegisterFlagCompletionFunc("network", cli.CompleteNetworks(g))
	root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(i18n.Codes, cobra.ShellCompDirectiveNoFileComp))
	root.SetFlagErrorFunc(cli.FlagError(g))
	root.AddGroup(
		&cobra.Group{ID: "start", Title: l.T("Getting started:")},
		&cobra.Group{ID: "record", Title: l.T("Recording the network:")},
		&cobra.Group{ID: "see", Title: l.T("Seeing the network:")},
		&cobra.Group{ID: "plan", Title: l.T("Planning the next meeting:")},
		&cobra.Group{ID: "data", Title: l.T("Moving data in and out:")},
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
		{"record", newServeCmd(g)},
		{"record", newTieCmd(g)},
		{"record", newUndoCmd(g)},
		{"record", newLogCmd(g)},
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
	cli.Localize(l, root)
	return root
}

// globals is the environment every command shares.
type globals = cli.Env
