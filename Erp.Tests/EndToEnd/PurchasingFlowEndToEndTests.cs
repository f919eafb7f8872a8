using System.Text.RegularExpressions;
using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing.Bills;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Purchasing.Orders;
using Erp.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

/// <summary>
/// Acceptance (issue 6), in the demo tenant: an item falls to its reorder point; the buyer has replenishment propose,
/// reviews the proposal, approves and sends it (the PDF downloads); the storekeeper receives it by typing its barcode;
/// the accountant records the supplier's bill from the order and pays it.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PurchasingFlowEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Buyer_SendsAProposal_StorekeeperReceivesByBarcode_AccountantBillsAndPaysIt()
    {
        var item = await LowItemAsync();

        // The buyer asks for proposals and finds the one for the new supplier: 6 (the reorder quantity) at 1.50 = 9.00, plus
        // 16 % tax (the demo's default rate, the product has no tax category of its own) = 10.44.
        var buyer = await fixture.NewPageAsync(1440, 1000);
        await BrowserAppFixture.LoginAsync(buyer, DemoDataSeeder.EmailOf(BuiltInRoles.Buyer), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(buyer, PurchaseOrderQueries.ProposalsUrl);
        await buyer.ClickAsync("[data-testid=po-propose-now]");
        var row = buyer.Locator("[data-testid=po-grid] tbody tr", new() { HasText = item.SupplierName });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Screenshot(buyer, "flow-proposals");
        await row.Locator("[data-testid=po-link]").ClickAsync();
        await buyer.WaitForURLAsync(new Regex("/purchasing/orders/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(buyer);
        var orderId = Guid.Parse(new Uri(buyer.Url).Segments[^1]);
        await Assertions.Expect(buyer.Locator("[data-testid=po-lines]")).ToContainTextAsync(item.SupplierSku);
        await Assertions.Expect(buyer.Locator("[data-testid=po-total]")).ToContainTextAsync("10.44");

        await buyer.ClickAsync("[data-testid=po-approve]");
        await Assertions.Expect(buyer.Locator("[data-testid=po-send]")).ToBeVisibleAsync();
        var download = await buyer.RunAndWaitForDownloadAsync(() => buyer.ClickAsync("[data-testid=po-send]"));
        var pdf = UserDownloadsTests.PdfText(await File.ReadAllBytesAsync(await download.PathAsync()));
        var order = await InTenantAsync(db => db.PurchaseOrders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == orderId));
        Assert.Equal((PurchaseOrderStatus.Sent, PurchaseOrderSource.Replenishment), (order.Status, order.Source));
        Assert.Equal(6m, Assert.Single(order.Lines).Quantity);
        Assert.Contains(order.Number, pdf, StringComparison.Ordinal);
        Assert.Contains(item.SupplierSku, pdf, StringComparison.Ordinal);

        // The storekeeper receives it by typing the barcode six times (the scan field keeps the focus).
        var storekeeper = await fixture.NewPageAsync(1024, 768);
        await BrowserAppFixture.LoginAsync(storekeeper, DemoDataSeeder.EmailOf(BuiltInRoles.InventoryManager), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(storekeeper, PurchaseOrderQueries.DetailUrl(orderId));
        await storekeeper.ClickAsync("[data-testid=po-receive]");
        await storekeeper.WaitForURLAsync(url => url.EndsWith("/receive", StringComparison.Ordinal));
        await BrowserAppFixture.WaitForInteractiveAsync(storekeeper);
        var scan = storekeeper.Locator("input[data-testid=receive-scan]");
        await scan.FocusAsync();
        var accepted = storekeeper.Locator($"input[data-testid=receive-accepted-{item.Sku}]");
        for (var i = 1; i <= 6; i++)
        {
            await storekeeper.Keyboard.TypeAsync(item.Barcode);
            await storekeeper.Keyboard.PressAsync("Enter");
            await Assertions.Expect(accepted).ToHaveValueAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Screenshot(storekeeper, "flow-receive");
        await storekeeper.ClickAsync("[data-testid=receive-post]");
        await storekeeper.WaitForURLAsync(new Regex("/purchasing/receipts/[0-9a-f-]{36}$"));
        Assert.Equal(8m, await InTenantAsync(db => db.StockLevels.Where(l => l.ProductId == item.ProductId && l.LocationId == item.WarehouseId)
            .Select(l => l.OnHand).SingleAsync()));

        // The accountant records the bill from the order (exactly what was received: open at once) and pays it.
        var accountant = await fixture.NewPageAsync(1440, 1000);
        await BrowserAppFixture.LoginAsync(accountant, DemoDataSeeder.EmailOf(BuiltInRoles.Accountant), DemoDataSeeder.Password);
        await BrowserAppFixture.GotoInteractiveAsync(accountant, $"/purchasing/bills/new?order={orderId}");
        await accountant.FillAsync("input[data-testid=bill-invoice-number]", "INV-" + item.SupplierSku);
        await Screenshot(accountant, "flow-bill-new");
        await accountant.ClickAsync("[data-testid=bill-save]");
        await accountant.WaitForURLAsync(new Regex("/purchasing/bills/[0-9a-f-]{36}$"));
        await BrowserAppFixture.WaitForInteractiveAsync(accountant);
        await Assertions.Expect(accountant.Locator("[data-testid=bill-total]")).ToContainTextAsync("10.44");
        var billId = Guid.Parse(new Uri(accountant.Url).Segments[^1]);
        await accountant.ClickAsync("[data-testid=bill-pay]");
        await accountant.WaitForURLAsync(url => url.Contains("/purchasing/payments/new", StringComparison.Ordinal));
        await BrowserAppFixture.WaitForInteractiveAsync(accountant);
        await Assertions.Expect(accountant.Locator("input[data-testid=payment-amount]")).ToHaveValueAsync("10.44");
        await accountant.ClickAsync("[data-testid=payment-save]");
        await accountant.WaitForURLAsync(url => url.EndsWith($"/purchasing/bills/{billId}", StringComparison.Ordinal));
        await Assertions.Expect(accountant.Locator(".mud-chip", new() { HasText = "Paid" }).First).ToBeVisibleAsync();
        await Screenshot(accountant, "flow-bill-paid");

        var bill = await InTenantAsync(db => db.SupplierBills.AsNoTracking().SingleAsync(b => b.Id == billId));
        Assert.Equal((SupplierBillStatus.Paid, 10.44m, 0m), (bill.Status, bill.GrossTotal, bill.AmountDue));
        Assert.Equal(PurchaseOrderStatus.Closed, await InTenantAsync(db => db.PurchaseOrders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync()));
    }

    private sealed record LowItem(Guid ProductId, string Sku, string Barcode, Guid WarehouseId, string SupplierName, string SupplierSku);

    /// <summary>
    /// A new product with 2 on hand in the demo's first warehouse, reorder point 5 and reorder quantity 6, supplied
    /// (preferred) by a new supplier at 1.50.
    /// </summary>
    private async Task<LowItem> LowItemAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        return await InTenantAsync(async (db, sp) =>
        {
            var template = await db.Products.AsNoTracking().SingleAsync(p => p.Sku == "COLA-033");
            var created = await sp.GetRequiredService<SaveProductCommand>().CreateAsync(new ProductInput
            {
                Kind = ProductKind.Simple, Sku = "E2E-" + suffix, Name = "Flow test item " + suffix, UnitId = template.UnitId,
                CategoryId = template.CategoryId, Price = 3m, Cost = 1.5m, ReorderPoint = 5m, ReorderQuantity = 6m,
            });
            Assert.True(created.IsSuccess, created.Error?.Message);
            var product = await db.Products.AsNoTracking().SingleAsync(p => p.Id == created.Value);
            var warehouse = await db.Locations.Where(l => l.Kind == LocationKind.Warehouse).OrderBy(l => l.Code).Select(l => l.Id).FirstAsync();
            var posted = await sp.GetRequiredService<StockTransactions>().RunAsync((tx, at, ct) => StockLedger.PostAsync(tx,
                new StockSource("Test", Guid.CreateVersion7(), "E2E-" + suffix), [new StockChange(product.Id, warehouse, 2m, MovementKind.Receipt, 1.5m)], at, ct));
            Assert.True(posted.IsSuccess, posted.Error?.Message);
            var supplier = new Supplier("FLOW-" + suffix, new SupplierFields("Flow Supplies " + suffix, null, null, null, null, null, null, "USD", 5));
            db.Suppliers.Add(supplier);
            db.SupplierProducts.Add(new SupplierProduct(supplier.Id, product.Id, new SupplierProductFields("FS-" + suffix, "USD", 1.5m, 0m, null, true, [])));
            await db.SaveChangesAsync();
            return new LowItem(product.Id, product.Sku, product.Barcode, warehouse, supplier.Name, "FS-" + suffix);
        });
    }

    private Task<T> InTenantAsync<T>(Func<ErpDbContext, Task<T>> query) => InTenantAsync((db, _) => query(db));

    /// <summary>Runs <paramref name="work"/> in the demo tenant as the demo admin.</summary>
    private async Task<T> InTenantAsync<T>(Func<ErpDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await using var root = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        var admin = await root.Users.Where(u => u.Email == DemoDataSeeder.EmailOf(BuiltInRoles.Admin)).Select(u => u.Id).SingleAsync();
        var tenantId = await root.Tenants.IgnoreQueryFilters().Where(t => t.Code == DemoDataSeeder.TenantCode).Select(t => t.Id).SingleAsync();
        return await fixture.App.InTenantAsync(tenantId, admin, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await work(db, sp);
        });
    }

    private static async Task Screenshot(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("ERP_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}
