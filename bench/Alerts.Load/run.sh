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
source bench/server.sh
bench_prepare alerts-load bench/Alerts.Load
SERVER_ENV=${ALERTS_SERVER_ENV:-}
# Ten accounts per neighbourhood share the subscribers: the sockets per account are not limited (not measured).
settings=("${bench_load_settings[@]}" --Voisinage:Alerts:MaxRaisesPerWindow=1000000 --Voisinage:Connections:SocketsPerAccount=0)

if [ "${ALERTS_STORAGE:-embedded}" = postgres ]; then
  bench_build Silo
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
  silo_port=$(bench_free_port)
  port=$(bench_free_port)
  env ${SERVER_ENV} dotnet Silo/bin/Release/net10.0/Voisinage.Silo.dll --ConnectionStrings:Postgres="$cs" --Voisinage:Storage=PostgreSQL \
    --urls "http://127.0.0.1:$silo_port" "${settings[@]}" ${ALERTS_SERVER_ARGS:-} >"$data/silo.log" 2>&1 &
  pids+=($!)
  bench_wait_ready "$silo_port" "${pids[-1]}"
  env ${SERVER_ENV} dotnet WebApi/bin/Release/net10.0/Voisinage.WebApi.dll --urls "http://127.0.0.1:$port" --ConnectionStrings:Postgres="$cs" \
    --Voisinage:Storage=PostgreSQL --Voisinage:Jwt:SigningKey="$(openssl rand -base64 32)" \
    "${settings[@]}" >"$data/webapi.log" 2>&1 &
  pids+=($!)
else
  # shellcheck disable=SC2086 # ALERTS_SERVER_ARGS is a list of settings.
  bench_embedded_server --Voisinage:Alerts:MaxRaisesPerWindow=1000000 --Voisinage:Connections:SocketsPerAccount=0 ${ALERTS_SERVER_ARGS:-}
fi
front_end=${pids[-1]}
bench_wait_ready "$port" "$front_end"
dotnet bench/Alerts.Load/bin/Release/net10.0/Voisinage.Bench.Alerts.dll --url "http://127.0.0.1:$port" --server-pid "$front_end" "$@"
