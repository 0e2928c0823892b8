#!/usr/bin/env bash
# Side by side: the whole `kring analyze` command against igraph and networkx on
# the same random graphs, made by ../shared/peers/peer_metrics.py --synthetic.
#
#   .ci/peers.sh [1k] [5k] [10k] [100k]      (default: 1k 5k 10k)
#
# kring's time is the wall clock of `kring analyze --format json` (open the
# database, load, every metric, write JSON), best of 3, on all cores and on
# one (GOMAXPROCS=1). The peers' time is the sum of their library calls for
# betweenness + harmonic centrality in both directions + PageRank (best of 3;
# peer_metrics.py times harmonic in one direction, so it counts twice), without
# reading the file or building the graph; networkx only where it finishes in
# 300 s. Needs python3-networkx and python3-igraph (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
peers=${PEERS:-../shared/peers/peer_metrics.py}
[ -f "$peers" ] || { echo "peers.sh: $peers not found; set PEERS=path/to/peer_metrics.py" >&2; exit 1; }
/usr/bin/python3 -c 'import networkx, igraph' 2>/dev/null || {
  echo "peers.sh: needs python3-networkx and python3-igraph: apt-get install -y python3-networkx python3-igraph" >&2; exit 1; }
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1k 5k 10k)
work=${WORK:-$(mktemp -d)}
export PATH="/usr/local/go/bin:$PATH"
go build -o "$work/kring" ./cmd/kring

best3() { # wall-clock seconds of the fastest of 3 runs of the command
  /usr/bin/python3 - "$@" <<'PY'
import subprocess, sys, time
best = None
for _ in range(3):
    t = time.perf_counter()
    subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
    d = time.perf_counter() - t
    best = d if best is None else min(best, d)
print(f"{best:.3f}")
PY
}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
printf '\n| graph | people / ties | kring analyze, %s cores | kring, 1 core | igraph | networkx | igraph ÷ kring | networkx ÷ kring |\n' "$(nproc)"
printf '|---|---|---|---|---|---|---|---|\n'
for size in "${sizes[@]}"; do
  case $size in
    1k) n=1000 m=5000 libs=igraph,networkx ;;
    5k) n=5000 m=25000 libs=igraph,networkx ;;
    10k) n=10000 m=50000 libs=igraph ;;
    100k) n=100000 m=500000 libs=igraph ;;
    *) echo "peers.sh: unknown size $size (1k 5k 10k 100k)" >&2; exit 2 ;;
  esac
  csv="$work/gnm_$size.csv"
  [ -f "$csv" ] || /usr/bin/python3 "$peers" --synthetic "$n" "$m" 1 --out "$csv" >/dev/null
  db="$work/gnm_$size.db"
  if [ ! -f "$db" ]; then
    (echo giver,receiver; tail -n +2 "$csv") > "$work/ties_$size.csv"
    "$work/kring" --db "$db" network create "gnm $size" >/dev/null
    "$work/kring" --db "$db" import "$work/ties_$size.csv" --add-new >/dev/null
  fi
  k=$(best3 "$work/kring" --db "$db" analyze --format json)
  k1=$(GOMAXPROCS=1 best3 "$work/kring" --db "$db" analyze --format json)
  /usr/bin/python3 "$peers" "$csv" --directed --time --repeat 3 --timeout 300 \
    --metrics betweenness,harmonic,pagerank --libs "$libs" -o "$work/peers_$size.json" >/dev/null 2>&1 || true
  /usr/bin/python3 - "$work/peers_$size.json" "$size" "$n" "$m" "$k" "$k1" <<'PY'
import json, sys
path, size, n, m, k, k1 = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
d = json.load(open(path))
def total(lib):
    """The sum of the calls, "> N s" when one was killed at the time limit, or None."""
    s, st = d["seconds"].get(lib), d["status"].get(lib, {})
    if not s:
        return None
    if any(st.get(x) == "timeout" for x in ("betweenness", "harmonic", "pagerank")):
        return ">%g" % d["timeout_s"]
    if any(st.get(x) != "ok" for x in ("betweenness", "harmonic", "pagerank")):
        return None
    return s["betweenness"] + 2 * s["harmonic"] + s["pagerank"]
ig, nx = total("igraph"), total("networkx")
def fmt(x):
    if x is None:
        return "not run"
    return f"{x} s (killed)" if isinstance(x, str) else f"{x:.2f} s"
def ratio(x):
    if x is None:
        return "–"
    return f"> {float(x[1:]) / k:.0f}×" if isinstance(x, str) else f"{x / k:.1f}×"
print(f"| gnm {size} | {n:,} / {m:,} | {k:.2f} s | {k1:.2f} s | {fmt(ig)} | {fmt(nx)} | {ratio(ig)} | {ratio(nx)} |")
PY
done
echo
echo "Files in $work"
