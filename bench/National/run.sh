#!/usr/bin/env bash
# National-scale benchmark: builds the silo and the tool, then runs the tool, which creates a fresh PostgreSQL
# database, runs `migrate`, starts the real silo processes on it, onboards the synthetic France through the grains
# and reports. All arguments go to the tool (README: --residents, --silos, --in-flight, --drop, --out, ...).
# Usage: bench/National/run.sh --residents 100000 --silos 3 --out bench/National/results.md
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/server.sh
bench_build Silo bench/National
exec dotnet bench/National/bin/Release/net10.0/Voisinage.Bench.National.dll --silo-dll Silo/bin/Release/net10.0/Voisinage.Silo.dll "$@"
