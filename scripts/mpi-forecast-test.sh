#!/usr/bin/env bash
# `mpirun -np 2 parley forecast …` prints the same bytes as one process with the same seed (the
# runs are split over the ranks and gathered in run order; docs/forecast.md). Run by ctest as
# ForecastMpi.TwoRanksPrintTheSameBytes when parley is built with -DPARLEY_MPI=ON.
# Usage: scripts/mpi-forecast-test.sh PARLEY_BINARY
set -euo pipefail
parley="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/parley-mpi.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Open MPI refuses to run as root unless told; CI containers run as root.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
args=(forecast "$root/examples/labour-contract.yaml" --runs 3001 --seed 11 --json)
"$parley" "${args[@]}" >"$work/one.json"
mpirun --oversubscribe -np 2 "$parley" "${args[@]}" >"$work/two.json"
if ! cmp -s "$work/one.json" "$work/two.json"; then
  echo "mpi-forecast-test: two ranks and one process differ:" >&2
  diff "$work/one.json" "$work/two.json" | head -20 >&2
  exit 1
fi
for model in median bdm; do
  "$parley" forecast --model "$model" --runs 1000 --seed 3 >"$work/one.txt"
  mpirun --oversubscribe -np 2 "$parley" forecast --model "$model" --runs 1000 --seed 3 \
    >"$work/two.txt"
  cmp -s "$work/one.txt" "$work/two.txt" || { echo "differ: $model (text)" >&2; exit 1; }
done
echo "mpi: 2 ranks print the same bytes as 1 process ($(wc -c <"$work/one.json") bytes of JSON)"
