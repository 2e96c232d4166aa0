#!/usr/bin/env bash
# Smoke runs of the benches: each starts from its README command, runs for a few seconds and must print figures.
# Not measurements (sizes far too small): they prove each bench still builds, starts and reports on a clean clone.
#   bench/smoke.sh     # Alerts.Load, Push.Load, Announce.Load, National (model; cluster when PostgreSQL answers on
#                      # 127.0.0.1), Geo.Benchmarks, Api.Load (its own smoke.sh)
#   SMOKE_CLUSTER_FAULT=1 bench/smoke.sh   # also a short Cluster.Fault run: a private PostgreSQL and 5 processes, about
#                      # four minutes, and the test suite already runs its short form (ClusterFaultTests)
set -uo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d "${TMPDIR:-/tmp}/bench-smoke.XXXXXX")
failed=()

# run NAME PATTERN COMMAND...: runs the command, then requires PATTERN (extended regex) in its output.
run() {
  local name=$1 pattern=$2
  shift 2
  local log="$logs/$name.log" start=$SECONDS
  echo "smoke $name: $*"
  if "$@" >"$log" 2>&1 && grep -Eq "$pattern" "$log"; then
    echo "smoke $name: ok ($((SECONDS - start)) s): $(grep -Em1 "$pattern" "$log")"
  else
    echo "smoke $name: FAILED ($((SECONDS - start)) s), no /$pattern/ in its output; last lines of $log:"
    tail -n 30 "$log"
    failed+=("$name")
  fi
}

run alerts-load 'targets: 100% delivered' \
  bench/Alerts.Load/run.sh --subscribers 20 --neighbourhoods 2 --residents 2 --seconds 2 --warmup-seconds 1

run push-load 'targets: 100% delivered' \
  bench/Push.Load/run.sh --neighbourhoods 2 --residents 3 --seconds 2

run announce-load 'targets: every list' \
  bench/Announce.Load/run.sh --residents 300 --connected 20 --announcements 1 --sampled 50

run national-model 'rules applied in plan order' \
  bench/National/run.sh --residents 2000 --model-only
if command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1; then
  run national-cluster 'onboarded' \
    bench/National/run.sh --residents 300 --silos 1 --in-flight 100 --register-sample 20 --hash-sample 2 \
      --db "voisinage_national_smoke_$$" --drop
else
  echo "smoke national-cluster: skipped (no PostgreSQL on 127.0.0.1)"
fi

run geo-benchmarks 'Mean' \
  dotnet run -c Release --project bench/Geo.Benchmarks -- --filter '*' --job Dry --inProcess --artifacts "$logs/geo-artifacts"

if [ "${SMOKE_CLUSTER_FAULT:-0}" = 1 ]; then
  run cluster-fault '^violations: 0$' \
    bench/Cluster.Fault/run.sh --duration 20 --residents 10 --kill-period 10 --kills 1 --no-postgres-restart
fi

run api-load 'figures for every scenario' bench/Api.Load/smoke.sh

if [ ${#failed[@]} -gt 0 ]; then
  echo "bench smoke FAILED: ${failed[*]} (logs in $logs)"
  exit 1
fi

echo "bench smoke: all passed (logs in $logs)"
rm -rf "$logs"
