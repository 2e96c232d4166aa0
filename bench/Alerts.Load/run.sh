#!/usr/bin/env bash
# Starts an embedded Voisinage WebApi configured for the load (cheap password hashing, verification in one day,
# no hourly alert limit), runs the alerts load tool against it with the given arguments, then stops the server.
# Usage: bench/Alerts.Load/run.sh [--subscribers 2000] [--neighbourhoods 20] [--seconds 60] [--residents 10]
# Extra server settings: ALERTS_SERVER_ARGS="--Voisinage:Streams:PollInterval=00:00:00.005" bench/Alerts.Load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build WebApi -c Release -v q >/dev/null
dotnet build bench/Alerts.Load -c Release -v q >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
data=$(mktemp -d)
dotnet WebApi/bin/Release/net10.0/Voisinage.WebApi.dll --urls "http://127.0.0.1:$port" \
  --Voisinage:DataDirectory="$data" --Voisinage:Cluster:SiloPort=$((port + 1)) --Voisinage:Cluster:GatewayPort=$((port + 2)) \
  --Voisinage:Verification:FixDistinctDaysNeeded=1 --Voisinage:Alerts:MaxRaisesPerWindow=1000000 \
  --Voisinage:PasswordHashing:MemoryKiB=1024 --Voisinage:PasswordHashing:Iterations=1 \
  --Logging:LogLevel:Default=Warning ${ALERTS_SERVER_ARGS:-} >"$data/webapi.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null; wait $api 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
dotnet bench/Alerts.Load/bin/Release/net10.0/Voisinage.Bench.Alerts.dll --url "http://127.0.0.1:$port" "$@"
