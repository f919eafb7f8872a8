#!/usr/bin/env bash
# Runs every test: domain, data (real SQLite files), host, bUnit components and end-to-end in headless Chromium.
set -uo pipefail
cd "$(dirname "$0")"
./build/ensure-chromium.sh || exit 1
log="$(mktemp)"
dotnet test Erp.sln --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One plain closing line: "N passed, N failed".
summary="$(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | tail -1)"
if [[ -n "$summary" ]]; then
  failed="$(sed -E 's/Failed: +([0-9]+).*/\1/' <<<"$summary")"
  passed="$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$summary")"
  skipped="$(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$summary")"
  echo "$passed passed, $failed failed, $skipped skipped"
fi
rm -f "$log"
exit "$status"
