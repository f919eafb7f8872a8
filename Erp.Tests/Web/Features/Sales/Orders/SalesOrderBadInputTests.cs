using Erp.Domain.Platform;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Pricing;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Sales.Customers;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Sales.Orders.SalesOrderTestKit;

namespace Erp.Tests.Web.Features.Sales.Orders;

/// <summary>Bad input to sales orders: each refused with a clear reason, nothing changed.</summary>
public class SalesOrderBadInputTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Create_BadLines_AreRefusedNamingTheLine_AndNothingIsSaved()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("BAD", 10m); // cost 5.00, price 10.00
        var rep = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var before = await data.SnapshotAsync();

        var zero = await data.As(rep, c => c.CreateAsync(Order(data, customer, Line(p, 1m), Line(p, 0m))));
        var negative = await data.As(rep, c => c.CreateAsync(Order(data, customer, Line(p, -2m))));
        var overHundred = await data.As(rep, c => c.CreateAsync(Order(data, customer, Line(p, 1m, discount: Discount.Percent(101m)))));
        var belowCost = await data.As(rep, c => c.CreateAsync(Order(data, customer, Line(p, 1m, price: 4m))));
        var overridden = await data.As(rep, c => c.CreateAsync(Order(data, customer, Line(p, 1m, price: 12m))));
        var loss = await data.ProductAsync("LOSS", 5m, i => i.Price = 3m);
        var listBelowCost = await data.As(rep, c => c.CreateAsync(Order(data, customer, Line(loss, 1m))));
        var orderDiscount = Order(data, customer, Line(p, 1m));
        orderDiscount.OrderDiscountKind = DiscountKind.Amount;
        orderDiscount.OrderDiscountValue = 50m;
        var tooMuchOff = await data.As(rep, c => c.CreateAsync(orderDiscount));

        Assert.Equal(("pricing.quantity", "Line 2: The quantity must be more than zero."), (zero.Error!.Code, zero.Error.Message));
        Assert.Equal("pricing.quantity", negative.Error!.Code);
        Assert.Equal(("pricing.discount_percent", "Line 1: A discount must be between 0 % and 100 %."), (overHundred.Error!.Code, overHundred.Error.Message));
        Assert.Equal("sales.below_cost", belowCost.Error!.Code);
        Assert.Contains("BAD", belowCost.Error.Message, StringComparison.Ordinal);
        Assert.Equal("sales.price_override", overridden.Error!.Code);
        Assert.Equal("sales.below_cost", listBelowCost.Error!.Code);
        Assert.Equal("pricing.order_discount_too_large", tooMuchOff.Error!.Code);
        Assert.Equal(before, await data.SnapshotAsync());
    }

    [Fact]
    public async Task PriceBelowCost_IsAllowedWithThePriceOverridePermission()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("CHEAP", 10m);

        var id = await data.CreateOrderAsync(Order(data, customer, Line(p, 2m, price: 4m))); // admin holds Sales.PriceOverride

        var line = Assert.Single((await data.OrderAsync(id)).Lines);
        Assert.Equal((4m, true), (line.UnitPrice, line.PriceOverridden));
    }

    [Fact]
    public async Task BlockedCustomer_CannotGetNewOrders_NorConfirmADraft()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("BLK", 10m);
        var draft = await data.CreateOrderAsync(Order(data, customer, Line(p, 1m)));
        var blocked = await data.AsAdmin(sp => sp.GetRequiredService<SaveCustomerCommand>().SetBlockedAsync(customer, true, "Unpaid invoices"));
        Assert.True(blocked.IsSuccess, blocked.Error?.Message);
        var before = await data.SnapshotAsync();

        var created = await data.As(null, c => c.CreateAsync(Order(data, customer, Line(p, 1m))));
        var confirmed = await data.As(null, c => c.ConfirmAsync(draft));

        Assert.Equal("sales.customer_blocked", created.Error!.Code);
        Assert.Contains("Unpaid invoices", created.Error.Message, StringComparison.Ordinal);
        Assert.Equal("sales.customer_blocked", confirmed.Error!.Code);
        Assert.Equal(before, await data.SnapshotAsync());
    }

    [Fact]
    public async Task EditingAConfirmedOrder_IsRefused_AndChangesNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("LOCKED", 10m);
        var id = await data.ConfirmedOrderAsync(Order(data, customer, Line(p, 2m)));
        var before = await data.SnapshotAsync();

        var updated = await data.As(null, c => c.UpdateAsync(id, Order(data, customer, Line(p, 5m))));
        var confirmedAgain = await data.As(null, c => c.ConfirmAsync(id));

        Assert.Equal("sales.not_draft", updated.Error!.Code);
        Assert.Equal("Only draft sales orders can be changed; this one is Confirmed.", updated.Error.Message);
        Assert.Equal("sales.not_draft", confirmedAgain.Error!.Code);
        Assert.Equal(before, await data.SnapshotAsync());
    }

    [Fact]
    public async Task Update_Draft_ReplacesLinesAndTotals()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("EDIT", 10m);
        var id = await data.CreateOrderAsync(Order(data, customer, Line(p, 2m)));
        var input = Order(data, customer, Line(p, 5m, discount: Discount.Amount(5m)));

        var updated = await data.As(null, c => c.UpdateAsync(id, input));

        Assert.True(updated.IsSuccess, updated.Error?.Message);
        var order = await data.OrderAsync(id);
        Assert.Equal((45m, 7.2m, 52.2m, 5m), (order.Net, order.Tax, order.Gross, order.TotalDiscount));
        Assert.Equal(SalesOrderStatus.Draft, order.Status);
    }
}
