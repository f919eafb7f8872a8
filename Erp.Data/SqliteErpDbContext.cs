using Erp.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data;

/// <summary>Owns the SQLite migration set (Migrations/Sqlite).</summary>
public sealed class SqliteErpDbContext(DbContextOptions<SqliteErpDbContext> options, ITenantContext tenant)
    : ErpDbContext(options, tenant)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        ErpModelConventions.ApplySqlite(configurationBuilder);
    }
}
