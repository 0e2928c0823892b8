#!/usr/bin/env bash
# Crash of kring serve: kill -9 of the server (a child process) while 50
# participants send their answers from 50 addresses, 20 times. After every
# kill, kring check must find the database sound with no repair, every
# answer the server said was saved must be there, and no participant's
# answers may be there in part. The test is TestServeCrash in cmd/kring
# (go test ./... runs it once; -short skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-20}
# The test's own output goes to stderr through a file: "tee /dev/stderr"
# would reopen (and empty) a log file that stderr is redirected to.
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
go test ./cmd/kring -run '^TestServeCrash$' -count="$runs" -v >"$out" 2>&1 || status=$?
cat "$out" >&2
[ "$status" = 0 ] || exit "$status"
grep -E '^\s+serve_test.go:[0-9]+: kill -9' "$out" |
  awk -v runs="$runs" '{ n++; for (i = 1; i <= NF; i++) if ($i == "stored") s += $(i-1) }
    END { if (n != runs) { print "serve-crash: only " n " of " runs " runs passed" | "cat 1>&2"; exit 1 }
          printf "serve-crash: %d kill -9 with 50 participants answering: sound every time, every acknowledged answer kept, none in part (%.1f of 50 stored on average)\n", n, s / n }'
