using Erp.Domain.Common;
using Erp.Domain.Pos.Sessions;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Pos.Registers;
using Erp.Web.Features.Pos.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Pos.Sessions.PosTestData;

namespace Erp.Tests.Web.Features.Pos.Sessions;

public class PosSessionTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Open_ByDenominations_FloatIsTheCountAndTheSessionIsTheCashiers()
    {
        var data = await CreateAsync(app);

        var opened = await data.OpenAsync(data.Cashier, data.Till1, 999m, [new(20m, 3), new(5m, 4), new(0.25m, 8)]);
        var current = await data.As(data.Cashier, sp => sp.GetRequiredService<PosSessionQueries>().OpenSessionOfCurrentUserAsync());

        Assert.True(opened.IsSuccess, opened.Error?.Message);
        Assert.StartsWith("SES-", opened.Value.Number, StringComparison.Ordinal);
        var session = await data.InDb(db => db.PosSessions.Include(s => s.Counts).SingleAsync(s => s.Id == opened.Value.Id));
        Assert.Equal(82.00m, session.OpeningFloat);
        Assert.Equal(3, session.Counts.Count);
        Assert.Equal(data.Cashier, session.CashierId);
        Assert.Equal(opened.Value.Id, current.Value!.Id);
        Assert.Equal(("Till 1", "T1", "Test Shop"), (current.Value.RegisterName, current.Value.RegisterCode, current.Value.LocationName));
    }

    [Fact]
    public async Task Open_BusyRegister_IsRefusedWithWhoHasIt()
    {
        var data = await CreateAsync(app);
        var first = await data.OpenedAsync(data.Cashier, data.Till1, 100m);

        var second = await data.OpenAsync(data.Cashier2, data.Till1, 50m);

        Assert.False(second.IsSuccess);
        Assert.Equal($"Till 1 is already open: session {first.Number}, opened by Cashier user.", second.Error!.Message);
        Assert.Equal(1, await data.InDb(db => db.PosSessions.CountAsync()));
    }

    [Fact]
    public async Task Open_TwoCashiersAtOnce_OneWinsAndTheOtherGetsTheMessage()
    {
        var data = await CreateAsync(app);

        var results = await Task.WhenAll(data.OpenAsync(data.Cashier, data.Till1, 100m), data.OpenAsync(data.Cashier2, data.Till1, 100m));

        Assert.Single(results, r => r.IsSuccess);
        var refused = Assert.Single(results, r => !r.IsSuccess);
        Assert.Equal("pos.register_busy", refused.Error!.Code);
        Assert.StartsWith("Till 1 is already open: session SES-", refused.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await data.InDb(db => db.PosSessions.CountAsync(s => s.Status == PosSessionStatus.Open)));
    }

    [Fact]
    public async Task Open_CashierWithASessionElsewhere_IsRefused()
    {
        var data = await CreateAsync(app);
        var first = await data.OpenedAsync(data.Cashier, data.Till1, 100m);

        var second = await data.OpenAsync(data.Cashier, data.Till2, 100m);

        Assert.Equal("pos.cashier_busy", second.Error?.Code);
        Assert.Contains(first.Number, second.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("Till 1", second.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_InactiveRegister_IsRefused()
    {
        var data = await CreateAsync(app);
        await data.As(data.Tenant.AdminId, sp => sp.GetRequiredService<CashRegisterCommands>().SetActiveAsync(data.Till2, false));

        var opened = await data.OpenAsync(data.Cashier, data.Till2, 100m);

        Assert.Equal("pos.register_inactive", opened.Error?.Code);
    }

    [Fact]
    public async Task MoveCash_InAndOut_AreRecordedWithReasonAndCountInTheExpectedCash()
    {
        var data = await CreateAsync(app);
        var session = await data.OpenedAsync(data.Cashier, data.Till1, 100m);
        var commands = (IServiceProvider sp) => sp.GetRequiredService<PosSessionCommands>();

        var cashIn = await data.As(data.Cashier, sp => commands(sp).MoveCashAsync(session.Id, CashMovementKind.In, 50m, "Change from the safe"));
        var cashOut = await data.As(data.Cashier, sp => commands(sp).MoveCashAsync(session.Id, CashMovementKind.Out, 30.50m, "To the safe"));
        var noReason = await data.As(data.Cashier, sp => commands(sp).MoveCashAsync(session.Id, CashMovementKind.Out, 5m, " "));
        var details = await data.As(data.Cashier, sp => sp.GetRequiredService<PosSessionQueries>().GetAsync(session.Id));

        Assert.True(cashIn.IsSuccess && cashOut.IsSuccess);
        Assert.False(noReason.IsSuccess);
        Assert.Equal(2, details.Value.Movements.Count);
        Assert.Equal("To the safe", details.Value.Movements[1].Reason);
        Assert.Equal((50m, 30.50m, 119.50m), (details.Value.Cash.CashIn, details.Value.Cash.CashOut, details.Value.ExpectedCash));
    }

    [Fact]
    public async Task Close_WithAHeldSale_IsRefusedAndTheSessionStaysOpen()
    {
        var data = await CreateAsync(app);
        var session = await data.OpenedAsync(data.Cashier, data.Till1, 100m);
        await data.HoldAsync(session.Id);

        var closed = await data.As(data.Cashier, sp => sp.GetRequiredService<PosSessionCommands>().CloseAsync(session.Id, 100m, null, null));

        Assert.Equal("pos.held_sales", closed.Error?.Code);
        Assert.Contains("Recall or discard the held sale(s) first", closed.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(PosSessionStatus.Open, await data.InDb(db => db.PosSessions.Where(s => s.Id == session.Id).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task Close_ExpectedCash_IsFloatPlusCashSalesMinusCashRefundsPlusInMinusOut()
    {
        var data = await CreateAsync(app);
        var session = await data.OpenedAsync(data.Cashier, data.Till1, 100m);
        await ZReportTests.RingUpTheExampleAsync(data, session.Id);

        var wrong = await data.As(data.Cashier, sp => sp.GetRequiredService<PosSessionCommands>().CloseAsync(session.Id, 160m, null, null));
        var closed = await data.As(data.Cashier, sp => sp.GetRequiredService<PosSessionCommands>()
            .CloseAsync(session.Id, 0m, [new(100m, 1), new(50m, 1), new(10m, 1), new(5m, 1), new(1m, 2), new(0.10m, 2)], null));

        // 100.00 float + 23.20 + 25.60 cash kept − 11.60 cash refund + 50.00 in − 20.00 out = 167.20
        Assert.Equal("pos.difference_reason", wrong.Error?.Code);
        Assert.True(closed.IsSuccess, closed.Error?.Message);
        Assert.Equal((167.20m, 167.20m, 0m), (closed.Value.Expected, closed.Value.Counted, closed.Value.Difference));
        var stored = await data.InDb(db => db.PosSessions.SingleAsync(s => s.Id == session.Id));
        Assert.Equal((PosSessionStatus.Closed, 167.20m, 0m), (stored.Status, stored.ExpectedCash!.Value, stored.Difference!.Value));
        Assert.Null(stored.DifferenceReason);
    }

    [Fact]
    public async Task Close_ShortCount_RecordsTheExactDifferenceAndItsReason()
    {
        var data = await CreateAsync(app);
        var session = await data.OpenedAsync(data.Cashier, data.Till1, 100m);
        await ZReportTests.RingUpTheExampleAsync(data, session.Id);

        var closed = await data.As(data.Cashier, sp => sp.GetRequiredService<PosSessionCommands>()
            .CloseAsync(session.Id, 160.00m, null, "Wrong change given to a customer"));

        Assert.True(closed.IsSuccess, closed.Error?.Message);
        var stored = await data.InDb(db => db.PosSessions.SingleAsync(s => s.Id == session.Id));
        Assert.Equal((167.20m, 160.00m, -7.20m), (stored.ExpectedCash!.Value, stored.CountedCash!.Value, stored.Difference!.Value));
        Assert.Equal("Wrong change given to a customer", stored.DifferenceReason);
        Assert.Equal(data.Cashier, stored.ClosedBy);
    }

    [Fact]
    public async Task Close_AnotherCashiersSession_NeedsSupervise()
    {
        var data = await CreateAsync(app);
        var session = await data.OpenedAsync(data.Cashier, data.Till1, 100m);

        var byOtherCashier = await data.As(data.Cashier2, sp => sp.GetRequiredService<PosSessionCommands>().CloseAsync(session.Id, 100m, null, null));
        var moveByOther = await data.As(data.Cashier2, sp => sp.GetRequiredService<PosSessionCommands>()
            .MoveCashAsync(session.Id, CashMovementKind.Out, 10m, "Lunch"));
        var bySupervisor = await data.As(data.Supervisor, sp => sp.GetRequiredService<PosSessionCommands>().CloseAsync(session.Id, 100m, null, null));

        Assert.Equal(CommonErrors.Forbidden.Code, byOtherCashier.Error?.Code);
        Assert.Equal(CommonErrors.Forbidden.Code, moveByOther.Error?.Code);
        Assert.True(bySupervisor.IsSuccess, bySupervisor.Error?.Message);
        Assert.Equal(data.Supervisor, await data.InDb(db => db.PosSessions.Where(s => s.Id == session.Id).Select(s => s.ClosedBy).SingleAsync()));
    }

    [Fact]
    public async Task AnotherTenantsSession_IsNotFound()
    {
        var data = await CreateAsync(app);
        var other = await CreateAsync(app);
        var session = await data.OpenedAsync(data.Cashier, data.Till1, 100m);

        var close = await other.As(other.Tenant.AdminId, sp => sp.GetRequiredService<PosSessionCommands>().CloseAsync(session.Id, 100m, null, null));
        var get = await other.As(other.Tenant.AdminId, sp => sp.GetRequiredService<PosSessionQueries>().GetAsync(session.Id));
        var z = await other.As(other.Tenant.AdminId, sp => sp.GetRequiredService<ZReportQueries>().ForSessionAsync(session.Id));
        var open = await other.OpenAsync(other.Cashier, data.Till1, 10m);

        Assert.Equal("common.not_found", close.Error?.Code);
        Assert.Equal("common.not_found", get.Error?.Code);
        Assert.Equal("common.not_found", z.Error?.Code);
        Assert.Equal("common.not_found", open.Error?.Code);
    }

    [Fact]
    public async Task List_CashiersSeeTheirOwn_SupervisorsSeeAll()
    {
        var data = await CreateAsync(app);
        await data.OpenedAsync(data.Cashier, data.Till1, 100m);
        await data.OpenedAsync(data.Cashier2, data.Till2, 100m);
        var query = new PosSessionListQuery(Status: PosSessionStatus.Open);

        var mine = await data.As(data.Cashier, sp => sp.GetRequiredService<PosSessionQueries>().ListAsync(query, 0, 25));
        var all = await data.As(data.Supervisor, sp => sp.GetRequiredService<PosSessionQueries>().ListAsync(query, 0, 25));
        var byRegister = await data.As(data.Supervisor, sp => sp.GetRequiredService<PosSessionQueries>()
            .ListAsync(query with { RegisterId = data.Till2 }, 0, 25));

        Assert.Equal("Till 1", Assert.Single(mine.Value.Items).Register);
        Assert.Equal(2, all.Value.Total);
        Assert.Equal("Till 2", Assert.Single(byRegister.Value.Items).Register);
    }

    [Fact]
    public async Task SessionsExport_IsTheFilteredViewOfTheUser()
    {
        var data = await CreateAsync(app);
        var mine = await data.OpenedAsync(data.Cashier, data.Till1, 100m);
        var other = await data.OpenedAsync(data.Cashier2, data.Till2, 100m);
        await data.As(data.Cashier2, sp => sp.GetRequiredService<PosSessionCommands>().CloseAsync(other.Id, 100m, null, null));
        var cashier = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(cashier, data.CashierEmail);
        var supervisor = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(supervisor, data.SupervisorEmail);

        using var own = new ClosedXML.Excel.XLWorkbook(await (await cashier.GetAsync("/pos/sessions/export.xlsx")).Content.ReadAsStreamAsync());
        using var closed = new ClosedXML.Excel.XLWorkbook(await (await supervisor.GetAsync("/pos/sessions/export.xlsx?status=Closed")).Content.ReadAsStreamAsync());

        Assert.Equal([mine.Number], own.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
        var row = Assert.Single(closed.Worksheet(1).RowsUsed().Skip(1));
        Assert.Equal((other.Number, "Closed", 0d), (row.Cell(1).GetString(), row.Cell(2).GetString(), row.Cell(14).GetDouble()));
    }
}
