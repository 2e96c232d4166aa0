#!/usr/bin/env bash
# A few seconds of bench/Api.Load (tiny set-up, one short round), asserting it printed figures for every scenario
# and that no request failed. Used by scripts/test.sh; run from anywhere.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
source "$root/bench/server.sh"
bench_build "$root/bench/Api.Load"
(cd "$root" && dotnet bench/Api.Load/bin/Release/net10.0/Voisinage.Api.Load.dll smoke) | tee "$out"
status=${PIPESTATUS[0]}
for scenario in "feed (GraphQL, document cache)" "feed (GraphQL, persisted query)" "feed (minimal endpoint)" "createListing (GraphQL)" "createListing (minimal endpoint)"; do
  # A row of the last table naming the scenario, with a requests/s figure above zero.
  if ! grep -F "| $scenario |" "$out" | tail -1 | awk -F'|' '{ gsub(/ /, "", $3); exit !($3 + 0 > 0) }'; then
    echo "Api.Load smoke: no figures for '$scenario'" >&2
    exit 1
  fi
done
if [ "$status" -ne 0 ]; then
  echo "Api.Load smoke: the run failed (exit $status; errors above)" >&2
  exit 1
fi
echo "Api.Load smoke: figures for every scenario, no errors"
