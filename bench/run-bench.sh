#!/usr/bin/env bash
# Builds the bargaining benchmarks and the parley CLI in Release (build/bench) and prints:
# 1. bench_bargain's tables, once: random spaces (case, packages, frontier size, frontier
#    packages, merge+Nash time, target, brute-force time, ratio, peak RSS = getrusage ru_maxrss,
#    cumulative over the run), the 5-party GENIUS-style domain (merge frontier, whole analysis,
#    brute-force check, each against its target and NegMAS's 37.7 s) and the GENIUS scenarios;
# 2. the whole `parley bargain DIR --json > /dev/null` process on that domain, written as GENIUS
#    XML into a temporary directory (`bench_bargain --write-genius`): wall time and peak RSS of
#    /usr/bin/time, best of 3, the ratio against NegMAS's 37.7 s, then the phases of one more run
#    (frontier and solutions+ZOPA as the JSON reports them; the rest is start-up, reading the XML
#    and writing the JSON).
# Usage: bench/run-bench.sh [--gbench]
# PARLEY_BENCH_BUILD=DIR reuses an existing Release build directory (default build/bench);
# JOBS=N sets the build parallelism (default 2); PARLEY_BENCH_SEED=N picks one GENIUS-style
# domain (default: three, seeds 2015, 5 and 8 — the default, the median and the largest frontier
# of seeds 1–16 — since the frontier's size, and so the time, varies a lot with the seed).
# Build errors are shown, not swallowed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${PARLEY_BENCH_BUILD:-$root/build/bench}"
seeds="${PARLEY_BENCH_SEED:-2015 5 8}"
negmas_s=37.7  # NegMAS 0.15.7's Pareto frontier of a 5-party, 240,000-bid domain
if [[ ! -x /usr/bin/time ]]; then
  echo "run-bench.sh: needs GNU time as /usr/bin/time (Debian: apt-get install time)" >&2
  exit 1
fi
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_TESTS=OFF >/dev/null
work="$(mktemp -d "${TMPDIR:-/tmp}/parley-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
if ! cmake --build "$build" -j"${JOBS:-2}" --target bench_bargain parley >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  exit 1
fi
echo "machine: $(nproc) cores, $(uname -m); $(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "${PARLEY_BENCH_SEED:-}" ]]; then
  "$build/bench/bench_bargain" --table --seed "$PARLEY_BENCH_SEED"
else
  "$build/bench/bench_bargain" --table
fi

for seed in $seeds; do
  domain="$work/AnacStyle-$seed"
  echo
  "$build/bench/bench_bargain" --write-genius "$domain" --seed "$seed"
  best_wall="" best_rss=""
  for run in 1 2 3; do
    /usr/bin/time -o "$work/time" -f "%e s %M KiB" "$build/parley" bargain "$domain" --json >/dev/null
    read -r wall _ rss _ <"$work/time"
    echo "run $run: $wall s $rss KiB"
    if [[ -z "$best_wall" ]] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
      best_wall="$wall" best_rss="$rss"
    fi
  done
  awk -v w="$best_wall" -v m="$best_rss" -v n="$negmas_s" 'BEGIN {
    printf "parley bargain DIR --json > /dev/null, whole process, best of 3: %s s %s KiB (%.1f MiB); NegMAS frontier %s s / %s s = %.0fx\n", w, m, m / 1024, n, w, (w > 0 ? n / w : 0) }'

  /usr/bin/time -o "$work/time" -f "%e s %M KiB" "$build/parley" bargain "$domain" --json >"$work/out.json"
  read -r wall _ rss _ <"$work/time"
  frontier_s="$(grep -o '"frontier_seconds": *[0-9.eE+-]*' "$work/out.json" | tail -1 | sed 's/.*: *//')"
  analysis_s="$(grep -o '"seconds": *[0-9.eE+-]*' "$work/out.json" | tail -1 | sed 's/.*: *//')"
  awk -v w="$wall" -v f="$frontier_s" -v a="$analysis_s" 'BEGIN {
    printf "phases of one more run (%s s wall): frontier (merge) %.4f s · solutions + ZOPA %.4f s · start-up, XML read, JSON out %.4f s\n", w, f, a - f, w - a }'
done

if [[ "${1:-}" == "--gbench" ]]; then "$build/bench/bench_bargain"; fi
