#!/usr/bin/env bash
# What the benches' run.sh share (sourced, not run): the builds, a free port, a temporary data folder removed at exit
# (the server logs kept when the run failed), the embedded Voisinage started with the load settings, and the wait until
# it is ready. Usage in a run.sh, after `cd` to the repository root:
#   source bench/server.sh; bench_prepare NAME bench/TOOL   # builds WebApi and the tool, then bench_init NAME
#   (or bench_build PROJECT... alone, for a bench that starts its own servers)
#   bench_embedded_server EXTRA_SETTINGS...   # sets $port (HTTP) and $gateway (Orleans gateway); adds its pid to $pids
#     (SERVER_TREE=/other/checkout serves that checkout's build instead, for before/after pairs with one tool)
#   bench_wait_ready "$port" "${pids[-1]}"

bench_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# The settings every load shares: cheap password hashing and verification in one day (set-up is not what is measured),
# logs at warning, and no edge limits per address or account (every client comes from this machine's one address).
bench_load_settings=(--Voisinage:Verification:FixDistinctDaysNeeded=1
  --Voisinage:PasswordHashing:MemoryKiB=1024 --Voisinage:PasswordHashing:Iterations=1 --Logging:LogLevel:Default=Warning
  --Voisinage:RateLimits:Edge:RequestsPerAddress=0 --Voisinage:RateLimits:Edge:RequestsPerAccount=0
  --Voisinage:RateLimits:Edge:WritesPerAddress=0 --Voisinage:RateLimits:Edge:WritesPerAccount=0)

# Builds each project in Release, quietly; when a build fails, prints what it said (errors go to its standard output).
bench_build() {
  local project out
  for project in "$@"; do
    out=$(dotnet build "$project" -c Release -v q -nologo 2>&1) || { echo "$out" >&2; echo "the build of $project failed" >&2; return 1; }
  done
}

# The embedded load benches: the server (WebApi) and the tool built, then bench_init.
bench_prepare() {
  bench_build WebApi "$2"
  bench_init "$1"
}

bench_init() {
  bench_name=$1
  data=$(mktemp -d)
  pids=()
  trap bench_finish EXIT
}

bench_finish() {
  local status=$?
  if [ "${#pids[@]}" -gt 0 ]; then
    kill "${pids[@]}" 2>/dev/null
    wait "${pids[@]}" 2>/dev/null
  fi
  if [ "$status" -ne 0 ]; then
    # Keep what the server said: the reason a run failed is in its log.
    local kept
    kept=$(mktemp -d "${TMPDIR:-/tmp}/$bench_name-failed.XXXXXX")
    cp "$data"/*.log "$kept"/ 2>/dev/null || true
    echo "run failed (exit $status); server logs kept in $kept" >&2
    tail -n 20 "$kept"/*.log >&2 2>/dev/null || true
  fi
  rm -rf "$data"
}

# The embedded WebApi (one process, its co-hosted silo, grain state in SQLite in $data) on free ports.
# SERVER_ENV (e.g. "DOTNET_gcServer=0") is passed as environment.
bench_embedded_server() {
  port=$(bench_free_port)
  gateway=$(bench_free_port)
  # SERVER_TREE: another checkout's build (already built) to serve, for a before/after pair measured by the same tool.
  env ${SERVER_ENV:-} dotnet "${SERVER_TREE:-.}/WebApi/bin/Release/net10.0/Voisinage.WebApi.dll" --urls "http://127.0.0.1:$port" \
    --Voisinage:DataDirectory="$data" --Voisinage:Cluster:SiloPort="$(bench_free_port)" --Voisinage:Cluster:GatewayPort="$gateway" \
    --Voisinage:Operations:Port=0 "${bench_load_settings[@]}" "$@" >"$data/webapi.log" 2>&1 &
  pids+=($!)
}

# Waits up to two minutes for /health/ready on the port; fails at once if the process exits.
bench_wait_ready() {
  local ready_port=$1 pid=$2
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$ready_port/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "the server exited before it was ready" >&2; return 1; }
    sleep 1
  done
  echo "the server was not ready after 120 s" >&2
  return 1
}
