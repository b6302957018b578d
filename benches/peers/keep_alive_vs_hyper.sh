#!/usr/bin/env bash
# lab-07's event loop with --keep-alive (one, and one per CPU with --loops) and lab-08's tokio server (keep-alive is its default), side by side with
# hyper 1 (multi-thread and single-thread tokio), under the same wrk load, in one run: compared servers run
# seconds apart, in an order that flips every round, so a noisy machine slows both alike. Prints requests/s
# per round and, for each pair, the median of the rounds' ratios.
#
#   bash benches/peers/keep_alive_vs_hyper.sh [CONNECTIONS] [SECONDS] [ROUNDS]
#
# Needs wrk (Debian: apt-get install wrk). Builds hyper only here, never in the workspace.
set -euo pipefail
cd "$(dirname "$0")/../.."
conns=${1:-64}; secs=${2:-3}; rounds=${3:-7}
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
echo "load: wrk -t2 -c$conns -d${secs}s, keep-alive, $rounds rounds"
# The servers compared with each other run next to each other, and every other round runs
# in the reverse order, so each pair is measured seconds apart and neither always goes
# first. A shared machine's speed can change 2x within a minute; one pair's ratio, taken
# within seconds, changes far less, so the figure is the median of the rounds' ratios.
names=(hyper event-loops lab-08 event-loop hyper-1-thread lab-08-1-thread)
declare -A rps cpu
# The CPU time a server used (user + system, in clock ticks): per request, it moves far
# less with a noisy neighbour than requests/s do, and says which server does less work.
ticks=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$(cat "$tmp/$1.pid")/stat"; }
for round in $(seq "$rounds"); do
  order=("${names[@]}")
  if (( round % 2 == 0 )); then
    order=(); for (( i=${#names[@]}-1; i>=0; i-- )); do order+=("${names[$i]}"); done
  fi
  for name in "${order[@]}"; do
    before=$(cpu_ticks "$name")
    out=$(wrk -t2 -c"$conns" -d"${secs}s" "http://${addr[$name]}/")
    used=$(( $(cpu_ticks "$name") - before ))
    rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    errors=$(echo "$out" | awk '/Socket errors/ {print}' )
    rps[$name,$round]=$rate
    cpu[$name,$round]=$(echo "$used $ticks $requests" | awk '{printf "%.2f", $1 / $2 * 1e6 / $3}')
    printf 'round %d  %-15s %10.0f req/s  %6.2f us CPU/request  %s\n' "$round" "$name" "$rate" \
      "${cpu[$name,$round]}" "${errors:-no socket errors}"
  done
done
# ratio A B: the median over the rounds of A's requests/s over B's, and their range.
ratio() {
  for round in $(seq "$rounds"); do
    echo "${rps[$1,$round]} ${rps[$2,$round]}" | awk '{printf "%.3f\n", $1 / $2}'
  done | sort -n | awk '{r[NR] = $1} END {
    m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "%.2fx (median of %d rounds; they ranged %.2f-%.2fx)", m, NR, r[1], r[NR]
  }'
}
# median NAME: the median over the rounds of NAME's CPU microseconds per request.
median_cpu() {
  for round in $(seq "$rounds"); do echo "${cpu[$1,$round]}"; done | sort -n |
    awk '{r[NR] = $1} END {printf "%.2f", (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2}'
}
echo "CPU per request (median): $(for n in "${names[@]}"; do printf '%s %s us; ' "$n" "$(median_cpu "$n")"; done)"
echo "event loop / hyper (multi-thread):  $(ratio event-loop hyper)"
echo "event loop / hyper (1 thread):      $(ratio event-loop hyper-1-thread)"
echo "$(nproc) event loops / hyper (multi-thread): $(ratio event-loops hyper)"
echo "lab-08 tokio / hyper (multi-thread): $(ratio lab-08 hyper)"
echo "lab-08 tokio / hyper (1 thread):     $(ratio lab-08-1-thread hyper-1-thread)"
