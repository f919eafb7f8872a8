using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing;

/// <summary>
/// A tenant (base currency USD) with the inventory kit's warehouses (Main, Main's bin, North), a buyer, a storekeeper
/// (InventoryManager) and an accountant, and helpers that put suppliers and orders straight into the database through
/// the domain model, so each feature's tests can start from the state they need without the other features' services.
/// </summary>
internal sealed class PurchasingTestKit
{
    private PurchasingTestKit(InventoryTestData data, string buyer, string storekeeper, string accountant)
    {
        Data = data;
        Buyer = buyer;
        Storekeeper = storekeeper;
        Accountant = accountant;
    }

    public InventoryTestData Data { get; }
    public string Buyer { get; }
    public string Storekeeper { get; }
    public string Accountant { get; }
    public Guid Main => Data.Main;
    public Guid North => Data.North;

    public static async Task<PurchasingTestKit> CreateAsync(ErpAppFactory app)
    {
        var data = await InventoryTestData.CreateAsync(app);
        var buyer = await data.Tenant.AddUserAsync(BuiltInRoles.Buyer);
        var storekeeper = await data.Tenant.AddUserAsync(BuiltInRoles.InventoryManager);
        var accountant = await data.Tenant.AddUserAsync(BuiltInRoles.Accountant);
        return new PurchasingTestKit(data, buyer, storekeeper, accountant);
    }

    public Task<T> As<T>(string userId, Func<IServiceProvider, Task<T>> action) => Data.App.InTenantAsync(Data.Tenant.Id, userId, action);

    public Task<T> InDb<T>(Func<ErpDbContext, Task<T>> query) => Data.InDb(query);

    /// <summary>A product costing <paramref name="cost"/> (its catalog cost), no stock.</summary>
    public Task<Guid> ProductAsync(string sku, decimal cost = 1m) => Data.ProductAsync(sku, cost);

    public Task<Guid> SupplierAsync(string code, string name, string currency = "USD", int leadTimeDays = 7) => InDb(async db =>
    {
        var supplier = new Supplier(code, new SupplierFields(name, null, null, null, null, null, null, currency, leadTimeDays));
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync();
        return supplier.Id;
    });

    public Task<Guid> SupplierProductAsync(Guid supplierId, Guid productId, decimal price, bool preferred = true,
        decimal minimumOrder = 0m, string currency = "USD", string? supplierSku = null, int? leadTimeDays = null,
        params PriceBreakFields[] breaks) => InDb(async db =>
    {
        var item = new SupplierProduct(supplierId, productId,
            new SupplierProductFields(supplierSku, currency, price, minimumOrder, leadTimeDays, preferred, breaks));
        db.SupplierProducts.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    });

    public sealed record OrderLines(Guid OrderId, string Number, IReadOnlyList<Guid> LineIds);

    /// <summary>
    /// A purchase order to <paramref name="supplierId"/> delivered to Main, approved and sent, each line
    /// (product, quantity, unit price) at <paramref name="taxRatePercent"/>. <paramref name="expected"/> defaults to a week on.
    /// </summary>
    public Task<OrderLines> SentOrderAsync(Guid supplierId, IReadOnlyList<(Guid Product, decimal Quantity, decimal Price)> lines,
        decimal taxRatePercent = 0m, DateOnly? orderDate = null, DateOnly? expected = null, string currency = "USD",
        decimal exchangeRate = 1m) => InDb(async db =>
    {
        var supplier = await db.Suppliers.SingleAsync(s => s.Id == supplierId);
        var date = orderDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var products = await db.Products.Where(p => lines.Select(l => l.Product).Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var at = DateTimeOffset.UtcNow;
        var order = new PurchaseOrder(Data.OrganizationId, new OrderSupplier(supplier.Id, supplier.Code, supplier.Name, supplier.TaxId, null),
            new PurchaseOrderHeader(Main, null, date, expected ?? date.AddDays(7), currency, exchangeRate, null, null, null),
            PurchaseOrderSource.Manual, Buyer, "Test buyer", at);
        order.SetLines([.. lines.Select(l => new PurchaseOrderLineData(l.Product, products[l.Product].Sku, null, products[l.Product].Name,
            l.Quantity, l.Price, taxRatePercent))]);
        Assert.True(order.Submit(decimal.MaxValue, Buyer, at).IsSuccess);
        Assert.True(order.MarkSent(Buyer, at).IsSuccess);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await DocumentNumberService.AssignNumberAsync(db, order, date);
        db.PurchaseOrders.Add(order);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new OrderLines(order.Id, order.Number, [.. order.Lines.OrderBy(l => l.LineNumber).Select(l => l.Id)]);
    });

    /// <summary>Records arrivals on an order's lines only (no receipt document, no stock): for billing tests.</summary>
    public Task MarkArrivedAsync(Guid orderId, params LineArrival[] arrivals) => InDb(async db =>
    {
        var order = await db.PurchaseOrders.Include(o => o.Lines).SingleAsync(o => o.Id == orderId);
        var recorded = order.RecordArrival(arrivals, 0m, Storekeeper, DateTimeOffset.UtcNow);
        Assert.True(recorded.IsSuccess, recorded.Error?.Message);
        await db.SaveChangesAsync();
        return true;
    });
}
