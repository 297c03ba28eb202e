#!/usr/bin/env bash
# Builds the bargaining benchmarks in Release (build/bench) and prints their table once:
# case, packages, frontier size, frontier packages, merge+Nash time, brute-force time, ratio,
# peak RSS (getrusage ru_maxrss, cumulative over the run). Usage: bench/run-bench.sh [--gbench]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/bench"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target bench_bargain >/dev/null
echo "machine: $(nproc) cores, $(uname -m); $(date -u +%Y-%m-%d)"
"$build/bench/bench_bargain" --table
if [[ "${1:-}" == "--gbench" ]]; then "$build/bench/bench_bargain"; fi
