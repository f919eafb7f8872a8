using Erp.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Erp.Data;

/// <summary>Used by <c>dotnet ef</c> to create the SQLite migrations.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteErpDbContext>
{
    public SqliteErpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteErpDbContext>().UseSqlite("Data Source=design.db").Options, new TenantContext());
}

/// <summary>Used by <c>dotnet ef</c> to create the SQL Server migrations and scripts; no server is contacted.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerErpDbContext>
{
    public SqlServerErpDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerErpDbContext>().UseSqlServer("Server=.;Database=Erp;Trusted_Connection=True;TrustServerCertificate=True").Options,
            new TenantContext());
}
