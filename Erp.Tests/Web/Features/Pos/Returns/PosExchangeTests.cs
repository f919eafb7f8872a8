using Erp.Domain.Platform;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Pos.Checkout;
using Erp.Web.Features.Pos.Returns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Pos.Returns.PosTestData;

namespace Erp.Tests.Web.Features.Pos.Returns;

public class PosExchangeTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Exchange_ReturnWorthMoreThanTheNewSale_PaysItAndRefundsTheSurplus_InOneGo()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var book = await data.StockedProductAsync("BOOK", 10m, 2m);
        var (manager, _) = await data.CashierAsync(role: BuiltInRoles.ShopManager);
        var sale = await data.SaleAsync(manager, null, [new TillLine(lamp, "LAMP", 1m, 11.60m)], (PaymentMethodKind.Cash, 20m));

        var done = await ExchangeAsync(data, manager, Return(sale, Line(sale, 1, 1m)), new SaleInput
        {
            Lines = [new CartLineInput { ProductId = book, Quantity = 1m, UnitPrice = 10.80m }],
        });

        Assert.True(done.IsSuccess, done.Error?.Message);
        Assert.Equal((11.60m, 10.80m, 10.80m, 0m), (done.Value.ReturnValue, done.Value.SaleTotal, done.Value.Credited, done.Value.Change));
        Assert.Equal((PaymentMethodKind.Cash, 0.80m), (done.Value.Refunds.Single().Kind, done.Value.Refunds.Single().Amount));
        var newSale = await data.LoadSaleAsync(done.Value.SaleId);
        var credit = Assert.Single(newSale.Payments);
        Assert.Equal((PaymentMethodKind.Other, $"Exchange {done.Value.ReturnNumber}", done.Value.ReturnId, 10.80m),
            (credit.Kind, credit.MethodName, credit.ReturnId, credit.Amount));
        Assert.Equal(PosSaleStatus.Completed, newSale.Status);
        var taken = await data.InDb(db => db.PosReturns.AsNoTracking().SingleAsync());
        Assert.Equal((done.Value.SaleId, 10.80m), (taken.ExchangeSaleId, taken.ExchangeAmount));
        Assert.Equal(10m, await data.OnHandAsync(lamp, data.Main));
        Assert.Equal(9m, await data.OnHandAsync(book, data.Main));
        await data.Sales.Inventory.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task Exchange_NewSaleWorthMore_TheExtraIsPaidByAnotherTender()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var book = await data.StockedProductAsync("BOOK", 10m, 2m);
        var (manager, _) = await data.CashierAsync(role: BuiltInRoles.ShopManager);
        var sale = await data.SaleAsync(manager, null, [new TillLine(book, "BOOK", 1m, 10.80m)], (PaymentMethodKind.Card, 10.80m));

        var done = await ExchangeAsync(data, manager, Return(sale, Line(sale, 1, 1m)), new SaleInput
        {
            Lines = [new CartLineInput { ProductId = lamp, Quantity = 2m, UnitPrice = 11.60m }],
            Payments = [new TenderInput(data.Methods[PaymentMethodKind.Card], 12.40m)],
        });

        Assert.True(done.IsSuccess, done.Error?.Message);
        Assert.Equal((23.20m, 10.80m), (done.Value.SaleTotal, done.Value.Credited));
        Assert.Empty(done.Value.Refunds);
        var newSale = await data.LoadSaleAsync(done.Value.SaleId);
        Assert.Equal([(PaymentMethodKind.Other, 10.80m), (PaymentMethodKind.Card, 12.40m)],
            newSale.Payments.OrderBy(p => p.Kind == PaymentMethodKind.Card).Select(p => (p.Kind, p.Amount)));
        Assert.Equal((23.20m, 0m), (newSale.PaidTotal, newSale.ChangeGiven));
        Assert.Equal(8m, await data.OnHandAsync(lamp, data.Main));
        Assert.Equal(10m, await data.OnHandAsync(book, data.Main));
    }

    [Fact]
    public async Task Exchange_WhenTheNewSaleIsRefused_NothingIsReturnedOrSold()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var book = await data.StockedProductAsync("BOOK", 3m, 2m);
        var (manager, _) = await data.CashierAsync(role: BuiltInRoles.ShopManager);
        var sale = await data.SaleAsync(manager, null, [new TillLine(lamp, "LAMP", 1m, 11.60m)], (PaymentMethodKind.Cash, 11.60m));

        var refused = await ExchangeAsync(data, manager, Return(sale, Line(sale, 1, 1m)), new SaleInput
        {
            Lines = [new CartLineInput { ProductId = book, Quantity = 5m, UnitPrice = 1m }],
        });
        var unpaid = await ExchangeAsync(data, manager, Return(sale, Line(sale, 1, 1m)), new SaleInput
        {
            Lines = [new CartLineInput { ProductId = book, Quantity = 2m, UnitPrice = 10m }],
        });

        Assert.False(refused.IsSuccess);
        Assert.Contains("BOOK", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("pos.payment_short", unpaid.Error!.Code);
        Assert.Equal(0, await data.InDb(db => db.PosReturns.CountAsync()));
        Assert.Equal(1, await data.InDb(db => db.PosSales.CountAsync()));
        Assert.Equal(0m, (await data.LoadSaleAsync(sale.Id)).Lines.Single().ReturnedQuantity);
        Assert.Equal((9m, 3m), (await data.OnHandAsync(lamp, data.Main), await data.OnHandAsync(book, data.Main)));
    }

    [Fact]
    public async Task Return_OfASalePaidWithStoreCredit_GivesTheCreditBack()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var (manager, session) = await data.CashierAsync(role: BuiltInRoles.ShopManager);
        Assert.True((await data.Sales.PayAsync(20m, keepCredit: true)).IsSuccess);
        var completed = await data.As(manager, sp => sp.GetRequiredService<PosSaleCommands>().CompleteAsync(new SaleInput
        {
            SessionId = session, CustomerId = data.Customer,
            Lines = [new CartLineInput { ProductId = lamp, Quantity = 2m, UnitPrice = 11.60m }],
            Payments = [new TenderInput(data.Methods[PaymentMethodKind.StoreCredit], 15m), new TenderInput(data.Methods[PaymentMethodKind.Cash], 10m)],
        }));
        Assert.True(completed.IsSuccess, completed.Error?.Message);
        Assert.Equal(5m, (await data.Sales.BalanceAsync(data.Customer)).Value.Credit);
        var sale = await data.LoadSaleAsync(completed.Value.Id);

        var taken = await data.ReturnAsync(manager, Return(sale, Line(sale, 1, 2m)));

        Assert.True(taken.IsSuccess, taken.Error?.Message);
        Assert.Equal([(PaymentMethodKind.Cash, 8.20m), (PaymentMethodKind.StoreCredit, 15m)],
            taken.Value.Refunds.OrderBy(r => r.Kind).Select(r => (r.Kind, r.Amount)));
        Assert.Equal(20m, (await data.Sales.BalanceAsync(data.Customer)).Value.Credit);
    }

    private static Task<Erp.Domain.Common.Result<PosExchangeDone>> ExchangeAsync(PosTestData data, string userId, PosReturnInput taken,
        SaleInput sale) =>
        data.As(userId, sp => sp.GetRequiredService<PosExchangeCommands>().ExchangeAsync(new PosExchangeInput { Return = taken, Sale = sale }));
}
