#!/usr/bin/env bash
# Starts the embedded Voisinage (one process, grain state in SQLite) configured for the load (cheap password hashing,
# verification by one fix in one day, a configured operator who verifies the town hall), runs the announcement load
# tool against it with the given arguments, then stops the server.
# Usage: bench/Announce.Load/run.sh [--residents 50000] [--connected 1000] [--in-flight 400] [--radius-m 2500] [--announcements 2] [--sampled 500]
# Extra server settings: ANNOUNCE_SERVER_ARGS="..." bench/Announce.Load/run.sh
# The delivery's stage timestamps (Debug logs, README.md): ANNOUNCE_STAGES=/path/to/server.log keeps the server's log there.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/server.sh
bench_prepare announce-load bench/Announce.Load
# One descriptor per connected client on each side.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

# shellcheck disable=SC2086 # ANNOUNCE_SERVER_ARGS is a list of settings.
bench_embedded_server --Voisinage:Verification:Operators:0=bench-operator --Voisinage:Verification:FixesNeeded=1 \
  --Voisinage:Connections:SocketsPerAccount=0 ${ANNOUNCE_STAGES:+--Logging:LogLevel:Voisinage.Grains.Organisations=Debug \
  --Logging:LogLevel:Voisinage.WebApi.Notifications.LiveAnnouncements=Debug --Logging:LogLevel:Voisinage.Grains.Listings.NotificationInboxGrain=Debug} ${ANNOUNCE_SERVER_ARGS:-}
bench_wait_ready "$port" "${pids[-1]}"
dotnet bench/Announce.Load/bin/Release/net10.0/Voisinage.Bench.Announce.dll --url "http://127.0.0.1:$port" --gateway "$gateway" --server-pid "${pids[-1]}" "$@"
if [ -n "${ANNOUNCE_STAGES:-}" ]; then
  grep -a "Announcement ann_\|Notification announcement:ann_" "$data/webapi.log" >"$ANNOUNCE_STAGES" || true
fi
