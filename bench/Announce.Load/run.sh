#!/usr/bin/env bash
# Starts the embedded Voisinage (one process, grain state in SQLite) configured for the load (cheap password hashing,
# verification by one fix in one day, a configured operator who verifies the town hall), runs the announcement load
# tool against it with the given arguments, then stops the server.
# Usage: bench/Announce.Load/run.sh [--residents 50000] [--connected 1000] [--in-flight 400] [--radius-m 2500] [--announcements 2] [--sampled 500]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build WebApi -c Release -v q >/dev/null
dotnet build bench/Announce.Load -c Release -v q >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port)
gateway=$(free_port)
data=$(mktemp -d)
pid=""
finish() {
  local status=$?
  [ -n "$pid" ] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }
  if [ "$status" -ne 0 ]; then
    kept=$(mktemp -d "${TMPDIR:-/tmp}/announce-load-failed.XXXXXX")
    cp "$data"/*.log "$kept"/ 2>/dev/null || true
    echo "run failed (exit $status); server log kept in $kept" >&2
    tail -n 20 "$kept"/*.log >&2 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap finish EXIT
# One descriptor per connected client on each side.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

# Every connected resident comes from this machine's one address: the edge limits are off (not measured here).
dotnet WebApi/bin/Release/net10.0/Voisinage.WebApi.dll --urls "http://127.0.0.1:$port" \
  --Voisinage:DataDirectory="$data" --Voisinage:Cluster:SiloPort="$(free_port)" --Voisinage:Cluster:GatewayPort="$gateway" \
  --Voisinage:Operations:Port=0 --Voisinage:Verification:Operators:0=bench-operator \
  --Voisinage:Verification:FixDistinctDaysNeeded=1 --Voisinage:Verification:FixesNeeded=1 \
  --Voisinage:PasswordHashing:MemoryKiB=1024 --Voisinage:PasswordHashing:Iterations=1 --Logging:LogLevel:Default=Warning \
  --Voisinage:RateLimits:Edge:RequestsPerAddress=0 --Voisinage:RateLimits:Edge:RequestsPerAccount=0 \
  --Voisinage:RateLimits:Edge:WritesPerAddress=0 --Voisinage:RateLimits:Edge:WritesPerAccount=0 \
  --Voisinage:Connections:SocketsPerAccount=0 \
  ${ANNOUNCE_SERVER_ARGS:-} >"$data/webapi.log" 2>&1 &
pid=$!

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "the server exited before it was ready" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the server was not ready after 120 s" >&2; exit 1; }
dotnet bench/Announce.Load/bin/Release/net10.0/Voisinage.Bench.Announce.dll --url "http://127.0.0.1:$port" --gateway "$gateway" --server-pid "$pid" "$@"
