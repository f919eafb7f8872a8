using Erp.Data;
using Erp.Domain.Platform;
using Erp.Domain.Sales;
using Erp.Domain.Sales.Customers;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Features.Platform.Organizations;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>A customer offered by the quotation and order forms.</summary>
public sealed record SalesCustomerOption(Guid Id, string Code, string Name, string Currency, bool Blocked)
{
    public string Display => $"{Code} — {Name}{(Blocked ? " (blocked)" : "")}";
}

/// <summary>Customers and ship-from locations for the sales forms, with Sales.View (sales reps lack Inventory.View).</summary>
public sealed class SalesOrderLookups(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard)
{
    public async Task<IReadOnlyList<SalesCustomerOption>> CustomersAsync(string? search, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var customers = db.Customers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Like.Contains(search);
            customers = customers.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Code, pattern, "\\"));
        }

        return await customers.OrderBy(c => c.Name).Take(30)
            .Select(c => new SalesCustomerOption(c.Id, c.Code, c.Name, c.CurrencyCode, c.Status == CustomerStatus.Blocked))
            .ToListAsync(ct);
    }

    public async Task<SalesCustomerOption?> CustomerAsync(Guid id, CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Customers.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new SalesCustomerOption(c.Id, c.Code, c.Name, c.CurrencyCode, c.Status == CustomerStatus.Blocked))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>Every location that can hold stock, organization by organization, in tree order.</summary>
    public async Task<IReadOnlyList<StockLocationOption>> LocationsAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(SalesPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tree = await StockLocationTree.LoadAsync(db, ct);
        var locations = await db.Locations.AsNoTracking().Where(l => l.Kind != LocationKind.Transit)
            .Select(l => new { l.Id, l.ParentId, l.OrganizationId, l.Name, l.Code, l.Kind }).ToListAsync(ct);
        return TreeOrder.Flatten(locations, l => l.Id, l => l.ParentId, l => l.Name)
            .Select(x => new StockLocationOption(x.Item.Id, x.Item.OrganizationId, tree.OrganizationName(x.Item.OrganizationId),
                x.Item.Code, tree.PathOf(x.Item.Id), x.Item.Kind, x.Depth))
            .OrderBy(o => o.OrganizationName, StringComparer.CurrentCulture)
            .ToList();
    }
}
