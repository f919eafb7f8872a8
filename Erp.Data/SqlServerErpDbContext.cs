using Erp.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data;

/// <summary>Owns the SQL Server migration set (Migrations/SqlServer).</summary>
public sealed class SqlServerErpDbContext(DbContextOptions<SqlServerErpDbContext> options, ITenantContext tenant)
    : ErpDbContext(options, tenant);
