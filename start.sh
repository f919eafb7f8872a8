#!/usr/bin/env bash
# Starts Erp on http://localhost:5080 with the embedded SQLite database (created, migrated and seeded with the demo tenant).
set -euo pipefail
cd "$(dirname "$0")"
./build/ensure-chromium.sh
dotnet tool restore >/dev/null
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project Erp.Web --launch-profile http -- --urls "${ERP_URLS:-http://localhost:5080}"
