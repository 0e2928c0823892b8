package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/kring-nl/kring/cmd/kring/internal/app"
	"github.com/kring-nl/kring/cmd/kring/internal/cli"
	"github.com/kring-nl/kring/cmd/kring/internal/web"
	"github.com/spf13/cobra"
)

type serveOptions struct {
	*globals
	Addr  string
	Wave  string
	Codes bool
	TLS   bool
}

func newServeCmd(g *globals) *cobra.Command {
	opts := &serveOptions{globals: g}
	cmd := g.Command("serve", "[--addr HOST:PORT] [--wave W] [--codes] [--tls]", cli.ExactArgs(0, "no arguments"), func(cmd *cobra.Command, args []string) error {
		return runServe(cmd.Context(), opts)
	})
	l, f := g.L, cmd.Flags()
	f.StringVar(&opts.Addr, "addr", "", l.T("where to listen, as HOST:PORT (default: every interface, port 8080, else a free one)"))
	f.StringVarP(&opts.Wave, "wave", "w", "", l.T("the wave the answers are for (default: the last)"))
	f.BoolVar(&opts.Codes, "codes", false, l.T("participants come in with a personal link or code instead of picking their name"))
	f.BoolVar(&opts.TLS, "tls", false, l.T("serve HTTPS, with a self-signed certificate kept next to the database"))
	cmd.RegisterFlagCompletionFunc("wave", cli.CompleteWaves(g))
	return cmd
}

func runServe(ctx context.Context, opts *serveOptions) error {
	db, net, err := opts.OpenNetwork(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	wave, started, err := app.ServeWave(ctx, db, net.ID, opts.Wave, opts.Today())
	if err != nil {
		return err
	}
	srv, err := web.Open(ctx, web.Config{DB: db, Network: net, Wave: wave, Addr: opts.Addr, TLS: opts.TLS, CertDir: filepath.Dir(db.Path()),
		Codes: opts.Codes, Lang: opts.GroupLang(net.Lang).Code(), Log: opts.Err, Today: opts.Today})
	if err != nil {
		return err
	}
	l := opts.L
	if started {
		l.Fprintln(opts.Out, "The network had no wave yet: the answers go to a new one, %q; to name it after the meeting: kring wave rename %q NAME", wave.Name, wave.Name)
	}
	l.Fprintln(opts.Out, "Serving %s: the answers go to %s.", net.Name, wave.Name)
	// These two lines are for people and programs alike: their words stay
	// English in every language.
	fmt.Fprintf(opts.Out, "Participants: %s\nFacilitator: %s\n", srv.ParticipantURL(), srv.FacilitatorURL())
	l.Fprintln(opts.Out, "Open the facilitator's address on this laptop only (it lets in whoever has it), and show its projector view with the QR code. Stop with Ctrl-C.")
	if srv.NoNetwork() {
		l.Fprintln(opts.Out, "No Wi-Fi or other network found: phones cannot reach this laptop yet. Join the room's Wi-Fi or a phone's hotspot, then start kring serve again.")
	}
	if fp := srv.Fingerprint(); fp != "" {
		cert, _ := srv.CertFiles()
		l.Fprintln(opts.Out, "HTTPS with kring's own certificate (%s): browsers warn that it is not trusted; check that it shows this fingerprint, then go on.\n  SHA-256 %s", cert, fp)
	}
	<-ctx.Done()
	l.Fprintln(opts.Err, "kring serve: stopping; open requests finish first…")
	return srv.Close()
}
