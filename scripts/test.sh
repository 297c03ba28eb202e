#!/usr/bin/env bash
# Installs what is missing, builds and runs every test twice: a Release build (-O2: the
# benchmarks build at -O3 in their own folder), and a build with AddressSanitizer +
# UndefinedBehaviorSanitizer (libraries at -Og, test code at -O0; tests labelled `slow` left
# out). Neither builds the benchmarks. The Release build has Open MPI (-DPARLEY_MPI=ON), and its
# tests run `parley forecast` on two ranks (ForecastMpi.TwoRanksPrintTheSameBytes). The sanitizer
# build runs in the background from the start, at the lowest priority, while the Release build and
# tests run (its output is printed when it ends; build/asan-build.log meanwhile). Prints the wall
# and CPU (user + sys) time of each phase, and a summary at the end, also when a phase fails.
# Fails when any test fails.
# ThreadSanitizer is a separate run: scripts/tsan.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"
# New build folders use Ninja (scripts/install-deps.sh installs it; its one graph compiles a
# target's files while the targets it links still compile, where make builds them target by
# target). CMake reads CMAKE_GENERATOR only when it creates a build folder: one configured
# before with make keeps make. A CMAKE_GENERATOR set by the caller wins.
if [ -z "${CMAKE_GENERATOR:-}" ] && command -v ninja >/dev/null; then
  export CMAKE_GENERATOR=Ninja
fi

# Sets cpu_ms to the CPU time (user + sys, ms) of this shell's finished children. `times` runs
# in this shell (a command substitution would report the subshell's children).
times_file="$(mktemp)"
read_cpu_ms() {
  local user sys
  times >"$times_file"
  { read -r _ _ && read -r user sys; } <"$times_file"
  cpu_ms=$(($(duration_ms "$user") + $(duration_ms "$sys")))
}
duration_ms() {  # "1m2.345s" -> 62345
  local minutes="${1%%m*}" seconds="${1#*m}"
  seconds="${seconds%s}"
  echo $((10#$minutes * 60000 + 10#${seconds%.*} * 1000 + 10#${seconds#*.}))
}
now_ms() { local t="$EPOCHREALTIME"; echo $((10#${t%.*} * 1000 + 10#${t#*.} / 1000)); }
mmss() { local s=$((($1 + 500) / 1000)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

summary=()
start_ms="$(now_ms)"
read_cpu_ms
start_cpu="$cpu_ms"
failed=""
# phase NAME COMMAND...: runs COMMAND and prints its wall and CPU time.
phase() {
  local name="$1" t0 c0 line
  shift
  t0="$(now_ms)"
  read_cpu_ms
  c0="$cpu_ms"
  failed="$name"
  "$@"
  failed=""
  read_cpu_ms
  line="$(printf '== phase  %-24s %7s   cpu %7s' "$name" "$(mmss $(($(now_ms) - t0)))" \
    "$(mmss $((cpu_ms - c0)))")"
  summary+=("$line")
  echo "$line"
}

# One phase in the background, at the lowest priority (nice 19): it takes the cores that the
# phases in the foreground leave idle (the tail of a build, the tests' waits), and what it has
# left once they are done. It stays in this session (with autogroup scheduling, a session of its
# own would get an equal share whatever its nice value) but is not a child of this shell, so that
# its CPU time is not counted in this shell's: it is added once, from its own `times`, when it
# ends. Its command runs in a process group of its own (set -m), stopped when this script exits.
bg_dir="$(mktemp -d)"
bg_name=""
bg_cpu_ms=0
# background_start NAME LOG COMMAND...: starts COMMAND, its output into LOG.
background_start() {
  bg_name="$1"
  local log="$2"
  shift 2
  echo "== $bg_name: started in the background (output in $log)"
  (bash -c 'dir="$1" log="$2"; shift 2
    set -m
    t0="$EPOCHREALTIME" rc=0
    nice -n 19 "$@" >"$log" 2>&1 &
    echo "$!" >"$dir/pid"
    wait "$!" || rc=$?
    times >"$dir/times"
    echo "$rc $t0 $EPOCHREALTIME" >"$dir/done"' background "$bg_dir" "$log" "$@" 2>/dev/null &)
}
# background_wait: waits for the background phase, prints its output and its line (its wall time
# from its start to its end, overlapping the phases run meanwhile; its own CPU time).
background_wait() {
  local log="$1" rc t0 t1 user sys line
  failed="$bg_name"
  # Nothing left in the foreground: back to the normal priority where allowed (root), for what
  # it starts from now on.
  [ -f "$bg_dir/pid" ] && renice -n 0 -g "$(cat "$bg_dir/pid")" >/dev/null 2>&1 || true
  until [ -f "$bg_dir/done" ]; do
    if [ -f "$bg_dir/pid" ] && ! kill -0 "$(cat "$bg_dir/pid")" 2>/dev/null; then
      sleep 1  # its command has ended: the status follows at once, unless the phase was killed
      [ -f "$bg_dir/done" ] || { echo "the background phase $bg_name died" && exit 1; }
    fi
    sleep 0.5
  done
  cat "$log"
  read -r rc t0 t1 <"$bg_dir/done"
  { read -r _ _ && read -r user sys; } <"$bg_dir/times"
  bg_cpu_ms=$(($(duration_ms "$user") + $(duration_ms "$sys")))
  t0="${t0/./}" t1="${t1/./}"
  line="$(printf '== phase  %-24s %7s   cpu %7s   (in the background, overlapping)' "$bg_name" \
    "$(mmss $(((10#$t1 - 10#$t0) / 1000)))" "$(mmss "$bg_cpu_ms")")"
  summary+=("$line")
  echo "$line"
  [ "$rc" -eq 0 ] || exit "$rc"
  failed=""
}
background_stop() {  # on exit: a background phase still running is stopped (its process group)
  if [ -f "$bg_dir/pid" ] && [ ! -f "$bg_dir/done" ]; then
    kill -TERM -- "-$(cat "$bg_dir/pid")" 2>/dev/null || true
  fi
  rm -rf "$bg_dir"
}

print_summary() {
  background_stop
  echo "== summary"
  local line
  for line in "${summary[@]}"; do echo "$line"; done
  [ -n "$failed" ] && echo "== FAILED in phase $failed"
  read_cpu_ms
  printf '== total  %-24s %7s   cpu %7s\n' "" "$(mmss $(($(now_ms) - start_ms)))" \
    "$(mmss $((cpu_ms - start_cpu + bg_cpu_ms)))"
  rm -f "$times_file"
}
trap print_summary EXIT
quiet() { "$@" >/dev/null; }

phase "deps" scripts/install-deps.sh

phase "configure (release)" \
  quiet cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" \
  -DPARLEY_BUILD_BENCH=OFF -DPARLEY_MPI=ON
phase "configure (asan)" \
  quiet cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-Og -g1" -DPARLEY_SANITIZE=ON \
  -DPARLEY_TEST_DEBUG_OPTIMIZE=-O0 -DPARLEY_BUILD_BENCH=OFF
# The sanitizer build, the longest phase, from the start, behind the Release build and tests.
background_start "build (asan)" build/asan-build.log cmake --build build/asan --parallel "$jobs"

echo "== Release build and tests"
phase "build (release)" cmake --build build/release --parallel "$jobs"
phase "test (release)" ctest --test-dir build/release --output-on-failure --parallel "$jobs"

echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests"
background_wait build/asan-build.log
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
phase "test (asan)" ctest --test-dir build/asan --output-on-failure --parallel "$jobs" -LE slow
