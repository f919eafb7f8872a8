using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Inventory.Transfers;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using static Erp.Tests.Web.Features.Inventory.TransferTestSupport;

namespace Erp.Tests.Web.Features.Inventory;

public class TransferDownloadsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Excel_ExportsTheFilteredView_InTheGridsOrder()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-XLS", 1.25m);
        await data.ReceiveStockAsync(product, data.Main, 20m, 1.25m);
        var draft = await data.CreateAsync(Input(data.Main, data.North, (product, 1m)));
        var first = await data.ShippedAsync(Input(data.Main, data.North, (product, 4m)));
        var second = await data.ShippedAsync(Input(data.Main, data.MainBin, (product, 2m)));
        var numbers = new[] { (await data.DetailsAsync(first)).Number, (await data.DetailsAsync(second)).Number };
        var client = await LoginAsync(data.Tenant.AdminEmail);

        using var all = await GetWorkbookAsync(client, "/inventory/transfers/export.xlsx?search=&status=&sort=number&desc=false");
        var sheet = all.Worksheet(1);
        Assert.Equal(["Number", "Date", "Status", "From", "To", "Lines", "Shipped value", "Note"],
            sheet.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(3, sheet.RowsUsed().Count() - 1);
        Assert.Equal((await data.DetailsAsync(draft)).Number, sheet.Cell(2, 1).GetString());

        using var shipped = await GetWorkbookAsync(client, "/inventory/transfers/export.xlsx?status=Shipped&sort=number&desc=true");
        var rows = shipped.Worksheet(1).RowsUsed().Skip(1).ToList();
        Assert.Equal(numbers.Reverse(), rows.Select(r => r.Cell(1).GetString()));
        Assert.Equal(["Shipped", "Shipped"], rows.Select(r => r.Cell(3).GetString()));
        Assert.Equal("Main warehouse", rows[1].Cell(4).GetString());
        Assert.Equal("North warehouse", rows[1].Cell(5).GetString());
        Assert.Equal(5.00m, rows[1].Cell(7).GetValue<decimal>()); // 4 × 1.25
        Assert.Equal(2.50m, rows[0].Cell(7).GetValue<decimal>());

        var bad = await client.GetAsync("/inventory/transfers/export.xlsx?status=Lost");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Pdf_ShowsLinesQuantitiesValuesAndTheDifference()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-PDF", 2m);
        await data.ReceiveStockAsync(product, data.Main, 10m, 2m);
        var id = await data.ShippedAsync(Input(data.Main, data.North, (product, 10m)));
        var lineId = (await data.DetailsAsync(id)).Lines.Single().Id;
        Assert.True((await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [lineId] = 7m }))).IsSuccess);
        var number = (await data.DetailsAsync(id)).Number;
        var client = await LoginAsync(data.Tenant.AdminEmail);

        var response = await client.GetAsync($"/inventory/transfers/{id}/pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("ERP_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "transfer.pdf"), bytes);
        }

        var text = UserDownloadsTests.PdfText(bytes);
        Assert.Contains($"Stock transfer {number}", text, StringComparison.Ordinal);
        Assert.Contains("Partially received", text, StringComparison.Ordinal);
        Assert.Contains("Main warehouse", text, StringComparison.Ordinal);
        Assert.Contains("North warehouse", text, StringComparison.Ordinal);
        Assert.Contains("TRF-PDF", text, StringComparison.Ordinal);
        Assert.Contains("TRF-PDF: shipped 10, received 7 (3 PCS in transit)", text, StringComparison.Ordinal);
        Assert.Contains("Shipped value 20.00", text, StringComparison.Ordinal);
        Assert.Contains("Received value 14.00", text, StringComparison.Ordinal);
        Assert.Contains("Still in transit 6.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_AreRefusedWithoutView_AndAnotherTenantsTransferIsNotFound()
    {
        var a = await InventoryTestData.CreateAsync(app);
        var b = await InventoryTestData.CreateAsync(app);
        var product = await a.ProductAsync("TRF-SEC", 1m);
        await a.ReceiveStockAsync(product, a.Main, 5m, 1m);
        var id = await a.CreateAsync(Input(a.Main, a.North, (product, 1m)));

        var clientB = await LoginAsync(b.Tenant.AdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await clientB.GetAsync($"/inventory/transfers/{id}/pdf")).StatusCode);
        using var exportB = await GetWorkbookAsync(clientB, "/inventory/transfers/export.xlsx");
        Assert.Single(exportB.Worksheet(1).RowsUsed()); // the header only

        var cashier = $"cashier-trf@{a.Tenant.Code}.test";
        await a.Tenant.AddUserAsync(BuiltInRoles.Cashier, cashier);
        var cashierClient = await LoginAsync(cashier);
        foreach (var path in new[] { "/inventory/transfers/export.xlsx", $"/inventory/transfers/{id}/pdf" })
        {
            var response = await cashierClient.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("access-denied", StringComparison.OrdinalIgnoreCase)),
                $"{path}: {response.StatusCode} {response.Headers.Location}");
        }
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
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }
}
