using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Inventory.Adjustments;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using static Erp.Tests.Web.Features.Inventory.ReceiptsTestKit;

namespace Erp.Tests.Web.Features.Inventory;

public class ReceiptDownloadsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task ReceiptExport_ContainsTheFilteredViewInOrder()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("XLS", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 2m, 10m));
        await data.ReceiveAsync(data.Main, Line(p, 1m, 7.5m));
        await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, 99m)));
        var client = await LoginAsync(data.Tenant.AdminEmail);

        var response = await client.GetAsync("/inventory/receipts/export.xlsx?search=&status=Posted&sort=total&desc=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["Number", "Date", "Status", "Location", "Supplier reference", "Currency", "Total", "Lines"],
            sheet.Row(1).Cells(1, 8).Select(c => c.GetString()));
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(["GRN-2026-000001", "GRN-2026-000002"], rows.Select(r => r.Cell(1).GetString()));
        Assert.Equal([20m, 7.5m], rows.Select(r => (decimal)r.Cell(7).GetDouble()));
        Assert.All(rows, r => Assert.Equal("Posted", r.Cell(3).GetString()));
    }

    [Fact]
    public async Task ReceiptPdf_ShowsNumberLinesAndTotal()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("PDFCOLA", 1m);
        var id = await data.ReceiveAsync(data.Main, Line(p, 2m, 30m, data.Basics.Box));
        var client = await LoginAsync(data.Tenant.AdminEmail);

        var response = await client.GetAsync($"/inventory/receipts/{id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = UserDownloadsTests.PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Goods receipt GRN-2026-000001", text, StringComparison.Ordinal);
        Assert.Contains("PDFCOLA", text, StringComparison.Ordinal);
        Assert.Contains("Main warehouse", text, StringComparison.Ordinal);
        Assert.Contains("INV-778", text, StringComparison.Ordinal);
        Assert.Contains("60.00", text, StringComparison.Ordinal);
        Assert.Contains("24 PCS", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScrapExport_AndAdjustmentPdf_AreSeparatedByKind()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("SCRXLS", 1m);
        await data.ReceiveAsync(data.Main, Line(p, 10m, 1m));
        var scrap = await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Scrap, "Expiry", Change(p, 2m)));
        await data.PostAdjustmentAsync(scrap.Value);
        await data.CreateAdjustmentAsync(await data.AdjustmentAsync(AdjustmentKind.Adjustment, "Found", Change(p, 1m)));
        var client = await LoginAsync(data.Tenant.AdminEmail);

        using var workbook = new XLWorkbook(await (await client.GetAsync("/inventory/scrap/export.xlsx")).Content.ReadAsStreamAsync());
        var pdf = UserDownloadsTests.PdfText(await client.GetByteArrayAsync($"/inventory/adjustments/{scrap.Value}/pdf"));

        Assert.Equal(["SCR-2026-000001"], workbook.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        Assert.Contains("Scrap SCR-2026-000001", pdf, StringComparison.Ordinal);
        Assert.Contains("Expiry", pdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_OfAnotherTenant_AreNotFound_AndWithoutViewAreRefused()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var other = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("SECRET", 1m);
        var id = await data.ReceiveAsync(data.Main, Line(p, 1m, 1m));
        var otherClient = await LoginAsync(other.Tenant.AdminEmail);
        var cashierEmail = $"cashier@{data.Tenant.Code}.test";
        await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, cashierEmail);
        var cashier = await LoginAsync(cashierEmail);

        var foreign = await otherClient.GetAsync($"/inventory/receipts/{id}/pdf");
        using var foreignList = new XLWorkbook(await (await otherClient.GetAsync("/inventory/receipts/export.xlsx")).Content.ReadAsStreamAsync());
        var refused = await cashier.GetAsync($"/inventory/receipts/{id}/pdf");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Single(foreignList.Worksheet(1).RowsUsed()); // header only
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEqual("application/pdf", refused.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpClient> LoginAsync(string email)
    {
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        return client;
    }
}
