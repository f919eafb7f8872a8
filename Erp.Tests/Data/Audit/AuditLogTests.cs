using Erp.Data;
using Erp.Data.Audit;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Audit;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Data.Audit;

public class AuditLogTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task EditOrganization_AppearsInHistory_WithOldAndNewValuesAndUser()
    {
        var tenant = await app.CreateTenantAsync();
        var organizationId = await RenameHeadquartersAsync(tenant, "Renamed HQ");

        var page = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp =>
            sp.GetRequiredService<AuditQueries>().HistoryAsync(nameof(Organization), organizationId.ToString(), 0, 10));

        Assert.True(page.IsSuccess, page.Error?.Message);
        Assert.Equal(2, page.Value.Total); // created, then renamed
        var latest = page.Value.Items[0];
        Assert.Equal(AuditAction.Modified, latest.Action);
        Assert.Equal("Admin " + tenant.Code, latest.UserName);
        var change = Assert.Single(latest.Changes);
        Assert.Equal(("Name", $"{tenant.Code} HQ", "Renamed HQ"), (change.Field, change.Old, change.New));
        Assert.Equal(AuditAction.Added, page.Value.Items[1].Action);
    }

    [Fact]
    public async Task History_ForUserWithoutViewAudit_IsForbidden()
    {
        var tenant = await app.CreateTenantAsync();
        var cashier = await tenant.AddUserAsync(BuiltInRoles.Cashier);

        var page = await app.InTenantAsync(tenant.Id, cashier, sp =>
            sp.GetRequiredService<AuditQueries>().HistoryAsync(nameof(Organization), Guid.NewGuid().ToString(), 0, 10));

        Assert.Equal(CommonErrors.Forbidden, page.Error);
    }

    [Fact]
    public async Task History_OfAnotherTenantsRecord_IsEmpty()
    {
        var owner = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var organizationId = await RenameHeadquartersAsync(owner, "Owner HQ");

        var page = await app.InTenantAsync(other.Id, other.AdminId, sp =>
            sp.GetRequiredService<AuditQueries>().HistoryAsync(nameof(Organization), organizationId.ToString(), 0, 10));

        Assert.Equal(0, page.Value.Total);
    }

    [Fact]
    public async Task Verify_AfterNormalWork_IsValid()
    {
        var tenant = await app.CreateTenantAsync();
        await tenant.AddUserAsync(BuiltInRoles.Cashier);
        await RenameHeadquartersAsync(tenant, "Still valid");

        var result = await VerifyAsync(tenant.Id);

        Assert.True(result.IsValid, result.Problem);
        Assert.True(result.EntriesChecked >= 15, $"only {result.EntriesChecked} entries");
    }

    [Fact]
    public async Task Verify_WhenARowIsAlteredInTheDatabase_ReportsItsSequence()
    {
        var tenant = await app.CreateTenantAsync();
        await RenameHeadquartersAsync(tenant, "Before tampering");
        await TamperAsync(tenant.Id, sequence: 3);

        var result = await VerifyAsync(tenant.Id);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_WhenTheLastRowIsDeletedInTheDatabase_ReportsTheGap()
    {
        var tenant = await app.CreateTenantAsync();
        var last = await app.InTenantAsync(tenant.Id, null, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.AuditEntries.MaxAsync(a => a.Sequence);
        });
        await ExecuteRawAsync(tenant.Id, "DELETE FROM AuditEntries WHERE TenantId = {0} AND Sequence = {1}", last);

        var result = await VerifyAsync(tenant.Id);

        Assert.Equal(last, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task ConcurrentWriters_KeepTheChainValidAndGapless()
    {
        var tenant = await app.CreateTenantAsync();
        const int writers = 20;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() =>
            app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
            {
                await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
                db.Organizations.Add(new Organization($"Branch {i}", $"B{i}", "USD"));
                await db.SaveChangesAsync();
            }))));

        var result = await VerifyAsync(tenant.Id);
        Assert.True(result.IsValid, result.Problem);
        var sequences = await app.InTenantAsync(tenant.Id, null, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.AuditEntries.OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync();
        });
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        var branches = await app.InTenantAsync(tenant.Id, null, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Organization) && a.Action == AuditAction.Added);
        });
        Assert.Equal(writers + 1, branches);
    }

    [Fact]
    public async Task AuditRows_CannotBeChangedDeletedOrAddedThroughEf()
    {
        var tenant = await app.CreateTenantAsync();
        await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            var factory = sp.GetRequiredService<IDbContextFactory<ErpDbContext>>();
            await using (var db = await factory.CreateDbContextAsync())
            {
                var entry = await db.AuditEntries.OrderBy(a => a.Sequence).FirstAsync();
                db.Entry(entry).Property(a => a.UserName).CurrentValue = "Mallory";
                await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            }

            await using (var db = await factory.CreateDbContextAsync())
            {
                db.Remove(await db.AuditEntries.OrderBy(a => a.Sequence).FirstAsync());
                await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            }

            await using (var db = await factory.CreateDbContextAsync())
            {
                db.Add(new AuditEntry(tenant.Id, 999, "Organization", "x", AuditAction.Added, "[]", null, null,
                    DateTimeOffset.UtcNow, null, ""));
                await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            }
        });

        Assert.True((await VerifyAsync(tenant.Id)).IsValid);
    }

    [Fact]
    public async Task SoftDelete_IsRecordedWithTheReason()
    {
        var tenant = await app.CreateTenantAsync();
        var locationId = await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var location = new Location(await db.Organizations.Select(o => o.Id).FirstAsync(), "Shop", "S1", LocationKind.Shop);
            db.Locations.Add(location);
            await db.SaveChangesAsync();
            location.MarkDeleted("Closed for good", tenant.AdminId, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return location.Id;
        });

        var page = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp =>
            sp.GetRequiredService<AuditQueries>().HistoryAsync(nameof(Location), locationId.ToString(), 0, 10));

        var latest = page.Value.Items[0];
        Assert.Equal(AuditAction.SoftDeleted, latest.Action);
        Assert.Contains(latest.Changes, c => c is { Field: "DeleteReason", New: "Closed for good" });
    }

    internal async Task<Guid> RenameHeadquartersAsync(TestTenant tenant, string name) =>
        await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var organization = await db.Organizations.SingleAsync(o => o.Code == "HQ");
            organization.Update(name, organization.Code, organization.BaseCurrency, null, null, null, null, null);
            await db.SaveChangesAsync();
            return organization.Id;
        });

    private Task<AuditVerification> VerifyAsync(Guid tenantId) =>
        app.InTenantAsync(tenantId, null, sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(tenantId));

    internal Task TamperAsync(Guid tenantId, long sequence) =>
        ExecuteRawAsync(tenantId, "UPDATE AuditEntries SET ChangesJson = '[]' WHERE TenantId = {0} AND Sequence = {1}", sequence);

    private Task ExecuteRawAsync(Guid tenantId, string sql, long sequence) =>
        app.InTenantAsync(tenantId, null, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            // Behind the app's back: raw SQL skips the interceptors. SQLite stores GUIDs as upper-case text.
            var changed = await db.Database.ExecuteSqlRawAsync(sql, tenantId.ToString().ToUpperInvariant(), sequence);
            Assert.Equal(1, changed);
        });
}
