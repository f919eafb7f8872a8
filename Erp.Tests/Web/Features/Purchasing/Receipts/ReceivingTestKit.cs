using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Receipts;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Purchasing.Receipts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Receipts;

/// <summary>Receiving through <see cref="PurchaseReceiptCommands"/> as the kit's storekeeper, and what the tests read back.</summary>
internal static class ReceivingTestKit
{
    public static ReceiveLineInput Accept(Guid orderLineId, decimal accepted, decimal rejected = 0m, decimal quarantined = 0m,
        Guid? quarantineLocation = null, string? note = null, Guid? location = null) => new()
    {
        OrderLineId = orderLineId, Accepted = accepted, Rejected = rejected, Quarantined = quarantined,
        QuarantineLocationId = quarantineLocation, QualityNote = note, LocationId = location,
    };

    public static ReceiveInput Receipt(Guid orderId, params ReceiveLineInput[] lines) => new()
    {
        OrderId = orderId, ReceivedDate = new DateOnly(2026, 12, 5), DeliveryNote = "DN-1", Lines = [.. lines],
    };

    public static ReceiveInput WithCharges(this ReceiveInput input, LandedCostBasis basis, params (string Description, decimal Amount)[] charges)
    {
        input.Basis = basis;
        input.Charges = [.. charges.Select(c => new LandedChargeInput { Description = c.Description, Amount = c.Amount })];
        return input;
    }

    public static Task<Result<PurchaseReceiptPosted>> ReceiveAsync(this PurchasingTestKit kit, ReceiveInput input, string? userId = null) =>
        kit.As(userId ?? kit.Storekeeper, sp => sp.GetRequiredService<PurchaseReceiptCommands>().ReceiveAsync(input));

    public static async Task<PurchaseReceiptPosted> ReceivedAsync(this PurchasingTestKit kit, ReceiveInput input)
    {
        var result = await kit.ReceiveAsync(input);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    public static Task<PurchaseOrder> OrderAsync(this PurchasingTestKit kit, Guid orderId) =>
        kit.InDb(db => db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId));

    public static PurchaseOrderLine Line(PurchaseOrder order, Guid lineId) => order.Lines.Single(l => l.Id == lineId);

    public static Task<PurchaseReceipt> ReceiptAsync(this PurchasingTestKit kit, Guid receiptId) =>
        kit.InDb(db => db.PurchaseReceipts.AsNoTracking().Include(r => r.Lines).Include(r => r.Charges).SingleAsync(r => r.Id == receiptId));

    public static Task<decimal> OnHandAsync(this PurchasingTestKit kit, Guid product, Guid location) => kit.Data.OnHandAsync(product, location);

    public static Task<decimal> ValueAsync(this PurchasingTestKit kit, Guid product, Guid location) => kit.Data.ValueAsync(product, location);

    /// <summary>The moving average cost of the product at the location: round4(value / on hand).</summary>
    public static Task<decimal> UnitCostAsync(this PurchasingTestKit kit, Guid product, Guid location) =>
        kit.InDb(async db => (await db.StockLevels.AsNoTracking().SingleAsync(l => l.ProductId == product && l.LocationId == location)).UnitCost);

    /// <summary>An order approved but not sent yet (built like <see cref="PurchasingTestKit.SentOrderAsync"/>).</summary>
    public static Task<PurchasingTestKit.OrderLines> ApprovedOrderAsync(this PurchasingTestKit kit, Guid supplierId, Guid productId,
        decimal quantity, decimal price) => kit.InDb(async db =>
    {
        var supplier = await db.Suppliers.SingleAsync(s => s.Id == supplierId);
        var product = await db.Products.SingleAsync(p => p.Id == productId);
        var date = new DateOnly(2026, 12, 5);
        var at = DateTimeOffset.UtcNow;
        var order = new PurchaseOrder(kit.Data.OrganizationId, new OrderSupplier(supplier.Id, supplier.Code, supplier.Name, null, null),
            new PurchaseOrderHeader(kit.Main, null, date, null, "USD", 1m, null, null, null), PurchaseOrderSource.Manual, kit.Buyer, "Buyer", at);
        order.SetLines([new PurchaseOrderLineData(product.Id, product.Sku, null, product.Name, quantity, price, 0m)]);
        Assert.True(order.Submit(decimal.MaxValue, kit.Buyer, at).IsSuccess);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await DocumentNumberService.AssignNumberAsync(db, order, date);
        db.PurchaseOrders.Add(order);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new PurchasingTestKit.OrderLines(order.Id, order.Number, [order.Lines[0].Id]);
    });

    public static Task SetToleranceAsync(this PurchasingTestKit kit, decimal percent) => kit.InDb(async db =>
    {
        db.PurchasingSettings.Add(new PurchasingSettings(PurchasingSettings.Defaults with { OverReceiptTolerancePercent = percent }));
        await db.SaveChangesAsync();
        return true;
    });

    /// <summary>Everything a refusal must leave alone: stock rows, receipts, and the order's lines and status.</summary>
    public static Task<string> SnapshotAsync(this PurchasingTestKit kit, Guid orderId) => kit.InDb(async db =>
    {
        var levels = await db.StockLevels.AsNoTracking().OrderBy(l => l.ProductId).ThenBy(l => l.LocationId)
            .Select(l => $"{l.ProductId}:{l.LocationId}:{l.OnHand}:{l.Value}").ToListAsync();
        var movements = await db.StockMovements.CountAsync();
        var receipts = await db.PurchaseReceipts.CountAsync();
        var order = await db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId);
        var lines = order.Lines.OrderBy(l => l.LineNumber).Select(l => $"{l.ReceivedQuantity}/{l.RejectedQuantity}");
        return $"{string.Join(';', levels)}|{movements}|{receipts}|{order.Status}|{string.Join(';', lines)}";
    });
}
