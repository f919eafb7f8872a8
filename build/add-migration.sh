#!/usr/bin/env bash
# Adds a migration with the same name to both providers' migration sets: ./build/add-migration.sh Name
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: build/add-migration.sh MigrationName}"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project Erp.Data --startup-project Erp.Data --context SqliteErpDbContext --output-dir Migrations/Sqlite
dotnet ef migrations add "$name" --project Erp.Data --startup-project Erp.Data --context SqlServerErpDbContext --output-dir Migrations/SqlServer
