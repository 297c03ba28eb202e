#!/usr/bin/env bash
# Builds the bargaining benchmarks in Release (build/bench) and prints their table once:
# case, packages, frontier size, frontier packages, merge+Nash time, brute-force time, ratio,
# peak RSS (getrusage ru_maxrss, cumulative over the run). Usage: bench/run-bench.sh [--gbench]
# PARLEY_BENCH_BUILD=DIR reuses an existing Release build directory (default build/bench);
# JOBS=N sets the build parallelism (default 2). Build errors are shown, not swallowed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${PARLEY_BENCH_BUILD:-$root/build/bench}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_TESTS=OFF >/dev/null
log="$(mktemp "${TMPDIR:-/tmp}/parley-bench-build.XXXXXX")"
trap 'rm -f "$log"' EXIT
if ! cmake --build "$build" -j"${JOBS:-2}" --target bench_bargain >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
echo "machine: $(nproc) cores, $(uname -m); $(date -u +%Y-%m-%d)"
"$build/bench/bench_bargain" --table
if [[ "${1:-}" == "--gbench" ]]; then "$build/bench/bench_bargain"; fi
