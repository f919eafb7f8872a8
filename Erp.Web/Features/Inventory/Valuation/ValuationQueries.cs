using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Valuation;
using Erp.Web.Features.Inventory.Stock;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Valuation;

/// <summary>
/// Inventory valuation as of a day. Since on-hand and value of every stock level are exactly the sums of its movements,
/// the stock at the end of a day is the current stock minus the movements after it: two GROUP BY queries in the
/// database (stock levels, and movements from the cut-off on), cheap for recent dates and never loading movements.
/// </summary>
public sealed class ValuationQueries(IDbContextFactory<ErpDbContext> dbFactory, PermissionGuard guard, TimeProvider clock)
{
    public static readonly Error OrganizationNotFound = Error.NotFound("The organization");

    public async Task<IReadOnlyList<ValuationOrganization>> OrganizationsAsync(CancellationToken ct = default)
    {
        if (!await guard.HasAsync(InventoryPermissions.View, ct))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Organizations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new ValuationOrganization(o.Id, o.Name, o.BaseCurrency)).ToListAsync(ct);
    }

    public async Task<Result<ValuationReport>> GetAsync(ValuationQuery query, CancellationToken ct = default)
    {
        if (await guard.CheckAsync(InventoryPermissions.View, ct) is { } denied)
        {
            return denied;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var organizations = db.Organizations.AsNoTracking();
        var organization = await (query.OrganizationId is { } id ? organizations.Where(o => o.Id == id) : organizations.OrderBy(o => o.Name))
            .Select(o => new ValuationOrganization(o.Id, o.Name, o.BaseCurrency)).FirstOrDefaultAsync(ct);
        if (organization is null)
        {
            return OrganizationNotFound;
        }

        var days = await TenantDays.LoadAsync(db, ct);
        var now = clock.GetUtcNow();
        var asOf = query.AsOf ?? days.Today(now);
        var cutoff = days.EndExclusive(asOf);
        var levels = db.StockLevels.AsNoTracking().Where(l => l.OrganizationId == organization.Id);
        var later = db.StockMovements.AsNoTracking().Where(m => m.OrganizationId == organization.Id && m.OccurredAt >= cutoff);

        var rows = query.GroupBy == ValuationGrouping.Category
            ? await ByCategoryAsync(db, levels, later, ct)
            : await ByWarehouseAsync(db, levels, later, ct);
        var total = new ValuationRow("Total", rows.Sum(r => r.Quantity), rows.Sum(r => r.Value), null, IsTotal: true);
        return new ValuationReport(organization.Id, organization.Name, organization.Currency, asOf, days.Zone.Id, query.GroupBy,
            rows, total with { UnitCost = UnitCost(total.Quantity, total.Value) }, now);
    }

    private static async Task<List<ValuationRow>> ByWarehouseAsync(ErpDbContext db, IQueryable<StockLevel> levels,
        IQueryable<StockMovement> later, CancellationToken ct)
    {
        var current = await levels.GroupBy(l => l.LocationId)
            .Select(g => new Sums(g.Key, g.Sum(l => l.OnHand), g.Sum(l => l.Value))).ToListAsync(ct);
        var after = await later.GroupBy(m => m.LocationId)
            .Select(g => new Sums(g.Key, g.Sum(m => m.Quantity), g.Sum(m => m.Value))).ToListAsync(ct);
        var tree = await StockLocationTree.LoadAsync(db, ct);
        return Subtract(current, after)
            .GroupBy(s => tree.IsTransit(s.Key!.Value) ? StockLocationTree.InTransitLabel : tree.PathOf(tree.RootOf(s.Key.Value)))
            .Select(g => Row(g.Key, g))
            .Where(r => r.Quantity != 0m || r.Value != 0m)
            // Warehouses and shops by name, stock on its way last.
            .OrderBy(r => r.Group == StockLocationTree.InTransitLabel).ThenBy(r => r.Group, StringComparer.CurrentCulture)
            .ToList();
    }

    private static async Task<List<ValuationRow>> ByCategoryAsync(ErpDbContext db, IQueryable<StockLevel> levels,
        IQueryable<StockMovement> later, CancellationToken ct)
    {
        // Deleted products still count for the days they had stock.
        var products = db.Products.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]);
        var current = await (from l in levels join p in products on l.ProductId equals p.Id select new { p.CategoryId, l.OnHand, l.Value })
            .GroupBy(x => x.CategoryId).Select(g => new Sums(g.Key, g.Sum(x => x.OnHand), g.Sum(x => x.Value))).ToListAsync(ct);
        var after = await (from m in later join p in products on m.ProductId equals p.Id select new { p.CategoryId, m.Quantity, m.Value })
            .GroupBy(x => x.CategoryId).Select(g => new Sums(g.Key, g.Sum(x => x.Quantity), g.Sum(x => x.Value))).ToListAsync(ct);
        var categories = await db.Categories.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Select(c => new { c.Id, c.ParentId, c.Name }).ToDictionaryAsync(c => c.Id, ct);
        string PathOf(Guid? id)
        {
            var parts = new List<string>();
            for (var current = id is { } i ? categories.GetValueOrDefault(i) : null; current is not null && parts.Count < 20;
                 current = current.ParentId is { } p ? categories.GetValueOrDefault(p) : null)
            {
                parts.Insert(0, current.Name);
            }

            return parts.Count == 0 ? "Uncategorized" : string.Join(" / ", parts);
        }

        return Subtract(current, after)
            .GroupBy(s => PathOf(s.Key))
            .Select(g => Row(g.Key, g))
            .Where(r => r.Quantity != 0m || r.Value != 0m)
            .OrderBy(r => r.Group == "Uncategorized").ThenBy(r => r.Group, StringComparer.CurrentCulture)
            .ToList();
    }

    private static IEnumerable<Sums> Subtract(List<Sums> current, List<Sums> after)
    {
        var later = after.ToDictionary(a => a.Key ?? Guid.Empty);
        return current.Select(c => later.TryGetValue(c.Key ?? Guid.Empty, out var a)
            ? c with { Quantity = c.Quantity - a.Quantity, Value = c.Value - a.Value }
            : c);
    }

    private static ValuationRow Row(string group, IEnumerable<Sums> sums)
    {
        var quantity = sums.Sum(s => s.Quantity);
        var value = sums.Sum(s => s.Value);
        return new ValuationRow(group, quantity, value, UnitCost(quantity, value));
    }

    private static decimal? UnitCost(decimal quantity, decimal value) => quantity != 0m ? CostRounding.UnitCost(value / quantity) : null;

    private sealed record Sums(Guid? Key, decimal Quantity, decimal Value);
}
