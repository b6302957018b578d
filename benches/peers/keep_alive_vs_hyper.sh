#!/usr/bin/env bash
# lab-07's event loop with --keep-alive (one, and one per CPU with --loops) and lab-08's tokio server (keep-alive is its default), side by side with
# hyper 1 (multi-thread and single-thread tokio), under the same wrk load, in one run: rounds alternate, so a
# noisy machine slows both alike. Prints requests/s per round and the ratios.
#
#   bash benches/peers/keep_alive_vs_hyper.sh [CONNECTIONS] [SECONDS] [ROUNDS]
#
# Needs wrk (Debian: apt-get install wrk). Builds hyper only here, never in the workspace.
set -euo pipefail
cd "$(dirname "$0")/../.."
conns=${1:-64}; secs=${2:-5}; rounds=${3:-3}
command -v wrk >/dev/null || { echo "error: this needs wrk (apt-get install wrk)" >&2; exit 2; }
cargo build --release -q -p lab-07 -p lab-08
CARGO_TARGET_DIR=target/peers cargo build --release -q \
  --manifest-path benches/peers/hyper-hello/Cargo.toml
tmp=$(mktemp -d)
# Each server's pid goes to a file: `start` runs in a $(...) subshell, whose variables die with it.
trap 'kill $(cat "$tmp"/*.pid 2>/dev/null) 2>/dev/null || true; rm -rf "$tmp"' EXIT

# start NAME COMMAND...: run it, wait for its "listening on http://ADDR/" line.
start() {
  local name=$1; shift
  "$@" >"$tmp/$name" 2>&1 & echo $! >"$tmp/$name.pid"
  for _ in $(seq 100); do
    grep -q "listening on" "$tmp/$name" 2>/dev/null && break; sleep 0.05
  done
  sed -n 's|.*listening on http://\([^/]*\)/.*|\1|p' "$tmp/$name" | head -1
}
declare -A addr
addr[event-loop]=$(start event-loop target/release/lab-07 serve --addr 127.0.0.1:0 --keep-alive)
addr[event-loops]=$(start event-loops target/release/lab-07 serve --addr 127.0.0.1:0 --keep-alive --loops "$(nproc)")
addr[lab-08]=$(start lab-08 target/release/lab-08 serve --addr 127.0.0.1:0 --runtime multi-thread --workers "$(nproc)")
addr[lab-08-1-thread]=$(start lab-08-1-thread target/release/lab-08 serve --addr 127.0.0.1:0)
addr[hyper]=$(start hyper target/peers/release/hyper-hello 127.0.0.1:0)
addr[hyper-1-thread]=$(start hyper-1-thread target/peers/release/hyper-hello 127.0.0.1:0 --single-thread)

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load: wrk -t2 -c$conns -d${secs}s, keep-alive, $rounds alternating rounds"
declare -A total
for round in $(seq "$rounds"); do
  for name in event-loop event-loops lab-08 lab-08-1-thread hyper hyper-1-thread; do
    out=$(wrk -t2 -c"$conns" -d"${secs}s" "http://${addr[$name]}/")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    errors=$(echo "$out" | awk '/Socket errors/ {print}' )
    total[$name]=$(echo "${total[$name]:-0} + $rps" | bc)
    printf 'round %d  %-15s %10.0f req/s  %s\n' "$round" "$name" "$rps" "${errors:-no socket errors}"
  done
done
ratio() { echo "scale=2; ${total[$1]} / ${total[$2]}" | bc; }
echo "event loop / hyper (multi-thread):  $(ratio event-loop hyper)x"
echo "event loop / hyper (1 thread):      $(ratio event-loop hyper-1-thread)x"
echo "$(nproc) event loops / hyper (multi-thread): $(ratio event-loops hyper)x"
echo "lab-08 tokio / hyper (multi-thread): $(ratio lab-08 hyper)x"
echo "lab-08 tokio / hyper (1 thread):     $(ratio lab-08-1-thread hyper-1-thread)x"
