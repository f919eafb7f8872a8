using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Identity;
using Erp.Domain.Catalog;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Tests.EndToEnd;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Erp.Tests.Web.Features.Purchasing.Receipts;

/// <summary>
/// The receiving page in headless Chromium at tablet width: a storekeeper scans a barcode twice, gets a beep and a
/// message for an unknown code (the field keeps the focus), rejects a unit with a reason, adds freight and receives;
/// the receipt page, the list and the goods received note follow. (The lead's E2E covers the whole purchasing flow.)
/// </summary>
[Collection(BrowserCollection.Name)]
public class ReceivingBrowserTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Storekeeper_ScansRejectsAddsFreightAndReceives_AtTabletWidth()
    {
        var (orderId, sku, barcode, other) = await SeedAsync();
        var page = await fixture.NewPageAsync(820, 1180);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf(BuiltInRoles.InventoryManager), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(page, $"/purchasing/orders/{orderId}/receive");

        var scan = page.Locator("input[data-testid=receive-scan]");
        await Assertions.Expect(scan).ToBeFocusedAsync();
        await scan.FillAsync(barcode);
        await scan.PressAsync("Enter");
        await Assertions.Expect(page.Locator($"input[data-testid=receive-accepted-{sku}]")).ToHaveValueAsync("1");
        await scan.FillAsync(barcode);
        await scan.PressAsync("Enter");
        await Assertions.Expect(page.Locator($"input[data-testid=receive-accepted-{sku}]")).ToHaveValueAsync("2");
        await scan.FillAsync("0000-NOT-A-CODE");
        await scan.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=receive-scan-message]")).ToContainTextAsync("No product has");
        await Assertions.Expect(scan).ToHaveValueAsync("");
        await Assertions.Expect(scan).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator($"input[data-testid=receive-accepted-{other}]")).ToHaveValueAsync("0");

        await page.FillAsync($"input[data-testid=receive-accepted-{other}]", "3");
        await page.FillAsync($"input[data-testid=receive-rejected-{sku}]", "1");
        await page.FillAsync($"input[data-testid=receive-note-{sku}]", "Dented tin");
        await page.ClickAsync("[data-testid=receive-charge-add]");
        await page.FillAsync("input[data-testid=receive-charge-description-0]", "Freight");
        await page.FillAsync("input[data-testid=receive-charge-amount-0]", "5");
        await page.Locator("input[data-testid=receive-charge-amount-0]").BlurAsync();
        // Values 2 × 4.00 = 8.00 and 3 × 4.00 = 12.00; freight 5.00 by value → 2.00 and 3.00; unit costs 5.00 and 5.00.
        await Assertions.Expect(page.Locator($"[data-testid=receive-cost-{sku}]")).ToContainTextAsync("5.00");
        await Shot(page, "1-receiving");

        await page.ClickAsync("[data-testid=receive-post]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/purchasing/receipts/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("[data-testid=purchase-receipt-number]")).ToContainTextAsync("RCV-");
        await Assertions.Expect(page.Locator("[data-testid=purchase-receipt-value]")).ToContainTextAsync("25.00");
        await Shot(page, "2-receipt");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Lines") }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid=purchase-receipt-line-{sku}]")).ToContainTextAsync("Dented tin");
        await Shot(page, "3-lines");

        var pdf = await page.APIRequest.GetAsync(page.Url + "/pdf");
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        if (Environment.GetEnvironmentVariable("ERP_SCREENSHOTS") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "receiving-4-note.pdf"), await pdf.BodyAsync());
        }

        await BrowserAppFixture.GotoInteractiveAsync(page, "/purchasing/receipts");
        await Assertions.Expect(page.Locator("[data-testid=purchase-receipt-grid] tbody tr").First).ToContainTextAsync("RCV-");
        await Shot(page, "5-list");
    }

    /// <summary>A sent order in the demo tenant to Central Warehouse: a product with a barcode (5 × 4.00) and one without (3 × 4.00).</summary>
    private async Task<(Guid OrderId, string Sku, string Barcode, string OtherSku)> SeedAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var sku = "E2E-RCV-" + suffix;
        var other = "E2E-RCO-" + suffix;
        var first12 = "29" + Random.Shared.NextInt64(1_000_000_000L, 9_999_999_999L).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var barcode = first12 + Ean13.CheckDigit(first12).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(DemoDataSeeder.EmailOf(BuiltInRoles.Admin));
        Guid tenantId;
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync())
        {
            tenantId = await db.Tenants.IgnoreQueryFilters().Where(t => t.Code == DemoDataSeeder.TenantCode).Select(t => t.Id).SingleAsync();
        }

        var orderId = await fixture.App.InTenantAsync(tenantId, admin!.Id, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var central = await db.Locations.SingleAsync(l => l.Code == "WH1");
            var unit = await db.Units.Where(u => u.BaseUnitId == null).Select(u => u.Id).FirstAsync();
            var products = new List<Guid>();
            foreach (var (code, code128) in new[] { (sku, barcode), (other, (string?)null) })
            {
                var created = await sp.GetRequiredService<SaveProductCommand>().CreateAsync(new ProductInput
                {
                    Kind = ProductKind.Simple, Sku = code, Name = "Receiving test " + code, UnitId = unit, Cost = 4m, Price = 8m, Barcode = code128,
                });
                Assert.True(created.IsSuccess, created.Error?.Message);
                products.Add(created.Value);
            }

            var supplier = new Supplier("E2E-" + suffix, new SupplierFields("Browser Supplies " + suffix, null, null, null, null, null, null, "USD", 5));
            db.Suppliers.Add(supplier);
            var date = DateOnly.FromDateTime(DateTime.UtcNow);
            var at = DateTimeOffset.UtcNow;
            var order = new PurchaseOrder(central.OrganizationId, new OrderSupplier(supplier.Id, supplier.Code, supplier.Name, null, null),
                new PurchaseOrderHeader(central.Id, null, date, date.AddDays(5), "USD", 1m, null, null, null),
                PurchaseOrderSource.Manual, admin.Id, "Admin", at);
            order.SetLines([new PurchaseOrderLineData(products[0], sku, null, "Receiving test " + sku, 5m, 4m, 0m),
                new PurchaseOrderLineData(products[1], other, null, "Receiving test " + other, 3m, 4m, 0m)]);
            Assert.True(order.Submit(decimal.MaxValue, admin.Id, at).IsSuccess);
            Assert.True(order.MarkSent(admin.Id, at).IsSuccess);
            await using var transaction = await db.Database.BeginTransactionAsync();
            await DocumentNumberService.AssignNumberAsync(db, order, date);
            db.PurchaseOrders.Add(order);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return order.Id;
        });
        return (orderId, sku, barcode, other);
    }

    private static async Task Shot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("ERP_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"receiving-{name}.png"), FullPage = true });
        }
    }
}
