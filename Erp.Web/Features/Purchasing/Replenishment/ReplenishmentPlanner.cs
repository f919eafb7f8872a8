using System.Globalization;
using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Data.Sales;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Replenishment;
using Erp.Domain.Sales.Taxes;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Inventory.LowStock;
using Erp.Web.Features.Platform.Notifications;
using Erp.Web.Features.Purchasing.Orders;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Replenishment;

/// <summary>What one replenishment run did: the draft orders it proposed and the items it could not propose, with why.</summary>
public sealed record ReplenishmentResult(IReadOnlyList<Guid> OrderIds, int Lines, IReadOnlyList<string> Skipped)
{
    public int Orders => OrderIds.Count;
}

/// <summary>
/// Proposes draft purchase orders (source Replenishment) for the scope's tenant: every stock level at or below its
/// effective reorder point (<see cref="ReorderLevels.Query"/>) of an active stockable product is sized by
/// <see cref="ReorderSizing.QuantityFor"/> from what is on hand, on order (open orders to that location, proposals
/// included: a second run proposes nothing more) and sold there over the tenant's SalesVelocityDays, then grouped by
/// (supplier, location) into one order each. Reading is set-based: one query finds the low levels with their on-order
/// and sold quantities (correlated sums the database does on its indexes), one reads their supplier products.
/// </summary>
public sealed class ReplenishmentPlanner(StockTransactions transactions, PermissionGuard guard, NotificationService notifications)
{
    private static readonly PurchaseOrderStatus[] OpenStatuses =
    [
        PurchaseOrderStatus.Draft, PurchaseOrderStatus.PendingApproval, PurchaseOrderStatus.Approved, PurchaseOrderStatus.Sent,
        PurchaseOrderStatus.PartiallyReceived,
    ];

    /// <summary>The "Propose now" button: the same run for a holder of Purchasing.Order.</summary>
    public async Task<Result<ReplenishmentResult>> ProposeNowAsync(CancellationToken ct = default)
    {
        if (await guard.CheckAsync(PurchasingPermissions.Order, ct) is { } denied)
        {
            return denied;
        }

        return await RunAsync(ct);
    }

    /// <summary>One run for the tenant in scope (the job's entry; no permission check: it runs without a user).</summary>
    public async Task<Result<ReplenishmentResult>> RunAsync(CancellationToken ct = default)
    {
        var skipped = new List<string>();
        var lineCount = 0;
        var result = await transactions.RunAsync<IReadOnlyList<Guid>>(async (db, at, token) =>
        {
            skipped.Clear();
            lineCount = 0;
            var proposals = await PlanAsync(db, at, skipped, token);
            var ids = new List<Guid>();
            var userId = db.Tenant.UserId;
            var buyer = await PurchaseOrderBuilder.UserNameAsync(db, userId, token);
            var today = DateOnly.FromDateTime(at.UtcDateTime);
            foreach (var group in proposals.GroupBy(p => (p.SupplierId, p.LocationId)).OrderBy(g => g.First().SupplierCode, StringComparer.Ordinal))
            {
                var party = await PurchaseOrderBuilder.PartyAsync(db, group.Key.SupplierId, group.Key.LocationId, token);
                if (!party.IsSuccess)
                {
                    skipped.AddRange(group.Select(p => $"{p.Sku}: {party.Error!.Message}"));
                    continue;
                }

                var leadTime = group.Max(p => p.LeadTimeDays);
                var header = PurchaseOrderBuilder.Header(party.Value, today, today.AddDays(leadTime), party.Value.BaseCurrency, 1m,
                    "Proposed by replenishment");
                var order = new PurchaseOrder(party.Value.OrganizationId, party.Value.Snapshot, header, PurchaseOrderSource.Replenishment,
                    userId, buyer, at);
                order.SetLines([.. group.OrderBy(p => p.Sku, StringComparer.Ordinal).Select(p => new PurchaseOrderLineData(p.ProductId, p.Sku,
                    p.SupplierSku, p.Description, p.Quantity, p.UnitPrice, p.TaxRatePercent))]);
                await DocumentNumberService.AssignNumberAsync(db, order, today, token);
                db.PurchaseOrders.Add(order);
                ids.Add(order.Id);
                lineCount += order.Lines.Count;
            }

            return ids;
        }, ct);

        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        if (result.Value.Count > 0)
        {
            var body = string.Create(CultureInfo.InvariantCulture,
                $"{lineCount} items at or below their reorder point are proposed for review as draft purchase orders.");
            if (skipped.Count > 0)
            {
                body += " Not proposed: " + string.Join("; ", skipped.Take(10)) + (skipped.Count > 10 ? $" … and {skipped.Count - 10} more." : ".");
            }

            await notifications.NotifyPermissionHoldersAsync(PurchasingPermissions.Order,
                new NotificationMessage(string.Create(CultureInfo.InvariantCulture, $"{result.Value.Count} purchase orders proposed"), body,
                    PurchaseOrderQueries.ProposalsUrl, NotificationLevel.Info), ct: ct);
        }

        return new ReplenishmentResult(result.Value, lineCount, skipped);
    }

    private sealed record Proposal(Guid ProductId, Guid LocationId, Guid SupplierId, string SupplierCode, string Sku, string Description,
        string? SupplierSku, decimal Quantity, decimal UnitPrice, decimal TaxRatePercent, int LeadTimeDays);

    /// <summary>The lines to propose (not yet grouped); what cannot be proposed goes to <paramref name="skipped"/>.</summary>
    private static async Task<List<Proposal>> PlanAsync(ErpDbContext db, DateTimeOffset at, List<string> skipped, CancellationToken ct)
    {
        var settings = await PurchasingRules.SettingsAsync(db, ct);
        var stock = await StockLedger.SettingsAsync(db, ct);
        var since = at.AddDays(-settings.SalesVelocityDays);
        var open = OpenStatuses;

        // On order never makes a level lower, so only levels with on hand at or below the point can need anything.
        var candidates = await (
            from r in ReorderLevels.Query(db, stock.DefaultReorderPoint)
            join p in db.Products on r.ProductId equals p.Id
            where r.ProductActive && r.ReorderPoint > 0m && r.OnHand <= r.ReorderPoint
                && (p.Kind == ProductKind.Simple || p.Kind == ProductKind.Variant)
            select new
            {
                r.ProductId, r.LocationId, r.Sku, r.Name, r.VariantLabel, r.OnHand, r.ReorderPoint, r.ReorderQuantity, p.TaxCategory,
                OnOrder = (from l in db.PurchaseOrderLines
                           join o in db.PurchaseOrders on l.OrderId equals o.Id
                           where l.ProductId == r.ProductId && o.LocationId == r.LocationId && open.Contains(o.Status)
                               && l.Quantity > l.ReceivedQuantity
                           select l.Quantity - l.ReceivedQuantity).Sum(),
                Sold = db.StockMovements
                    .Where(m => m.ProductId == r.ProductId && m.LocationId == r.LocationId && m.Kind == MovementKind.Sale && m.OccurredAt >= since)
                    .Sum(m => m.Quantity),
            }).AsNoTracking().ToListAsync(ct);
        var needy = candidates.Where(c => c.OnHand + c.OnOrder <= c.ReorderPoint).ToList();
        if (needy.Count == 0)
        {
            return [];
        }

        var productIds = needy.Select(c => c.ProductId).Distinct().ToList();
        var supplied = await (
            from sp in db.SupplierProducts.Include(s => s.PriceBreaks)
            join s in db.Suppliers on sp.SupplierId equals s.Id
            where productIds.Contains(sp.ProductId)
            select new { Item = sp, s.Code, s.LeadTimeDays, s.IsActive }).AsNoTracking().ToListAsync(ct);
        var supplierOf = supplied.GroupBy(s => s.Item.ProductId).ToDictionary(g => g.Key,
            g => g.FirstOrDefault(s => s.Item.IsPreferred) ?? (g.Count() == 1 ? g.First() : null));
        var locationIds = needy.Select(c => c.LocationId).Distinct().ToList();
        var baseCurrencies = await (
            from l in db.Locations
            join o in db.Organizations on l.OrganizationId equals o.Id
            where locationIds.Contains(l.Id)
            select new { l.Id, o.BaseCurrency }).AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.BaseCurrency, ct);

        var rates = await SalesPricing.TaxRatesAsync(db, ct);
        var proposals = new List<Proposal>();
        foreach (var c in needy.OrderBy(c => c.Sku, StringComparer.Ordinal))
        {
            if (supplierOf.GetValueOrDefault(c.ProductId) is not { } source)
            {
                skipped.Add($"{c.Sku}: no preferred supplier");
                continue;
            }

            if (!source.IsActive)
            {
                skipped.Add($"{c.Sku}: supplier {source.Code} is inactive");
                continue;
            }

            var leadTime = source.Item.LeadTimeOr(source.LeadTimeDays);
            var quantity = ReorderSizing.QuantityFor(new ReorderNeed(c.OnHand, c.OnOrder, c.ReorderPoint, c.ReorderQuantity, -c.Sold,
                settings.SalesVelocityDays, leadTime, source.Item.MinimumOrderQuantity));
            if (quantity <= 0m)
            {
                continue;
            }

            if (source.Item.Currency != baseCurrencies.GetValueOrDefault(c.LocationId))
            {
                skipped.Add($"{c.Sku}: supplier {source.Code} prices it in {source.Item.Currency}, not the base currency");
                continue;
            }

            proposals.Add(new Proposal(c.ProductId, c.LocationId, source.Item.SupplierId, source.Code, c.Sku,
                c.VariantLabel is null ? c.Name : $"{c.Name} ({c.VariantLabel})", source.Item.SupplierSku, quantity,
                source.Item.PriceFor(quantity), TaxRate.For(c.TaxCategory, rates)?.Percent ?? 0m, leadTime));
        }

        return proposals;
    }
}
