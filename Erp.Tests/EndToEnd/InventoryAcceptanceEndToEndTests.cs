using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Platform;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Inventory.Valuation;
using Erp.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

/// <summary>
/// The inventory acceptance point, all through the UI in headless Chromium as the demo inventory manager: receive stock,
/// transfer part of it, count it with a difference and post the count; the stock card shows each step; the stock card
/// Excel and the valuation PDF hold the right figures. No stock is seeded: it all comes from the receipt typed in the UI.
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class InventoryAcceptanceEndToEndTests(BrowserAppFixture fixture)
{
    private sealed record Demo(Guid TenantId, string UserId, Guid Product, string Sku, string Category, Guid Second, string SecondName);

    [Fact]
    public async Task InventoryManager_ReceivesTransfersCountsAndPosts_StockCardExcelAndValuationPdfShowTheFigures()
    {
        var demo = await SeedAsync();
        var centralBefore = await CentralValuationAsync(demo);
        var page = await fixture.NewPageAsync(1400, 900);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf(BuiltInRoles.InventoryManager), DemoDataSeeder.Password);

        // 1. Goods receipt: 10 at 2.50 into Central Warehouse (the catalog cost is 1.00: the typed cost must win).
        await BrowserAppFixture.GotoInteractiveAsync(page, "/inventory/receipts/new");
        await PickAsync(page, "receipt-location", "Central Warehouse");
        var product = page.Locator("input[data-testid=receipt-line-0-product]");
        await product.PressSequentiallyAsync(demo.Sku);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = demo.Sku }).First.ClickAsync();
        await Assertions.Expect(product).ToHaveValueAsync(new Regex(Regex.Escape(demo.Sku)));
        await SetNumberAsync(page, "receipt-line-0-quantity", "10");
        await SetNumberAsync(page, "receipt-line-0-cost", "2.50");
        await Shot(page, "1-receipt-new");
        await page.ClickAsync("[data-testid=receipt-save]");
        await page.WaitForURLAsync(new Regex("/inventory/receipts/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("[data-testid=receipt-total]")).ToContainTextAsync("25.00");
        await page.ClickAsync("[data-testid=receipt-post]");
        await page.ClickAsync(".mud-dialog [data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator(".mud-chip[data-status=Posted]")).ToBeVisibleAsync();
        var receiptNumber = await NumberAsync(page, "receipt-number", "Goods receipt ");
        await Shot(page, "1-receipt-posted");

        // 2. Transfer 4 from Central Warehouse to the second warehouse: ship, then receive everything.
        await BrowserAppFixture.GotoInteractiveAsync(page, "/inventory/transfers/new");
        await PickAsync(page, "transfer-from", "Central Warehouse");
        await PickAsync(page, "transfer-to", demo.SecondName);
        await page.FillAsync("input[data-testid=transfer-scan]", demo.Sku);
        await page.PressAsync("input[data-testid=transfer-scan]", "Enter");
        await Assertions.Expect(page.Locator("input[data-testid=line-product-0]")).ToHaveValueAsync(new Regex(Regex.Escape(demo.Sku)));
        await page.FillAsync("input[data-testid=line-qty-0]", "4");
        await page.ClickAsync("[data-testid=transfer-save]");
        await page.WaitForURLAsync(new Regex("/inventory/transfers/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("[data-testid=transfer-status] [data-status]")).ToHaveAttributeAsync("data-status", "Draft");
        await page.ClickAsync("[data-testid=transfer-ship]");
        await page.ClickAsync(".mud-dialog [data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator("[data-testid=transfer-status] [data-status]")).ToHaveAttributeAsync("data-status", "Shipped");
        await Assertions.Expect(page.Locator("[data-testid=value-in-transit]")).ToHaveTextAsync("10.00");
        await page.ClickAsync("[data-testid=transfer-receive]");
        await Assertions.Expect(page.Locator("input[data-testid=receive-qty-1]")).ToHaveValueAsync("4");
        await page.ClickAsync("[data-testid=receive-confirm]");
        await Assertions.Expect(page.Locator("[data-testid=transfer-status] [data-status]")).ToHaveAttributeAsync("data-status", "Received");
        await Assertions.Expect(page.Locator("[data-testid=line-1] [data-testid=line-received]")).ToHaveTextAsync("4");
        await Assertions.Expect(page.Locator("[data-testid=line-1] [data-testid=line-difference]")).ToHaveTextAsync("0");
        var transferNumber = await NumberAsync(page, "transfer-number", "Transfer ");
        await Shot(page, "2-transfer-received");

        // 3. Count the second warehouse: 3 counted where 4 are expected, review (−1, −2.50), post.
        await BrowserAppFixture.GotoInteractiveAsync(page, "/inventory/counts/new");
        await PickAsync(page, "count-location", demo.SecondName);
        await page.ClickAsync("[data-testid=count-create]");
        await page.WaitForURLAsync(new Regex("/inventory/counts/[0-9a-f-]{36}$"), new() { WaitUntil = WaitUntilState.Commit });
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await page.ClickAsync("[data-testid=count-start]");
        await page.ClickAsync(".mud-dialog [data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator(".mud-chip[data-status=InProgress]")).ToBeVisibleAsync();
        var counted = page.Locator($"input[data-testid=counted-{demo.Sku}-{demo.Second}]");
        await counted.FillAsync("3");
        await counted.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=count-summary]")).ToContainTextAsync("1 of 1 lines counted");
        await Shot(page, "3-count-counting");
        await page.ClickAsync("[data-testid=count-review]");
        await Assertions.Expect(page.Locator(".mud-chip[data-status=Review]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=count-totals]")).ToContainTextAsync("-2.50");
        await page.ClickAsync("[data-testid=count-post]");
        await page.ClickAsync(".mud-dialog [data-testid=confirm-ok]");
        await Assertions.Expect(page.Locator(".mud-chip[data-status=Posted]")).ToBeVisibleAsync();
        var countNumber = await NumberAsync(page, "count-title", "Stock count ");
        await Shot(page, "3-count-posted");

        // 4. The stock card shows every step with its document number and running balance; 9 on hand (6 + 3).
        await BrowserAppFixture.GotoInteractiveAsync(page, $"/inventory/stock-card/{demo.Product}");
        await Assertions.Expect(page.Locator("[data-testid=stock-card-onhand]")).ToHaveTextAsync("9");
        var rows = page.Locator(".stock-card-grid tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(6);
        await Shot(page, "4-stock-card");
        var receiptRow = rows.Filter(new() { HasText = receiptNumber });
        await Assertions.Expect(receiptRow).ToHaveCountAsync(1);
        await Assertions.Expect(receiptRow).ToContainTextAsync("Receipt");
        await Assertions.Expect(receiptRow).ToContainTextAsync("+10");
        await Assertions.Expect(receiptRow).ToContainTextAsync("0 → 10");
        var transferRows = rows.Filter(new() { HasText = transferNumber });
        await Assertions.Expect(transferRows).ToHaveCountAsync(4);
        await Assertions.Expect(transferRows.Filter(new() { HasText = "Central Warehouse" })).ToContainTextAsync("10 → 6");
        await Assertions.Expect(transferRows.Filter(new() { HasText = "In transit" })).ToHaveCountAsync(2);
        await Assertions.Expect(transferRows.Filter(new() { HasText = demo.SecondName })).ToContainTextAsync("0 → 4");
        var countRow = rows.Filter(new() { HasText = countNumber });
        await Assertions.Expect(countRow).ToHaveCountAsync(1);
        await Assertions.Expect(countRow).ToContainTextAsync("Count loss");
        await Assertions.Expect(countRow).ToContainTextAsync("4 → 3");

        // 5a. The stock card's Excel button: the same six movements, read back with ClosedXML.
        var excel = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=grid-excel]"));
        var excelPath = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await excel.SaveAsAsync(excelPath);
        List<(string Kind, string Document, string Location, decimal Quantity, decimal After, decimal Value)> movements;
        using (var workbook = new XLWorkbook(excelPath))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal(["Kind", "Document", "Location", "Quantity", "After", "Value"], HeaderColumns.Select(c => sheet.Cell(1, c).GetString()));
            movements = sheet.RowsUsed().Skip(1).Select(r => (r.Cell(2).GetString(), r.Cell(3).GetString(), r.Cell(4).GetString(),
                r.Cell(7).GetValue<decimal>(), r.Cell(9).GetValue<decimal>(), r.Cell(12).GetValue<decimal>())).ToList();
        }

        File.Delete(excelPath);
        Assert.Equal(6, movements.Count);
        Assert.Contains(("Receipt", receiptNumber, 10m, 10m, 25.00m), movements.Select(m => (m.Kind, m.Document, m.Quantity, m.After, m.Value)));
        Assert.Contains(movements, m => m is { Kind: "Transfer out", Quantity: -4m, After: 6m } && m.Location.Contains("Central Warehouse", StringComparison.Ordinal) && m.Document == transferNumber);
        Assert.Contains(movements, m => m is { Kind: "Transfer in", Quantity: 4m, After: 4m } && m.Location.Contains(demo.SecondName, StringComparison.Ordinal) && m.Document == transferNumber);
        Assert.Contains(("Count loss", countNumber, -1m, 3m, -2.50m), movements.Select(m => (m.Kind, m.Document, m.Quantity, m.After, m.Value)));
        Assert.Equal(9m, movements.Sum(m => m.Quantity));
        Assert.Equal(22.50m, movements.Sum(m => m.Value));
        Assert.Equal(0m, movements.Where(m => m.Location.Contains("In transit", StringComparison.Ordinal)).Sum(m => m.Quantity));

        // 5b. The valuation PDF per warehouse: 3 worth 7.50 at the second warehouse, Central up by 6 worth 15.00.
        await BrowserAppFixture.GotoInteractiveAsync(page, "/inventory/valuation");
        await Assertions.Expect(page.Locator("[data-testid=valuation-row]").Filter(new() { HasText = demo.SecondName })).ToHaveCountAsync(1);
        await Shot(page, "5-valuation");
        var byWarehouse = await DownloadPdfTextAsync(page);
        Assert.Contains($"{demo.SecondName} 3 7.50 2.5000", byWarehouse, StringComparison.Ordinal);
        var central = CentralRow().Match(byWarehouse);
        Assert.True(central.Success, byWarehouse);
        Assert.Equal(centralBefore.Quantity + 6m, decimal.Parse(central.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture));
        Assert.Equal(centralBefore.Value + 15.00m, decimal.Parse(central.Groups[2].Value, NumberStyles.Number, CultureInfo.InvariantCulture));

        // 5c. Per category (the product has a category of its own): the product's whole stock, 9 worth 22.50.
        await PickAsync(page, "valuation-groupby", "Category");
        await Assertions.Expect(page.Locator("[data-testid=valuation-row]").Filter(new() { HasText = demo.Category })).ToContainTextAsync("22.50");
        var byCategory = await DownloadPdfTextAsync(page);
        Assert.Contains($"{demo.Category} 9 22.50 2.5000", byCategory, StringComparison.Ordinal);
    }

    private static readonly int[] HeaderColumns = [2, 3, 4, 7, 9, 12];

    [GeneratedRegex(@"Central Warehouse ([\d,.]+) ([\d,.]+) ")]
    private static partial Regex CentralRow();

    /// <summary>A fresh product (in a category of its own, catalog cost 1.00) and a second warehouse in Central's organization; no stock.</summary>
    private async Task<Demo> SeedAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var sku = "E2E-ACC-" + suffix;
        var second = "Annex " + suffix;
        var category = "Acceptance " + suffix;
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await using var root = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        var userId = await root.Users.Where(u => u.Email == DemoDataSeeder.EmailOf(BuiltInRoles.InventoryManager)).Select(u => u.Id).SingleAsync();
        var tenantId = await root.Tenants.IgnoreQueryFilters().Where(t => t.Code == DemoDataSeeder.TenantCode).Select(t => t.Id).SingleAsync();
        return await fixture.App.InTenantAsync(tenantId, userId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var central = await db.Locations.SingleAsync(l => l.Code == "WH1");
            var warehouse = new Erp.Domain.Platform.Location(central.OrganizationId, second, "A-" + suffix, LocationKind.Warehouse);
            var group = new Category(category);
            db.Locations.Add(warehouse);
            db.Categories.Add(group);
            await db.SaveChangesAsync();
            var unit = await db.Units.Where(u => u.BaseUnitId == null).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync();
            var created = await sp.GetRequiredService<SaveProductCommand>().CreateAsync(new ProductInput
            {
                Kind = ProductKind.Simple, Sku = sku, Name = "Acceptance item " + suffix, UnitId = unit, Cost = 1m, Price = 5m, CategoryId = group.Id,
            });
            Assert.True(created.IsSuccess, created.Error?.Message);
            return new Demo(tenantId, userId, created.Value, sku, category, warehouse.Id, second);
        });
    }

    /// <summary>Central Warehouse's row of today's valuation before the test: other tests of the collection leave stock there.</summary>
    private Task<(decimal Quantity, decimal Value)> CentralValuationAsync(Demo demo) =>
        fixture.App.InTenantAsync(demo.TenantId, demo.UserId, async sp =>
        {
            var report = await sp.GetRequiredService<ValuationQueries>().GetAsync(new ValuationQuery());
            Assert.True(report.IsSuccess, report.Error?.Message);
            var row = report.Value.Rows.SingleOrDefault(r => r.Group == "Central Warehouse");
            return (row?.Quantity ?? 0m, row?.Value ?? 0m);
        });

    private static async Task<string> DownloadPdfTextAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=grid-pdf]"));
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        try
        {
            return UserDownloadsTests.PdfText(await File.ReadAllBytesAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The document number from a heading such as "Transfer TR-2026-00001".</summary>
    private static async Task<string> NumberAsync(IPage page, string testId, string prefix)
    {
        var heading = page.Locator($"[data-testid={testId}]");
        await Assertions.Expect(heading).ToHaveTextAsync(new Regex("^" + Regex.Escape(prefix) + @"\S+$"));
        var number = (await heading.InnerTextAsync()).Trim()[prefix.Length..];
        Assert.False(string.IsNullOrWhiteSpace(number));
        return number;
    }

    /// <summary>Types into a MudNumericField and leaves it, so the value is bound before the next click.</summary>
    private static async Task SetNumberAsync(IPage page, string testId, string value)
    {
        var input = page.Locator($"input[data-testid={testId}]");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
        await Assertions.Expect(input).ToHaveValueAsync(new Regex("^" + Regex.Escape(value.TrimEnd('0').TrimEnd('.'))));
    }

    /// <summary>Opens a MudSelect by its test id and picks the option containing <paramref name="text"/>.</summary>
    private static async Task PickAsync(IPage page, string testId, string text)
    {
        await page.Locator($"[data-testid={testId}]").Locator("xpath=ancestor::div[contains(@class,'mud-select')][1]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = text }).First.ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private static Task Shot(IPage page, string name) =>
        Environment.GetEnvironmentVariable("ERP_SCREENSHOTS") is { Length: > 0 } folder
            ? page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "acceptance-" + name + ".png"), FullPage = true })
            : Task.CompletedTask;
}
