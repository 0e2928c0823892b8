package cli

import (
	"context"
	"strings"

	"github.com/kring-nl/kring/store"
	"github.com/spf13/cobra"
)

type Completer = func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective)

// completeFrom completes with the names list returns, matching what was typed
// case-insensitively. Any failure completes nothing.
func CompleteFrom(g *Env, list func(context.Context, *store.DB, store.NetworkInfo) ([]string, error)) Completer {
	return func(cmd *cobra.Command, args []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
		ctx := cmd.Context()
		if ctx == nil {
			ctx = context.Background()
		}
		db, net, err := g.OpenNetwork(ctx)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		defer db.Close()
		all, err := list(ctx, db, net)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, n := range all {
			if strings.HasPrefix(strings.ToLower(n), strings.ToLower(typed)) {
				out = append(out, n)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completePeople completes person names.
func CompletePeople(g *Env) Completer {
	return CompleteFrom(g, func(ctx context.Context, db *store.DB, net store.NetworkInfo) ([]string, error) {
		return db.PersonNames(ctx, net.ID)
	})
}

// completeWaves completes wave names.
func CompleteWaves(g *Env) Completer {
	return CompleteFrom(g, func(ctx context.Context, db *store.DB, net store.NetworkInfo) ([]string, error) {
		ws, err := db.Waves(ctx, net.ID)
		var out []string
		for _, w := range ws {
			out = append(out, w.Name)
		}
		return out, err
	})
}

// completeNetworks completes network names.
func CompleteNetworks(g *Env) Completer {
	return func(cmd *cobra.Command, args []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
		ctx := cmd.Context()
		if ctx == nil {
			ctx = context.Background()
		}
		db, err := g.OpenDB(ctx, false)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		defer db.Close()
		nets, err := db.Networks(ctx)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, n := range nets {
			if strings.HasPrefix(strings.ToLower(n.Name), strings.ToLower(typed)) {
				out = append(out, n.Name)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeFirstArg completes only the first positional argument with c.
func CompleteFirstArg(c Completer) Completer {
	return func(cmd *cobra.Command, args []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return c(cmd, args, typed)
	}
}

// completePeopleArgs completes the first n positional arguments with person names.
func CompletePeopleArgs(g *Env, n int) Completer {
	people := CompletePeople(g)
	return func(cmd *cobra.Command, args []string, typed string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= n {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return people(cmd, args, typed)
	}
}
