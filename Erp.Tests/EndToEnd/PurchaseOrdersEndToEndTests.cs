using System.Text.RegularExpressions;
using Erp.Data;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Purchasing.Orders;
using Erp.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

/// <summary>The buyer's pages: a draft order in the list, approved and sent from its page (the PDF downloads), the editors render.</summary>
[Collection(BrowserCollection.Name)]
public class PurchaseOrdersEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Buyer_ApprovesAndSendsADraftOrder_AndGetsItsPdf()
    {
        var (number, supplierSku) = await DraftOrderAsync();
        var page = await fixture.NewPageAsync(1440, 1000);
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf(BuiltInRoles.Buyer), DemoDataSeeder.Password);

        await BrowserAppFixture.GotoInteractiveAsync(page, "/purchasing/orders?status=Draft");
        var row = page.Locator("[data-testid=po-grid] tbody tr", new() { HasText = number });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Screenshot(page, "po-list");
        await row.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/purchasing/orders/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=po-number]")).ToContainTextAsync(number);
        await Assertions.Expect(page.Locator("[data-testid=po-lines]")).ToContainTextAsync(supplierSku);

        await page.ClickAsync("[data-testid=po-approve]");
        await Assertions.Expect(page.Locator("[data-testid=po-send]")).ToBeVisibleAsync();
        await Screenshot(page, "po-approved");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=po-send]"));
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        var text = UserDownloadsTests.PdfText(await File.ReadAllBytesAsync(path));
        if (Environment.GetEnvironmentVariable("ERP_SCREENSHOTS") is { Length: > 0 } folder)
        {
            File.Copy(path, Path.Combine(folder, "po.pdf"), overwrite: true);
        }

        File.Delete(path);
        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(supplierSku, text, StringComparison.Ordinal);
        await BrowserAppFixture.GotoInteractiveAsync(page, new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator(".mud-chip", new() { HasText = "Sent" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=po-send]")).ToHaveCountAsync(0);
        await Screenshot(page, "po-sent");

        await BrowserAppFixture.GotoInteractiveAsync(page, "/purchasing/orders/new");
        await Assertions.Expect(page.Locator("[data-testid=po-save]")).ToBeVisibleAsync();
        await Screenshot(page, "po-new");
        await BrowserAppFixture.GotoInteractiveAsync(page, "/purchasing/requisitions/new");
        await Assertions.Expect(page.Locator("[data-testid=req-save]")).ToBeVisibleAsync();
        await BrowserAppFixture.GotoInteractiveAsync(page, PurchaseOrderQueries.ProposalsUrl);
        await Assertions.Expect(page.Locator("[data-testid=po-propose-now]")).ToBeVisibleAsync();
        await Screenshot(page, "po-proposals");
    }

    /// <summary>A supplier of the demo's cola with its own SKU, and a draft order for 48 of them made by the demo buyer.</summary>
    private async Task<(string Number, string SupplierSku)> DraftOrderAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await using var root = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        var userId = await root.Users.Where(u => u.Email == DemoDataSeeder.EmailOf(BuiltInRoles.Buyer)).Select(u => u.Id).SingleAsync();
        var tenantId = await root.Tenants.IgnoreQueryFilters().Where(t => t.Code == DemoDataSeeder.TenantCode).Select(t => t.Id).SingleAsync();
        return await fixture.App.InTenantAsync(tenantId, userId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var product = await db.Products.Where(p => p.Sku == "COLA-033").Select(p => p.Id).SingleAsync();
            var warehouse = await db.Locations.Where(l => l.Kind == LocationKind.Warehouse).OrderBy(l => l.Code).Select(l => l.Id).FirstAsync();
            var supplier = new Supplier("E2E-" + suffix, new SupplierFields("E2E Beverages " + suffix, null, null, null, null, null, null, "USD", 4));
            db.Suppliers.Add(supplier);
            var sku = "EB-" + suffix;
            db.SupplierProducts.Add(new SupplierProduct(supplier.Id, product, new SupplierProductFields(sku, "USD", 0.31m, 0m, null, false, [])));
            await db.SaveChangesAsync();
            var created = await sp.GetRequiredService<PurchaseOrderCommands>().CreateAsync(new PurchaseOrderInput
            {
                SupplierId = supplier.Id, LocationId = warehouse, Lines = [new() { ProductId = product, Quantity = 48m }],
            });
            Assert.True(created.IsSuccess, created.Error?.Message);
            var number = await db.PurchaseOrders.Where(o => o.Id == created.Value).Select(o => o.Number).SingleAsync();
            return (number, sku);
        });
    }

    /// <summary>Screenshots for a human look, only when ERP_SCREENSHOTS names a folder.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("ERP_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
