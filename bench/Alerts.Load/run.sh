#!/usr/bin/env bash
# Starts Voisinage configured for the load (cheap password hashing, verification in one day, no hourly alert limit),
# runs the alerts load tool against it with the given arguments, then stops the server.
# Default: the embedded WebApi (one process, grain state in SQLite).
# ALERTS_STORAGE=postgres: the production topology on a fresh PostgreSQL database: `migrate`, one silo process and one
# WebApi front-end process (VOISINAGE_BENCH_POSTGRES: admin connection string, default the test cluster's user).
# Usage: bench/Alerts.Load/run.sh [--subscribers 2000] [--neighbourhoods 20] [--seconds 60] [--residents 10]
# Extra server settings: ALERTS_SERVER_ARGS="--Voisinage:Streams:PollInterval=00:00:00.005" bench/Alerts.Load/run.sh
# Extra server environment: ALERTS_SERVER_ENV="DOTNET_gcServer=0" bench/Alerts.Load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# Each subscriber is two descriptors on this machine (client and server end): raise the soft limit as far as allowed.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 65536 2>/dev/null || true
dotnet build WebApi -c Release -v q >/dev/null
dotnet build bench/Alerts.Load -c Release -v q >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port)
data=$(mktemp -d)
# All subscribers come from this machine's one address and share ten accounts per neighbourhood: the limits per
# address and per account, and the sockets per account, are off (they are not what is measured).
settings=(--Voisinage:Verification:FixDistinctDaysNeeded=1 --Voisinage:Alerts:MaxRaisesPerWindow=1000000
  --Voisinage:PasswordHashing:MemoryKiB=1024 --Voisinage:PasswordHashing:Iterations=1 --Logging:LogLevel:Default=Warning
  --Voisinage:RateLimits:Edge:RequestsPerAddress=0 --Voisinage:RateLimits:Edge:RequestsPerAccount=0
  --Voisinage:RateLimits:Edge:WritesPerAddress=0 --Voisinage:RateLimits:Edge:WritesPerAccount=0
  --Voisinage:Connections:SocketsPerAccount=0)
pids=()
finish() {
  local status=$?
  kill "${pids[@]}" 2>/dev/null; wait "${pids[@]}" 2>/dev/null
  if [ "$status" -ne 0 ]; then
    # Keep what the server said: the reason a run failed is in its log.
    kept=$(mktemp -d "${TMPDIR:-/tmp}/alerts-load-failed.XXXXXX")
    cp "$data"/*.log "$kept"/ 2>/dev/null || true
    echo "run failed (exit $status); server logs kept in $kept:" >&2
    tail -n 20 "$kept"/*.log >&2 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap finish EXIT

if [ "${ALERTS_STORAGE:-embedded}" = postgres ]; then
  dotnet build Silo -c Release -v q >/dev/null
  admin=${VOISINAGE_BENCH_POSTGRES:-Host=127.0.0.1;Port=5432;Username=voisinage;Password=voisinage;Database=postgres}
  db=voisinage_alerts_bench
  psql_admin() { python3 - "$admin" "$1" <<'EOF'
import subprocess, sys
parts = dict(p.split("=", 1) for p in sys.argv[1].split(";") if p)
env = {"PGPASSWORD": parts.get("Password", "")}
subprocess.run(["psql", "-q", "-h", parts.get("Host", "127.0.0.1"), "-p", parts.get("Port", "5432"), "-U", parts["Username"],
                "-d", parts.get("Database", "postgres"), "-c", sys.argv[2]], check=True, env={**__import__("os").environ, **env})
EOF
  }
  psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  psql_admin "CREATE DATABASE $db"
  cs="${admin%%;Database=*};Database=$db;Maximum Pool Size=20"
  dotnet Silo/bin/Release/net10.0/Voisinage.Silo.dll migrate --ConnectionStrings:Postgres="$cs" >"$data/migrate.log" 2>&1
  silo_port=$(free_port)
  env ${ALERTS_SERVER_ENV:-} dotnet Silo/bin/Release/net10.0/Voisinage.Silo.dll --ConnectionStrings:Postgres="$cs" --Voisinage:Storage=PostgreSQL \
    --urls "http://127.0.0.1:$silo_port" "${settings[@]}" ${ALERTS_SERVER_ARGS:-} >"$data/silo.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$silo_port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  env ${ALERTS_SERVER_ENV:-} dotnet WebApi/bin/Release/net10.0/Voisinage.WebApi.dll --urls "http://127.0.0.1:$port" --ConnectionStrings:Postgres="$cs" \
    --Voisinage:Storage=PostgreSQL --Voisinage:Jwt:SigningKey="$(openssl rand -base64 32)" \
    "${settings[@]}" >"$data/webapi.log" 2>&1 &
  pids+=($!)
else
  env ${ALERTS_SERVER_ENV:-} dotnet WebApi/bin/Release/net10.0/Voisinage.WebApi.dll --urls "http://127.0.0.1:$port" \
    --Voisinage:DataDirectory="$data" --Voisinage:Cluster:SiloPort="$(free_port)" --Voisinage:Cluster:GatewayPort="$(free_port)" \
    "${settings[@]}" ${ALERTS_SERVER_ARGS:-} >"$data/webapi.log" 2>&1 &
  pids+=($!)
fi
front_end=${pids[-1]}

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$front_end" 2>/dev/null || { echo "the server exited before it was ready" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the server was not ready after 120 s" >&2; exit 1; }
dotnet bench/Alerts.Load/bin/Release/net10.0/Voisinage.Bench.Alerts.dll --url "http://127.0.0.1:$port" --server-pid "$front_end" "$@"
