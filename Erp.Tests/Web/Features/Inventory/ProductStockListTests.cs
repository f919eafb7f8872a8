using System.Net;
using ClosedXML.Excel;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Inventory;

/// <summary>Stock in the product list and its export, and deleting a product that has stock.</summary>
public class ProductStockListTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task List_ShowsOnHandAndStatus_FiltersByStatus_KitsAndFamiliesShowNoStock()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var inStock = await data.ProductAsync("S-IN", 1m, p => p.ReorderPoint = 5m);
        var low = await data.ProductAsync("S-LOW", 1m, p => p.ReorderPoint = 5m);
        var sold = await data.ProductAsync("S-SOLD", 1m);
        var never = await data.ProductAsync("S-NEVER", 1m);
        await data.ProductAsync("S-KIT", 0m, input =>
        {
            input.Kind = ProductKind.Kit;
            input.Components = [new ComponentInput { ProductId = inStock, Quantity = 1m }];
        });
        await data.ProductAsync("S-FAM", 1m, input =>
        {
            input.Kind = ProductKind.WithVariants;
            input.Axes = [new VariantAxis("Size", ["S"])];
        });
        await data.PostAsync(new StockChange(inStock, data.Main, 4m, MovementKind.Receipt, 1m),
            new StockChange(inStock, data.North, 8m, MovementKind.Receipt, 1m),
            new StockChange(low, data.Main, 5m, MovementKind.Receipt, 1m),
            new StockChange(sold, data.Main, 2m, MovementKind.Receipt, 1m));
        await data.PostAsync(new StockChange(sold, data.Main, -2m, MovementKind.Sale));

        var all = await ListAsync(data, new ProductListQuery(Sort: "sku"));
        var rows = all.ToDictionary(r => r.Sku);
        Assert.Equal((12m, StockStatus.InStock), (rows["S-IN"].OnHand, rows["S-IN"].Stock));
        Assert.Equal((5m, StockStatus.Low), (rows["S-LOW"].OnHand, rows["S-LOW"].Stock));
        Assert.Equal((0m, StockStatus.Out), (rows["S-SOLD"].OnHand, rows["S-SOLD"].Stock));
        Assert.Equal((0m, StockStatus.Out), (rows["S-NEVER"].OnHand, rows["S-NEVER"].Stock));
        Assert.Equal((null, null), (rows["S-KIT"].OnHand, rows["S-KIT"].Stock));
        Assert.Equal((null, null), (rows["S-FAM"].OnHand, rows["S-FAM"].Stock));
        Assert.Equal((0m, StockStatus.Out), (rows["S-FAM-S"].OnHand, rows["S-FAM-S"].Stock));

        Assert.Equal(["S-IN"], (await ListAsync(data, new ProductListQuery(Stock: StockStatus.InStock))).Select(r => r.Sku));
        Assert.Equal(["S-LOW"], (await ListAsync(data, new ProductListQuery(Stock: StockStatus.Low))).Select(r => r.Sku));
        Assert.Equal(["S-FAM-S", "S-NEVER", "S-SOLD"],
            (await ListAsync(data, new ProductListQuery(Sort: "sku", Stock: StockStatus.Out))).Select(r => r.Sku));
        var page = await data.AsAdmin(sp => sp.GetRequiredService<ProductQueries>().ListAsync(
            new ProductListQuery(Sort: "sku", Desc: true, Stock: StockStatus.Out), 1, 2));
        Assert.Equal(3, page.Value.Total);
        Assert.Equal(["S-FAM-S"], page.Value.Items.Select(r => r.Sku));

        // A full first page needs a count: "out" alone is counted as stockable minus holding stock, archived ones apart.
        var archivedHolding = await data.ProductAsync("S-ARCH-IN", 1m);
        var archivedOut = await data.ProductAsync("S-ARCH-OUT", 1m);
        await data.PostAsync(new StockChange(archivedHolding, data.Main, 3m, MovementKind.Receipt, 1m));
        foreach (var id in new[] { archivedHolding, archivedOut })
        {
            Assert.True((await data.AsAdmin(sp => sp.GetRequiredService<SaveProductCommand>().SetActiveAsync(id, false))).IsSuccess);
        }

        foreach (var (active, expected) in new (bool?, int)[] { (true, 3), (null, 4), (false, 1) })
        {
            var firstPage = await data.AsAdmin(sp => sp.GetRequiredService<ProductQueries>().ListAsync(
                new ProductListQuery(Active: active, Stock: StockStatus.Out), 0, 1));
            Assert.Equal(expected, firstPage.Value.Total);
        }

        // With another filter the status is tested per product (a different query shape): same answers.
        Assert.Equal(["S-LOW"], (await ListAsync(data, new ProductListQuery(Search: "S-", Stock: StockStatus.Low))).Select(r => r.Sku));
        Assert.Equal(["S-IN"], (await ListAsync(data, new ProductListQuery(Search: "S-", BrandId: data.Basics.Acme, Stock: StockStatus.InStock))).Select(r => r.Sku));
        Assert.Equal(["S-FAM-S", "S-NEVER", "S-SOLD"],
            (await ListAsync(data, new ProductListQuery(Sort: "sku", Search: "S-", CategoryId: data.Basics.Drinks, Stock: StockStatus.Out))).Select(r => r.Sku));
    }

    [Fact]
    public async Task Export_OfTheFilteredView_HasOnHandAndStockColumns()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var low = await data.ProductAsync("X-LOW", 1m, p => p.ReorderPoint = 5m);
        await data.ProductAsync("X-OUT", 1m);
        await data.PostAsync(new StockChange(low, data.Main, 2.5m, MovementKind.Receipt, 1m));

        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, data.Tenant.AdminEmail);
        var response = await client.GetAsync(ProductDownloadEndpoints.ExportUrl(new ProductListQuery(Stock: StockStatus.Low)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        var onHand = headers.IndexOf("On hand") + 1;
        var stock = headers.IndexOf("Stock") + 1;
        Assert.True(onHand > 0 && stock > 0);
        Assert.Equal(["X-LOW"], sheet.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        Assert.Equal(2.5m, (decimal)sheet.Cell(2, onHand).GetDouble());
        Assert.Equal("Low", sheet.Cell(2, stock).GetString());

        var bad = await client.GetAsync($"{ProductDownloadEndpoints.ExportPath}?stock=plenty");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task DeletingAProductWithStock_IsRefused_AndChangesNothing_ArchivingIsAllowed_ZeroStockDeletes()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("DEL-1", 1m);
        await data.PostAsync(new StockChange(product, data.North, 3m, MovementKind.Receipt, 1m));

        var refused = await data.AsAdmin(sp => sp.GetRequiredService<DeleteProductCommand>().DeleteAsync(product, "No longer sold"));
        Assert.Equal("catalog.product_has_stock", refused.Error!.Code);
        Assert.Contains("DEL-1 still has 3 on hand at North warehouse", refused.Error.Message, StringComparison.Ordinal);
        Assert.True((await data.AsAdmin(sp => sp.GetRequiredService<ProductQueries>().GetAsync(product))).IsSuccess);

        Assert.True((await data.AsAdmin(sp => sp.GetRequiredService<SaveProductCommand>().SetActiveAsync(product, false))).IsSuccess);

        await data.PostAsync(new StockChange(product, data.North, -3m, MovementKind.Sale));
        var deleted = await data.AsAdmin(sp => sp.GetRequiredService<DeleteProductCommand>().DeleteAsync(product, "No longer sold"));
        Assert.True(deleted.IsSuccess, deleted.Error?.Message);
        Assert.Equal(CatalogErrors.ProductNotFound, (await data.AsAdmin(sp => sp.GetRequiredService<ProductQueries>().GetAsync(product))).Error);
        // The stock card keeps the product's name and SKU.
        Assert.Equal(2, await data.InDb(db => db.StockMovements.CountAsync(m => m.ProductId == product && m.ProductSku == "DEL-1")));
    }

    [Fact]
    public async Task DeletingAFamily_WhoseVariantHasStock_OrAKitComponent_IsRefused()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var family = await data.ProductAsync("DEL-FAM", 1m, input =>
        {
            input.Kind = ProductKind.WithVariants;
            input.Axes = [new VariantAxis("Size", ["M"])];
        });
        var variant = await data.InDb(db => db.Products.Where(p => p.ParentId == family).Select(p => p.Id).SingleAsync());
        await data.PostAsync(new StockChange(variant, data.Main, 1m, MovementKind.Receipt, 1m));
        var component = await data.ProductAsync("DEL-COMP", 1m);
        await data.ProductAsync("DEL-KIT", 0m, input =>
        {
            input.Kind = ProductKind.Kit;
            input.Components = [new ComponentInput { ProductId = component, Quantity = 1m }];
        });

        var family1 = await data.AsAdmin(sp => sp.GetRequiredService<DeleteProductCommand>().DeleteAsync(family, "Range dropped"));
        var comp = await data.AsAdmin(sp => sp.GetRequiredService<DeleteProductCommand>().DeleteAsync(component, "Gone"));
        var noReason = await data.AsAdmin(sp => sp.GetRequiredService<DeleteProductCommand>().DeleteAsync(component, " "));

        Assert.Contains("DEL-FAM-M still has", family1.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("catalog.product_in_kit", comp.Error!.Code);
        Assert.Contains("DEL-KIT", comp.Error.Message, StringComparison.Ordinal);
        Assert.Equal("common.delete_reason_required", noReason.Error!.Code);
        Assert.Equal(4, await data.InDb(db => db.Products.CountAsync()));
    }

    private static async Task<IReadOnlyList<ProductRow>> ListAsync(InventoryTestData data, ProductListQuery query)
    {
        var result = await data.AsAdmin(sp => sp.GetRequiredService<ProductQueries>().ListAsync(query, 0, 100));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value.Items;
    }
}
