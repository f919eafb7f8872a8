#!/usr/bin/env bash
# Runs every benchmark and prints its figures (recorded in docs/performance.md). Not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
./build/ensure-chromium.sh
echo "== start-up (process start to first served login page)"
./build/bench-startup.sh "${STARTUP_RUNS:-3}"
echo "== in-process benchmarks (Release)"
dotnet build Erp.Tests -c Release -v quiet -nologo >/dev/null
ERP_BENCH=1 dotnet test Erp.Tests -c Release --no-build --filter "Category=Benchmark" --logger "console;verbosity=detailed" 2>&1 \
  | grep -E "^\s*(PDF|Excel|[0-9]+ idle circuits|Passed|Failed|Skipped)|error" || true
