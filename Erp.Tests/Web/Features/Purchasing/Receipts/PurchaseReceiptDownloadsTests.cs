using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Purchasing.Receipts;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Purchasing.Receipts;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Purchasing.Receipts.ReceivingTestKit;

namespace Erp.Tests.Web.Features.Purchasing.Receipts;

public class PurchaseReceiptDownloadsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task ListAndExcel_FilterBySupplierDateAndSearch_AndShowTheStockValueAdded()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var p = await kit.ProductAsync("XRC", 1m);
        var acme = await kit.SupplierAsync("SUP-X1", "Acme Parts");
        var bolt = await kit.SupplierAsync("SUP-X2", "Bolt Brothers");
        var first = await kit.SentOrderAsync(acme, [(p, 10m, 2m)]);
        var second = await kit.SentOrderAsync(bolt, [(p, 10m, 3m)]);
        var early = Receipt(first.OrderId, Accept(first.LineIds[0], 4m)).WithCharges(LandedCostBasis.ByValue, ("Freight", 1.50m));
        early.ReceivedDate = new DateOnly(2026, 11, 20);
        early.DeliveryNote = "ACME-777";
        await kit.ReceivedAsync(early);
        await kit.ReceivedAsync(Receipt(first.OrderId, Accept(first.LineIds[0], 6m)));
        await kit.ReceivedAsync(Receipt(second.OrderId, Accept(second.LineIds[0], 10m)));

        var bySupplier = await kit.As(kit.Storekeeper, sp => sp.GetRequiredService<PurchaseReceiptQueries>()
            .ListAsync(new PurchaseReceiptListQuery(SupplierId: acme, Sort: "number"), 0, 25));
        var byNote = await kit.As(kit.Accountant, sp => sp.GetRequiredService<PurchaseReceiptQueries>()
            .ListAsync(new PurchaseReceiptListQuery(Search: "acme-7"), 0, 25));
        var byOrder = await kit.As(kit.Buyer, sp => sp.GetRequiredService<PurchaseReceiptQueries>()
            .ListAsync(new PurchaseReceiptListQuery(Search: second.Number), 0, 25));

        Assert.Equal(2, bySupplier.Value.Total);
        Assert.Equal([9.50m, 12.00m], bySupplier.Value.Items.Select(r => r.StockValue)); // 4 × 2.00 + 1.50 freight; 6 × 2.00
        Assert.Equal("ACME-777", Assert.Single(byNote.Value.Items).DeliveryNote);
        Assert.Equal("Bolt Brothers", Assert.Single(byOrder.Value.Items).SupplierName);

        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, kit.Data.Tenant.AdminEmail);
        var response = await client.GetAsync("/purchasing/receipts/export.xlsx?search=&supplier=&from=2026-12-01&to=&sort=number&desc=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["Number", "Date", "Purchase order", "Supplier", "Delivery note", "Lines", "Landed costs", "Stock value"],
            sheet.Row(1).Cells(1, 8).Select(c => c.GetString()));
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(["RCV-2026-000003", "RCV-2026-000002"], rows.Select(r => r.Cell(1).GetString())); // the November one is filtered out
        Assert.Equal([30m, 12m], rows.Select(r => (decimal)r.Cell(8).GetDouble()));

        var bad = await client.GetAsync("/purchasing/receipts/export.xlsx?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task GoodsReceivedNotePdf_ShowsQualityResultsChargesAndUnitCosts_OnlyToItsTenant()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var other = await PurchasingTestKit.CreateAsync(app);
        var p = await kit.ProductAsync("GRNPDF", 1m);
        var supplier = await kit.SupplierAsync("SUP-PDF", "Paper Goods");
        var order = await kit.SentOrderAsync(supplier, [(p, 10m, 2m)]);
        var input = Receipt(order.OrderId, Accept(order.LineIds[0], 8m, rejected: 2m, note: "Wet cartons"))
            .WithCharges(LandedCostBasis.ByValue, ("Sea freight", 4.00m));
        var posted = await kit.ReceivedAsync(input);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, kit.Data.Tenant.AdminEmail);
        var stranger = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(stranger, other.Data.Tenant.AdminEmail);

        var response = await client.GetAsync($"/purchasing/receipts/{posted.Id}/pdf");
        var foreign = await stranger.GetAsync($"/purchasing/receipts/{posted.Id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = UserDownloadsTests.PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Goods received note RCV-2026-000001", text, StringComparison.Ordinal);
        Assert.Contains(order.Number, text, StringComparison.Ordinal);
        Assert.Contains("cartons", text, StringComparison.Ordinal); // the QC note (wrapped in its narrow column)
        Assert.Contains("Sea freight", text, StringComparison.Ordinal);
        Assert.Contains("2.50", text, StringComparison.Ordinal); // unit cost (8 × 2.00 + 4.00) / 8
        Assert.Contains("20.00", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }
}
