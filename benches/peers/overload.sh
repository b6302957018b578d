#!/usr/bin/env bash
# Load shedding, measured: lab-02's pool of 16 under 64 and then 1,000 wrk clients, in
# one run. Goodput (200 answers per second) at 1,000 should stay near goodput at 64:
# a bounded server sheds the excess cheaply and keeps serving at its capacity.
#
#   bash benches/peers/overload.sh [SECONDS]
#
# Needs wrk (Debian: apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-4}
command -v wrk >/dev/null || { echo "error: this needs wrk (apt-get install wrk)" >&2; exit 2; }
cargo build --release -q -p lab-02
tmp=$(mktemp -d)
target/release/lab-02 serve --addr 127.0.0.1:0 >"$tmp/out" 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$tmp/out" && break; sleep 0.05; done
addr=$(sed -n 's|.*listening on http://\([^/]*\)/.*|\1|p' "$tmp/out" | head -1)
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
declare -A good
for conns in 64 1000; do
  out=$(wrk -t2 -c"$conns" -d"${secs}s" "http://$addr/")
  total=$(echo "$out" | awk '/requests in/ {print $1}')
  secs_run=$(echo "$out" | awk '/requests in/ {gsub("s,","",$4); print $4}')
  bad=$(echo "$out" | awk '/Non-2xx/ {print $5}'); bad=${bad:-0}
  good[$conns]=$(echo "($total - $bad) / $secs_run" | bc)
  printf -- '-c%-5s %8d answers, %8d of them 503, goodput %6d/s\n' "$conns" "$total" "$bad" "${good[$conns]}"
done
echo "goodput at 1,000 clients / at 64: $(echo "scale=2; ${good[1000]} / ${good[64]}" | bc)x"
