using Erp.Data;
using Erp.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Data;

public class MigrationsTests
{
    [Fact]
    public void SqliteMigrations_MatchTheModel() =>
        AssertNoPendingChanges(new SqliteErpDbContext(
            new DbContextOptionsBuilder<SqliteErpDbContext>().UseSqlite("Data Source=:memory:").Options, new TenantContext()));

    [Fact]
    public void SqlServerMigrations_MatchTheModel() =>
        AssertNoPendingChanges(new SqlServerErpDbContext(
            new DbContextOptionsBuilder<SqlServerErpDbContext>().UseSqlServer("Server=none;Database=none").Options, new TenantContext()));

    [Fact]
    public void SqlServerScript_CanBeGenerated_ForADatabaseAdministrator()
    {
        using var db = new SqlServerErpDbContext(
            new DbContextOptionsBuilder<SqlServerErpDbContext>().UseSqlServer("Server=none;Database=none").Options, new TenantContext());

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [Tenants]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AuditEntries]", script, StringComparison.Ordinal);
        Assert.Contains("datetimeoffset", script, StringComparison.Ordinal);
        Assert.Contains("IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL", script, StringComparison.Ordinal);
    }

    private static void AssertNoPendingChanges(ErpDbContext db)
    {
        using (db)
        {
            var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot;
            Assert.NotNull(snapshot);
            IModel model = snapshot!.Model;
            if (model is IMutableModel mutable)
            {
                model = mutable.FinalizeModel();
            }

            var snapshotModel = db.GetService<IModelRuntimeInitializer>().Initialize(model);
            var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(
                snapshotModel.GetRelationalModel(), db.GetService<IDesignTimeModel>().Model.GetRelationalModel());
            Assert.True(differences.Count == 0,
                "Pending model changes; run build/add-migration.sh: " + string.Join("; ", differences.Select(d => d.ToString())));
        }
    }
}
