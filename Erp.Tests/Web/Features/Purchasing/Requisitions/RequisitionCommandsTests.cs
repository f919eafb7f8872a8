using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Requisitions;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Requisitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Requisitions;

/// <summary>Requisitions: estimates, approval by amount and by someone else, and conversion into orders per supplier.</summary>
public class RequisitionCommandsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Requisition_IsApprovedBySomeoneElse_ThenConvertedIntoOneDraftOrderPerSupplier()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var alpha = await kit.SupplierAsync("R-ALPHA", "Alpha Parts");
        var beta = await kit.SupplierAsync("R-BETA", "Beta Parts", leadTimeDays: 3);
        var bolts = await kit.ProductAsync("R-BOLT", 0.40m);
        var nuts = await kit.ProductAsync("R-NUT", 0.20m);
        var glue = await kit.ProductAsync("R-GLUE", 6m);
        await kit.SupplierProductAsync(alpha, bolts, 0.35m, supplierSku: "A-B1");
        await kit.SupplierProductAsync(alpha, nuts, 0.15m);
        await kit.SupplierProductAsync(beta, nuts, 0.18m, preferred: false);

        // Estimates: bolts 1000 × 0.35 (preferred supplier) = 350.00; nuts 2000 × 0.18 (the chosen supplier BETA) = 360.00;
        // glue 10 × 6.00 (ALPHA does not list it: its cost) = 60.00 → 770.00, over the threshold of 500: it waits for approval.
        await kit.InDb(async db =>
        {
            db.PurchasingSettings.Add(new PurchasingSettings(PurchasingSettings.Defaults with { RequisitionApprovalThreshold = 500m }));
            await db.SaveChangesAsync();
            return true;
        });
        var commands = (IServiceProvider sp) => sp.GetRequiredService<RequisitionCommands>();
        var created = await kit.As(kit.Buyer, sp => commands(sp).CreateAsync(new RequisitionInput
        {
            LocationId = kit.Main, Reason = "Spring season",
            Lines =
            [
                new() { ProductId = bolts, Quantity = 1000m },
                new() { ProductId = nuts, Quantity = 2000m, SupplierId = beta },
                new() { ProductId = glue, Quantity = 10m, SupplierId = alpha },
            ],
        }));
        Assert.True(created.IsSuccess, created.Error?.Message);
        var id = created.Value;
        var saved = await LoadAsync(kit, id);
        Assert.StartsWith("REQ-", saved.Number, StringComparison.Ordinal);
        Assert.Equal([350.00m, 360.00m, 60.00m], saved.Lines.OrderBy(l => l.LineNumber).Select(l => l.EstimatedAmount));
        Assert.Equal(770.00m, saved.EstimatedTotal);

        Assert.Equal(RequisitionStatus.PendingApproval, (await kit.As(kit.Buyer, sp => commands(sp).SubmitAsync(id))).Value);
        Assert.Contains(await kit.InDb(db => db.Notifications.Where(n => n.Link == RequisitionQueries.DetailUrl(id)).Select(n => n.UserId).ToListAsync()),
            u => u == kit.Data.Tenant.AdminId);
        Assert.Equal(PurchasingErrors.SelfApproval, (await kit.As(kit.Buyer, sp => commands(sp).ApproveAsync(id))).Error);
        Assert.Equal(CommonErrors.Forbidden, (await kit.As(kit.Storekeeper, sp => commands(sp).ApproveAsync(id))).Error);
        Assert.Equal(CommonErrors.Forbidden, (await kit.As(kit.Storekeeper, sp => commands(sp).ConvertToOrdersAsync([id]))).Error);
        var early = await kit.As(kit.Buyer, sp => commands(sp).ConvertToOrdersAsync([id]));
        Assert.False(early.IsSuccess);
        Assert.True((await kit.As(kit.Data.Tenant.AdminId, sp => commands(sp).ApproveAsync(id))).IsSuccess);

        var converted = await kit.As(kit.Buyer, sp => commands(sp).ConvertToOrdersAsync([id]));

        Assert.True(converted.IsSuccess, converted.Error?.Message);
        var orders = await kit.InDb(db => db.PurchaseOrders.AsNoTracking().Include(o => o.Lines)
            .Where(o => converted.Value.Contains(o.Id)).OrderBy(o => o.SupplierCode).ToListAsync());
        Assert.Equal(["R-ALPHA", "R-BETA"], orders.Select(o => o.SupplierCode));
        Assert.All(orders, o => Assert.Equal((PurchaseOrderStatus.Draft, PurchaseOrderSource.Requisition, kit.Main), (o.Status, o.Source, o.LocationId)));
        // ALPHA: bolts 1000 × 0.35 = 350.00 + glue 10 × 6.00 (no supplier price: the cost) = 60.00; BETA: nuts 2000 × 0.18 = 360.00.
        Assert.Equal([("R-BOLT", 1000m, 0.35m), ("R-GLUE", 10m, 6.00m)],
            orders[0].Lines.OrderBy(l => l.Sku).Select(l => (l.Sku, l.Quantity, l.UnitPrice)));
        Assert.Equal([("R-NUT", 2000m, 0.18m)], orders[1].Lines.Select(l => (l.Sku, l.Quantity, l.UnitPrice)));
        Assert.Equal((410.00m, 360.00m), (orders[0].NetTotal, orders[1].NetTotal));
        var requisition = await LoadAsync(kit, id);
        Assert.Equal(RequisitionStatus.Ordered, requisition.Status);
        Assert.All(orders.SelectMany(o => o.Lines), l => Assert.Contains(l.RequisitionLineId!.Value, requisition.Lines.Select(r => r.Id)));
        Assert.All(requisition.Lines, l => Assert.NotNull(l.PurchaseOrderId));

        // Converting again: nothing left to order.
        Assert.False((await kit.As(kit.Buyer, sp => commands(sp).ConvertToOrdersAsync([id]))).IsSuccess);
    }

    [Fact]
    public async Task Conversion_WithALineWithoutAnySupplier_IsRefusedNamingTheSku_AndChangesNothing()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var alpha = await kit.SupplierAsync("R2-ALPHA", "Alpha Parts");
        var listed = await kit.ProductAsync("R2-OK", 1m);
        var orphan = await kit.ProductAsync("R2-ORPHAN", 1m);
        await kit.SupplierProductAsync(alpha, listed, 1m);
        var commands = (IServiceProvider sp) => sp.GetRequiredService<RequisitionCommands>();
        var id = (await kit.As(kit.Storekeeper, sp => commands(sp).CreateAsync(new RequisitionInput
        {
            LocationId = kit.North, Lines = [new() { ProductId = listed, Quantity = 5m }, new() { ProductId = orphan, Quantity = 2m }],
        }))).Value;
        Assert.Equal(RequisitionStatus.Approved, (await kit.As(kit.Storekeeper, sp => commands(sp).SubmitAsync(id))).Value);

        var refused = await kit.As(kit.Buyer, sp => commands(sp).ConvertToOrdersAsync([id]));

        Assert.False(refused.IsSuccess);
        Assert.Contains("R2-ORPHAN", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(0, await kit.InDb(db => db.PurchaseOrders.CountAsync()));
        var requisition = await LoadAsync(kit, id);
        Assert.Equal(RequisitionStatus.Approved, requisition.Status);
        Assert.All(requisition.Lines, l => Assert.Null(l.PurchaseOrderId));
    }

    [Fact]
    public async Task Reject_NeedsAReason_AndCancelWorksOnDrafts()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var product = await kit.ProductAsync("R3-P", 100m);
        var commands = (IServiceProvider sp) => sp.GetRequiredService<RequisitionCommands>();
        var input = new RequisitionInput { LocationId = kit.Main, Lines = [new() { ProductId = product, Quantity = 20m }] };
        var pending = (await kit.As(kit.Storekeeper, sp => commands(sp).CreateAsync(input))).Value;
        var draft = (await kit.As(kit.Storekeeper, sp => commands(sp).CreateAsync(input))).Value;
        Assert.Equal(RequisitionStatus.PendingApproval, (await kit.As(kit.Storekeeper, sp => commands(sp).SubmitAsync(pending))).Value);

        Assert.False((await kit.As(kit.Buyer, sp => commands(sp).RejectAsync(pending, ""))).IsSuccess);
        Assert.True((await kit.As(kit.Buyer, sp => commands(sp).RejectAsync(pending, "Over budget"))).IsSuccess);
        Assert.True((await kit.As(kit.Storekeeper, sp => commands(sp).CancelAsync(draft, "Duplicate"))).IsSuccess);

        Assert.Equal(RequisitionStatus.Rejected, (await LoadAsync(kit, pending)).Status);
        Assert.Equal(RequisitionStatus.Cancelled, (await LoadAsync(kit, draft)).Status);
    }

    private static Task<PurchaseRequisition> LoadAsync(PurchasingTestKit kit, Guid id) =>
        kit.InDb(db => db.PurchaseRequisitions.AsNoTracking().Include(r => r.Lines).SingleAsync(r => r.Id == id));
}
