using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Domain.Sales.Payments;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Pos.Registers;
using Erp.Web.Features.Pos.Sessions;
using Erp.Web.Features.Sales.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Pos.Sessions;

/// <summary>
/// A tenant with a shop (two tills), the standard payment methods, two products, two cashiers and a shop manager.
/// Sales and returns are made with the domain (<see cref="PosSale.Complete"/>, <see cref="PosReturn.Create"/>) and
/// numbered inside <see cref="StockTransactions"/>; stock is not needed for the session figures.
/// </summary>
internal sealed class PosTestData
{
    public required ErpAppFactory App { get; init; }
    public required InventoryTestData Inventory { get; init; }
    public TestTenant Tenant => Inventory.Tenant;
    public required Guid Shop { get; init; }
    public Guid Till1 { get; private set; }
    public Guid Till2 { get; private set; }
    public required Guid ProductA { get; init; }
    public required Guid ProductB { get; init; }
    public required string Cashier { get; init; }
    public required string CashierEmail { get; init; }
    public required string Cashier2 { get; init; }
    public required string Supervisor { get; init; }
    public required string SupervisorEmail { get; init; }
    public required IReadOnlyDictionary<string, (Guid Id, PaymentMethodKind Kind)> Methods { get; init; }

    public static async Task<PosTestData> CreateAsync(ErpAppFactory app)
    {
        var inventory = await InventoryTestData.CreateAsync(app);
        var productA = await inventory.ProductAsync("POS-A");
        var productB = await inventory.ProductAsync("POS-B");
        var (shop, methods) = await inventory.InDb(async db =>
        {
            await PaymentMethodService.EnsureStandardAsync(db, default);
            var location = new Location(inventory.OrganizationId, "Test Shop", "TSHOP", LocationKind.Shop);
            db.Locations.Add(location);
            await db.SaveChangesAsync();
            var all = await db.PaymentMethods.ToDictionaryAsync(m => m.Name, m => (m.Id, m.Kind));
            return (location.Id, all);
        });
        var code = inventory.Tenant.Code;
        var cashierEmail = $"cashier@{code}.test";
        var supervisorEmail = $"shopmanager@{code}.test";
        var data = new PosTestData
        {
            App = app, Inventory = inventory, Shop = shop, ProductA = productA, ProductB = productB, Methods = methods,
            Cashier = await inventory.Tenant.AddUserAsync(BuiltInRoles.Cashier, cashierEmail), CashierEmail = cashierEmail,
            Cashier2 = await inventory.Tenant.AddUserAsync(BuiltInRoles.Cashier),
            Supervisor = await inventory.Tenant.AddUserAsync(BuiltInRoles.ShopManager, supervisorEmail), SupervisorEmail = supervisorEmail,
        };
        data.Till1 = await data.RegisterAsync("T1", "Till 1");
        data.Till2 = await data.RegisterAsync("T2", "Till 2");
        return data;
    }

    public CashRegisterInput RegisterInput(string code, string name) => new()
    {
        Code = code, Name = name, LocationId = Shop, PricesIncludeTax = false,
        PaymentMethodIds = [Methods["Cash"].Id, Methods["Card"].Id, Methods["Mobile money"].Id, Methods["Store credit"].Id],
    };

    public async Task<Guid> RegisterAsync(string code, string name)
    {
        var created = await As(Tenant.AdminId, sp => sp.GetRequiredService<CashRegisterCommands>().CreateAsync(RegisterInput(code, name)));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value;
    }

    public Task<T> As<T>(string userId, Func<IServiceProvider, Task<T>> action) => App.InTenantAsync(Tenant.Id, userId, action);

    public Task<T> InDb<T>(Func<ErpDbContext, Task<T>> query) => Inventory.InDb(query);

    public Task<Result<OpenedSession>> OpenAsync(string userId, Guid register, decimal openingFloat, IReadOnlyList<DenominationCount>? counts = null) =>
        As(userId, sp => sp.GetRequiredService<PosSessionCommands>().OpenAsync(register, openingFloat, counts));

    public async Task<OpenedSession> OpenedAsync(string userId, Guid register, decimal openingFloat)
    {
        var opened = await OpenAsync(userId, register, openingFloat);
        Assert.True(opened.IsSuccess, opened.Error?.Message);
        return opened.Value;
    }

    public static PosLineData Line(Guid product, decimal quantity, decimal price, decimal taxRate, Discount discount = default) =>
        new(product, "SKU-" + product.ToString()[..4], "Product", quantity, price, price, discount, taxRate);

    public PosTender Pay(string method, decimal amount) => new(Methods[method].Id, method, Methods[method].Kind, amount);

    /// <summary>A completed sale in <paramref name="sessionId"/> at <paramref name="at"/> (prices exclude tax).</summary>
    public async Task<Guid> SellAsync(Guid sessionId, DateTimeOffset at, PosLineData[] lines, params PosTender[] tenders)
    {
        var result = await As(Tenant.AdminId, sp => sp.GetRequiredService<StockTransactions>().RunAsync<Guid>(async (db, _, ct) =>
        {
            var session = await db.PosSessions.AsNoTracking().FirstAsync(s => s.Id == sessionId, ct);
            var header = new PosSaleHeader(session.OrganizationId, session.RegisterId, session.Id, session.LocationId, null,
                "Walk-in customer", session.Currency, session.CashierId, session.CashierName, PricesIncludeTax: false);
            var sale = PosSale.Complete(header, lines, Discount.None, TaxRounding.PerLine, tenders, null, at);
            if (!sale.IsSuccess)
            {
                return sale.Error!;
            }

            await DocumentNumberService.AssignNumberAsync(db, sale.Value, DateOnly.FromDateTime(at.UtcDateTime), ct);
            db.PosSales.Add(sale.Value);
            return sale.Value.Id;
        }));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    /// <summary>Parks a sale in the session (status Held, no number).</summary>
    public async Task HoldAsync(Guid sessionId)
    {
        await InDb(async db =>
        {
            var session = await db.PosSessions.AsNoTracking().FirstAsync(s => s.Id == sessionId);
            var header = new PosSaleHeader(session.OrganizationId, session.RegisterId, session.Id, session.LocationId, null,
                "Walk-in customer", session.Currency, session.CashierId, session.CashierName, PricesIncludeTax: false);
            db.PosSales.Add(PosSale.Hold(header, [Line(ProductA, 1m, 10m, 16m)], Discount.None, TaxRounding.PerLine, "later",
                DateTimeOffset.UtcNow).Value);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>Returns <paramref name="quantity"/> of the first line of <paramref name="saleId"/> in <paramref name="sessionId"/>.</summary>
    public async Task ReturnAsync(Guid saleId, Guid sessionId, decimal quantity, DateTimeOffset at, params (string Method, decimal Amount)[] refunds)
    {
        var result = await As(Tenant.AdminId, sp => sp.GetRequiredService<StockTransactions>().RunAsync<Guid>(async (db, _, ct) =>
        {
            var sale = await db.PosSales.Include(s => s.Lines).FirstAsync(s => s.Id == saleId, ct);
            var session = await db.PosSessions.AsNoTracking().FirstAsync(s => s.Id == sessionId, ct);
            var line = sale.Lines.OrderBy(l => l.LineNumber).First();
            var created = PosReturn.Create(sale, session.Id, session.RegisterId, session.CashierId, session.CashierName,
                [new PosReturnLineData(line.Id, quantity, "Changed mind", ReturnCondition.BackToStock, null)], at);
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            var refunded = created.Value.Refund([.. refunds.Select(r => new PosRefundData(Methods[r.Method].Id, r.Method, Methods[r.Method].Kind, r.Amount))], 0m);
            if (!refunded.IsSuccess)
            {
                return refunded.Error!;
            }

            await DocumentNumberService.AssignNumberAsync(db, created.Value, DateOnly.FromDateTime(at.UtcDateTime), ct);
            db.PosReturns.Add(created.Value);
            return created.Value.Id;
        }));
        Assert.True(result.IsSuccess, result.Error?.Message);
    }
}
