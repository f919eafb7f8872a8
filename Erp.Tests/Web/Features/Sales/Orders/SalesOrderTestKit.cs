using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Orders;
using Erp.Web.Features.Sales.Quotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Orders;

/// <summary>Quotations and orders driven through their services, over the inventory test tenant (warehouses Main and North).</summary>
internal static class SalesOrderTestKit
{
    public static readonly DateTime Day = new(2026, 11, 23);

    public static async Task<Guid> CustomerAsync(this InventoryTestData data, string name = "Acme Ltd", Action<CustomerInput>? change = null)
    {
        var input = CustomerTestKit.Input(name);
        change?.Invoke(input);
        return await data.App.CreateAsync(data.Tenant, input);
    }

    /// <summary>A product with cost <paramref name="cost"/> and selling price 2 × cost, and <paramref name="stock"/> on hand at Main.</summary>
    public static async Task<Guid> StockedProductAsync(this InventoryTestData data, string sku, decimal stock, decimal cost = 5m)
    {
        var product = await data.ProductAsync(sku, cost);
        if (stock > 0m)
        {
            var posted = await data.PostAsync(new StockChange(product, data.Main, stock, MovementKind.Receipt, cost));
            Assert.True(posted.IsSuccess, posted.Error?.Message);
        }

        return product;
    }

    public static SalesLineInput Line(Guid product, decimal quantity, decimal? price = null, Discount discount = default) =>
        new() { ProductId = product, Quantity = quantity, UnitPrice = price, DiscountKind = discount.Kind, DiscountValue = discount.Value };

    public static SalesOrderInput Order(InventoryTestData data, Guid customer, params SalesLineInput[] lines) =>
        new() { CustomerId = customer, LocationId = data.Main, OrderDate = Day, Lines = [.. lines] };

    public static QuotationInput Quote(InventoryTestData data, Guid customer, params SalesLineInput[] lines) =>
        new() { CustomerId = customer, LocationId = data.Main, QuotationDate = Day, ValidUntil = Day.AddDays(14), Lines = [.. lines] };

    public static Task<T> As<T>(this InventoryTestData data, string? userId, Func<SalesOrderCommands, Task<T>> action) =>
        data.App.InTenantAsync(data.Tenant.Id, userId ?? data.Tenant.AdminId, sp => action(sp.GetRequiredService<SalesOrderCommands>()));

    public static Task<T> AsQuoting<T>(this InventoryTestData data, string? userId, Func<QuotationCommands, Task<T>> action) =>
        data.App.InTenantAsync(data.Tenant.Id, userId ?? data.Tenant.AdminId, sp => action(sp.GetRequiredService<QuotationCommands>()));

    public static async Task<Guid> CreateOrderAsync(this InventoryTestData data, SalesOrderInput input, string? userId = null)
    {
        var created = await data.As(userId, c => c.CreateAsync(input));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }

    public static async Task<Guid> ConfirmedOrderAsync(this InventoryTestData data, SalesOrderInput input)
    {
        var id = await data.CreateOrderAsync(input);
        var confirmed = await data.As(null, c => c.ConfirmAsync(id));
        Assert.True(confirmed.IsSuccess, confirmed.Error?.Message);
        Assert.Equal(ConfirmOutcome.Confirmed, confirmed.Value);
        return id;
    }

    public static Task<SalesOrder> OrderAsync(this InventoryTestData data, Guid id) =>
        data.InDb(db => db.SalesOrders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == id));

    public static Task<(decimal OnHand, decimal Reserved)> LevelAsync(this InventoryTestData data, Guid product, Guid? location = null) =>
        data.InDb(async db => await db.StockLevels.Where(l => l.ProductId == product && l.LocationId == (location ?? data.Main))
            .Select(l => new ValueTuple<decimal, decimal>(l.OnHand, l.Reserved)).FirstOrDefaultAsync());

    /// <summary>A fingerprint of the tenant's sales documents and stock, to prove a refusal changed nothing.</summary>
    public static Task<string> SnapshotAsync(this InventoryTestData data) => data.InDb(async db =>
    {
        var orders = await db.SalesOrders.AsNoTracking().Include(o => o.Lines).OrderBy(o => o.Number).ToListAsync();
        var levels = await db.StockLevels.AsNoTracking().OrderBy(l => l.ProductId).ThenBy(l => l.LocationId)
            .Select(l => new { l.OnHand, l.Reserved }).ToListAsync();
        return string.Join("|", orders.Select(o => $"{o.Number}:{o.Status}:{o.Gross}:{o.Version}:" +
                   string.Join(",", o.Lines.OrderBy(l => l.LineNumber).Select(l => $"{l.Sku}x{l.Quantity}@{l.UnitPrice}"))))
               + "#" + string.Join(",", levels.Select(l => $"{l.OnHand}/{l.Reserved}"));
    });

    public static void AssertRefused(Result result, string code)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error!.Code);
    }
}
