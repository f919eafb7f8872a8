using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Inventory;
using Erp.Web.Features.Catalog.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Inventory;

/// <summary>Posting at a chosen time (for as-of and date filters), the in-transit location and extra categories.</summary>
internal static class StockViewsTestData
{
    public static Task PostAtAsync(this InventoryTestData data, DateTimeOffset at, params StockChange[] changes) =>
        data.AsAdmin(async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var posted = await StockLedger.PostAsync(db, new StockSource("Test", Guid.CreateVersion7(), $"T-{at:MMdd-HHmm}"), changes, at);
            Assert.True(posted.IsSuccess, posted.Error?.Message);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return true;
        });

    public static Task<Guid> TransitAsync(this InventoryTestData data) =>
        data.InDb(db => TransitLocations.GetOrCreateAsync(db, data.OrganizationId));

    public static Task<Guid> CategoryAsync(this InventoryTestData data, string name, Guid? parentId = null) =>
        data.AsAdmin(async sp =>
        {
            var saved = await sp.GetRequiredService<CatalogReferenceCommands>().SaveCategoryAsync(null, name, parentId);
            Assert.True(saved.IsSuccess, saved.Error?.Message);
            return saved.Value;
        });

    public static Task<T> AsUserAsync<T>(this InventoryTestData data, string userId, Func<IServiceProvider, Task<T>> action) =>
        data.App.InTenantAsync(data.Tenant.Id, userId, action);

    public static StockChange In(Guid product, Guid location, decimal quantity, decimal cost, MovementKind kind = MovementKind.Receipt) =>
        new(product, location, quantity, kind, cost);

    public static StockChange Out(Guid product, Guid location, decimal quantity, MovementKind kind = MovementKind.Sale) =>
        new(product, location, -quantity, kind);
}
