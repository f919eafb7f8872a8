using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Common;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Purchasing.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Orders;

/// <summary>Purchase orders through their service: defaults, approval by threshold, sending, refusals that change nothing, the PDF.</summary>
public class PurchaseOrderCommandsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Create_TakesPricesAndSkusFromTheSupplier_TheCostOtherwise_AndTheExpectedDateFromTheLeadTime()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var supplier = await kit.SupplierAsync("S-DEF", "Defaults Ltd", leadTimeDays: 6);
        var listed = await kit.ProductAsync("PO-LIST", 4m);
        var unlisted = await kit.ProductAsync("PO-UNL", 7.5m);
        await kit.SupplierProductAsync(supplier, listed, 3.20m, supplierSku: "DEF-100", breaks: new PriceBreakFields(10m, 2.90m));
        var date = new DateOnly(2026, 3, 2);

        var id = await CreateAsync(kit, kit.Buyer, Input(supplier, kit.Main, date, Line(listed, 12m, tax: 10m), Line(unlisted, 2m)));

        var order = await LoadAsync(kit, id);
        Assert.StartsWith("PO-", order.Number, StringComparison.Ordinal);
        Assert.Equal((PurchaseOrderStatus.Draft, PurchaseOrderSource.Manual, "USD", 1m), (order.Status, order.Source, order.Currency, order.ExchangeRate));
        Assert.Equal(date.AddDays(6), order.ExpectedDate);
        Assert.Contains("Main warehouse", order.DeliveryAddress, StringComparison.Ordinal);
        Assert.Equal(("S-DEF", "Defaults Ltd"), (order.SupplierCode, order.SupplierName));
        var lines = order.Lines.OrderBy(l => l.LineNumber).ToList();
        // 12 × 2.90 (the 10-unit break) = 34.80, tax 10 % = 3.48; 2 × 7.50 (the product's cost) = 15.00.
        Assert.Equal([("PO-LIST", "DEF-100", 2.90m, 34.80m, 3.48m), ("PO-UNL", null, 7.50m, 15.00m, 0m)],
            lines.Select(l => (l.Sku, l.SupplierSku, l.UnitPrice, l.NetAmount, l.TaxAmount)));
        Assert.Equal((49.80m, 3.48m, 53.28m), (order.NetTotal, order.TaxTotal, order.GrossTotal));
    }

    [Fact]
    public async Task BadInput_IsRefusedWithAReason_AndNothingIsSaved()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var supplier = await kit.SupplierAsync("S-BAD", "Bad Input Co");
        var inactive = await kit.InDb(async db =>
        {
            var s = new Supplier("S-OFF", new SupplierFields("Dormant Co", null, null, null, null, null, null, "USD", 3, IsActive: false));
            db.Suppliers.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        var product = await kit.ProductAsync("PO-BAD", 1m);
        var commands = (IServiceProvider sp) => sp.GetRequiredService<PurchaseOrderCommands>();

        var foreign = await kit.As(kit.Buyer, sp => commands(sp).CreateAsync(Input(supplier, kit.Main, null, Line(product, 1m)).With(i => i.Currency = "GBP")));
        var dormant = await kit.As(kit.Buyer, sp => commands(sp).CreateAsync(Input(inactive, kit.Main, null, Line(product, 1m))));
        var noLines = await kit.As(kit.Buyer, sp => commands(sp).CreateAsync(Input(supplier, kit.Main, null)));
        var zero = await kit.As(kit.Buyer, sp => commands(sp).CreateAsync(Input(supplier, kit.Main, null, Line(product, 0m))));
        var storekeeper = await kit.As(kit.Storekeeper, sp => commands(sp).CreateAsync(Input(supplier, kit.Main, null, Line(product, 1m))));

        Assert.Equal(PurchasingErrors.CurrencyNotUsed("GBP"), foreign.Error);
        Assert.Contains("inactive", dormant.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(PurchasingErrors.NoLines, noLines.Error);
        Assert.Contains("greater than zero", zero.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(CommonErrors.Forbidden, storekeeper.Error);
        Assert.Equal(0, await kit.InDb(db => db.PurchaseOrders.CountAsync()));
    }

    [Fact]
    public async Task Lifecycle_SubmitByThreshold_ApprovalNotified_Send_AndCancelRefusedOnceReceived()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        await kit.InDb(async db =>
        {
            db.PurchasingSettings.Add(new PurchasingSettings(PurchasingSettings.Defaults with { OrderApprovalThreshold = 100m }));
            await db.SaveChangesAsync();
            return true;
        });
        var supplier = await kit.SupplierAsync("S-LIFE", "Lifecycle Ltd");
        var product = await kit.ProductAsync("PO-LIFE", 1m);
        var small = await CreateAsync(kit, kit.Buyer, Input(supplier, kit.Main, null, Line(product, 10m, 9.99m)));
        var large = await CreateAsync(kit, kit.Buyer, Input(supplier, kit.Main, null, Line(product, 10m, 10m)));
        var commands = (IServiceProvider sp) => sp.GetRequiredService<PurchaseOrderCommands>();

        // 99.90 is under the threshold of 100: approved at once; 100.00 waits for an approver.
        Assert.Equal(PurchaseOrderStatus.Approved, (await kit.As(kit.Buyer, sp => commands(sp).SubmitAsync(small))).Value);
        Assert.Equal(PurchaseOrderStatus.PendingApproval, (await kit.As(kit.Buyer, sp => commands(sp).SubmitAsync(large))).Value);
        var notes = await kit.InDb(db => db.Notifications.AsNoTracking().Where(n => n.Link == PurchaseOrderQueries.DetailUrl(large)).ToListAsync());
        Assert.Contains(notes, n => n.UserId == kit.Buyer);
        Assert.DoesNotContain(notes, n => n.UserId == kit.Storekeeper);

        // Sending needs approval; rejecting needs a reason; the storekeeper cannot approve.
        Assert.False((await kit.As(kit.Buyer, sp => commands(sp).SendAsync(large))).IsSuccess);
        Assert.False((await kit.As(kit.Buyer, sp => commands(sp).RejectAsync(large, " "))).IsSuccess);
        Assert.Equal(CommonErrors.Forbidden, (await kit.As(kit.Storekeeper, sp => commands(sp).ApproveAsync(large))).Error);
        Assert.Equal(PurchaseOrderStatus.PendingApproval, (await LoadAsync(kit, large)).Status);

        Assert.True((await kit.As(kit.Buyer, sp => commands(sp).ApproveAsync(large))).IsSuccess);
        Assert.True((await kit.As(kit.Buyer, sp => commands(sp).SendAsync(large))).IsSuccess);
        var sent = await LoadAsync(kit, large);
        Assert.Equal(PurchaseOrderStatus.Sent, sent.Status);
        Assert.NotNull(sent.SentAt);

        await kit.MarkArrivedAsync(large, new LineArrival(sent.Lines[0].Id, 4m, 0m));
        var cancel = await kit.As(kit.Buyer, sp => commands(sp).CancelAsync(large, "Not needed"));
        Assert.Equal(PurchasingErrors.AlreadyReceived(sent.Number), cancel.Error);
        Assert.Equal(PurchaseOrderStatus.PartiallyReceived, (await LoadAsync(kit, large)).Status);
        Assert.True((await kit.As(kit.Buyer, sp => commands(sp).CloseAsync(large, "Rest will not come"))).IsSuccess);
        Assert.Equal(PurchaseOrderStatus.Closed, (await LoadAsync(kit, large)).Status);

        // The approved small order is cancelled with a reason (nothing received).
        Assert.False((await kit.As(kit.Buyer, sp => commands(sp).CancelAsync(small, ""))).IsSuccess);
        Assert.True((await kit.As(kit.Buyer, sp => commands(sp).CancelAsync(small, "Ordered elsewhere"))).IsSuccess);
        Assert.Equal(PurchaseOrderStatus.Cancelled, (await LoadAsync(kit, small)).Status);
    }

    [Fact]
    public async Task Approve_OnADraft_SubmitsAndApprovesInOneStep_AndTheDraftCanBeEditedBefore()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var supplier = await kit.SupplierAsync("S-ONE", "One Click Ltd");
        var product = await kit.ProductAsync("PO-ONE", 1m);
        var id = await CreateAsync(kit, kit.Buyer, Input(supplier, kit.Main, null, Line(product, 1000m, 10m)));
        var commands = (IServiceProvider sp) => sp.GetRequiredService<PurchaseOrderCommands>();

        var edited = await kit.As(kit.Buyer, sp => commands(sp).UpdateAsync(id, Input(supplier, kit.North, null, Line(product, 600m, 10m))));
        var approved = await kit.As(kit.Buyer, sp => commands(sp).ApproveAsync(id));
        var editAfter = await kit.As(kit.Buyer, sp => commands(sp).UpdateAsync(id, Input(supplier, kit.Main, null, Line(product, 1m))));

        Assert.True(edited.IsSuccess, edited.Error?.Message);
        Assert.True(approved.IsSuccess, approved.Error?.Message);
        Assert.False(editAfter.IsSuccess);
        var order = await LoadAsync(kit, id);
        Assert.Equal((PurchaseOrderStatus.Approved, kit.North, 6000m), (order.Status, order.LocationId, order.NetTotal));
        Assert.Equal(kit.Buyer, order.ApprovedBy);
    }

    [Fact]
    public async Task Pdf_ShowsTheSupplierSkusAndTotals_OnlyToTheSameTenant()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var other = await PurchasingTestKit.CreateAsync(app);
        var supplier = await kit.SupplierAsync("S-PDF", "Printed Parts Ltd");
        var product = await kit.ProductAsync("PO-PDF", 1m);
        await kit.SupplierProductAsync(supplier, product, 2.50m, supplierSku: "PP-7781");
        var id = await CreateAsync(kit, kit.Buyer, Input(supplier, kit.Main, null, Line(product, 40m, tax: 20m)));
        var number = (await LoadAsync(kit, id)).Number;

        var admin = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(admin, kit.Data.Tenant.AdminEmail);
        var response = await admin.GetAsync(PurchaseOrderQueries.PdfUrl(id));
        var stranger = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(stranger, other.Data.Tenant.AdminEmail);
        var foreign = await stranger.GetAsync(PurchaseOrderQueries.PdfUrl(id));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}");
        var text = UserDownloadsTests.PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Purchase order {number}", text, StringComparison.Ordinal);
        Assert.Contains("Printed Parts Ltd", text, StringComparison.Ordinal);
        Assert.Contains("PP-7781", text, StringComparison.Ordinal);
        Assert.Contains("PO-PDF", text, StringComparison.Ordinal);
        // 40 × 2.50 = 100.00 net, 20 % tax = 20.00, total 120.00.
        Assert.Contains("100.00", text, StringComparison.Ordinal);
        Assert.Contains("20.00", text, StringComparison.Ordinal);
        Assert.Contains("120.00", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        // The list's Excel export follows the view's filters.
        using var drafts = new XLWorkbook(await (await admin.GetAsync("/purchasing/orders/export.xlsx?status=Draft&search=printed")).Content.ReadAsStreamAsync());
        using var sent = new XLWorkbook(await (await admin.GetAsync("/purchasing/orders/export.xlsx?status=Sent")).Content.ReadAsStreamAsync());
        var row = Assert.Single(drafts.Worksheet(1).RowsUsed().Skip(1));
        Assert.Equal((number, "Printed Parts Ltd", 120.00m), (row.Cell(1).GetString(), row.Cell(7).GetString(), (decimal)row.Cell(11).GetDouble()));
        Assert.Empty(sent.Worksheet(1).RowsUsed().Skip(1));
    }

    internal static PurchaseOrderInput Input(Guid supplier, Guid location, DateOnly? date, params PurchaseOrderLineInput[] lines) =>
        new() { SupplierId = supplier, LocationId = location, OrderDate = date, Lines = [.. lines] };

    internal static PurchaseOrderLineInput Line(Guid product, decimal quantity, decimal? price = null, decimal tax = 0m) =>
        new() { ProductId = product, Quantity = quantity, UnitPrice = price, TaxRatePercent = tax };

    private static async Task<Guid> CreateAsync(PurchasingTestKit kit, string user, PurchaseOrderInput input)
    {
        var created = await kit.As(user, sp => sp.GetRequiredService<PurchaseOrderCommands>().CreateAsync(input));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }

    private static Task<PurchaseOrder> LoadAsync(PurchasingTestKit kit, Guid id) =>
        kit.InDb(db => db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == id));
}

internal static class InputExtensions
{
    public static T With<T>(this T value, Action<T> change)
    {
        change(value);
        return value;
    }
}
