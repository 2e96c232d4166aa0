#!/usr/bin/env bash
# Starts the embedded Voisinage (one process, grain state in SQLite) configured for the load (cheap password hashing,
# verification in one day, no hourly alert limit, push endpoints on loopback allowed), runs the push load tool against
# it with the given arguments, then stops the server.
# Usage: bench/Push.Load/run.sh [--neighbourhoods 20] [--residents 100] [--devices 1] [--seconds 60]
# Extra server settings: PUSH_SERVER_ARGS="--Voisinage:Push:TimeToLive=01:00:00" bench/Push.Load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build WebApi -c Release -v q >/dev/null
dotnet build bench/Push.Load -c Release -v q >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port)
data=$(mktemp -d)
pid=""
finish() {
  local status=$?
  [ -n "$pid" ] && { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }
  if [ "$status" -ne 0 ]; then
    kept=$(mktemp -d "${TMPDIR:-/tmp}/push-load-failed.XXXXXX")
    cp "$data"/*.log "$kept"/ 2>/dev/null || true
    echo "run failed (exit $status); server log kept in $kept" >&2
    tail -n 20 "$kept"/*.log >&2 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap finish EXIT

# All residents come from this machine's one address: the edge limits per address and account are off (not measured).
dotnet WebApi/bin/Release/net10.0/Voisinage.WebApi.dll --urls "http://127.0.0.1:$port" \
  --Voisinage:DataDirectory="$data" --Voisinage:Cluster:SiloPort="$(free_port)" --Voisinage:Cluster:GatewayPort="$(free_port)" \
  --Voisinage:Operations:Port=0 --Voisinage:Push:AllowLoopback=true \
  --Voisinage:Verification:FixDistinctDaysNeeded=1 --Voisinage:Alerts:MaxRaisesPerWindow=1000000 \
  --Voisinage:PasswordHashing:MemoryKiB=1024 --Voisinage:PasswordHashing:Iterations=1 --Logging:LogLevel:Default=Warning \
  --Voisinage:RateLimits:Edge:RequestsPerAddress=0 --Voisinage:RateLimits:Edge:RequestsPerAccount=0 \
  --Voisinage:RateLimits:Edge:WritesPerAddress=0 --Voisinage:RateLimits:Edge:WritesPerAccount=0 \
  ${PUSH_SERVER_ARGS:-} >"$data/webapi.log" 2>&1 &
pid=$!

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "the server exited before it was ready" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the server was not ready after 120 s" >&2; exit 1; }
dotnet bench/Push.Load/bin/Release/net10.0/Voisinage.Bench.Push.dll --url "http://127.0.0.1:$port" --server-pid "$pid" "$@"
