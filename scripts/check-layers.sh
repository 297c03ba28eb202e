#!/usr/bin/env bash
# Checks the one-way flow of docs/architecture.md: a file under src/parley/<layer>/ includes
# parley headers only from its own layer and the layers below it, and apps/ only the façade
# (analysis/), the report (report/) and the errors (core/diagnostic.hpp). Prints each offending
# include as file:line and fails when there is one.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each layer, then the layers it may include (itself first).
declare -A allowed=(
  [core]="core"
  [scenario]="scenario core"
  [bargain]="bargain scenario core"
  [evidence]="evidence scenario core"
  [forecast]="forecast scenario core"
  [gmcr]="gmcr scenario core"
  [io]="io gmcr forecast evidence bargain scenario core"
  [analysis]="analysis io gmcr forecast evidence bargain scenario core"
  [report]="report analysis io gmcr forecast evidence bargain scenario core"
)

status=0
for layer in "${!allowed[@]}"; do
  [ -d "src/parley/$layer" ] || continue
  while IFS=: read -r file line text; do
    included="${text#*\"parley/}"  # the layer named after "parley/", without a sed per line
    included="${included%%/*}"
    if [[ " ${allowed[$layer]} " != *" $included "* ]]; then
      echo "$file:$line: layer '$layer' includes a header of '$included': $text"
      status=1
    fi
  done < <(grep -rn '#include "parley/' "src/parley/$layer" || true)
done
for dir in src/parley/*/; do
  layer="$(basename "$dir")"
  if [ -z "${allowed[$layer]+x}" ]; then
    echo "src/parley/$layer: a layer not listed in scripts/check-layers.sh (nor in docs/architecture.md)"
    status=1
  fi
done
while IFS=: read -r file line text; do
  case "$text" in
    *'"parley/analysis/'* | *'"parley/report/'* | *'"parley/core/diagnostic.hpp"'*) ;;
    *)
      echo "$file:$line: apps/ uses only analysis/, report/ and core/diagnostic.hpp: $text"
      status=1
      ;;
  esac
done < <(grep -rn '#include "parley/' apps || true)
[ $status -eq 0 ] && echo "layers: every include follows the one-way flow"
exit $status
