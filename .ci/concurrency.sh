#!/usr/bin/env bash
# Concurrent use: 20 processes each run 50 "kring record" commands against one
# database while "kring analyze" and "kring map" run in a loop. Every command
# must exit 0, none may report "database is locked", the database must hold
# exactly 1,000 new ties and pass SQLite's integrity check.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/kring" ./cmd/kring
db="$work/load.db"
k() { "$work/kring" --db "$db" "$@"; }

k network create "Load" >/dev/null
{
  echo name
  for p in $(seq -w 1 20); do echo "Giver $p"; done
  for i in $(seq -w 1 1000); do echo "Receiver $i"; done
} >"$work/people.csv"
k import "$work/people.csv" >/dev/null
k wave add "Meeting 1" >/dev/null
: >"$work/failures"

start=$(date +%s%N)
# Readers, until the writers are done.
(while [ ! -e "$work/done" ]; do
  k analyze >/dev/null 2>>"$work/stderr" || echo "analyze exited $?" >>"$work/failures"
  echo >>"$work/analyses"
done) &
analyze_loop=$!
(while [ ! -e "$work/done" ]; do
  k map -o "$work/map.svg" >/dev/null 2>>"$work/maps.stderr" || echo "map exited $?" >>"$work/failures"
  echo >>"$work/maps"
done) &
map_loop=$!

writers=()
for p in $(seq 1 20); do
  (
    for i in $(seq 1 50); do
      r=$(printf "Receiver %04d" $(((p - 1) * 50 + i)))
      k record "$(printf "Giver %02d" "$p")" --gave "$r" >/dev/null 2>>"$work/stderr" ||
        echo "record $p/$i exited $?" >>"$work/failures"
    done
  ) &
  writers+=($!)
done
wait "${writers[@]}"
touch "$work/done"
wait "$analyze_loop" "$map_loop"
end=$(date +%s%N)

status=0
if [ -s "$work/failures" ]; then
  echo "FAIL: commands failed:" >&2
  head -20 "$work/failures" >&2
  status=1
fi
if cat "$work/stderr" "$work/maps.stderr" | grep -qi "locked\|busy"; then
  echo "FAIL: a command reported a locked database:" >&2
  cat "$work/stderr" "$work/maps.stderr" | grep -i "locked\|busy" | head -5 >&2
  status=1
fi
ties=$(k tie list --format csv | tail -n +2 | wc -l)
if [ "$ties" -ne 1000 ]; then
  echo "FAIL: $ties ties, want 1000" >&2
  status=1
fi
if ! k check >"$work/check"; then
  echo "FAIL: the integrity check failed:" >&2
  cat "$work/check" >&2
  status=1
fi
ms=$(((end - start) / 1000000))
printf 'concurrency: 1,000 records by 20 processes in %d.%01d s, meanwhile %d analyses and %d maps; %d ties; %s\n' \
  $((ms / 1000)) $((ms % 1000 / 100)) "$(wc -l <"$work/analyses")" "$(wc -l <"$work/maps")" "$ties" "$(cat "$work/check")"
exit $status
