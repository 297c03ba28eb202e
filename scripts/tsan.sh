#!/usr/bin/env bash
# ThreadSanitizer over the threaded code: the frontier merge, the Pareto filters and the ZOPA
# enumeration run on oneTBB's workers. Builds the bargaining tests in build/tsan (-O1) and runs
# those that exercise threads; fails on the first data race. Not part of scripts/test.sh.
#
# Debian's libtbb is not built with ThreadSanitizer, so TSan cannot see the fork and join of a
# parallel call. parley states them itself: its oneTBB calls go through
# src/parley/core/detail/tsan_sync.hpp, whose __tsan_acquire/__tsan_release annotations (empty
# outside TSan builds) order the caller's writes before each task and each task before the code
# after the join; tbb::parallel_sort is std::sort under TSan. scripts/tsan.supp silences only the
# races inside oneTBB's own bookkeeping (docs/architecture.md).
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
