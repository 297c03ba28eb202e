#!/usr/bin/env bash
# The forecasting engines against the number of actors: `parley forecast` on generated scenarios
# (seeded; N actors, D numeric issues on 0..100, every capability, ideal and salience with a
# range), one process per case under GNU time: wall and CPU time, peak RSS, and for the Monte
# Carlo case the time per run. Cases:
#   1. KTAB's SMP, one run (no Monte Carlo), 3 issues, N = 10 … 320 actors: KTAB's smpc takes
#      25 s at 80 actors and 19 min at 160 (../shared/peers/ktab/README.md); targets < 0.5 s at
#      80 and < 10 s at 160.
#   2. The expected-utility model, one run, 5 issues, N = 10 … 320.
#   3. The expected-utility model with 10,000 Monte Carlo runs on 50 actors × 5 issues (target
#      < 5 s on this 2-core machine), and the weighted median with 10,000 runs for comparison.
# Usage: bench/forecast-scaling.sh [MAX_ACTORS]   (default 320)
# PARLEY_BENCH_BUILD=DIR reuses a Release build directory (default build/bench).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${PARLEY_BENCH_BUILD:-$root/build/bench}"
max="${1:-320}"
if [[ ! -x /usr/bin/time ]]; then
  echo "forecast-scaling.sh: needs GNU time as /usr/bin/time (Debian: apt-get install time)" >&2
  exit 1
fi
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_TESTS=OFF \
    -DPARLEY_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j"${JOBS:-2}" --target parley >/dev/null
work="$(mktemp -d "${TMPDIR:-/tmp}/parley-forecast.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# scenario N D SEED > file: N actors, D numeric issues, every value with a range (awk's rand()
# seeded: the same scenario on every run).
scenario() {
  awk -v n="$1" -v d="$2" -v seed="$3" 'BEGIN {
    srand(seed)
    print "parley: 1\nmeta:\n  title: generated " n " actors x " d " issues\n  as_of: 2026-01-01"
    print "actors:"
    for (i = 0; i < n; i++) {
      c = 0.05 + 0.9 * rand(); chi = c * 1.2; if (chi > 1) chi = 1
      printf "  - {id: A%03d, name: Actor %d, role: party, capability: {value: %.4f, range: [%.4f, %.4f], assumption: true}}\n", i, i, c, c * 0.8, chi
    }
    print "issues:"
    for (k = 0; k < d; k++) {
      printf "  - {id: i%d, title: Issue %d, proposition: more, kind: numeric, unit: points, min: 0, max: 100, low: {label: none}, high: {label: all}}\n", k, k
    }
    print "positions:"
    for (i = 0; i < n; i++) for (k = 0; k < d; k++) {
      x = 100 * rand(); s = 0.1 + 0.9 * rand()
      lo = x - 10; if (lo < 0) lo = 0; hi = x + 10; if (hi > 100) hi = 100
      slo = s - 0.1; if (slo < 0) slo = 0; shi = s + 0.1; if (shi > 1) shi = 1
      printf "  - {actor: A%03d, issue: i%d, ideal: {value: %.3f, range: [%.3f, %.3f], assumption: true}, salience: {value: %.3f, range: [%.3f, %.3f], assumption: true}}\n", i, k, x, lo, hi, s, slo, shi
    }
  }'
}

# run FILE ARGS…: prints "wall cpu rss_mb" of `parley forecast FILE ARGS… --json`.
run() {
  local file="$1"
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$build/parley" forecast "$file" "$@" --json \
    >"$work/out.json"
  read -r wall user sys rss <"$work/time"
  awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%8.2f s  %8.2f s  %8.1f MB", w, u + s, r / 1024 }'
}

echo "== one run, no Monte Carlo (--runs 0 --no-sensitivity), wall / CPU / peak RSS"
printf '%7s  %-34s  %-34s\n' actors "KTAB's SMP (3 issues)" "expected-utility model (5 issues)"
for n in 10 20 40 80 160 320; do
  [ "$n" -gt "$max" ] && break
  scenario "$n" 3 "$n" >"$work/smp-$n.yaml"
  scenario "$n" 5 "$n" >"$work/bdm-$n.yaml"
  smp="$(run "$work/smp-$n.yaml" --model smp --runs 0 --no-sensitivity)"
  bdm="$(run "$work/bdm-$n.yaml" --model bdm --runs 0 --no-sensitivity)"
  printf '%7s  %-34s  %-34s\n' "$n" "$smp" "$bdm"
done

echo
echo "== 10,000 Monte Carlo runs on 50 actors x 5 issues (--no-sensitivity)"
scenario 50 5 50 >"$work/mc.yaml"
for model in bdm median; do
  line="$(run "$work/mc.yaml" --model "$model" --runs 10000 --no-sensitivity)"
  wall="$(awk '{print $1}' <<<"$line")"
  cpu="$(awk '{print $3}' <<<"$line")"
  # Per run, wall and CPU: on a shared machine the wall time depends on the load, the CPU time
  # much less (the target is for the wall time on an otherwise idle machine).
  printf '%-7s %s  (%.3f ms per run wall, %.3f ms CPU)%s\n' "$model" "$line" \
    "$(awk -v w="$wall" 'BEGIN { print w / 10000 * 1000 }')" \
    "$(awk -v c="$cpu" 'BEGIN { print c / 10000 * 1000 }')" \
    "$([ "$model" = bdm ] && awk -v w="$wall" 'BEGIN { print (w < 5 ? "  target < 5 s: met" : "  target < 5 s: NOT met") }')"
done
