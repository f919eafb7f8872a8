using Erp.Data.Inventory;
using Erp.Domain.Platform;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Features.Pos.Checkout;
using Erp.Web.Features.Sales.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Pos.Checkout;

/// <summary>Till sales: prices 10.00 / 5.00 / 2.50 before tax are 11.60 / 5.80 / 2.90 on the tax-inclusive till (16 %).</summary>
public class PosSaleTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Complete_SplitPayment_PostsTotalsPaymentsChangeAndStockInOneGo()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("PA", 10m, 10m);
        var b = await kit.ProductAsync("PB", 5m, 10m);
        var c = await kit.ProductAsync("PC", 2.5m, 10m);

        // 2 × 11.60 + 5.80 + 3 × 2.90 = 37.70; card 20.00 and cash 20.00 → change 2.30, cash kept 17.70.
        var done = await kit.SellAsync(kit.One, PosTestKit.Paid(PosTestKit.Sale(kit.One, (a, 2m), (b, 1m), (c, 3m)),
            (kit.Card, 20m), (kit.Cash, 20m)));

        Assert.True(done.IsSuccess, done.Error?.Message);
        Assert.StartsWith("R-", done.Value.Number);
        Assert.Equal(37.70m, done.Value.Total);
        Assert.Equal(2.30m, done.Value.Change);
        var sale = await kit.Data.InDb(db => db.PosSales.Include(s => s.Lines).Include(s => s.Payments).SingleAsync(s => s.Id == done.Value.Id));
        Assert.Equal(PosSaleStatus.Completed, sale.Status);
        Assert.Equal(32.50m, sale.NetTotal);
        Assert.Equal(5.20m, sale.TaxTotal);
        Assert.Equal([20.00m, 17.70m], sale.Payments.OrderBy(p => p.Position).Select(p => p.Amount));
        Assert.Equal(20.00m, sale.Payments.Single(p => p.Kind == PaymentMethodKind.Cash).Tendered);
        Assert.Equal([(20.00m, 3.20m), (5.00m, 0.80m), (7.50m, 1.20m)], sale.Lines.OrderBy(l => l.LineNumber).Select(l => (l.Net, l.Tax)));
        Assert.Equal(10.00m, sale.Lines.Single(l => l.ProductId == a).CostValue); // 2 × cost 5.00
        Assert.Equal(8m, await kit.Data.OnHandAsync(a, kit.Shop));
        Assert.Equal(9m, await kit.Data.OnHandAsync(b, kit.Shop));
        Assert.Equal(7m, await kit.Data.OnHandAsync(c, kit.Shop));
        await kit.Data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task Complete_PaymentBelowTotal_IsRefusedAndChangesNothing()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("SA", 10m, 5m);

        var done = await kit.SellAsync(kit.One, PosTestKit.Paid(PosTestKit.Sale(kit.One, (a, 1m)), (kit.Cash, 11.00m)));

        Assert.False(done.IsSuccess);
        Assert.Equal("pos.payment_short", done.Error!.Code);
        Assert.Contains("0.60 is still due", done.Error.Message);
        Assert.Equal(0, await kit.Data.InDb(db => db.PosSales.CountAsync()));
        Assert.Equal(5m, await kit.Data.OnHandAsync(a, kit.Shop));
    }

    [Fact]
    public async Task Complete_CardAboveTotal_IsRefused_ChangeComesOnlyFromCash()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("CA", 10m, 5m);

        var done = await kit.SellAsync(kit.One, PosTestKit.Paid(PosTestKit.Sale(kit.One, (a, 1m)), (kit.Card, 20m)));

        Assert.Equal("pos.change_only_cash", done.Error?.Code);
    }

    [Fact]
    public async Task Complete_NegativeQuantity_IsRefused()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("NA", 10m, 5m);

        var done = await kit.SellAsync(kit.One, PosTestKit.Paid(PosTestKit.Sale(kit.One, (a, -1m)), (kit.Cash, 20m)));

        Assert.Equal("pos.quantity", done.Error?.Code);
        Assert.Equal(5m, await kit.Data.OnHandAsync(a, kit.Shop));
    }

    [Fact]
    public async Task Lookup_UnknownBarcode_IsRefusedClearly_KnownBarcodeIsPricedWithShopStock()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("LA", 10m, 4m);
        var barcode = await kit.BarcodeAsync(a);

        var (unknown, known) = await kit.As(kit.One, async sp =>
        {
            var queries = sp.GetRequiredService<CheckoutQueries>();
            var till = await queries.ContextAsync();
            Assert.NotNull(till);
            return (await queries.FindAsync(till, "0000000000000"), await queries.FindAsync(till, barcode));
        });

        Assert.Equal("pos.unknown_code", unknown.Error?.Code);
        Assert.Contains("0000000000000", unknown.Error!.Message);
        Assert.True(known.IsSuccess);
        Assert.Equal((a, 11.60m, 16m, 4m), (known.Value.ProductId, known.Value.UnitPrice, known.Value.TaxRatePercent, known.Value.Available));
    }

    [Fact]
    public async Task TwoTillsSellingTheLastUnitAtOnce_OneCompletes_TheOtherIsRefusedAndChargedNothing()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var last = await kit.ProductAsync("LAST", 10m, 1m);

        var results = await Task.WhenAll(
            kit.SellAsync(kit.One, PosTestKit.Paid(PosTestKit.Sale(kit.One, (last, 1m)), (kit.Card, 11.60m))),
            kit.SellAsync(kit.Two, PosTestKit.Paid(PosTestKit.Sale(kit.Two, (last, 1m)), (kit.Card, 11.60m))));

        Assert.Single(results, r => r.IsSuccess);
        var refused = Assert.Single(results, r => !r.IsSuccess);
        Assert.Equal("pos.out_of_stock", refused.Error!.Code);
        Assert.Contains("LAST: only 0 left", refused.Error.Message);
        Assert.Equal(0m, await kit.Data.OnHandAsync(last, kit.Shop));
        Assert.Equal(1, await kit.Data.InDb(db => db.PosSalePayments.CountAsync()));

        // The next cashier ringing it up is told before taking any payment.
        var shortages = await kit.As(kit.Two, async sp =>
        {
            var queries = sp.GetRequiredService<CheckoutQueries>();
            return await queries.ShortagesAsync((await queries.ContextAsync())!, [new CartLineInput { ProductId = last, Quantity = 1m }]);
        });
        Assert.Equal(["LAST: only 0 left in the shop, 1 in the cart."], shortages);
    }

    [Fact]
    public async Task StockReservedForAnOrder_IsNotSoldAtTheTill()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("RA", 10m, 2m);
        await kit.Data.AsAdmin(sp => sp.GetRequiredService<StockTransactions>().RunAsync<bool>(async (db, _, ct) =>
        {
            var reserved = await StockLedger.ReserveAsync(db, [new StockReservation(a, kit.Shop, 2m)], ct);
            return reserved.IsSuccess ? true : reserved.Error!;
        }));

        var done = await kit.SellAsync(kit.One, PosTestKit.Paid(PosTestKit.Sale(kit.One, (a, 1m)), (kit.Cash, 20m)));

        Assert.Equal("pos.out_of_stock", done.Error?.Code);
        Assert.Equal(2m, await kit.Data.OnHandAsync(a, kit.Shop));
    }

    [Fact]
    public async Task PriceOverride_NeedsAManager_WhoseApprovalIsChecked()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("OA", 10m, 5m);
        var managerEmail = $"manager-{Guid.NewGuid():N}@pos.test";
        var managerId = await kit.Data.Tenant.AddUserAsync(BuiltInRoles.Manager, managerEmail);
        SaleInput Overridden(string? password)
        {
            var sale = PosTestKit.Paid(PosTestKit.Sale(kit.One, (a, 1m)), (kit.Cash, 9.00m));
            sale.Lines[0].UnitPrice = 9.00m;
            sale.Approval = password is null ? null : new ManagerApproval(managerEmail, password);
            return sale;
        }

        var alone = await kit.SellAsync(kit.One, Overridden(null));
        var wrong = await kit.SellAsync(kit.One, Overridden("not-the-password"));
        var approved = await kit.SellAsync(kit.One, Overridden(ErpAppFactory.Password));

        Assert.Equal("pos.override_denied", alone.Error?.Code);
        Assert.Equal("pos.approval_refused", wrong.Error?.Code);
        Assert.True(approved.IsSuccess, approved.Error?.Message);
        var sale = await kit.Data.InDb(db => db.PosSales.Include(s => s.Lines).SingleAsync());
        Assert.Equal((9.00m, 11.60m, managerId), (sale.GrossTotal, sale.Lines[0].ListPrice, sale.OverrideApprovedBy));
    }

    [Fact]
    public async Task HoldRecallComplete_TheHeldSaleEndsRecalled_AndOnlyTheCompletedSaleMovesStock()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("HA", 10m, 5m);
        var commands = (IServiceProvider sp) => sp.GetRequiredService<PosSaleCommands>();

        var held = await kit.As(kit.One, sp => commands(sp).HoldAsync(PosTestKit.Sale(kit.One, (a, 2m))));
        Assert.True(held.IsSuccess, held.Error?.Message);
        var waiting = await kit.As(kit.One, sp => commands(sp).HeldAsync(kit.One.SessionId));
        Assert.Equal((23.20m, 1), (Assert.Single(waiting).Total, waiting[0].Lines));
        Assert.Equal(5m, await kit.Data.OnHandAsync(a, kit.Shop));
        Assert.Empty(await kit.As(kit.Two, sp => commands(sp).HeldAsync(kit.One.SessionId)));

        var recalled = await kit.As(kit.One, sp => commands(sp).RecallAsync(held.Value));
        Assert.True(recalled.IsSuccess, recalled.Error?.Message);
        var done = await kit.SellAsync(kit.One, PosTestKit.Paid(recalled.Value, (kit.Cash, 25m)));

        Assert.True(done.IsSuccess, done.Error?.Message);
        Assert.Equal(1.80m, done.Value.Change);
        Assert.Equal(PosSaleStatus.Recalled, await kit.Data.InDb(db => db.PosSales.Where(s => s.Id == held.Value).Select(s => s.Status).SingleAsync()));
        Assert.Empty(await kit.As(kit.One, sp => commands(sp).HeldAsync(kit.One.SessionId)));
        Assert.Equal(3m, await kit.Data.OnHandAsync(a, kit.Shop));
    }

    [Fact]
    public async Task StoreCredit_IsSpentFromTheCustomersCredit_AndRefusedForWalkIns()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var b = await kit.ProductAsync("SC", 5m, 5m);
        var customer = await app.CreateAsync(kit.Data.Tenant, CustomerTestKit.Input("Credit Holder"));
        var bank = await kit.Data.InDb(db => db.PaymentMethods.Where(m => m.Kind == PaymentMethodKind.BankTransfer).Select(m => m.Id).SingleAsync());
        var paid = await kit.Data.AsAdmin(sp => sp.GetRequiredService<PaymentCommands>().RecordAsync(new PaymentInput
        {
            CustomerId = customer, MethodId = bank, Amount = 20m, KeepCredit = true,
        }));
        Assert.True(paid.IsSuccess, paid.Error?.Message);

        var walkIn = await kit.SellAsync(kit.One, PosTestKit.Paid(PosTestKit.Sale(kit.One, (b, 1m)), (kit.Credit, 5.80m)));
        var sale = PosTestKit.Paid(PosTestKit.Sale(kit.One, (b, 1m)), (kit.Credit, 5.80m));
        sale.CustomerId = customer;
        var named = await kit.SellAsync(kit.One, sale);

        Assert.Equal("pos.store_credit_customer", walkIn.Error?.Code);
        Assert.True(named.IsSuccess, named.Error?.Message);
        var balance = await kit.Data.AsAdmin(sp => sp.GetRequiredService<ReceivableQueries>().BalanceAsync(customer));
        Assert.Equal(14.20m, balance.Value.Credit);
        Assert.Equal(-14.20m, balance.Value.Balance);
    }

    [Fact]
    public async Task AnotherCashiersSession_IsRefused()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("XA", 10m, 5m);

        var done = await kit.SellAsync(kit.Two, PosTestKit.Paid(PosTestKit.Sale(kit.One, (a, 1m)), (kit.Cash, 20m)));

        Assert.Equal("pos.not_your_session", done.Error?.Code);
    }
}
