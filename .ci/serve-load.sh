#!/usr/bin/env bash
# Load of kring serve: 200 participants (each from an address of its own)
# pick their name, load the form, then all send their answers at once to
# the real server and database (BenchmarkRoom in cmd/kring/internal/web).
# It fails when an answer is lost or stored twice, and prints how long a
# submission took (p50, p99, max) and how long after its "saved" an answer
# showed on the facilitator's live map. RUNS rooms, one after another.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
# The benchmark's own output goes to stderr through a file: "tee
# /dev/stderr" would reopen (and empty) a log file that stderr is redirected to.
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
go test ./cmd/kring/internal/web -run '^$' -bench '^BenchmarkRoom$' -benchtime 1x -count "$runs" >"$out" 2>&1 || status=$?
cat "$out" >&2
[ "$status" = 0 ] || exit "$status"
cat "$out" |
  awk '/^BenchmarkRoom/ { n++; for (i = 1; i <= NF; i++) v[$(i+1)] = v[$(i+1)] " " $i }
    END { if (n == 0) exit 1
          printf "serve-load: %d rooms of 200 participants answering at once; per room, in ms:\n", n
          split("submit-p50-ms submit-p99-ms submit-max-ms map-delay-p50-ms map-delay-max-ms", k, " ")
          for (j = 1; j <= 5; j++) printf "  %-17s%s\n", k[j], v[k[j]] }'
