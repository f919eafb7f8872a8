using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Data;

public class TenantIsolationDataTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Query_InTenantA_NeverReturnsTenantBRows()
    {
        var a = await app.CreateTenantAsync();
        var b = await app.CreateTenantAsync();

        var names = await app.InTenantAsync(a.Id, a.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.Organizations.Select(o => new { o.TenantId, o.Name }).ToListAsync();
        });

        Assert.NotEmpty(names);
        Assert.All(names, o => Assert.Equal(a.Id, o.TenantId));
        Assert.DoesNotContain(names, o => o.Name.Contains(b.Code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_WithNoTenant_ReturnsNothing()
    {
        await app.CreateTenantAsync();
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();

        Assert.Equal(0, await db.Organizations.CountAsync());
        Assert.Equal(0, await db.Roles.CountAsync());
        Assert.True(await db.Organizations.IgnoreQueryFilters().AnyAsync(), "the rows exist; only the filter hides them");
    }

    [Fact]
    public async Task Insert_WithNoTenant_IsRefused()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        db.Organizations.Add(new Organization("Orphan", "ORPH", "USD"));

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Update_OfAnotherTenantsRow_IsRefusedAndChangesNothing()
    {
        var a = await app.CreateTenantAsync();
        var b = await app.CreateTenantAsync();
        var bOrganizationId = await app.InTenantAsync(b.Id, b.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.Organizations.Select(o => o.Id).FirstAsync();
        });

        await app.InTenantAsync(a.Id, a.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            Assert.False(await db.Organizations.AnyAsync(o => o.Id == bOrganizationId));
            var foreign = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == bOrganizationId);
            foreign.Update("Hijacked", "HIJ", "USD", null, null, null, null, null);
            await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
        });

        var name = await app.InTenantAsync(b.Id, b.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.Organizations.Where(o => o.Id == bOrganizationId).Select(o => o.Name).SingleAsync();
        });
        Assert.NotEqual("Hijacked", name);
    }

    [Fact]
    public async Task Insert_StampsTheTenantInScope()
    {
        var a = await app.CreateTenantAsync();
        var tenantOfNewRow = await app.InTenantAsync(a.Id, a.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var organization = new Organization("Branch", "BR1", "EUR");
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();
            return (organization.TenantId, organization.CreatedBy);
        });

        Assert.Equal(a.Id, tenantOfNewRow.TenantId);
        Assert.Equal(a.AdminId, tenantOfNewRow.CreatedBy);
    }

    [Fact]
    public async Task SoftDeleted_Rows_AreHiddenButKept()
    {
        var a = await app.CreateTenantAsync();
        await app.InTenantAsync(a.Id, a.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var organization = new Organization("Closing branch", "CLS", "USD");
            db.Organizations.Add(organization);
            await db.SaveChangesAsync();

            organization.MarkDeleted("Branch closed", a.AdminId, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();

            Assert.False(await db.Organizations.AnyAsync(o => o.Code == "CLS"));
            var kept = await db.Organizations.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).SingleAsync(o => o.Code == "CLS");
            Assert.Equal("Branch closed", kept.DeleteReason);
        });
    }
}
