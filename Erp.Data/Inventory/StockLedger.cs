using Erp.Data.Tenancy;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Erp.Data.Inventory;

/// <summary>
/// One change of stock asked of the ledger: <see cref="Quantity"/> in the product's base unit, + in / − out.
/// Incoming stock is valued at <see cref="Value"/> exactly (the other side of a transfer), else at
/// <see cref="UnitCost"/>, else at the current cost. Outgoing stock is valued by the tenant's costing method.
/// </summary>
public sealed record StockChange(
    Guid ProductId,
    Guid LocationId,
    decimal Quantity,
    MovementKind Kind,
    decimal? UnitCost = null,
    decimal? Value = null,
    Guid? SourceLineId = null,
    string? Note = null,
    bool FromReservation = false);

/// <summary>A change of reserved stock: + sets stock aside for an order, − gives it back. In base units.</summary>
public sealed record StockReservation(Guid ProductId, Guid LocationId, decimal Quantity);

/// <summary>
/// Posts stock changes: writes the immutable movements and updates stock levels and product totals, in the caller's
/// transaction and context. On a failure the context holds partial changes and must be discarded (not saved): use
/// it through <c>StockTransactions</c>, which rolls back. Kits are expanded into their components. An outgoing change
/// <see cref="StockChange.FromReservation"/> takes stock that was reserved for it (a delivery) and releases that reservation.
/// </summary>
public static class StockLedger
{
    public static async Task<Result<IReadOnlyList<StockMovement>>> PostAsync(ErpDbContext db, StockSource source,
        IReadOnlyList<StockChange> changes, DateTimeOffset at, CancellationToken ct = default)
    {
        var loaded = await LoadAsync(db, changes, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (settings, products, lines, locations, levels) = loaded.Value;
        var productIds = lines.Select(c => c.ProductId).Distinct().ToList();
        var totals = await db.ProductStocks.Where(s => productIds.Contains(s.ProductId)).ToDictionaryAsync(s => s.ProductId, ct);

        var movements = new List<StockMovement>(lines.Count);
        foreach (var change in lines)
        {
            var product = products[change.ProductId];
            var location = locations[change.LocationId];
            var level = LevelOf(db, levels, change, location.OrganizationId);
            var posting = new StockPosting(settings.CostingMethod, settings.AllowNegativeStock, change.Kind, source,
                change.SourceLineId, change.Note, new ProductSnapshot(product.Name, product.Sku), db.Tenant.UserId, at);
            if (change.Quantity > 0m)
            {
                movements.AddRange(level.Receive(posting, change.Quantity, change.UnitCost, change.Value));
            }
            else
            {
                if (change.FromReservation)
                {
                    if (-change.Quantity > level.Reserved)
                    {
                        return InventoryErrors.NotReserved(product.Sku, location.Name, level.Reserved, -change.Quantity);
                    }

                    level.Release(-change.Quantity);
                }

                var issued = level.Issue(posting, -change.Quantity, location.Name);
                if (!issued.IsSuccess)
                {
                    return issued.Error!;
                }

                movements.AddRange(issued.Value);
            }

            if (!totals.TryGetValue(change.ProductId, out var total))
            {
                total = new ProductStock(change.ProductId);
                totals[change.ProductId] = total;
                db.ProductStocks.Add(total);
            }

            total.Add(change.Quantity, ReorderPointOf(product, settings));
        }

        db.StockMovements.AddRange(movements);
        return movements;
    }

    /// <summary>
    /// Reserves (+) or releases (−) stock per product × location, kits expanded, in the caller's transaction. A
    /// reservation beyond the available quantity (on hand − reserved) is refused, naming the item and what is
    /// available, unless the tenant allows negative stock; nothing is changed then. Race-safe like <see cref="PostAsync"/>.
    /// </summary>
    public static async Task<Result> ReserveAsync(ErpDbContext db, IReadOnlyList<StockReservation> reservations,
        CancellationToken ct = default)
    {
        var loaded = await LoadAsync(db, reservations.Select(r => new StockChange(r.ProductId, r.LocationId, r.Quantity,
            MovementKind.Sale)).ToList(), ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (settings, products, lines, locations, levels) = loaded.Value;
        foreach (var line in lines)
        {
            var location = locations[line.LocationId];
            var level = LevelOf(db, levels, line, location.OrganizationId);
            if (line.Quantity < 0m)
            {
                if (-line.Quantity > level.Reserved)
                {
                    return InventoryErrors.NotReserved(products[line.ProductId].Sku, location.Name, level.Reserved, -line.Quantity);
                }

                level.Release(-line.Quantity);
                continue;
            }

            var reserved = level.Reserve(line.Quantity, settings.AllowNegativeStock, products[line.ProductId].Sku, location.Name);
            if (!reserved.IsSuccess)
            {
                return reserved.Error!;
            }
        }

        return Result.Success();
    }

    /// <summary>The reorder point of a product: its own, else the tenant default.</summary>
    public static decimal ReorderPointOf(Product product, InventorySettings settings) =>
        product.ReorderPoint > 0m ? product.ReorderPoint : settings.DefaultReorderPoint;

    /// <summary>The tenant's inventory settings, or the defaults when it has none saved.</summary>
    public static async Task<InventorySettings> SettingsAsync(ErpDbContext db, CancellationToken ct = default) =>
        await db.InventorySettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? InventorySettings.Defaults();

    /// <summary>Converts a quantity entered in <paramref name="unitId"/> into the product's base unit (2 boxes of 12 → 24).</summary>
    public static async Task<Result<decimal>> ToBaseUnitAsync(ErpDbContext db, Guid productId, Guid? unitId, decimal quantity,
        CancellationToken ct = default)
    {
        var baseUnitId = await db.Products.Where(p => p.Id == productId).Select(p => (Guid?)p.UnitId).FirstOrDefaultAsync(ct);
        if (baseUnitId is null)
        {
            return InventoryErrors.UnknownProduct;
        }

        if (unitId is null || unitId == baseUnitId)
        {
            return quantity;
        }

        var units = await db.Units.AsNoTracking().Where(u => u.Id == unitId || u.Id == baseUnitId).ToListAsync(ct);
        var from = units.FirstOrDefault(u => u.Id == unitId);
        var to = units.First(u => u.Id == baseUnitId);
        if (from is null)
        {
            return Error.NotFound("The unit");
        }

        var converted = UnitConversion.Convert(quantity, from, to);
        return converted.IsSuccess ? converted.Value : InventoryErrors.NoConversion(from.Code, to.Code);
    }

    private sealed record Loaded(
        InventorySettings Settings,
        Dictionary<Guid, Product> Products,
        List<StockChange> Lines,
        Dictionary<Guid, LocationInfo> Locations,
        Dictionary<(Guid ProductId, Guid LocationId), StockLevel> Levels);

    private sealed record LocationInfo(Guid Id, string Name, Guid OrganizationId);

    /// <summary>Checks the changes and loads what posting them needs: settings, products (kits expanded), locations, levels.</summary>
    private static async Task<Result<Loaded>> LoadAsync(ErpDbContext db, IReadOnlyList<StockChange> changes, CancellationToken ct)
    {
        if (db.CurrentTenantId is null)
        {
            throw new TenantIsolationException("No tenant is in scope; refusing to change stock.");
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Change stock inside the transaction that saves its document.");
        }

        if (changes.Count == 0)
        {
            return InventoryErrors.NoLines;
        }

        if (changes.Any(c => c.Quantity == 0m))
        {
            return InventoryErrors.QuantityNotPositive;
        }

        var settings = await SettingsAsync(db, ct);
        var products = await ProductsAsync(db, changes.Select(c => c.ProductId), ct);
        var expanded = Expand(changes, products);
        if (!expanded.IsSuccess)
        {
            return expanded.Error!;
        }

        var lines = expanded.Value;
        var missingComponents = lines.Select(c => c.ProductId).Where(id => !products.ContainsKey(id)).Distinct().ToList();
        foreach (var (id, product) in await ProductsAsync(db, missingComponents, ct))
        {
            products[id] = product;
        }

        var locationIds = lines.Select(c => c.LocationId).Distinct().ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id))
            .Select(l => new LocationInfo(l.Id, l.Name, l.OrganizationId)).ToDictionaryAsync(l => l.Id, ct);
        if (locations.Count != locationIds.Count)
        {
            return InventoryErrors.UnknownLocation;
        }

        var productIds = lines.Select(c => c.ProductId).Distinct().ToList();
        var levels = await db.StockLevels.Where(l => productIds.Contains(l.ProductId) && locationIds.Contains(l.LocationId))
            .ToDictionaryAsync(l => (l.ProductId, l.LocationId), ct);
        return new Loaded(settings, products, lines, locations, levels);
    }

    private static StockLevel LevelOf(ErpDbContext db, Dictionary<(Guid ProductId, Guid LocationId), StockLevel> levels,
        StockChange change, Guid organizationId)
    {
        if (!levels.TryGetValue((change.ProductId, change.LocationId), out var level))
        {
            level = new StockLevel(organizationId, change.ProductId, change.LocationId);
            levels[(change.ProductId, change.LocationId)] = level;
            db.StockLevels.Add(level);
        }

        return level;
    }

    private static async Task<Dictionary<Guid, Product>> ProductsAsync(ErpDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return list.Count == 0
            ? []
            : await db.Products.AsNoTracking().Include(p => p.Components).Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
    }

    /// <summary>Replaces kit lines by their components; refuses unknown products, variant parents and kits coming in at a cost.</summary>
    private static Result<List<StockChange>> Expand(IReadOnlyList<StockChange> changes, Dictionary<Guid, Product> products)
    {
        var lines = new List<StockChange>(changes.Count);
        foreach (var change in changes)
        {
            if (!products.TryGetValue(change.ProductId, out var product))
            {
                return InventoryErrors.UnknownProduct;
            }

            switch (product.Kind)
            {
                case ProductKind.WithVariants:
                    return InventoryErrors.ChooseVariant(product.Sku);
                case ProductKind.Kit when change.Quantity > 0m && (change.UnitCost is not null || change.Value is not null):
                    return InventoryErrors.KitHoldsNoStock(product.Sku);
                case ProductKind.Kit:
                    lines.AddRange(product.ComponentsFor(Math.Abs(change.Quantity)).Select(c => change with
                    {
                        ProductId = c.ProductId,
                        Quantity = Math.Sign(change.Quantity) * c.Quantity,
                        Note = change.Note ?? $"Kit {product.Sku}",
                    }));
                    break;
                default:
                    lines.Add(change);
                    break;
            }
        }

        return lines;
    }
}
