using System.Net;
using ClosedXML.Excel;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Sales.Pricing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Pricing;

/// <summary>A price list's items out to Excel over real HTTP and back in through the import.</summary>
public class PriceListExcelTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static MemoryStream Workbook(params object?[][] rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Prices");
        string[] headers = ["SKU", "Price", "Min quantity", "Valid from", "Valid to"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 2, c + 1).Value = rows[r][c] switch
                {
                    null => "",
                    decimal d => d,
                    int i => i,
                    DateTime dt => dt,
                    var o => o.ToString(),
                };
            }
        }

        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private static async Task<(InventoryTestData Data, Guid List, Guid Cola)> SetupAsync(ErpAppFactory app)
    {
        var data = await InventoryTestData.CreateAsync(app);
        var cola = await data.ProductAsync("COLA", 0.40m);
        await data.ProductAsync("WATER", 0.20m);
        var list = (await data.AsAdmin(sp => sp.GetRequiredService<PriceListCommands>().CreateAsync(
            new PriceListInput { Name = "Wholesale", CurrencyCode = "USD" }))).Value;
        await data.AsAdmin(sp => sp.GetRequiredService<PriceListCommands>().SaveItemAsync(list,
            new PriceListItemInput { ProductId = cola, Price = 0.95m }));
        return (data, list, cola);
    }

    [Fact]
    public async Task Import_AnyBadRow_ImportsNothing_AndListsEveryProblem()
    {
        var (data, list, _) = await SetupAsync(app);

        var outcome = await data.AsAdmin(sp => sp.GetRequiredService<PriceListImportCommand>().ImportAsync(list, Workbook(
            ["WATER", 0.50m, 0, null, null],
            ["NOPE", 1m, 0, null, null],
            ["WATER", -1m, 10, null, null],
            ["WATER", 0.45m, 48, "2027-02-01", "2027-01-01"],
            ["WATER", 0.55m, 0, "2027-01-01", null],
            ["COLA", 0.90m, 0, "2027-01-01", null],
            ["COLA", "abc", 5, "someday", null])));

        Assert.True(outcome.IsSuccess);
        Assert.Equal([3, 4, 5, 6, 7, 8], outcome.Value.Problems.Select(p => p.Line));
        Assert.Contains("no product has the SKU NOPE", outcome.Value.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("cannot be negative", outcome.Value.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("\"Valid to\" cannot be before", outcome.Value.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("overlaps line 2", outcome.Value.Problems[3].Reason, StringComparison.Ordinal);
        Assert.Contains("already has a price", outcome.Value.Problems[4].Reason, StringComparison.Ordinal);
        Assert.Contains("\"abc\" is not a number", outcome.Value.Problems[5].Reason, StringComparison.Ordinal);
        Assert.Contains("\"someday\" is not a date", outcome.Value.Problems[5].Reason, StringComparison.Ordinal);
        Assert.Equal(1, await data.InDb(db => db.PriceListItems.CountAsync()));
    }

    [Fact]
    public async Task ExportThenImport_UpdatesMatchingItemsAndAddsNewOnes_AndOtherTenantsGet404()
    {
        var (data, list, cola) = await SetupAsync(app);
        var other = await InventoryTestData.CreateAsync(app);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, data.Tenant.AdminEmail);
        var outsider = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(outsider, other.Tenant.AdminEmail);

        var response = await client.GetAsync(PriceListDownloadEndpoints.ExportUrl(list));
        var foreign = await outsider.GetAsync(PriceListDownloadEndpoints.ExportUrl(list));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        using var exported = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = exported.Worksheet(1);
        Assert.Equal(["SKU", "Product", "Price", "Min quantity", "Valid from", "Valid to"], sheet.Row(1).Cells(1, 6).Select(c => c.GetString()));
        Assert.Equal(("COLA", 0.95m), (sheet.Cell(2, 1).GetString(), sheet.Cell(2, 3).GetValue<decimal>()));

        // Edit the exported file: new price for the existing item, a new break, a dated water price (as an Excel date).
        sheet.Cell(2, 3).Value = 0.99m;
        sheet.Cell(3, 1).Value = "COLA";
        sheet.Cell(3, 3).Value = 0.85m;
        sheet.Cell(3, 4).Value = 48;
        sheet.Cell(4, 1).Value = "water";
        sheet.Cell(4, 3).Value = 0.45m;
        sheet.Cell(4, 5).Value = new DateTime(2027, 1, 1);
        var edited = new MemoryStream();
        exported.SaveAs(edited);
        edited.Position = 0;
        var outcome = await data.AsAdmin(sp => sp.GetRequiredService<PriceListImportCommand>().ImportAsync(list, edited));

        Assert.True(outcome.Value.Succeeded, string.Join(" ", outcome.Value.Problems.Select(p => p.Reason)));
        Assert.Equal(3, outcome.Value.Imported);
        var items = (await data.AsAdmin(sp => sp.GetRequiredService<PriceListQueries>().ItemsAsync(list))).Value;
        Assert.Equal([("COLA", 0m, 0.99m, (DateOnly?)null), ("COLA", 48m, 0.85m, null), ("WATER", 0m, 0.45m, new DateOnly(2027, 1, 1))],
            items.Select(i => (i.Sku, i.MinQuantity, i.Price, i.ValidFrom)));
        Assert.Equal(cola, items[0].ProductId);
    }
}
