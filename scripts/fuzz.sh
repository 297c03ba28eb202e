#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang (installing clang and libFuzzer when missing;
# the normal build and tests do not need them) and runs each target for SECONDS (default 600),
# niced. Prints per target the executions per second, coverage (cov/ft), corpus size and
# findings. Crashers, hangs and out-of-memory inputs go to fuzz/regressions/<target>/, where the
# normal test run replays them (tests/io/fuzz_regressions_test.cpp). Fails when there are findings.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     TARGET: scenario_yaml scenario_json genius news ktab_csv
#                                             gmcr_yaml gmcr_py
#
# Seeds: fuzz/seeds/<target>/, plus, built here at run time and read in place: examples/*.yaml
# (and their JSON from `parley show --json`), and the GENIUS scenarios of ../shared/peers/genius/
# when present (each joined into one input, its files separated by "%%" lines). The working
# corpus is kept between runs in build/fuzz/corpus/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(scenario_yaml scenario_json genius news ktab_csv gmcr_yaml gmcr_py)
for t in "${targets[@]}"; do
  [ -f "fuzz/${t}_fuzzer.cpp" ] || { echo "unknown target '$t'" >&2; exit 2; }
done

# clang, libFuzzer and llvm-symbolizer; the libraries parley builds with.
packages=(clang-14 libfuzzer-14-dev llvm-14)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
scripts/install-deps.sh

build=build/fuzz
echo "== building the fuzz targets in $build (clang-14, libFuzzer, ASan, UBSan)"
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
  -DPARLEY_FUZZ=ON -DPARLEY_BUILD_TESTS=OFF -DPARLEY_BUILD_BENCH=OFF >/dev/null
build_targets=(parley)
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
nice -n 10 cmake --build "$build" --parallel "$(nproc)" --target "${build_targets[@]}"

# Seeds made at run time from files read in place.
seeds="$build/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"/{scenario_yaml,scenario_json,genius,news,ktab_csv,gmcr_yaml,gmcr_py}
cp fuzz/seeds/ktab_csv/* "$seeds/ktab_csv/"
[ -d ../shared/peers/ktab ] && cp ../shared/peers/ktab/*.csv "$seeds/ktab_csv/"
cp fuzz/seeds/news/* examples/news/*.txt examples/news/*.html "$seeds/news/"
[ -d ../shared/corpus ] && cp ../shared/corpus/*.txt "$seeds/news/"
cp fuzz/seeds/scenario_yaml/* "$seeds/scenario_yaml/"
cp fuzz/seeds/scenario_json/* "$seeds/scenario_json/"
cp fuzz/seeds/genius/* "$seeds/genius/"
cp fuzz/seeds/gmcr_yaml/* examples/gmcr/*.yaml "$seeds/gmcr_yaml/"
cp fuzz/seeds/gmcr_py/* "$seeds/gmcr_py/"
for example in examples/*.yaml; do
  name="$(basename "$example" .yaml)"
  cp "$example" "$seeds/scenario_yaml/example-$name.yaml"
  ASAN_OPTIONS=detect_leaks=0 "$build/parley" show "$example" --json \
    >"$seeds/scenario_json/example-$name.json"
done
genius_dir=../shared/peers/genius
if [ -d "$genius_dir" ]; then
  for scenario in "$genius_dir"/*/; do
    name="$(basename "$scenario")"
    out="$seeds/genius/shared-$name.txt"
    # The domain (the file without <weight>) first, then up to three profiles.
    domain="$(grep -L '<weight' "$scenario"*.xml | LC_ALL=C sort | head -1)"
    [ -n "$domain" ] || continue
    cat "$domain" >"$out"
    count=0
    for profile in "$scenario"*.xml; do
      [ "$profile" = "$domain" ] && continue
      count=$((count + 1))
      [ $count -gt 3 ] && break
      printf '\n%%%%\n' >>"$out"
      cat "$profile" >>"$out"
    done
  done
fi

declare -A summary
found=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  artifacts="fuzz/regressions/$t"
  log="$build/$t.log"
  mkdir -p "$corpus" "$artifacts"
  before="$(ls "$artifacts" | sort)"
  echo "== fuzzing $t for ${seconds}s (log: $log)"
  # libFuzzer stops at the first finding; run again for the rest of the time, so that one
  # crasher does not end the session.
  start=$SECONDS
  execs=0
  cov="" ft=""
  : >"$log"
  while [ $((SECONDS - start)) -lt "$seconds" ]; do
    left=$((seconds - (SECONDS - start)))
    run_log="$build/$t.run.log"
    set +e
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      nice -n 10 "$build/fuzz/fuzz_$t" -max_total_time="$left" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -dict="fuzz/$t.dict" -artifact_prefix="$artifacts/" \
      "$corpus" "$seeds/$t" >"$run_log" 2>&1
    status=$?
    set -e
    cat "$run_log" >>"$log"
    run_execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$run_log" | tail -1)"
    execs=$((execs + ${run_execs:-0}))
    last="$(grep -E '^#[0-9]+.*cov: ' "$run_log" | tail -1 || true)"
    if [ -n "$last" ]; then
      cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
      ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
    fi
    [ $status -eq 0 ] && break
    echo "   finding (exit $status): $(grep -m1 -E 'ERROR: |SUMMARY: |==[0-9]+== ' "$run_log" || true)"
    sleep 1
  done
  elapsed=$((SECONDS - start))
  [ $elapsed -gt 0 ] || elapsed=1
  new="$(comm -13 <(echo "$before") <(ls "$artifacts" | sort) | grep -v '^$' || true)"
  findings="$(grep -c . <<<"$new" || true)"
  found=$((found + findings))
  files="$(find "$corpus" -type f | wc -l)"
  bytes="$(du -sk "$corpus" | cut -f1)"
  summary[$t]="$(printf '%-14s %6ss %10s exec/s  cov %-6s ft %-7s corpus %6s files (%s KiB)  findings %s' \
    "$t" "$elapsed" "$((execs / elapsed))" "${cov:-?}" "${ft:-?}" "$files" "$bytes" "$findings")"
  for f in $new; do summary[$t]+=$'\n'"    $artifacts/$f"; done
done

echo "== summary"
for t in "${targets[@]}"; do echo "${summary[$t]}"; done
[ $found -eq 0 ] || { echo "$found findings; each is replayed by parley_io_tests (FuzzRegressions)"; exit 1; }
