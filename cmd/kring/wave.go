package main

import "github.com/spf13/cobra"

func newWaveCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "wave",
		Short: "Add and list waves (rounds of recording, usually one per meeting)",
		Long: `A wave is one round of recording, usually one meeting. Every tie belongs to one
wave; ties recorded without --wave go to the last wave. Analyses run on one
wave (--wave) or on the waves up to one (--upto).`,
	}
	cmd.AddCommand(newWaveAddCmd(g), newWaveListCmd(g))
	return cmd
}
