#!/usr/bin/env bash
# GMCR stability (Nash, GMR, SMR and SEQ, every decision maker and state) against the number of
# options: `bench_gmcr --row K N`, one process per case, on option-form models with every pattern
# of K options feasible (2^K states), N decision makers, one-way options and preferences by
# option weights (bench/bench_gmcr.cpp, generated_full_model). Prints a table of states, moves
# (counted: the model's moves are never listed), wall and CPU seconds (CPU: what the run costs on
# a machine other processes share), peak RSS (getrusage ru_maxrss) and the
# equilibria found over the four concepts; then gmcr-py's scale (3 decision makers, 14 options,
# 6,400 states: 39 s and 1.3 GB in gmcr-py) through both paths, with the ratios.
# Usage: bench/gmcr-scaling.sh [MIN_OPTIONS [MAX_OPTIONS]]   (default 10 20)
# PARLEY_BENCH_BUILD=DIR reuses a Release build directory (default build/release, configured
# with -DPARLEY_BUILD_BENCH=ON); DMS="3 4" the numbers of decision makers.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${PARLEY_BENCH_BUILD:-$root/build/release}"
low="${1:-10}"
high="${2:-20}"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$build" -j"${JOBS:-2}" --target bench_gmcr >/dev/null
bench="$build/bench/bench_gmcr"
echo "machine: $(nproc) cores, $(uname -m); $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| options | decision makers | states | moves (not listed) | wall s | CPU s | peak RSS (MiB) | equilibria (4 concepts) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in ${DMS:-3 4}; do
  for ((k = low; k <= high; k += 2)); do
    read -r options dms states moves seconds cpu rss equilibria < <("$bench" --row "$k" "$n")
    printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n" "$options" "$dms" "$states" "$moves" \
      "$seconds" "$cpu" "$rss" "$equilibria"
  done
done
echo
echo "gmcr-py's scale: 3 decision makers, 14 options, 6,400 states (gmcr-py: 39 s, 1.3 GB)"
read -r states moves graph_s graph_ratio options_s options_ratio rss < <("$bench" --gmcr-py)
echo "| path | seconds (best of 5) | vs gmcr-py's 39 s |"
echo "| --- | ---: | ---: |"
echo "| graph_of + analyse_stability(Graph), $moves moves listed | $graph_s | ${graph_ratio}× faster |"
echo "| analyse_stability(Model), moves not listed | $options_s | ${options_ratio}× faster |"
echo "peak RSS of that process: $rss MiB"
