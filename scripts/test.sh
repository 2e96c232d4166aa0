#!/usr/bin/env bash
# The whole test suite: PostgreSQL (installed and started when missing), `dotnet test`, the GraphQL-over-HTTP
# audits against a real server, and the web app's tests: Vitest, then Playwright in Debian's Chromium against the same
# server. Used as is by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
log_dir=$(mktemp -d)
# On failure the logs (the server's included) are kept and their folder named.
trap 'status=$?; if [ $status -ne 0 ]; then kept=$(mktemp -d "${TMPDIR:-/tmp}/voisinage-test-logs.XXXXXX"); cp -r "$log_dir"/. "$kept"/; echo "logs kept in $kept"; fi; rm -rf "$log_dir"' EXIT

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sudo -u postgres bash -c "$*"; fi; }

# --- tools a fresh Debian machine may lack -------------------------------------------------------
missing=()
command -v curl >/dev/null || missing+=(curl)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- PostgreSQL ------------------------------------------------------------------------------
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "== installing PostgreSQL"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$pg_version main"; then
  as_root pg_createcluster "$pg_version" main >/dev/null
fi
if ! pg_lsclusters -h | grep "^$pg_version main" | grep -q online; then
  echo "== starting PostgreSQL $pg_version"
  as_root pg_ctlcluster "$pg_version" main start
fi
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $3}')
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 1; done
as_postgres "psql -q -p $pg_port -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'voisinage') THEN
    CREATE ROLE voisinage LOGIN PASSWORD 'voisinage' CREATEDB;
  END IF;
END \$\$;
SQL
as_postgres "psql -q -p $pg_port -tc \"SELECT 1 FROM pg_database WHERE datname = 'voisinage_test'\"" | grep -q 1 \
  || as_postgres "createdb -p $pg_port -O voisinage voisinage_test"
export VOISINAGE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=voisinage;Password=voisinage;Database=voisinage_test"

# --- .NET tests -------------------------------------------------------------------------------
echo "== dotnet test"
set +e
dotnet test Voisinage.Orleans.sln -c Release 2>&1 | tee "$log_dir/dotnet.log"
dotnet_status=${PIPESTATUS[0]}
set -e

# --- GraphQL over HTTP audits, then the web app's tests, against one real server ------------------
# Settings for the web app's end-to-end tests: verification by geolocation on one day, room for the 100 alerts of the
# live-alert budget (raiseAlert is otherwise limited to 3 per hour per resident), and the edge's rate limits off (0):
# every browser of the tests comes from 127.0.0.1 and the budget raises 100 alerts in seconds as one account. The
# limits themselves are tested in tests/Voisinage.Tests/RateLimits.
echo "== graphql-http audits"
(cd tests/graphql-http-audit && npm ci --silent --no-audit --no-fund)
port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
data=$(mktemp -d)
# Built first (dotnet test has built it: only the up-to-date checks run), so that the readiness wait below is start-up only.
dotnet build WebApi -c Release -nologo -v q >"$log_dir/webapi-build.log" 2>&1 || tail -n 30 "$log_dir/webapi-build.log"
api_args=(--urls "http://127.0.0.1:$port" \
  --Voisinage:DataDirectory="$data" --Voisinage:Cluster:SiloPort=$((port + 1)) --Voisinage:Cluster:GatewayPort=$((port + 2)) \
  --Voisinage:Verification:FixDistinctDaysNeeded=1 --Voisinage:Alerts:MaxRaisesPerWindow=1000 \
  --Voisinage:RateLimits:Edge:RequestsPerAddress=0 --Voisinage:RateLimits:Edge:WritesPerAddress=0 \
  --Voisinage:RateLimits:Edge:RequestsPerAccount=0 --Voisinage:RateLimits:Edge:WritesPerAccount=0 \
  --Voisinage:Partners:AllowHttp=true --Voisinage:Passkeys:Origins:0="http://localhost:$port")
start_api() {
  dotnet run --project WebApi -c Release --no-build --no-launch-profile -- "${api_args[@]}" "$@" >>"$log_dir/webapi.log" 2>&1 &
  api_pid=$!
  ready=""
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then ready=1; break; fi
    kill -0 $api_pid 2>/dev/null || break
    sleep 1
  done
}
start_api
# The first operator, the way a deployment gets one (README, Voisinage:Verification:Operators): an account, then its id
# in the configuration and a restart on the same data. The partner test (web/e2e/partners.spec.ts) registers its
# partner service through the API as this operator.
e2e_operator='{"login":"e2e-operateur","password":"motdepasse-operateur-42"}'
if [ -n "$ready" ]; then
  operator_id=$(curl -fs -H 'content-type: application/json' "http://127.0.0.1:$port/graphql" \
    -d '{"query":"mutation { register(input: {pseudo: \"e2e-operateur\", email: \"operateur@e2e.test\", password: \"motdepasse-operateur-42\"}) { resident { id } } }"}' \
    | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).data.register.resident.id))') || true
  kill $api_pid 2>/dev/null; wait $api_pid 2>/dev/null || true
  start_api --Voisinage:Verification:Operators:0="$operator_id"
fi
set +e
if [ -n "$ready" ]; then
  node tests/graphql-http-audit/audit.mjs "http://127.0.0.1:$port/graphql" | tee "$log_dir/audit.log"
  audit_status=${PIPESTATUS[0]}
  # Real-time alerts with the real graphql-ws client (the server verifies with three fixes on one day, see above).
  node tests/graphql-http-audit/alerts-test.mjs "ws://127.0.0.1:$port/graphql" | tee "$log_dir/alerts.log"
  alerts_status=${PIPESTATUS[0]}

  # The web app (web/): its npm packages were installed by the WebApi build hook unless the lockfile changed since.
  echo "== web app: Vitest, then Playwright (Chromium $(chromium --version 2>/dev/null | awk '{print $2}'))"
  if [ ! web/node_modules/.package-lock.json -nt web/package-lock.json ]; then (cd web && npm ci --silent --no-audit --no-fund); fi
  (cd web && NO_COLOR=1 npm test 2>&1) | tee "$log_dir/vitest.log"
  vitest_status=${PIPESTATUS[0]}
  # Playwright needs Node.js >= 20; with Debian 12's Node.js 18 it runs on Node.js 22 from the npm registry.
  playwright_node=$(scripts/playwright-node.sh)
  (cd web && PATH="${playwright_node:+$playwright_node:}$PATH" NO_COLOR=1 VOISINAGE_E2E_URL="http://127.0.0.1:$port" VOISINAGE_E2E_OPERATOR="$e2e_operator" npm run e2e 2>&1) | tee "$log_dir/e2e.log"
  e2e_status=${PIPESTATUS[0]}
else
  echo "the WebApi did not become ready:"; tail -n 50 "$log_dir/webapi.log"
  audit_status=1
  alerts_status=1
  vitest_status=1
  e2e_status=1
fi
kill $api_pid 2>/dev/null; wait $api_pid 2>/dev/null
rm -rf "$data"
set -e

# --- every bench starts from its README command and prints figures (a few seconds each) ---------
echo "== bench smoke runs"
set +e
bench/smoke.sh 2>&1 | tee "$log_dir/bench.log"
bench_status=${PIPESTATUS[0]}
set -e

# --- one closing line for the whole suite --------------------------------------------------------
# Counting never fails the script: a log without a match (no "failed" anywhere) counts 0 (pipefail is on).
count() { { grep -hoE "$1" "${@:2}" 2>/dev/null || true; } | awk '{for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) s += $i} END {print s+0}'; }
sum() { count "$1: +[0-9]+" "$2"; }
node_passed() { count '^[0-9]+ passed' "$log_dir/audit.log" "$log_dir/alerts.log"; }
node_failed() { count '[0-9]+ failed' "$log_dir/audit.log" "$log_dir/alerts.log"; }
# Vitest: "Tests  2 failed | 40 passed (42)"; Playwright: "  40 passed (1.2m)", "  2 failed", "  1 flaky" (passed on a retry).
vitest_count() { { grep -E '^ *Tests +' "$log_dir/vitest.log" 2>/dev/null || true; } | { grep -oE "[0-9]+ $1" || true; } | awk '{s+=$1} END {print s+0}'; }
e2e_count() { count "^ *[0-9]+ $1" "$log_dir/e2e.log"; }
passed=$(( $(sum Passed "$log_dir/dotnet.log") + $(node_passed) + $(vitest_count passed) + $(e2e_count passed) + $(e2e_count flaky) ))
failed=$(( $(sum Failed "$log_dir/dotnet.log") + $(node_failed) + $(vitest_count failed) + $(e2e_count failed) ))
if [ "$dotnet_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$audit_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$alerts_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$vitest_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$e2e_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
passed=$(( passed + $({ grep -E '^smoke [a-z-]+: ok' "$log_dir/bench.log" || true; } | wc -l) ))
failed=$(( failed + $({ grep -E '^smoke [a-z-]+: FAILED' "$log_dir/bench.log" || true; } | wc -l) ))
if [ "$bench_status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$dotnet_status" -eq 0 ] && [ "$audit_status" -eq 0 ] && [ "$alerts_status" -eq 0 ] && [ "$vitest_status" -eq 0 ] && [ "$e2e_status" -eq 0 ] && [ "$bench_status" -eq 0 ]
