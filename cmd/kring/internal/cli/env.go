package cli

import (
	"bufio"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/cmd/kring/internal/view"
	"github.com/kring-nl/kring/graph"
	"github.com/kring-nl/kring/graph/names"
	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Package cli holds what the commands of kring share: the environment they
// run in (streams, database, language), flags, output files, progress,
// terminal safety, usage mistakes and completion. The commands themselves
// are in package main.
// Env are the streams, environment and global flags every command shares.
type Env struct {
	In     io.Reader
	Out    io.Writer
	Err    io.Writer
	Getenv func(string) string
	Now    func() time.Time // nil means time.Now

	DBPath   string // --db
	Network  string // --network
	LangFlag string // --lang

	L    *i18n.Lang // the language of what kring writes on the terminal
	What string     // the command line, for the history of changes
}

func (g *Env) Today() string {
	now := time.Now
	if g.Now != nil {
		now = g.Now
	}
	return now().Format(time.DateOnly)
}

// GroupLang is the language of what is made for the group (maps, charts,
// the report, handouts): --lang when given, else the network's own
// language, else the language of the messages.
func (g *Env) GroupLang(network string) *i18n.Lang {
	if g.LangFlag == "" && network != "" {
		return i18n.New(network)
	}
	return g.L
}

// Exit codes.
const (
	ExitOK          = 0
	ExitError       = 1
	ExitUsage       = 2
	ExitInterrupted = 130
)

// UsageError marks a mistake in how a command was called.
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }

func (e UsageError) Unwrap() error { return e.Err }

// usagef is a UsageError with a message in the catalogue.
func Usagef(format string, args ...any) error {
	return UsageError{graph.Errorf(graph.EINVALID, format, args...)}
}

// langArg finds --lang among the arguments before the commands are made,
// so that their help is in that language.
func LangArg(args []string) string {
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

// Command makes a cobra command whose help (short, long and examples, from
// view.Help in the user's language) is found by its path, e.g. "person
// add". use is the usage line after the command's name.
func (g *Env) Command(path, use string, args cobra.PositionalArgs, run func(cmd *cobra.Command, args []string) error) *cobra.Command {
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
func unknownCommand(g *Env, cmd *cobra.Command, args []string) error {
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
	synonyms := map[string]string{"delete": "remove", "del": "remove", "erase": "remove", "new": "add", "create": "add",
		"show": "list", "mv": "rename", "change": "edit", "update": "edit", "set": "edit"}
	if s, ok := synonyms[strings.ToLower(args[0])]; ok && slices.Contains(known, s) {
		return Usagef("unknown command %q for %q (did you mean %q?)", args[0], cmd.CommandPath(), s)
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		return Usagef("unknown command %q for %q (did you mean %q?)", args[0], cmd.CommandPath(), s[0])
	}
	if s := names.Closest(args[0], known, 1); len(s) > 0 {
		return Usagef("unknown command %q for %q (did you mean %q?)", args[0], cmd.CommandPath(), s[0])
	}
	return Usagef("unknown command %q for %q; it has: %s", args[0], cmd.CommandPath(), strings.Join(known, ", "))
}

// flagError words a flag mistake for the catalogue, with the flags that
// look like what was typed.
func FlagError(g *Env) func(*cobra.Command, error) error {
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
				return Usagef("unknown flag %s (did you mean --%s?)", typed, s)
			}
			return Usagef("unknown flag %s; %s --help lists the flags", typed, c.CommandPath())
		case errors.As(err, &noValue):
			return Usagef("flag %s needs a value", flagName(noValue.GetSpecifiedName(), noValue.GetSpecifiedShortnames()))
		case errors.As(err, &invalid):
			return Usagef("invalid value %q for --%s: %v", invalid.GetValue(), invalid.GetFlag().Name, invalid.Unwrap())
		case errors.As(err, &syntax):
			return Usagef("bad flag syntax: %s", syntax.GetSpecifiedFlag())
		}
		return UsageError{err}
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

// localize puts cobra's own words in l: the help and version flags, the
// help and completion commands, and the headings of the usage text.
func Localize(l *i18n.Lang, root *cobra.Command) {
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
func HintUnknown(err error, addNewFlag bool) error {
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
func ExactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return UsageError{graph.Errorf(graph.EINVALID, "%s needs %s (got %d arguments)", cmd.CommandPath(), graph.Word(what), len(args))}
		}
		return nil
	}
}

// oneName is ExactArgs(1, what) for a command that takes one person's name:
// several words are a name typed without quotes, and the message shows it
// quoted.
func OneName(what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 1 {
			return Usagef("%s takes one name; put a name with spaces in quotes: %s %q", cmd.CommandPath(), cmd.CommandPath(), strings.Join(args, " "))
		}
		return ExactArgs(1, what)(cmd, args)
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
func LooksLikeOneName(words []string) bool {
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

// OutputFormat is the format of the output file: --format, else the file's
// extension. An extension that says another format than the one asked for
// is refused, so that a file never holds something else than its name says.
func (g *Env) OutputFormat(output, format string, formats []string) (string, error) {
	if err := g.NotTheDatabase(output); err != nil {
		return "", err
	}
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(output)), ".")
	if output == "-" {
		ext = ""
	}
	isFile := output != "-"
	if fi, err := os.Stat(output); err == nil && !fi.Mode().IsRegular() {
		isFile = false // a device or a pipe: written as asked
	}
	switch {
	case format == "" && ext == "" && isFile:
		return "", Usagef("%s has no extension, so nobody can tell what it holds; name it %s.%s (kring writes %s)", output, output, formats[0], strings.Join(formats, ", "))
	case format == "" && ext == "":
		format = formats[0]
	case format == "":
		format = ext
		if !slices.Contains(formats, format) {
			return "", Usagef("%s: kring writes %s here; give the file one of those extensions", output, strings.Join(formats, ", "))
		}
	case !slices.Contains(formats, format):
		return "", Usagef("unknown format %q: use %s", format, strings.Join(formats, ", "))
	case ext != "" && ext != format && slices.Contains(formats, ext):
		return "", Usagef("%s ends in .%s but --format is %s; name the file .%s, or leave --format out", output, ext, format, format)
	}
	return format, nil
}

// confirm asks a yes/no question on a terminal. Without a terminal it fails
// and says to pass --yes.
func Confirm(g *Env, question string) (bool, error) {
	f, ok := g.In.(*os.File)
	if !ok || !IsTerminal(f) {
		return false, Usagef("%s Pass --yes to confirm (kring cannot ask without a terminal)", question)
	}
	g.L.Fprintf(g.Err, "%s [y/N] ", question)
	line, _ := bufio.NewReader(g.In).ReadString('\n')
	answer := strings.ToLower(strings.TrimSpace(line))
	return answer == "y" || answer == "yes" || answer == "j" || answer == "ja", nil
}

// ErrNothingChanged is the answer "no" to a confirmation.
var ErrNothingChanged = graph.Errorf(graph.ECONFLICT, "nothing was changed")

// nearMatches tells, for each of the added names, the known names that look
// like it, and how to merge them when they are the same person.
func NearMatches(ctx context.Context, g *Env, db *store.DB, netID int64, added []string) {
	view.WriteLookAlikes(g.Out, g.L, app.LookAlikes(ctx, db, netID, added))
}
