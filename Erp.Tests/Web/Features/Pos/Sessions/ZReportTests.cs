using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Sales.Pricing;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Pos.Sessions;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Pos.Sessions.PosTestData;

namespace Erp.Tests.Web.Features.Pos.Sessions;

public class ZReportTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static readonly DateTimeOffset Day = new(DateTime.UtcNow.Date, TimeSpan.Zero);

    /// <summary>
    /// The worked example (prices exclude tax, A taxed 16 %, B 8 %):
    /// 09:10 2 × A at 10.00 = 20.00 + 3.20 = 23.20, cash 30.00 (6.80 change, 23.20 kept);
    /// 09:40 1 × B at 50.00 less 5.00 = 45.00 + 3.60 = 48.60, card;
    /// 11:05 1 × A + 1 × B = 60.00 + 1.60 + 4.00 = 65.60, card 40.00 + cash 30.00 (4.40 change, 25.60 kept);
    /// 11:30 one A of the first sale returned: 10.00 + 1.60 = 11.60 refunded in cash;
    /// cash in 50.00, cash out 20.00.
    /// </summary>
    internal static async Task RingUpTheExampleAsync(PosTestData data, Guid sessionId)
    {
        var first = await data.SellAsync(sessionId, Day.AddHours(9).AddMinutes(10), [Line(data.ProductA, 2m, 10m, 16m)], data.Pay("Cash", 30m));
        await data.SellAsync(sessionId, Day.AddHours(9).AddMinutes(40), [Line(data.ProductB, 1m, 50m, 8m, Discount.Amount(5m))],
            data.Pay("Card", 48.60m));
        await data.SellAsync(sessionId, Day.AddHours(11).AddMinutes(5), [Line(data.ProductA, 1m, 10m, 16m), Line(data.ProductB, 1m, 50m, 8m)],
            data.Pay("Card", 40m), data.Pay("Cash", 30m));
        await data.ReturnAsync(first, sessionId, 1m, Day.AddHours(11).AddMinutes(30), ("Cash", 11.60m));
        var session = await data.InDb(db => Task.FromResult(db.PosSessions.Where(s => s.Id == sessionId).Select(s => s.CashierId).Single()));
        var commands = (IServiceProvider sp) => sp.GetRequiredService<PosSessionCommands>();
        Assert.True((await data.As(session, sp => commands(sp).MoveCashAsync(sessionId, Erp.Domain.Pos.Sessions.CashMovementKind.In, 50m, "Change"))).IsSuccess);
        Assert.True((await data.As(session, sp => commands(sp).MoveCashAsync(sessionId, Erp.Domain.Pos.Sessions.CashMovementKind.Out, 20m, "Safe"))).IsSuccess);
    }

    [Fact]
    public async Task SessionZ_FiguresByMethodTaxCashierAndHour_MatchTheWorkedExample()
    {
        var data = await CreateAsync(app);
        var session = await data.OpenedAsync(data.Cashier, data.Till1, 100m);
        await RingUpTheExampleAsync(data, session.Id);
        await data.As(data.Cashier, sp => sp.GetRequiredService<PosSessionCommands>().CloseAsync(session.Id, 160m, null, "Short"));

        var z = (await data.As(data.Cashier, sp => sp.GetRequiredService<ZReportQueries>().ForSessionAsync(session.Id))).Value;

        Assert.Equal((3, 1), (z.SalesCount, z.ReturnsCount));
        Assert.Equal((137.40m, 11.60m), (z.SalesGross, z.ReturnsGross));
        Assert.Equal((115.00m, 10.80m, 125.80m, 5.00m), (z.Net, z.Tax, z.Gross, z.Discounts));
        Assert.Equal([("Cash", 48.80m, 11.60m, 37.20m), ("Card", 88.60m, 0m, 88.60m)],
            z.ByMethod.Select(m => (m.Method, m.Sales, m.Refunds, m.Net)));
        Assert.Equal([(16m, 20.00m, 3.20m, 23.20m), (8m, 95.00m, 7.60m, 102.60m)],
            z.ByTax.Select(t => (t.RatePercent, t.Net, t.Tax, t.Gross)));
        var cashier = Assert.Single(z.ByCashier);
        Assert.Equal(("Cashier user", 3, 137.40m, 1, 11.60m, 125.80m),
            (cashier.Cashier, cashier.Sales, cashier.SalesGross, cashier.Returns, cashier.ReturnsGross, cashier.Net));
        Assert.Equal([("09:00", 2, 71.80m), ("11:00", 1, 65.60m)], z.ByHour.Select(h => (h.Hour, h.Sales, h.Gross)));
        Assert.Equal((100m, 48.80m, 11.60m, 50m, 20m, 167.20m), (z.Cash.OpeningFloat, z.Cash.CashSales, z.Cash.CashRefunds, z.Cash.CashIn,
            z.Cash.CashOut, z.Cash.Expected));
        Assert.Equal((160m, -7.20m), (z.Cash.Counted!.Value, z.Cash.Difference!.Value));
    }

    [Fact]
    public async Task ShopZ_AddsEverySessionOfTheShopThatDay()
    {
        var data = await CreateAsync(app);
        var first = await data.OpenedAsync(data.Cashier, data.Till1, 100m);
        await RingUpTheExampleAsync(data, first.Id);
        var second = await data.OpenedAsync(data.Supervisor, data.Till2, 40m);
        await data.SellAsync(second.Id, Day.AddHours(10).AddMinutes(20), [Line(data.ProductB, 1m, 50m, 8m)], data.Pay("Cash", 54m));

        var z = (await data.As(data.Supervisor, sp => sp.GetRequiredService<ZReportQueries>().ForShopAsync(data.Shop, DateOnly.FromDateTime(Day.UtcDateTime)))).Value;
        var refused = await data.As(data.Cashier, sp => sp.GetRequiredService<ZReportQueries>().ForShopAsync(data.Shop, DateOnly.FromDateTime(Day.UtcDateTime)));

        Assert.Equal(2, z.Sessions.Count);
        Assert.Equal((4, 191.40m, 179.80m), (z.SalesCount, z.SalesGross, z.Gross));
        Assert.Equal([("09:00", 2, 71.80m), ("10:00", 1, 54.00m), ("11:00", 1, 65.60m)], z.ByHour.Select(h => (h.Hour, h.Sales, h.Gross)));
        Assert.Equal([("Cashier user", 125.80m), ("ShopManager user", 54.00m)], z.ByCashier.Select(c => (c.Cashier, c.Net)));
        Assert.Equal((140m, 102.80m, 261.20m, 2), (z.Cash.OpeningFloat, z.Cash.CashSales, z.Cash.Expected, z.Cash.OpenSessions));
        Assert.Null(z.Cash.Counted);
        Assert.Equal("common.forbidden", refused.Error?.Code);
    }

    [Fact]
    public async Task ZDownloads_PdfAndExcelReadBack_AndRefusals()
    {
        var data = await CreateAsync(app);
        var session = await data.OpenedAsync(data.Cashier, data.Till1, 100m);
        await RingUpTheExampleAsync(data, session.Id);
        var others = await data.OpenedAsync(data.Cashier2, data.Till2, 10m);
        var cashier = await LoginAsync(data.CashierEmail);
        var supervisor = await LoginAsync(data.SupervisorEmail);
        var day = DateOnly.FromDateTime(Day.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var pdf = await cashier.GetAsync($"/pos/sessions/{session.Id}/z.pdf");
        var xlsx = await cashier.GetAsync($"/pos/sessions/{session.Id}/z.xlsx");
        var othersZ = await cashier.GetAsync($"/pos/sessions/{others.Id}/z.pdf");
        var shopByCashier = await cashier.GetAsync($"/pos/z.xlsx?location={data.Shop}&date={day}");
        var shop = await supervisor.GetAsync($"/pos/z.xlsx?location={data.Shop}&date={day}");
        var foreign = await (await LoginAsync((await CreateAsync(app)).SupervisorEmail)).GetAsync($"/pos/sessions/{session.Id}/z.xlsx");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var text = UserDownloadsTests.PdfText(bytes);
        if (Environment.GetEnvironmentVariable("ERP_PDF_OUT") is { Length: > 0 } folder)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "z-session.pdf"), bytes);
        }

        foreach (var expected in new[] { $"Z report — session {session.Number}", "Test Shop", "Cash", "Card", "37.20", "88.60", "16 %",
                     "102.60", "Cashier user", "09:00", "71.80", "167.20", "125.80" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        using (var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync()))
        {
            var cells = book.Worksheet(1).CellsUsed().ToList();
            decimal ValueRightOf(string label) => (decimal)cells.First(c => c.GetString() == label).CellRight().GetDouble();
            Assert.Equal(125.80m, ValueRightOf("Gross (incl. tax)"));
            Assert.Equal(167.20m, ValueRightOf("Expected"));
            Assert.Equal(48.80m, ValueRightOf("Cash"));
        }

        Assert.NotEqual(HttpStatusCode.OK, othersZ.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, shopByCashier.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shop.StatusCode);
        using (var book = new XLWorkbook(await shop.Content.ReadAsStreamAsync()))
        {
            Assert.Contains(book.Worksheet(1).CellsUsed(), c => c.GetString() == others.Number);
        }

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    private async Task<HttpClient> LoginAsync(string email)
    {
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        return client;
    }
}
