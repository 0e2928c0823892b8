package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// version is kring's version, set at build time with
// -ldflags "-X main.version=…".
var version = "dev"

// globals are the streams, environment and global flags every command shares.
type globals struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	Getenv func(string) string
	Now    func() time.Time // nil means time.Now

	DBPath   string // --db
	Network  string // --network
	LangFlag string // --lang

	L    *i18n.Lang // the language of what kring writes on the terminal
	what string     // the command line, for the history of changes
}

func (g *globals) today() string {
	now := time.Now
	if g.Now != nil {
		now = g.Now
	}
	return now().Format(time.DateOnly)
}

// groupLang is the language of what is made for the group (maps, charts,
// the report, handouts): --lang when given, else the network's own
// language, else the language of the messages.
func (g *globals) groupLang(network string) *i18n.Lang {
	if g.LangFlag == "" && network != "" {
		return i18n.New(network)
	}
	return g.L
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

// usagef is a usageError with a message in the catalogue.
func usagef(format string, args ...any) error {
	return usageError{graph.Errorf(graph.EINVALID, format, args...)}
}

// run executes kring with args and returns the exit code.
func run(ctx context.Context, args []string, g *globals) int {
	code, err := i18n.Choose(langArg(args), g.Getenv)
	g.L = i18n.New(code)
	if err != nil {
		g.L = i18n.New(i18n.Locale(g.Getenv))
		fmt.Fprintln(g.Err, "kring: "+g.L.Error(err))
		return exitUsage
	}
	g.what = describe(args)
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
		fmt.Fprintln(g.Err, "kring: "+g.L.T("interrupted; nothing of the unfinished command was saved"))
		return exitInterrupted
	}
	fmt.Fprintln(g.Err, "kring: "+strings.TrimSpace(g.L.Error(err)))
	var ue usageError
	var fe app.UsageError
	if errors.As(err, &ue) || errors.As(err, &fe) {
		fmt.Fprintln(g.Err, g.L.Sprintf("Run '%s --help' for usage.", cmd.CommandPath()))
		return exitUsage
	}
	return exitError
}

// langArg finds --lang among the arguments before the commands are made,
// so that their help is in that language.
func langArg(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			return v
		}
		if a == "--lang" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// command makes a cobra command whose help (short, long and examples, from
// view.Help in the user's language) is found by its path, e.g. "person
// add". use is the usage line after the command's name.
func (g *globals) command(path, use string, args cobra.PositionalArgs, run func(cmd *cobra.Command, args []string) error) *cobra.Command {
	h := view.Help(g.L, path)
	name := path[strings.LastIndex(path, " ")+1:]
	c := &cobra.Command{Use: strings.TrimSpace(name + " " + use), Short: h.Short, Long: h.Long, Example: h.Example, Args: args, RunE: run}
	if run == nil {
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(cmd *cobra.Command, args []string) error { return unknownCommand(g, cmd, args) }
	}
	return c
}

// unknownCommand answers a group command (such as "kring person"): without
// arguments with its help, with an unknown subcommand with an error that
// says what it could have meant.
func unknownCommand(g *globals, cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return cmd.Help()
	}
	var known []string
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() {
			known = append(known, c.Name())
			known = append(known, c.Aliases...)
		}
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		return usagef("unknown command %q for %q (did you mean %q?)", args[0], cmd.CommandPath(), s[0])
	}
	if s := names.Closest(args[0], known, 1); len(s) > 0 {
		return usagef("unknown command %q for %q (did you mean %q?)", args[0], cmd.CommandPath(), s[0])
	}
	return usagef("unknown command %q for %q; it has: %s", args[0], cmd.CommandPath(), strings.Join(known, ", "))
}

// flagError words a flag mistake for the catalogue, with the flags that
// look like what was typed.
func flagError(g *globals) func(*cobra.Command, error) error {
	return func(c *cobra.Command, err error) error {
		var (
			notExist *pflag.NotExistError
			noValue  *pflag.ValueRequiredError
			invalid  *pflag.InvalidValueError
			syntax   *pflag.InvalidSyntaxError
		)
		switch {
		case errors.As(err, &notExist):
			typed := flagName(notExist.GetSpecifiedName(), notExist.GetSpecifiedShortnames())
			var flags []string
			c.Flags().VisitAll(func(f *pflag.Flag) {
				if !f.Hidden {
					flags = append(flags, f.Name)
				}
			})
			if s := closestFlag(notExist.GetSpecifiedName(), flags); s != "" {
				return usagef("unknown flag %s (did you mean --%s?)", typed, s)
			}
			return usagef("unknown flag %s; kring %s --help lists the flags", typed, c.Name())
		case errors.As(err, &noValue):
			return usagef("flag %s needs a value", flagName(noValue.GetSpecifiedName(), noValue.GetSpecifiedShortnames()))
		case errors.As(err, &invalid):
			return usagef("invalid value %q for --%s: %v", invalid.GetValue(), invalid.GetFlag().Name, invalid.Unwrap())
		case errors.As(err, &syntax):
			return usagef("bad flag syntax: %s", syntax.GetSpecifiedFlag())
		}
		return usageError{err}
	}
}

func flagName(long, short string) string {
	if long != "" {
		return "--" + long
	}
	return "-" + short
}

// closestFlag is the flag name nearest to typed, or "".
func closestFlag(typed string, flags []string) string {
	best, bestD := "", 3
	for _, f := range flags {
		if d := names.Distance(typed, f); d < bestD || (d == bestD && strings.HasPrefix(f, typed)) {
			best, bestD = f, d
		}
		if strings.HasPrefix(f, typed) && best == "" {
			best = f
		}
	}
	if slices.Contains(flags, best) && (bestD <= 2 || strings.HasPrefix(best, typed)) {
		return best
	}
	return ""
}

func newRootCmd(g *globals) *cobra.Command {
	l := g.L
	root := g.command("kring", "", nil, nil)
	root.Use = "kring"
	root.Version = version
	root.SilenceErrors, root.SilenceUsage = true, true
	root.SetVersionTemplate("kring {{.Version}}\n")
	pf := root.PersistentFlags()
	pf.StringVar(&g.DBPath, "db", "", l.T("database file (default $KRING_DB, else the user data folder)"))
	pf.StringVarP(&g.Network, "network", "n", "", l.T("network to work on (default $KRING_NETWORK, else the current or only one)"))
	pf.StringVar(&g.LangFlag, "lang", "", l.T("language: nl (Dutch) or en (English); default $KRING_LANG, else the locale"))
	root.RegisterFlagCompletionFunc("network", completeNetworks(g))
	root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(i18n.Codes, cobra.ShellCompDirectiveNoFileComp))
	root.SetFlagErrorFunc(flagError(g))
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
	localize(l, root)
	return root
}

// localize puts cobra's own words in l: the help and version flags, the
// help and completion commands, and the headings of the usage text.
func localize(l *i18n.Lang, root *cobra.Command) {
	root.InitDefaultVersionFlag()
	root.Flags().Lookup("version").Usage = l.T("print kring's version")
	root.SetHelpCommand(&cobra.Command{Use: "help [command]", Short: l.T("Help about any command"), Hidden: true,
		Run: func(c *cobra.Command, args []string) {
			cmd, _, err := c.Root().Find(args)
			if cmd == nil || err != nil {
				cmd = c.Root()
			}
			cmd.Help()
		}})
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Short = l.T("Make shell completion of commands, flags, names and waves")
			c.Long = l.T("Print a script that completes kring's commands, flags, people's names and waves in the shell (bash, zsh, fish or powershell); see kring completion bash --help.")
		}
	}
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		c.Flags().Lookup("help").Usage = l.Sprintf("help for %s", c.Name())
		for _, s := range c.Commands() {
			walk(s)
		}
	}
	walk(root)
	flags := l.T("[flags]")
	cobra.AddTemplateFunc("kringUseLine", func(s string) string { return strings.Replace(s, "[flags]", flags, 1) })
	root.SetUsageTemplate(view.UsageTemplate(l))
}

// hintUnknown adds what to do next to an unknown-person error.
func hintUnknown(err error, addNewFlag bool) error {
	var u *graph.UnknownError
	if !errors.As(err, &u) || u.Kind != "person" {
		return err
	}
	if addNewFlag {
		return graph.Errorf(graph.ENOTFOUND, "%v; add them with: kring person add %q, or run again with --add-new", err, u.Name)
	}
	return graph.Errorf(graph.ENOTFOUND, "%v; add them with: kring person add %q", err, u.Name)
}

// exactArgs is cobra.ExactArgs with a message that names the arguments.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageError{graph.Errorf(graph.EINVALID, "%s needs %s (got %d arguments)", cmd.CommandPath(), graph.Word(what), len(args))}
		}
		return nil
	}
}

// oneName is exactArgs(1, what) for a command that takes one person's name:
// several words are a name typed without quotes, and the message shows it
// quoted.
func oneName(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 1 {
			return usagef("%s takes one name; put a name with spaces in quotes: %s %q", cmd.CommandPath(), cmd.CommandPath(), strings.Join(args, " "))
		}
		return exactArgs(1, what)(cmd, args)
	}
}

// particles are the words that are part of a surname in Dutch, Flemish and
// neighbouring names: "Van der Hagen", "De Smet", "'t Hart".
var nameParticles = map[string]bool{"van": true, "de": true, "der": true, "den": true, "het": true, "'t": true, "ter": true, "ten": true,
	"te": true, "von": true, "vom": true, "zu": true, "du": true, "des": true, "la": true, "le": true, "da": true, "di": true, "del": true,
	"dos": true, "das": true, "el": true, "al": true, "op": true, "in": true, "uit": true, "bin": true, "ben": true, "ibn": true}

// looksLikeOneName reports whether words, given as separate arguments, look
// like the parts of one name: there are two or more, none holds a space,
// and one of them is a particle or all of them are capitalised words.
func looksLikeOneName(words []string) bool {
	if len(words) < 2 {
		return false
	}
	capitals := 0
	for i, w := range words {
		if strings.ContainsAny(w, " \t") {
			return false
		}
		if i > 0 && nameParticles[strings.ToLower(w)] {
			return true
		}
		if r := []rune(w); len(r) > 1 && unicode.IsUpper(r[0]) {
			capitals++
		}
	}
	return capitals == len(words) && len(words) <= 3
}
