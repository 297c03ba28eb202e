#!/usr/bin/env bash
# End-to-end throughput of the news reader: `parley extract DIR --jsonl > /dev/null` on a corpus
# built by repeating the reference articles (../shared/corpus/*.txt) as separate files until it
# holds at least SIZE_MB (default 100) megabytes; prints the bytes read, wall and CPU time, MB/s
# per core (bytes / CPU seconds) against the 20 MB/s target, and peak RSS (GNU time).
# Usage: bench/extract-throughput.sh [SIZE_MB]
# PARLEY_BENCH_BUILD=DIR reuses a Release build directory (default build/bench).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${PARLEY_BENCH_BUILD:-$root/build/bench}"
corpus="$root/../shared/corpus"
size_mb="${1:-100}"
target=20
if [[ ! -d "$corpus" ]]; then
  echo "extract-throughput.sh: no reference corpus at $corpus" >&2
  exit 1
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "extract-throughput.sh: needs GNU time as /usr/bin/time (Debian: apt-get install time)" >&2
  exit 1
fi
# A build folder that exists is reused as it is configured; a new one is configured lean.
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DPARLEY_BUILD_TESTS=OFF \
    -DPARLEY_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" -j"${JOBS:-2}" --target parley >/dev/null
work="$(mktemp -d "${TMPDIR:-/tmp}/parley-extract.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir "$work/news"
round=$(cat "$corpus"/*.txt | wc -c)  # bytes of one copy of the corpus
copies=$(( (size_mb * 1000000 + round - 1) / round ))
for ((copy = 0; copy < copies; ++copy)); do
  for f in "$corpus"/*.txt; do cp "$f" "$work/news/$(printf '%06d' "$copy")-${f##*/}"; done
done
bytes=$(( copies * round ))
files=$(ls "$work/news" | wc -l)
/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$build/parley" extract "$work/news" --jsonl \
  >"$work/claims.jsonl"
read -r wall user sys rss <"$work/time"
claims=$(wc -l <"$work/claims.jsonl")
awk -v b="$bytes" -v f="$files" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
  -v c="$claims" -v t="$target" 'BEGIN {
  cpu = u + s; mbs = b / 1e6 / cpu
  printf "read       %.1f MB in %d files, %d claims\n", b / 1e6, f, c
  printf "time       wall %.2f s, cpu %.2f s\n", w, cpu
  printf "throughput %.1f MB/s per core (target %d: %s), %.1f MB/s wall\n", mbs, t,
    (mbs >= t ? "met" : "NOT met"), b / 1e6 / w
  printf "peak RSS   %.1f MB\n", r / 1024
}'
