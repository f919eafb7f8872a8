#!/usr/bin/env bash
# Runs every benchmark and prints its figures (recorded in docs/performance.md). Not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
./build/ensure-chromium.sh
echo "== start-up: process start to the first served login page (Release)"
./build/bench-startup.sh "${STARTUP_RUNS:-3}"
echo "== circuits, PDF, Excel (Release)"
report="${TMPDIR:-/tmp}/erp-benchmarks.txt"
rm -f "$report"
dotnet build Erp.Tests -c Release -v quiet -nologo >/dev/null
ERP_BENCH=1 dotnet test Erp.Tests -c Release --no-build --filter "Category=Benchmark" >/dev/null || echo "a benchmark failed: rerun with --logger 'console;verbosity=detailed'"
cat "$report"
