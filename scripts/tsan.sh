#!/usr/bin/env bash
# ThreadSanitizer over the threaded code: the frontier merge, the Pareto filters and the ZOPA
# enumeration run on oneTBB's workers. Builds the bargaining tests in build/tsan (-O1) and runs
# those that exercise threads. Fails on any data race report. Not part of scripts/test.sh (the
# build costs a few minutes); run it after touching anything that runs in parallel.
#
# oneTBB itself is not built with ThreadSanitizer, so its own synchronisation is invisible to it;
# scripts/tsan.supp lists, with a reason each, the reports that come from inside libtbb. A race in
# parley's code is still reported: the suppressions match only frames in libtbb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs="$(nproc)"
cmake -S . -B build/tsan -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" \
  -DPARLEY_TSAN=ON -DPARLEY_BUILD_BENCH=OFF >/dev/null
cmake --build build/tsan --parallel "$jobs" --target parley_bargain_tests
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$PWD/scripts/tsan.supp"
build/tsan/tests/parley_bargain_tests \
  --gtest_filter='FrontierProperty.*:ParetoFilter*:ParetoWorkspace.*:HandWorked.*'
echo "tsan: no data race in the threaded code"
