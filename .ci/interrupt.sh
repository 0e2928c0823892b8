#!/usr/bin/env bash
# Ctrl-C on a large network: "kring analyze" and "kring suggest --all" on
# 200,000 people (600,000 help ties) stop soon after SIGINT, exit 130 and
# leave the database as it was. The script waits for each command's first
# progress line (KRING_PROGRESS=lines) before it interrupts, and prints how
# long the command took to stop. KRING_INTERRUPT_PEOPLE changes the size.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/kring" ./cmd/kring
db="$work/big.db"
k() { "$work/kring" --db "$db" "$@"; }
n=${KRING_INTERRUPT_PEOPLE:-200000}

awk -v n="$n" 'BEGIN {
  srand(1); print "name,offers,needs"
  for (i = 0; i < n; i++) printf "P%d,t%d,t%d\n", i, i % 97, (i + 1) % 97
}' >"$work/people.csv"
awk -v n="$n" 'BEGIN {
  srand(2); print "giver,receiver,wave"
  for (i = 0; i < 3 * n; i++) { a = int(rand() * n); b = int(rand() * n); if (a != b) printf "P%d,P%d,W1\n", a, b }
}' >"$work/ties.csv"
k network create Big >/dev/null
k import "$work/people.csv" >/dev/null
k import "$work/ties.csv" >/dev/null
before=$(k export --format json | sha256sum)
echo "network: $n people, $(($(wc -l <"$work/ties.csv") - 1)) help tie records"

fail=0
for cmd in "analyze" "suggest --all"; do
  # shellcheck disable=SC2086
  KRING_PROGRESS=lines "$work/kring" --db "$db" $cmd >/dev/null 2>"$work/err" &
  pid=$!
  until grep -q '/' "$work/err" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$cmd ended before its first progress line" >&2; cat "$work/err" >&2; exit 1; fi
    sleep 0.05
  done
  sleep 1 # well into the work
  t0=$(date +%s%N)
  kill -INT "$pid"
  set +e
  wait "$pid"
  code=$?
  set -e
  t1=$(date +%s%N)
  ms=$(((t1 - t0) / 1000000))
  echo "kring $cmd: exit $code, stopped $ms ms after SIGINT"
  if [ "$code" != 130 ]; then echo "kring $cmd: exit $code, want 130" >&2; fail=1; fi
done
if [ "$(k export --format json | sha256sum)" != "$before" ]; then echo "the database changed" >&2; fail=1; fi
k check >/dev/null || fail=1
exit $fail
