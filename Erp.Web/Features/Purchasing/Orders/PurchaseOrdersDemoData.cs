using Erp.Data;
using Erp.Domain.Platform;
using Erp.Web.Features.Purchasing.Bills;
using Erp.Web.Features.Purchasing.Receipts;
using Erp.Web.Features.Purchasing.Replenishment;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Orders;

/// <summary>
/// Purchase orders for the demo tenant, made through the real commands as the demo admin (in scope), after the suppliers'
/// demo data: one sent order to each of the first two suppliers (to receive), one to the next supplier received and
/// billed (so payables, the supplier's balance and performance have something to show), then one replenishment run
/// (the proposals). Skipped when the tenant has any purchase order or no supplier products.
/// </summary>
public sealed class PurchaseOrdersDemoData(IDbContextFactory<ErpDbContext> dbFactory, PurchaseOrderCommands orders, ReplenishmentPlanner planner,
    PurchaseReceiptCommands receipts, BillDraftQueries billDrafts, SupplierBillCommands bills)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.PurchaseOrders.AnyAsync(ct))
        {
            return;
        }

        var warehouse = await db.Locations.Where(l => l.Kind == LocationKind.Warehouse).OrderBy(l => l.Code).Select(l => l.Id).FirstOrDefaultAsync(ct);
        var supplied = await (from sp in db.SupplierProducts
                              join s in db.Suppliers on sp.SupplierId equals s.Id
                              where sp.IsPreferred && s.IsActive
                              orderby s.Code
                              select new { s.Code, sp.SupplierId, sp.ProductId }).ToListAsync(ct);
        if (warehouse == Guid.Empty || supplied.Count == 0)
        {
            return;
        }

        var suppliers = supplied.GroupBy(s => s.SupplierId).Take(3).ToList();
        for (var i = 0; i < suppliers.Count; i++)
        {
            var received = i == 2;
            var created = await orders.CreateAsync(new PurchaseOrderInput
            {
                SupplierId = suppliers[i].Key, LocationId = warehouse, Notes = received ? "Demo order: received and billed" : "Demo order: receive it",
                Lines = [.. suppliers[i].Take(3).Select(s => new PurchaseOrderLineInput { ProductId = s.ProductId, Quantity = 24m })],
            }, ct);
            if (created.IsSuccess && (await orders.ApproveAsync(created.Value, "Demo", ct)).IsSuccess
                && (await orders.SendAsync(created.Value, ct)).IsSuccess && received)
            {
                await ReceiveAndBillAsync(created.Value, ct);
            }
        }

        await planner.RunAsync(ct);
    }

    private async Task ReceiveAndBillAsync(Guid orderId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var lines = await db.PurchaseOrderLines.Where(l => l.OrderId == orderId).Select(l => new { l.Id, l.Quantity }).ToListAsync(ct);
        var receipt = await receipts.ReceiveAsync(new ReceiveInput
        {
            OrderId = orderId, DeliveryNote = "DN-DEMO-1",
            Lines = [.. lines.Select(l => new ReceiveLineInput { OrderLineId = l.Id, Accepted = l.Quantity })],
            Charges = [new LandedChargeInput { Description = "Freight", Amount = 12.50m }],
        }, ct);
        if (receipt.IsSuccess && await billDrafts.FromOrderAsync(orderId, ct) is { IsSuccess: true } draft)
        {
            draft.Value.Input.SupplierInvoiceNumber = "DEMO-1001";
            await bills.RecordAsync(draft.Value.Input, ct);
        }
    }
}
