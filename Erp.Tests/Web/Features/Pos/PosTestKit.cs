using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Domain.Pos.Registers;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Pos.Checkout;
using Erp.Web.Features.Pos.Sessions;
using Erp.Web.Features.Sales.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Pos;

/// <summary>
/// A shop ("Shop", SHOP) with two registers taking cash, card and store credit, on tax-inclusive prices (the standard
/// rate is 16 %), and a cashier per register with an open session. Products cost half their price.
/// </summary>
internal sealed class PosTestKit
{
    private PosTestKit(InventoryTestData data, Guid shop, Till one, Till two, IReadOnlyDictionary<PaymentMethodKind, Guid> methods)
    {
        Data = data;
        Shop = shop;
        One = one;
        Two = two;
        Methods = methods;
    }

    private static readonly string[] RegisterCodes = ["T1", "T2"];

    public sealed record Till(Guid RegisterId, Guid SessionId, string CashierId, string Email);

    public InventoryTestData Data { get; }
    public Guid Shop { get; }
    public Till One { get; }
    public Till Two { get; }
    public IReadOnlyDictionary<PaymentMethodKind, Guid> Methods { get; }

    public Guid Cash => Methods[PaymentMethodKind.Cash];
    public Guid Card => Methods[PaymentMethodKind.Card];
    public Guid Credit => Methods[PaymentMethodKind.StoreCredit];

    public static async Task<PosTestKit> CreateAsync(ErpAppFactory app, decimal openingFloat = 100m)
    {
        var data = await InventoryTestData.CreateAsync(app);
        var emails = RegisterCodes.Select(code => $"cashier-{code.ToLowerInvariant()}-{Guid.NewGuid():N}@{data.Tenant.Code}.test").ToList();
        var cashierOne = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, emails[0]);
        var cashierTwo = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, emails[1]);
        var ids = await data.AsAdmin(async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            await PaymentMethodService.EnsureStandardAsync(db, default);
            await db.SaveChangesAsync();
            var methods = await db.PaymentMethods.ToDictionaryAsync(m => m.Kind, m => m.Id);
            var shop = new Location(data.OrganizationId, "Shop", "SHOP", LocationKind.Shop);
            db.Locations.Add(shop);
            var registers = RegisterCodes.Select(code => new CashRegister(data.OrganizationId, new CashRegisterSetup(code, "Till " + code,
                shop.Id, null, null, true, ReceiptPaper.Mm80, "Welcome", "Thank you", "TAX-1", false,
                [methods[PaymentMethodKind.Cash], methods[PaymentMethodKind.Card], methods[PaymentMethodKind.StoreCredit]]))).ToList();
            db.CashRegisters.AddRange(registers);
            await db.SaveChangesAsync();
            return (methods, shop.Id, registers[0].Id, registers[1].Id);
        });
        var one = new Till(ids.Item3, await OpenAsync(data, ids.Item3, cashierOne, openingFloat), cashierOne, emails[0]);
        var two = new Till(ids.Item4, await OpenAsync(data, ids.Item4, cashierTwo, openingFloat), cashierTwo, emails[1]);
        return new PosTestKit(data, ids.Item2, one, two, ids.methods);
    }

    /// <summary>A product priced <paramref name="price"/> before tax (so 1.16 × on the till), cost half, with stock in the shop.</summary>
    public async Task<Guid> ProductAsync(string sku, decimal price, decimal stock)
    {
        var id = await Data.ProductAsync(sku, price / 2m, input => input.Price = price);
        if (stock > 0m)
        {
            var posted = await Data.PostAsync(new StockChange(id, Shop, stock, MovementKind.Receipt, price / 2m));
            Assert.True(posted.IsSuccess, posted.Error?.Message);
        }

        return id;
    }

    public Task<string> BarcodeAsync(Guid productId) => Data.InDb(db => db.Products.Where(p => p.Id == productId).Select(p => p.Barcode).SingleAsync());

    public Task<T> As<T>(Till till, Func<IServiceProvider, Task<T>> action) => Data.App.InTenantAsync(Data.Tenant.Id, till.CashierId, action);

    public Task<Result<SaleCompleted>> SellAsync(Till till, SaleInput input) =>
        As(till, sp => sp.GetRequiredService<PosSaleCommands>().CompleteAsync(input));

    public static SaleInput Sale(Till till, params (Guid Product, decimal Quantity)[] lines) => new()
    {
        SessionId = till.SessionId,
        Lines = [.. lines.Select(l => new CartLineInput { ProductId = l.Product, Quantity = l.Quantity })],
    };

    public static SaleInput Paid(SaleInput sale, params (Guid Method, decimal Amount)[] payments)
    {
        sale.Payments = [.. payments.Select(p => new TenderInput(p.Method, p.Amount))];
        return sale;
    }

    private static async Task<Guid> OpenAsync(InventoryTestData data, Guid registerId, string cashierId, decimal openingFloat)
    {
        var opened = await data.App.InTenantAsync(data.Tenant.Id, cashierId,
            sp => sp.GetRequiredService<PosSessionCommands>().OpenAsync(registerId, openingFloat, null));
        Assert.True(opened.IsSuccess, opened.Error?.Message);
        return opened.Value.Id;
    }
}
