#!/usr/bin/env bash
# Starts the embedded Voisinage (one process, grain state in SQLite) configured for the load (cheap password hashing,
# verification in one day, no hourly alert limit, push endpoints on loopback allowed), runs the push load tool against
# it with the given arguments, then stops the server.
# Usage: bench/Push.Load/run.sh [--neighbourhoods 20] [--residents 100] [--devices 1] [--seconds 60]
# Extra server settings: PUSH_SERVER_ARGS="--Voisinage:Push:TimeToLive=01:00:00" bench/Push.Load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/server.sh
bench_prepare push-load bench/Push.Load

# shellcheck disable=SC2086 # PUSH_SERVER_ARGS is a list of settings.
bench_embedded_server --Voisinage:Push:AllowLoopback=true --Voisinage:Alerts:MaxRaisesPerWindow=1000000 ${PUSH_SERVER_ARGS:-}
bench_wait_ready "$port" "${pids[-1]}"
dotnet bench/Push.Load/bin/Release/net10.0/Voisinage.Bench.Push.dll --url "http://127.0.0.1:$port" --server-pid "${pids[-1]}" "$@"
