#!/usr/bin/env bash
# Time from process start to the first served login page: on an empty database (migrations + demo seed) and on an
# existing one. Release build, SQLite in a temporary folder. Prints one line per run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
dotnet build Erp.Web -c Release -v quiet -nologo >/dev/null
app="$PWD/Erp.Web/bin/Release/net10.0/Erp.Web.dll"
port=5197
measure() {
  local data="$1" start end
  start=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Development Database__DataFolder="$data" Jobs__Enabled=true \
    dotnet "$app" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/Erp.Web" >/dev/null 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/Account/Login"; do sleep 0.05; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}
for i in $(seq "$runs"); do
  data="$(mktemp -d)"
  empty=$(measure "$data")
  existing=$(measure "$data")
  echo "run $i: empty database ${empty} ms, existing database ${existing} ms"
  rm -rf "$data"
done
