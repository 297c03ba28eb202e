#!/usr/bin/env bash
# Installs what is missing, builds parley in Release and runs the main job (`parley run`).
# Extra arguments go to `parley run`, e.g. scripts/run.sh examples/labour-contract.yaml
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Ninja for a new build folder, as scripts/test.sh does (an existing one keeps its generator).
if [ -z "${CMAKE_GENERATOR:-}" ] && command -v ninja >/dev/null; then
  export CMAKE_GENERATOR=Ninja
fi
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/release --parallel "$(nproc)" --target parley
build/release/parley run "$@"
