package main

import "github.com/spf13/cobra"

func newPersonCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "person",
		Aliases: []string{"people"},
		Short:   "Add, list, edit, rename and remove participants",
		Long: `Participants are matched by name case-, accent- and white-space-insensitively:
"jurgen van der hagen" finds "Jürgen Van der Hagen". A name is shown exactly as
it was first written.`,
	}
	cmd.AddCommand(newPersonAddCmd(g), newPersonEditCmd(g), newPersonListCmd(g), newPersonRenameCmd(g),
		newPersonMergeCmd(g), newPersonRemoveCmd(g))
	return cmd
}
