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
