package store

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// Some tests need a second process: one that is killed with SIGKILL in the
// middle of its work, or one that runs as an ordinary user when the tests run
// as root. The test binary runs itself as that process; TestMain sends it to
// its part by the environment.
const childEnv = "KRING_STORE_CHILD"

func TestMain(m *testing.M) {
	if action := os.Getenv(childEnv); action != "" {
		os.Exit(runChild(action, os.Getenv("KRING_STORE_CHILD_DB"), os.Getenv("KRING_STORE_CHILD_ARG")))
	}
	os.Exit(m.Run())
}

// runChild does what a child process was started for, says "ready" on its
// standard output when it is where the parent wants to kill it, and waits.
func runChild(action, path, arg string) int {
	ctx := context.Background()
	ready := func() {
		fmt.Println("ready")
		select {} // until killed
	}
	switch action {
	case "open-read-only":
		db, err := Open(ctx, path, Options{ReadOnly: true})
		if err != nil {
			fmt.Println("error:", err)
			return 1
		}
		if _, err := db.Networks(ctx); err != nil {
			fmt.Println("error:", err)
			return 1
		}
		ready()
	case "backup":
		db, err := Open(ctx, path, Options{})
		if err != nil {
			fmt.Println("error:", err)
			return 1
		}
		testHookBackup = ready
		if err := db.Backup(ctx, arg); err != nil {
			fmt.Println("error:", err)
			return 1
		}
		fmt.Println("error: the backup finished without reaching the hook")
		return 1
	}
	fmt.Println("unknown child action", action)
	return 2
}

// killChild starts the test binary as a child doing action on the database at
// path, waits until it says it is ready, and kills it with SIGKILL, as a
// power cut or the OOM killer would. env adds variables.
func killChild(t *testing.T, action, path, arg string, env ...string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+action, "KRING_STORE_CHILD_DB="+path, "KRING_STORE_CHILD_ARG="+arg)
	cmd.Env = append(cmd.Env, env...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "ready" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the child did not get ready: %q %v", line, err)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, out)
	cmd.Wait()
}
