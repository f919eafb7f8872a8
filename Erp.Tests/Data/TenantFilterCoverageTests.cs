using Erp.Data;
using Erp.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Erp.Tests.Data;

public class TenantFilterCoverageTests
{
    [Fact]
    public void EveryEntityType_IsTenantFilteredOrListedAsGlobal()
    {
        using var db = new SqliteErpDbContext(
            new DbContextOptionsBuilder<SqliteErpDbContext>().UseSqlite("Data Source=:memory:").Options, new TenantContext());

        var unguarded = db.Model.GetEntityTypes()
            .Where(t => t.BaseType is null && !t.IsOwned())
            .Where(t => t.FindDeclaredQueryFilter(ErpDbContext.TenantFilter) is null)
            .Where(t => !GlobalEntityTypes.Reasons.ContainsKey(t.ClrType))
            .Select(t => t.ClrType.Name)
            .ToList();

        Assert.True(unguarded.Count == 0, "Entity types with neither a tenant filter nor a place on the global list: " + string.Join(", ", unguarded));
    }

    [Fact]
    public void GlobalList_HoldsOnlyTypesOfTheModel_AndNoneThatAreTenantOwned()
    {
        using var db = new SqliteErpDbContext(
            new DbContextOptionsBuilder<SqliteErpDbContext>().UseSqlite("Data Source=:memory:").Options, new TenantContext());

        foreach (var type in GlobalEntityTypes.Reasons.Keys)
        {
            Assert.NotNull(db.Model.FindEntityType(type));
            Assert.False(typeof(Erp.Domain.Common.ITenantOwned).IsAssignableFrom(type), $"{type.Name} is tenant-owned but listed as global");
        }
    }
}
