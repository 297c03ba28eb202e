#!/usr/bin/env bash
# ThreadSanitizer over the threaded code: the frontier merge, the Pareto filters and the ZOPA
# enumeration run on oneTBB's workers. Builds the bargaining tests in build/tsan (-O1) and runs
# those that exercise threads. Not part of scripts/test.sh.
#
# Known limit: Debian's libtbb is not built with ThreadSanitizer, so TSan cannot see the joins of
# parallel_for and parallel_invoke. scripts/tsan.supp silences the reports on oneTBB's own task
# objects (their top frame is in oneTBB); what remains are buffers that parley reuses from one
# parallel loop to the next (e.g. the k-d filter's verdict array), whose earlier writes TSan cannot
# see finish. Those are reported until the parallel loops carry __tsan_acquire/__tsan_release
# annotations or oneTBB is built with -fsanitize=thread (docs/architecture.md).
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
