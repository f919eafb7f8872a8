using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using static Erp.Tests.Web.Features.Inventory.StockViewsTestData;

namespace Erp.Tests.Web.Features.Inventory;

/// <summary>The stock views' Excel and PDF downloads over real HTTP, read back.</summary>
public class StockDownloadsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task StockExport_OfAWarehouse_HasItsRowsWithFigures()
    {
        var data = await ValuationReportTests.SetupAsync(app);
        var client = await LoginAsync(data.Tenant.AdminEmail);

        using var workbook = await GetWorkbookAsync(client, $"/inventory/stock/export.xlsx?search=&location={data.Main}&category=&status=&empty=false&sort=sku&desc=false");

        var sheet = workbook.Worksheet(1);
        Assert.Equal(["SKU", "Name", "Location", "Unit", "On hand", "Reserved", "Available", "Unit cost", "Value", "Status"],
            sheet.Row(1).Cells(1, 10).Select(c => c.GetString()));
        var rows = sheet.RowsUsed().Skip(1)
            .Select(r => (r.Cell(1).GetString(), r.Cell(3).GetString(), r.Cell(5).GetValue<decimal>(), r.Cell(9).GetValue<decimal>(), r.Cell(10).GetString()))
            .ToList();
        Assert.Equal([("VAL-A", "Main warehouse", 5m, 10m, "In stock"), ("VAL-A", "Main warehouse / Bin A-01", 5m, 10m, "In stock")],
            rows.OrderBy(r => r.Item2, StringComparer.Ordinal));
    }

    [Fact]
    public async Task StockCardExport_HasMovementsWithBalancesAndRunningTotal()
    {
        var data = await ValuationReportTests.SetupAsync(app);
        var product = await data.InDb(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Products.Where(p => p.Sku == "VAL-A").Select(p => p.Id)));
        var client = await LoginAsync(data.Tenant.AdminEmail);

        using var workbook = await GetWorkbookAsync(client, $"/inventory/stock-card/{product}/export.xlsx?location=&from=&to=2026-03-31&newest=false");

        var sheet = workbook.Worksheet(1);
        Assert.Equal("Running total", sheet.Cell(1, 10).GetString());
        var rows = sheet.RowsUsed().Skip(1)
            .Select(r => (r.Cell(2).GetString(), r.Cell(7).GetValue<decimal>(), r.Cell(9).GetValue<decimal>(), r.Cell(10).GetValue<decimal>()))
            .ToList();
        Assert.Equal(
            [("Receipt", 5m, 5m), ("Receipt", 10m, 10m), ("Sale", -3m, 7m), ("Transfer in", 2m, 2m), ("Transfer out", -2m, 5m)],
            rows.Select(r => (r.Item1, r.Item2, r.Item3)).Order());
        Assert.Equal(12m, rows[^1].Item4); // 15 received, 3 sold; the transfer into transit moves 2 between own locations
        Assert.Equal(15m, rows[1].Item4);
    }

    [Fact]
    public async Task ValuationExcelAndPdf_ShowTheGroupsAndTheGrandTotal()
    {
        var data = await ValuationReportTests.SetupAsync(app);
        var client = await LoginAsync(data.Tenant.AdminEmail);

        using (var workbook = await GetWorkbookAsync(client, "/inventory/valuation/export.xlsx?organization=&asOf=&groupBy=Warehouse"))
        {
            var rows = workbook.Worksheet(1).RowsUsed().Skip(1)
                .Select(r => (r.Cell(1).GetString(), r.Cell(2).GetValue<decimal>(), r.Cell(3).GetValue<decimal>())).ToList();
            Assert.Equal([("Main warehouse", 10m, 20m), ("North warehouse", 5m, 17m), ("In transit", 2m, 4m), ("Total", 17m, 41m)], rows);
            Assert.Equal("Value (USD)", workbook.Worksheet(1).Cell(1, 3).GetString());
        }

        using (var past = await GetWorkbookAsync(client, "/inventory/valuation/export.xlsx?asOf=2026-03-05&groupBy=Category"))
        {
            var rows = past.Worksheet(1).RowsUsed().Skip(1).Select(r => (r.Cell(1).GetString(), r.Cell(3).GetValue<decimal>())).ToList();
            Assert.Equal([("Drinks", 30m), ("Food", 12m), ("Total", 42m)], rows);
        }

        var response = await client.GetAsync("/inventory/valuation/report.pdf?groupBy=Warehouse");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = UserDownloadsTests.PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Inventory valuation", text, StringComparison.Ordinal);
        Assert.Contains("Main warehouse 10 20.00 2.0000", text, StringComparison.Ordinal);
        Assert.Contains("North warehouse 5 17.00 3.4000", text, StringComparison.Ordinal);
        Assert.Contains("In transit 2 4.00 2.0000", text, StringComparison.Ordinal);
        Assert.Contains("Total 17 41.00 2.4118", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_AsCashier_AreRefused_AndBadFiltersGet400()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var email = $"cashier@{data.Tenant.Code}.test";
        await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        var cashier = await LoginAsync(email);
        var admin = await LoginAsync(data.Tenant.AdminEmail);

        foreach (var path in new[] { "/inventory/stock/export.xlsx", $"/inventory/stock-card/{Guid.CreateVersion7()}/export.xlsx",
                     "/inventory/valuation/export.xlsx", "/inventory/valuation/report.pdf" })
        {
            var response = await cashier.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("access-denied", StringComparison.OrdinalIgnoreCase)),
                $"{path}: {response.StatusCode} {response.Headers.Location}");
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/inventory/stock/export.xlsx?status=Plenty")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/inventory/valuation/report.pdf?asOf=31.03.2026")).StatusCode);
    }

    [Fact]
    public async Task Downloads_OfAnotherTenant_ShowNothingOrNotFound()
    {
        var tenantA = await ValuationReportTests.SetupAsync(app);
        var productOfA = await tenantA.InDb(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Products.Where(p => p.Sku == "VAL-A").Select(p => p.Id)));
        var tenantB = await InventoryTestData.CreateAsync(app);
        var client = await LoginAsync(tenantB.Tenant.AdminEmail);

        using var stock = await GetWorkbookAsync(client, $"/inventory/stock/export.xlsx?location={tenantA.Main}");
        Assert.Single(stock.Worksheet(1).RowsUsed()); // the header only
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/inventory/stock-card/{productOfA}/export.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await client.GetAsync($"/inventory/valuation/report.pdf?organization={tenantA.OrganizationId}")).StatusCode);
    }

    private async Task<HttpClient> LoginAsync(string email)
    {
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        return client;
    }

    private static async Task<XLWorkbook> GetWorkbookAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }
}
