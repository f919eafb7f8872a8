using Erp.Data;
using Erp.Data.Documents;
using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Domain.Pos.Registers;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Domain.Sales.Payments;
using Erp.Domain.Sales.Pricing;
using Erp.Domain.Sales.Taxes;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Sales.Invoices;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Pos.Returns;
using Erp.Web.Features.Sales.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Pos.Returns;

/// <summary>A line rung up at the till: quantity × price (tax included) at a tax rate, with an optional line discount.</summary>
public sealed record TillLine(Guid Product, string Sku, decimal Quantity, decimal Price, decimal TaxRate = 16m, decimal DiscountPercent = 0m);

/// <summary>
/// A tenant with two shops (the inventory kit's Main and North warehouses), a quarantine location, a register per shop
/// with a walk-in customer, cashiers and a named customer. Completed sales are made with the domain (number, stock out
/// through the ledger, line costs), as the checkout does.
/// </summary>
public sealed class PosTestData
{
    private PosTestData(InvoiceTestData sales) => Sales = sales;

    public InvoiceTestData Sales { get; }
    public ErpAppFactory App => Sales.App;
    public TestTenant Tenant => Sales.Tenant;
    public Guid OrganizationId => Sales.Inventory.OrganizationId;
    public Guid Main => Sales.Inventory.Main;
    public Guid North => Sales.Inventory.North;
    public Guid Quarantine { get; private set; }
    public Guid WalkIn { get; private set; }
    public Guid Customer => Sales.Customer;
    public Guid MainRegister { get; private set; }
    public Guid NorthRegister { get; private set; }
    public IReadOnlyDictionary<PaymentMethodKind, Guid> Methods { get; private set; } = new Dictionary<PaymentMethodKind, Guid>();

    public static async Task<PosTestData> CreateAsync(ErpAppFactory app)
    {
        var data = new PosTestData(await InvoiceTestData.CreateAsync(app));
        await data.SetUpAsync();
        return data;
    }

    private async Task SetUpAsync()
    {
        WalkIn = await Sales.CustomerAsync("Walk-in customer");
        var methods = await Sales.As(null, sp => sp.GetRequiredService<PaymentMethodService>().ListAsync(activeOnly: true));
        Methods = methods.Value.ToDictionary(m => m.Kind, m => m.Id);
        (Quarantine, MainRegister, NorthRegister) = await InDb(async db =>
        {
            var quarantine = new Location(OrganizationId, "Quarantine", "QUAR", LocationKind.Warehouse);
            db.Locations.Add(quarantine);
            var main = new CashRegister(OrganizationId, Setup("TILL1", Main));
            var north = new CashRegister(OrganizationId, Setup("TILL2", North));
            db.CashRegisters.AddRange(main, north);
            await db.SaveChangesAsync();
            return (quarantine.Id, main.Id, north.Id);
        });
    }

    /// <summary>Another till in the Main shop (one open session per register).</summary>
    public Task<Guid> SecondMainRegisterAsync() => InDb(async db =>
    {
        var register = new CashRegister(OrganizationId, Setup("TILL3", Main));
        db.CashRegisters.Add(register);
        await db.SaveChangesAsync();
        return register.Id;
    });

    private CashRegisterSetup Setup(string code, Guid location) => new(code, "Till " + code, location, null, WalkIn, true,
        ReceiptPaper.Mm80, null, null, null, false, [.. Methods.Values]);

    public Task<T> InDb<T>(Func<ErpDbContext, Task<T>> query) => Sales.InDb(query);

    public Task<T> As<T>(string userId, Func<IServiceProvider, Task<T>> action) => App.InTenantAsync(Tenant.Id, userId, action);

    public async Task<Guid> StockedProductAsync(string sku, decimal onHand, decimal cost, Guid? location = null)
    {
        var product = await Sales.Inventory.ProductAsync(sku, cost);
        var posted = await Sales.Inventory.PostAsync(new StockChange(product, location ?? Main, onHand, MovementKind.Receipt, cost));
        Assert.True(posted.IsSuccess, posted.Error?.Message);
        return product;
    }

    /// <summary>A cashier (built-in role) with an open session on the register, with a cash float.</summary>
    public async Task<(string UserId, Guid SessionId)> CashierAsync(Guid? register = null, decimal openingFloat = 100m,
        string role = BuiltInRoles.Cashier)
    {
        var userId = await Tenant.AddUserAsync(role);
        var sessionId = await OpenSessionAsync(userId, register ?? MainRegister, openingFloat);
        return (userId, sessionId);
    }

    public Task<Guid> OpenSessionAsync(string userId, Guid registerId, decimal openingFloat = 100m) => Run(userId, async (db, at, ct) =>
    {
        var register = await db.CashRegisters.SingleAsync(r => r.Id == registerId, ct);
        var session = new PosSession(register.OrganizationId, register.Id, register.LocationId, "USD", userId, "Cashier " + userId[..4],
            openingFloat, null, at);
        await DocumentNumberService.AssignNumberAsync(db, session, DateOnly.FromDateTime(at.UtcDateTime), ct);
        db.PosSessions.Add(session);
        return Result.Success(session.Id);
    });

    /// <summary>A completed sale in the cashier's session: number, stock out through the ledger, line costs recorded.</summary>
    public Task<PosSale> SaleAsync(string cashierId, Guid? customer, IReadOnlyList<TillLine> lines, params (PaymentMethodKind Kind, decimal Amount)[] tenders) =>
        Run(cashierId, async (db, at, ct) =>
        {
            var session = await db.PosSessions.SingleAsync(s => s.CashierId == cashierId && s.Status == PosSessionStatus.Open, ct);
            var customerId = customer ?? WalkIn;
            var customerName = await db.Customers.Where(c => c.Id == customerId).Select(c => c.Name).SingleAsync(ct);
            var header = new PosSaleHeader(session.OrganizationId, session.RegisterId, session.Id, session.LocationId, customerId, customerName,
                "USD", cashierId, session.CashierName, true);
            var methods = await db.PaymentMethods.ToDictionaryAsync(m => m.Kind, ct);
            var sale = PosSale.Complete(header,
                [.. lines.Select(l => new PosLineData(l.Product, l.Sku, "Product " + l.Sku, l.Quantity, l.Price, l.Price,
                    l.DiscountPercent == 0m ? Discount.None : Discount.Percent(l.DiscountPercent), l.TaxRate))],
                Discount.None, TaxRounding.PerLine,
                [.. tenders.Select(t => new PosTender(methods[t.Kind].Id, methods[t.Kind].Name, t.Kind, t.Amount))], null, at);
            if (!sale.IsSuccess)
            {
                return sale.Error!;
            }

            await DocumentNumberService.AssignNumberAsync(db, sale.Value, DateOnly.FromDateTime(at.UtcDateTime), ct);
            db.PosSales.Add(sale.Value);
            var moved = await StockLedger.PostAsync(db, new StockSource(sale.Value.DocumentType, sale.Value.Id, sale.Value.Number),
                [.. sale.Value.Lines.Select(l => new StockChange(l.ProductId, session.LocationId, -l.Quantity, MovementKind.Sale, SourceLineId: l.Id))],
                at, ct);
            if (!moved.IsSuccess)
            {
                return moved.Error!;
            }

            foreach (var line in sale.Value.Lines)
            {
                line.RecordCost(-moved.Value.Where(m => m.SourceLineId == line.Id).Sum(m => m.Value));
            }

            return Result.Success(sale.Value);
        });

    public Task<Result<PosReturnTaken>> ReturnAsync(string userId, PosReturnInput input) =>
        As(userId, sp => sp.GetRequiredService<PosReturnCommands>().ReturnAsync(input));

    public static PosReturnInput Return(PosSale sale, params PosReturnLineInput[] lines) => new() { SaleId = sale.Id, Lines = [.. lines] };

    public static PosReturnLineInput Line(PosSale sale, int lineNumber, decimal quantity,
        Erp.Domain.Pos.Returns.ReturnCondition condition = Erp.Domain.Pos.Returns.ReturnCondition.BackToStock, Guid? quarantine = null) =>
        new()
        {
            SaleLineId = sale.Lines.Single(l => l.LineNumber == lineNumber).Id, Quantity = quantity, Reason = "Changed mind",
            Condition = condition, QuarantineLocationId = quarantine,
        };

    public Task<decimal> OnHandAsync(Guid product, Guid location) => Sales.Inventory.OnHandAsync(product, location);

    public Task<PosSale> LoadSaleAsync(Guid id) =>
        InDb(db => db.PosSales.AsNoTracking().Include(s => s.Lines).Include(s => s.Payments).SingleAsync(s => s.Id == id));

    private async Task<T> Run<T>(string userId, Func<ErpDbContext, DateTimeOffset, CancellationToken, Task<Result<T>>> work)
    {
        var result = await As(userId, sp => sp.GetRequiredService<StockTransactions>().RunAsync(work));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
