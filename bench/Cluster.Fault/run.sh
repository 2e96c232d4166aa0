#!/usr/bin/env bash
# Long form of the real-process fault test: a private PostgreSQL, 3 silos and 2 front-ends as processes, a mixed
# workload with live alert subscribers, silos SIGKILLed and restarted every --kill-period seconds, PostgreSQL restarted
# once; then every confirmed mutation, the neighbourhood invariants and every subscriber's alerts are checked.
#   bench/Cluster.Fault/run.sh [--duration 600] [--residents 300] [--kill-period 30] [--kills N] [--no-postgres-restart]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/server.sh
bench_build Voisinage.Orleans.sln
exec dotnet bench/Cluster.Fault/bin/Release/net10.0/Cluster.Fault.dll "$@"
