using Erp.Domain.Inventory;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Pos.Returns;
using Microsoft.EntityFrameworkCore;
using static Erp.Tests.Web.Features.Pos.Returns.PosTestData;

namespace Erp.Tests.Web.Features.Pos.Returns;

public class PosReturnTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Return_SeveralPartialReturns_NeverMoreThanSold_RefundsToTheCent_LastGetsTheRemainder()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var (cashier, _) = await data.CashierAsync();
        // 3 × 3.33 tax included, 10 % off: 9.99 − 1.00 = 8.99 gross, of which tax 8.99 − 7.75 = 1.24.
        var sale = await data.SaleAsync(cashier, null, [new TillLine(lamp, "LAMP", 3m, 3.33m, 16m, 10m)], (PaymentMethodKind.Cash, 10m));
        var line = sale.Lines.Single();
        Assert.Equal((8.99m, 1.24m, 1.01m), (line.Gross, line.Tax, sale.ChangeGiven));

        var first = await data.ReturnAsync(cashier, Return(sale, Line(sale, 1, 1m)));
        var second = await data.ReturnAsync(cashier, new PosReturnInput { ReceiptNumber = " " + sale.Number.ToLowerInvariant(), Lines = [Line(sale, 1, 1m)] });
        var third = await data.ReturnAsync(cashier, Return(sale, Line(sale, 1, 2m)));

        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.True(second.IsSuccess, second.Error?.Message);
        Assert.StartsWith("RET-", first.Value.Number, StringComparison.Ordinal);
        Assert.Equal((3.00m, 3.00m), (first.Value.Value, second.Value.Value));
        Assert.Equal(3.00m, Assert.Single(first.Value.Refunds, r => r.Kind == PaymentMethodKind.Cash).Amount);
        Assert.Equal("pos.return_too_much", third.Error!.Code);
        Assert.Equal("LAMP: 3 sold and 2 already returned, so 2 cannot be returned.", third.Error.Message);
        Assert.Equal(2, await data.InDb(db => db.PosReturns.CountAsync()));
        Assert.Equal(2m, (await data.LoadSaleAsync(sale.Id)).Lines.Single().ReturnedQuantity);
        Assert.Equal(9m, await data.OnHandAsync(lamp, data.Main));

        var last = await data.ReturnAsync(cashier, Return(sale, Line(sale, 1, 1m)));

        Assert.True(last.IsSuccess, last.Error?.Message);
        Assert.Equal(2.99m, last.Value.Value);
        var returns = await data.InDb(db => db.PosReturns.AsNoTracking().OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([0.41m, 0.41m, 0.42m], returns.Select(r => r.TaxTotal));
        Assert.Equal(8.99m, returns.Sum(r => r.GrossTotal));
        var saved = (await data.LoadSaleAsync(sale.Id)).Lines.Single();
        Assert.Equal((3m, 8.99m, 1.24m), (saved.ReturnedQuantity, saved.ReturnedGross, saved.ReturnedTax));
        Assert.Equal(10m, await data.OnHandAsync(lamp, data.Main));
        Assert.Equal(8.99m, await data.InDb(db => db.Set<PosRefund>().SumAsync(r => r.Amount)));
        await data.Sales.Inventory.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task Return_StockGoesWhereTheQualityCheckSays_AtTheCostItLeftAt()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var (cashier, _) = await data.CashierAsync();
        var sale = await data.SaleAsync(cashier, null, [new TillLine(lamp, "LAMP", 3m, 10m)], (PaymentMethodKind.Card, 30m));
        Assert.Equal(7m, await data.OnHandAsync(lamp, data.Main));

        var taken = await data.ReturnAsync(cashier, Return(sale,
            Line(sale, 1, 1m),
            Line(sale, 1, 1m, ReturnCondition.Quarantine, data.Quarantine),
            Line(sale, 1, 1m, ReturnCondition.Scrap)));

        Assert.True(taken.IsSuccess, taken.Error?.Message);
        Assert.Equal(8m, await data.OnHandAsync(lamp, data.Main));        // restocked +1, scrapped in and out
        Assert.Equal(1m, await data.OnHandAsync(lamp, data.Quarantine));
        var movements = await data.InDb(db => db.StockMovements.AsNoTracking().Where(m => m.SourceId == taken.Value.Id)
            .OrderBy(m => m.Sequence).ThenBy(m => m.Kind).ToListAsync());
        Assert.Equal(4, movements.Count);
        Assert.All(movements, m => Assert.Equal(taken.Value.Number, m.SourceNumber));
        Assert.All(movements.Where(m => m.Kind == MovementKind.SaleReturn), m => Assert.Equal((1m, 4m), (m.Quantity, m.UnitCost)));
        var scrap = Assert.Single(movements, m => m.Kind == MovementKind.Scrap);
        Assert.Equal((-1m, data.Main, -4m), (scrap.Quantity, scrap.LocationId, scrap.Value));
        Assert.Equal(2, movements.Count(m => m.Kind == MovementKind.SaleReturn && m.LocationId == data.Main));
        Assert.Equal(30m, Assert.Single(taken.Value.Refunds, r => r.Kind == PaymentMethodKind.Card).Amount);
        await data.Sales.Inventory.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task Return_ToOriginalMethods_SplitsInTheSalesProportions_AndACashRefundNeedsCashInTheDrawer()
    {
        var data = await PosTestData.CreateAsync(app);
        var chair = await data.StockedProductAsync("CHAIR", 10m, 20m);
        var (cashier, _) = await data.CashierAsync(openingFloat: 0m);
        var sale = await data.SaleAsync(cashier, null, [new TillLine(chair, "CHAIR", 2m, 50m)],
            (PaymentMethodKind.Card, 60m), (PaymentMethodKind.Cash, 40m));

        var taken = await data.ReturnAsync(cashier, Return(sale, Line(sale, 1, 1m)));

        Assert.True(taken.IsSuccess, taken.Error?.Message);
        Assert.Equal([(PaymentMethodKind.Cash, 20m), (PaymentMethodKind.Card, 30m)],
            taken.Value.Refunds.Select(r => (r.Kind, r.Amount)).OrderBy(r => r.Kind));

        // The drawer now holds 40 − 20 = 20: a 50.00 cash refund of the last chair is refused, nothing changes.
        var tooMuchCash = await data.ReturnAsync(cashier, new PosReturnInput
        {
            SaleId = sale.Id, Lines = [Line(sale, 1, 1m)], Mode = RefundMode.Split,
            Refunds = [new PosRefundInput { PaymentMethodId = data.Methods[PaymentMethodKind.Cash], Amount = 50m }],
        });

        Assert.Equal("pos.refund_cash_short", tooMuchCash.Error!.Code);
        Assert.Contains("(20.00)", tooMuchCash.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await data.InDb(db => db.PosReturns.CountAsync()));
        Assert.Equal(9m, await data.OnHandAsync(chair, data.Main));

        var mismatch = await data.ReturnAsync(cashier, new PosReturnInput
        {
            SaleId = sale.Id, Lines = [Line(sale, 1, 1m)], Mode = RefundMode.Split,
            Refunds = [new PosRefundInput { PaymentMethodId = data.Methods[PaymentMethodKind.Card], Amount = 45m }],
        });
        Assert.Equal("pos.refund_mismatch", mismatch.Error!.Code);
    }

    [Fact]
    public async Task Return_ToStoreCredit_RaisesTheNamedCustomersCredit()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var (cashier, _) = await data.CashierAsync();
        var sale = await data.SaleAsync(cashier, data.Customer, [new TillLine(lamp, "LAMP", 2m, 12.50m)], (PaymentMethodKind.Card, 25m));

        var taken = await data.ReturnAsync(cashier, new PosReturnInput { SaleId = sale.Id, Lines = [Line(sale, 1, 1m)], Mode = RefundMode.StoreCredit });

        Assert.True(taken.IsSuccess, taken.Error?.Message);
        Assert.Equal((PaymentMethodKind.StoreCredit, 12.50m), (taken.Value.Refunds.Single().Kind, taken.Value.Refunds.Single().Amount));
        var balance = (await data.Sales.BalanceAsync(data.Customer)).Value;
        Assert.Equal((12.50m, -12.50m), (balance.Credit, balance.Balance));
        var payment = await data.InDb(db => db.CustomerPayments.AsNoTracking().SingleAsync());
        Assert.Equal((data.Customer, 12.50m, 12.50m, data.Methods[PaymentMethodKind.StoreCredit]),
            (payment.CustomerId, payment.Amount, payment.UnallocatedAmount, payment.PaymentMethodId));
        Assert.Equal(taken.Value.Number, payment.Reference);
    }

    [Fact]
    public async Task Return_ToStoreCreditOfTheWalkInCustomer_IsRefused_NothingChanges()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var (cashier, _) = await data.CashierAsync();
        var sale = await data.SaleAsync(cashier, null, [new TillLine(lamp, "LAMP", 2m, 12.50m)], (PaymentMethodKind.Cash, 25m));

        var refused = await data.ReturnAsync(cashier, new PosReturnInput { SaleId = sale.Id, Lines = [Line(sale, 1, 1m)], Mode = RefundMode.StoreCredit });
        var namedWalkIn = await data.ReturnAsync(cashier, new PosReturnInput
        {
            SaleId = sale.Id, Lines = [Line(sale, 1, 1m)], Mode = RefundMode.StoreCredit, CreditCustomerId = data.WalkIn,
        });
        var named = await data.ReturnAsync(cashier, new PosReturnInput
        {
            SaleId = sale.Id, Lines = [Line(sale, 1, 1m)], Mode = RefundMode.StoreCredit, CreditCustomerId = data.Customer,
        });

        Assert.Equal(PosReturnErrors.WalkInCredit, refused.Error);
        Assert.Equal(PosReturnErrors.WalkInCredit, namedWalkIn.Error);
        Assert.True(named.IsSuccess, named.Error?.Message);
        Assert.Equal(1, await data.InDb(db => db.PosReturns.CountAsync()));
        Assert.Equal(1m, (await data.LoadSaleAsync(sale.Id)).Lines.Single().ReturnedQuantity);
        Assert.Equal(9m, await data.OnHandAsync(lamp, data.Main));
        Assert.Equal(12.50m, (await data.Sales.BalanceAsync(data.Customer)).Value.Credit);
        Assert.Equal(0m, (await data.Sales.BalanceAsync(data.WalkIn)).Value.Credit);
    }

    [Fact]
    public async Task Return_OfASaleMadeAtAnotherShop_IsRefusedNamingTheShop()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m, data.North);
        var (northCashier, _) = await data.CashierAsync(data.NorthRegister);
        var (mainCashier, _) = await data.CashierAsync();
        var sale = await data.SaleAsync(northCashier, null, [new TillLine(lamp, "LAMP", 1m, 10m)], (PaymentMethodKind.Cash, 10m));

        var refused = await data.ReturnAsync(mainCashier, Return(sale, Line(sale, 1, 1m)));

        Assert.Equal("pos.return_other_shop", refused.Error!.Code);
        Assert.Equal($"Sale {sale.Number} was made at North warehouse: return it there.", refused.Error.Message);
        Assert.Equal(0, await data.InDb(db => db.PosReturns.CountAsync()));
        Assert.Equal(9m, await data.OnHandAsync(lamp, data.North));
    }

    [Fact]
    public async Task Return_OfAnotherTenantsReceipt_IsNotFound()
    {
        var data = await PosTestData.CreateAsync(app);
        var other = await PosTestData.CreateAsync(app);
        var lamp = await other.StockedProductAsync("LAMP", 10m, 4m);
        var (otherCashier, _) = await other.CashierAsync();
        var foreign = await other.SaleAsync(otherCashier, null, [new TillLine(lamp, "LAMP", 1m, 10m)], (PaymentMethodKind.Cash, 10m));
        var (cashier, _) = await data.CashierAsync();

        var byNumber = await data.ReturnAsync(cashier, new PosReturnInput { ReceiptNumber = foreign.Number, Lines = [Line(foreign, 1, 1m)] });
        var byId = await data.ReturnAsync(cashier, Return(foreign, Line(foreign, 1, 1m)));

        Assert.Equal($"No sale with receipt number {foreign.Number} was found.", byNumber.Error!.Message);
        Assert.Equal("common.not_found", byId.Error!.Code);
        Assert.Equal(0m, (await other.LoadSaleAsync(foreign.Id)).Lines.Single().ReturnedQuantity);
        Assert.Equal(0, await other.InDb(db => db.PosReturns.CountAsync()));
    }

    [Fact]
    public async Task Return_ByACashierWithoutAnOpenSession_IsRefused()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var (cashier, _) = await data.CashierAsync();
        var sale = await data.SaleAsync(cashier, null, [new TillLine(lamp, "LAMP", 1m, 10m)], (PaymentMethodKind.Cash, 10m));
        var noSession = await data.Tenant.AddUserAsync(Erp.Domain.Platform.BuiltInRoles.Cashier);

        var refused = await data.ReturnAsync(noSession, Return(sale, Line(sale, 1, 1m)));

        Assert.Equal(PosReturnErrors.NoOpenSession, refused.Error);
        Assert.Equal(0, await data.InDb(db => db.PosReturns.CountAsync()));
    }

    [Fact]
    public async Task Return_WithoutThePosReturnPermission_IsForbidden()
    {
        var data = await PosTestData.CreateAsync(app);
        var accountant = await data.Tenant.AddUserAsync(Erp.Domain.Platform.BuiltInRoles.Accountant);

        var refused = await data.ReturnAsync(accountant, new PosReturnInput { ReceiptNumber = "R-2026-000001" });

        Assert.Equal("common.forbidden", refused.Error!.Code);
    }

    [Fact]
    public async Task Return_ToAQuarantineLocationOfAnotherOrganization_IsRefused()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var (cashier, _) = await data.CashierAsync();
        var sale = await data.SaleAsync(cashier, null, [new TillLine(lamp, "LAMP", 1m, 10m)], (PaymentMethodKind.Cash, 10m));
        var elsewhere = await data.InDb(async db =>
        {
            var organization = new Erp.Domain.Platform.Organization("Other unit", "OTHER", "USD");
            var location = new Erp.Domain.Platform.Location(organization.Id, "Other depot", "ODEP", Erp.Domain.Platform.LocationKind.Warehouse);
            db.Organizations.Add(organization);
            db.Locations.Add(location);
            await db.SaveChangesAsync();
            return location.Id;
        });

        var refused = await data.ReturnAsync(cashier, Return(sale, Line(sale, 1, 1m, ReturnCondition.Quarantine, elsewhere)));

        Assert.Equal(PosReturnErrors.QuarantineElsewhere, refused.Error);
        Assert.Equal(0m, await data.OnHandAsync(lamp, elsewhere));
    }

    [Fact]
    public async Task Return_TwoReturnsOfTheLastUnitAtOnce_OneWins()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var (cashier, _) = await data.CashierAsync();
        var (colleague, _) = await data.CashierAsync(await data.SecondMainRegisterAsync());
        var sale = await data.SaleAsync(cashier, null, [new TillLine(lamp, "LAMP", 1m, 10m)], (PaymentMethodKind.Card, 10m));

        var results = await Task.WhenAll(
            data.ReturnAsync(cashier, Return(sale, Line(sale, 1, 1m))),
            data.ReturnAsync(colleague, Return(sale, Line(sale, 1, 1m))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.Equal("pos.return_too_much", Assert.Single(results, r => !r.IsSuccess).Error!.Code);
        Assert.Equal(1, await data.InDb(db => db.PosReturns.CountAsync()));
        Assert.Equal(1m, (await data.LoadSaleAsync(sale.Id)).Lines.Single().ReturnedQuantity);
        Assert.Equal(10m, await data.OnHandAsync(lamp, data.Main));
    }
}
