#!/usr/bin/env bash
# Crash: kill -9 at a random moment during the import of a 200,000-row CSV,
# 20 times. After every kill the database must pass SQLite's integrity check
# with no repair, and hold either none or all of the file's ties.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/kring" ./cmd/kring
rows=200000
# Unique help ties among 20,000 people: person g helps g+1 … g+10.
awk -v rows=$rows 'BEGIN {
  print "giver,receiver,wave"
  for (i = 0; i < rows; i++) { g = i % 20000; r = (g + 1 + int(i / 20000)) % 20000; printf "Person %d,Person %d,Meeting 1\n", g, r }
}' >"$work/ties.csv"

# How long a whole import takes here, to kill within it.
"$work/kring" --db "$work/timing.db" network create T >/dev/null
t0=$(date +%s%N)
"$work/kring" --db "$work/timing.db" import "$work/ties.csv" --add-new >/dev/null
full=$((($(date +%s%N) - t0) / 1000000))

db="$work/crash.db"
k() { "$work/kring" --db "$db" "$@"; }
none=0 all=0
for run in $(seq 1 20); do
  # Each run imports into a network of its own in the same file, so that
  # every kill can land in the middle of an import.
  k network create "Crash $run" >/dev/null
  wait_ms=$(((RANDOM * 32768 + RANDOM) % (full * 12 / 10 + 1)))
  "$work/kring" --db "$db" --network "Crash $run" import "$work/ties.csv" --add-new >/dev/null 2>&1 &
  pid=$!
  sleep "$((wait_ms / 1000)).$(printf %03d $((wait_ms % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # The next command: no repair, a sound file.
  if ! health=$(k check --format csv | tail -n 1); then
    echo "FAIL: run $run (killed after $wait_ms ms): the database does not pass the check" >&2
    k check >&2 || true
    exit 1
  fi
  ties=$(k network list --format csv | grep "^Crash $run," | cut -d, -f4)
  case "$ties" in
  0) none=$((none + 1)) ;;
  "$rows") all=$((all + 1)) ;;
  *)
    echo "FAIL: run $run (killed after $wait_ms ms): $ties ties, want 0 or $rows" >&2
    exit 1
    ;;
  esac
done
printf 'crash: 20 kill -9 during a %d-row import (a whole import takes %d ms here): sound every time; %d times none of the ties, %d times all\n' \
  "$rows" "$full" "$none" "$all"
