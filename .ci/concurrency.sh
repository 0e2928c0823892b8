#!/usr/bin/env bash
# Concurrent use: 30 processes each run 20 "kring record" commands against one
# database while a 150,000-row import (into a second network of the same
# file) and loops of analyze, map, export, backup, check and trend run.
# Writers wait their turn: every command must exit 0, none may report a
# locked or busy database, the database must hold exactly the 600 recorded
# ties and the 150,000 imported ones, and pass SQLite's integrity check.
# KRING_LOAD_WRITERS, KRING_LOAD_RECORDS (per writer) and KRING_LOAD_ROWS
# change the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/kring" ./cmd/kring
db="$work/load.db"
k() { "$work/kring" --db "$db" "$@"; }

writers=${KRING_LOAD_WRITERS:-30}
per=${KRING_LOAD_RECORDS:-20}
records=$((writers * per))
rows=${KRING_LOAD_ROWS:-150000}

k network create "Load" >/dev/null
k network create "Bulk" >/dev/null
{
  echo name
  for p in $(seq 1 $writers); do printf 'Giver %02d\n' "$p"; done
  for i in $(seq 1 $records); do printf 'Receiver %04d\n' "$i"; done
} >"$work/people.csv"
k --network Load import "$work/people.csv" >/dev/null
k --network Load wave add "Meeting 1" >/dev/null
# 150,000 distinct ties among 1,000 people: person a gives to a+1 … a+150.
awk -v n=$rows 'BEGIN { print "giver,receiver,wave"; for (i = 0; i < n; i++) { a = i % 1000; printf "Bulk %d,Bulk %d,Meeting 1\n", a, (a + 1 + int(i / 1000)) % 1000 } }' >"$work/bulk.csv"
: >"$work/failures"
: >"$work/stderr"

start=$(date +%s%N)
# Readers and other commands in loops, until the writers and the import are
# done. They run at a lower CPU priority (nice), so that on a small machine
# they do not starve the writers of CPU: they still hold their read snapshots,
# backups and checkpoints all the time.
loop() {
  local name=$1
  shift
  while [ ! -e "$work/done" ]; do
    nice -n 10 "$work/kring" --db "$db" "$@" >/dev/null 2>>"$work/stderr" || echo "$name exited $?" >>"$work/failures"
    echo >>"$work/count.$name"
  done
}
loops=()
loop analyze --network Load analyze &
loops+=($!)
loop map --network Load map -o "$work/map.svg" &
loops+=($!)
loop export --network Load export -o "$work/export.csv" &
loops+=($!)
loop backup backup "$work/backup.db" &
loops+=($!)
loop check check &
loops+=($!)
loop trend --network Load trend &
loops+=($!)

busy=()
(
  k --network Bulk import "$work/bulk.csv" --add-new >/dev/null 2>>"$work/stderr" || echo "import exited $?" >>"$work/failures"
  date +%s%N >"$work/import.end"
) &
busy+=($!)
for p in $(seq 1 $writers); do
  (
    for i in $(seq 1 $per); do
      r=$(printf "Receiver %04d" $(((p - 1) * per + i)))
      k --network Load record "$(printf "Giver %02d" "$p")" --gave "$r" >/dev/null 2>>"$work/stderr" ||
        echo "record $p/$i exited $?" >>"$work/failures"
    done
  ) &
  busy+=($!)
done
wait "${busy[@]}"
end=$(date +%s%N)
touch "$work/done"
wait "${loops[@]}"

status=0
failed=$(wc -l <"$work/failures")
if [ "$failed" -gt 0 ]; then
  echo "FAIL: $failed commands failed:" >&2
  head -20 "$work/failures" >&2
  status=1
fi
if grep -qi "locked\|busy" "$work/stderr"; then
  echo "FAIL: a command reported a locked database:" >&2
  grep -i "locked\|busy" "$work/stderr" | head -5 >&2
  status=1
fi
waited=$(grep -c "waiting for another kring command" "$work/stderr" || true)
recorded=$(k --network Load tie list --format csv | tail -n +2 | wc -l)
if [ "$recorded" -ne $records ]; then
  echo "FAIL: $recorded recorded ties, want $records ($((records - recorded)) lost)" >&2
  status=1
fi
if ! k check --format json >"$work/check.json"; then
  echo "FAIL: the integrity check failed:" >&2
  cat "$work/check.json" >&2
  status=1
fi
ties=$(sed -n 's/.*"ties": *\([0-9]*\).*/\1/p' "$work/check.json")
if [ "$ties" != $((records + rows)) ]; then
  echo "FAIL: $ties ties in the file, want $((records + rows))" >&2
  status=1
fi
c() { if [ -e "$work/count.$1" ]; then wc -l <"$work/count.$1"; else echo 0; fi; }
ms=$(((end - start) / 1000000))
ims=$((($(cat "$work/import.end") - start) / 1000000))
printf 'concurrency: %d records by %d processes and a %d-row import (done after %d.%01d s) in %d.%01d s; meanwhile %d analyses, %d maps, %d exports, %d backups, %d checks, %d trends; %d failed, %d of %d records lost, %d ties in all; %d times a command said it waits; integrity %s\n' \
  $records $writers $rows $((ims / 1000)) $((ims % 1000 / 100)) $((ms / 1000)) $((ms % 1000 / 100)) \
  "$(c analyze)" "$(c map)" "$(c export)" "$(c backup)" "$(c check)" "$(c trend)" \
  "$failed" $((records - recorded)) $records "${ties:-0}" "$waited" "$(grep -q '"sound": *true' "$work/check.json" && echo ok || echo FAILED)"
exit $status
