package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Ctrl-C during an import rolls it back: exit 130, the database as before,
// and sound.
func TestInterruptedImportChangesNothing(t *testing.T) {
	e := newEnv(t)
	e.ok("network", "create", "N")
	e.ok("record", "Ann", "--gave", "Bob", "--add-new")
	before := e.dump()
	var b strings.Builder
	b.WriteString("giver,receiver,wave\n")
	for i := range 400000 {
		fmt.Fprintf(&b, "Person %d,Person %d,W%d\n", i%50000, (i*7+1)%50000, i%3)
	}
	file := e.write("big.csv", b.String())

	cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "--db", e.db, "import", file, "--add-new")
	cmd.Env = append(os.Environ(), "KRING_TEST_MAIN=1", "XDG_DATA_HOME="+filepath.Join(e.dir, "xdg"))
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Interrupt while it stores: after reading the file, before the end.
	time.Sleep(1500 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitInterrupted {
		t.Fatalf("exit %v, want %d (it may have finished before the interrupt: make the file bigger)\n%s", err, exitInterrupted, out.String())
	}
	mustContain(t, "interrupted", out.String(), "kring: interrupted; nothing of the unfinished command was saved")
	if after := e.dump(); after != before {
		t.Errorf("the interrupted import changed the database")
	}
	mustContain(t, "check", e.ok("check"), "is sound")
}
