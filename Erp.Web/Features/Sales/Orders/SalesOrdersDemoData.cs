using Erp.Data;
using Erp.Domain.Platform;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Features.Sales.Quotations;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Sales.Orders;

/// <summary>
/// Quotations and orders for the demo tenant, made through the real commands as the demo admin (already in scope): an
/// opening-stock receipt at the central warehouse, then quotations (draft, sent, converted) and orders (draft, confirmed with
/// its stock reserved through the ledger, one waiting for approval). Skipped when the tenant has any sales order.
/// </summary>
public sealed class SalesOrdersDemoData(IDbContextFactory<ErpDbContext> dbFactory, GoodsReceiptCommands receipts,
    QuotationCommands quotations, SalesOrderCommands orders, Deliveries.DeliveryCommands deliveries, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.SalesOrders.AnyAsync(ct))
        {
            return;
        }

        var warehouse = await db.Locations.Where(l => l.Kind == LocationKind.Warehouse).OrderBy(l => l.Code).Select(l => l.Id).FirstOrDefaultAsync(ct);
        var products = await db.Products.Where(p => p.Sku == "COLA-033" || p.Sku == "WATER-05" || p.Sku == "APPLE-KG")
            .ToDictionaryAsync(p => p.Sku, p => (p.Id, p.Cost), ct);
        var customers = await db.Customers.ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        if (warehouse == Guid.Empty || products.Count < 3 || !customers.ContainsKey("Corner Café LLC"))
        {
            return;
        }

        var today = clock.GetUtcNow().Date;
        await receipts.CreateAndPostAsync(new GoodsReceiptInput
        {
            LocationId = warehouse, Date = today.AddDays(-7), SupplierReference = "OPENING-STOCK", Note = "Opening stock for the sales demo",
            Lines = [.. products.Values.Select(p => new GoodsReceiptLineInput { ProductId = p.Id, Quantity = 240m, UnitCost = p.Cost })],
        }, ct);

        SalesLineInput Line(string sku, decimal quantity, Discount discount = default) =>
            new() { ProductId = products[sku].Id, Quantity = quantity, DiscountKind = discount.Kind, DiscountValue = discount.Value };
        QuotationInput Quote(string customer, params SalesLineInput[] lines) =>
            new() { CustomerId = customers[customer], LocationId = warehouse, QuotationDate = today.AddDays(-3), ValidUntil = today.AddDays(27), Lines = [.. lines] };
        SalesOrderInput Order(string customer, params SalesLineInput[] lines) =>
            new() { CustomerId = customers[customer], LocationId = warehouse, OrderDate = today.AddDays(-1), RequestedDeliveryDate = today.AddDays(3), Lines = [.. lines] };

        var sent = await quotations.CreateAsync(Quote("Corner Café LLC", Line("COLA-033", 48m), Line("WATER-05", 48m)), ct);
        if (sent.IsSuccess)
        {
            await quotations.SendAsync(sent.Value, ct);
        }

        await quotations.CreateAsync(Quote("St. Mary's School", Line("APPLE-KG", 20m)), ct);
        var accepted = await quotations.CreateAsync(Quote("Jane Doe", Line("WATER-05", 12m)), ct);
        if (accepted.IsSuccess)
        {
            await quotations.ConvertAsync(accepted.Value, ct);
        }

        var confirmed = await orders.CreateAsync(Order("Corner Café LLC", Line("COLA-033", 24m), Line("WATER-05", 24m)), ct);
        if (confirmed.IsSuccess)
        {
            await orders.ConfirmAsync(confirmed.Value, ct);
            await ShipHalfAsync(db, confirmed.Value, ct); // a partial delivery: the rest is a backorder
        }

        await orders.CreateAsync(Order("John Smith", Line("APPLE-KG", 5m)), ct);
        var discounted = await orders.CreateAsync(Order("Jane Doe", Line("COLA-033", 12m, Discount.Percent(25m))), ct);
        if (discounted.IsSuccess)
        {
            await orders.ConfirmAsync(discounted.Value, ct); // above the 20 % threshold: waits for a manager's approval
        }
    }

    private async Task ShipHalfAsync(ErpDbContext db, Guid orderId, CancellationToken ct)
    {
        var lines = await db.SalesOrderLines.AsNoTracking().Where(l => l.OrderId == orderId).OrderBy(l => l.LineNumber)
            .Select(l => new { l.Id, l.Quantity }).ToListAsync(ct);
        await deliveries.CreateAndShipAsync(new Deliveries.DeliveryInput(orderId, null, null, "City Couriers", null, null,
            [.. lines.Take(1).Select(l => new Deliveries.DeliveryLineInput(l.Id, l.Quantity / 2))]), ct);
    }
}
