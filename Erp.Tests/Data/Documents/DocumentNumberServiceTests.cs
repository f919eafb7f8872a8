using System.Globalization;
using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Tenancy;
using Erp.Domain.Platform.Documents;
using Erp.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Data.Documents;

/// <summary>Numbers are taken on the real migrated SQLite file, each caller in its own context and transaction.</summary>
public class DocumentNumberServiceTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public async Task NextAsync_FiftyConcurrentCallers_GetFiftyDistinctConsecutiveNumbers()
    {
        var tenant = await app.CreateTenantAsync();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => TakeAsync(tenant, DocumentTypes.SalesOrder, Day))));

        Assert.Equal(50, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.Matches(@"^SO-2026-\d{6}$", n));
        var counters = numbers.Select(n => int.Parse(n[^6..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, 50), counters);
    }

    [Fact]
    public async Task NextAsync_InARolledBackTransaction_LeavesNoGap()
    {
        var tenant = await app.CreateTenantAsync();
        Assert.Equal("PO-2026-000001", await TakeAsync(tenant, DocumentTypes.PurchaseOrder, Day));

        var rolledBack = await TakeAsync(tenant, DocumentTypes.PurchaseOrder, Day, commit: false);
        var next = await TakeAsync(tenant, DocumentTypes.PurchaseOrder, Day);

        Assert.Equal("PO-2026-000002", rolledBack);
        Assert.Equal("PO-2026-000002", next);
    }

    [Fact]
    public async Task NextAsync_TwoTenants_HaveIndependentSequences()
    {
        var a = await app.CreateTenantAsync();
        var b = await app.CreateTenantAsync();

        await TakeAsync(a, DocumentTypes.SalesInvoice, Day);
        await TakeAsync(a, DocumentTypes.SalesInvoice, Day);
        var first = await TakeAsync(b, DocumentTypes.SalesInvoice, Day);
        var third = await TakeAsync(a, DocumentTypes.SalesInvoice, Day);

        Assert.Equal("INV-2026-000001", first);
        Assert.Equal("INV-2026-000003", third);
    }

    [Fact]
    public async Task NextAsync_ForANewYear_RestartsTheCounter()
    {
        var tenant = await app.CreateTenantAsync();
        await TakeAsync(tenant, DocumentTypes.Receipt, Day);

        var nextYear = await TakeAsync(tenant, DocumentTypes.Receipt, new DateOnly(2027, 1, 2));
        var backdated = await TakeAsync(tenant, DocumentTypes.Receipt, Day);

        Assert.Equal("RCT-2027-000001", nextYear);
        Assert.Equal("RCT-2026-000002", backdated);
    }

    [Fact]
    public async Task NextAsync_OutsideATransaction_IsRefused()
    {
        var tenant = await app.CreateTenantAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            await DocumentNumberService.NextAsync(db, DocumentTypes.SalesOrder, Day);
        }));
    }

    [Fact]
    public async Task NextAsync_WithNoTenant_IsRefused()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();

        await Assert.ThrowsAsync<TenantIsolationException>(() => DocumentNumberService.NextAsync(db, DocumentTypes.SalesOrder, Day));
    }

    [Fact]
    public async Task NextAsync_WithoutAUser_ForBackgroundJobs_TakesANumber()
    {
        var tenant = await app.CreateTenantAsync();

        var number = await TakeAsync(tenant, DocumentTypes.PurchaseOrder, Day, userId: null);

        Assert.Equal("PO-2026-000001", number);
    }

    private Task<string> TakeAsync(TestTenant tenant, string type, DateOnly date, bool commit = true) =>
        TakeAsync(tenant, type, date, tenant.AdminId, commit);

    private Task<string> TakeAsync(TestTenant tenant, string type, DateOnly date, string? userId, bool commit = true) =>
        app.InTenantAsync(tenant.Id, userId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await DocumentNumberService.NextAsync(db, type, date);
            if (commit)
            {
                await transaction.CommitAsync();
            }
            else
            {
                await transaction.RollbackAsync();
            }

            return number;
        });
}
