using System.Net;
using ClosedXML.Excel;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Purchasing.Bills;
using Erp.Web.Features.Purchasing.Payables;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Payables;

public class PayableAgingTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static readonly DateOnly AsOf = new(2026, 12, 31);

    /// <summary>
    /// Acme (USD) has one bill per edge of the buckets as of 2026-12-31; Euro Parts one EUR bill at 1.1 (100.05 EUR =
    /// 110.055 → 110.06 USD) 46 days overdue. A paid bill, a bill dated after the as-of date and a cancelled one do not count.
    /// </summary>
    private static async Task<(PayablesTestKit Kit, Guid Acme, Guid Euro)> SetupAsync(ErpAppFactory app)
    {
        var kit = await PayablesTestKit.CreateAsync(app, requireOrder: false, otherCurrencies: "EUR");
        var acme = await kit.Kit.SupplierAsync("SUP-A1", "Acme Supplies");
        var euro = await kit.Kit.SupplierAsync("SUP-A2", "Euro Parts", currency: "EUR");
        var bills = new (string Due, decimal Amount)[]
        {
            ("2027-01-10", 100m), // not yet due → current
            ("2026-12-31", 50m),  // due on the day (0 days) → current
            ("2026-12-30", 30m),  // 1 day → 1–30
            ("2026-12-01", 40m),  // 30 days → 1–30
            ("2026-11-30", 20m),  // 31 days → 31–60
            ("2026-11-01", 25m),  // 60 days → 31–60
            ("2026-10-31", 10m),  // 61 days → 61–90
            ("2026-10-02", 70m),  // 90 days → 61–90
            ("2026-10-01", 80m),  // 91 days → 90+
        };
        var number = 0;
        foreach (var (due, amount) in bills)
        {
            await kit.RecordedAsync(PayablesTestKit.FreeBill(acme, $"AC-{++number}", amount, "2026-09-01", due));
        }

        var paid = await kit.RecordedAsync(PayablesTestKit.FreeBill(acme, "AC-PAID", 15m, "2026-09-01", "2026-10-01"));
        Assert.True((await kit.PayAsync(acme, "2026-09-15", 15m, null, (paid, 15m))).IsSuccess);
        await kit.RecordedAsync(PayablesTestKit.FreeBill(acme, "AC-LATER", 999m, "2027-01-05", "2027-02-05"));
        var cancelled = await kit.RecordedAsync(PayablesTestKit.FreeBill(acme, "AC-CANCELLED", 500m, "2026-09-01", "2026-10-01"));
        Assert.True((await kit.Kit.As(kit.Accountant, sp =>
            sp.GetRequiredService<Erp.Web.Features.Purchasing.Bills.SupplierBillCommands>().CancelAsync(cancelled, "Duplicate"))).IsSuccess);
        await kit.RecordedAsync(PayablesTestKit.FreeBill(euro, "EU-1", 100.05m, "2026-10-01", "2026-11-15", "EUR", 1.1m));
        return (kit, acme, euro);
    }

    [Fact]
    public async Task Aging_PutsEachBillInItsBucket_InTheBaseCurrency_PerSupplierAndInTotal()
    {
        var (kit, acme, euro) = await SetupAsync(app);
        var queries = (IServiceProvider sp) => sp.GetRequiredService<PayableQueries>();

        var page = await kit.Kit.As(kit.Accountant, sp => queries(sp).AgingAsync(new PayableAgingQuery(AsOf), 0, 25));
        var totals = await kit.Kit.As(kit.Accountant, sp => queries(sp).AgingTotalsAsync(new PayableAgingQuery(AsOf)));

        Assert.True(page.IsSuccess, page.Error?.Message);
        Assert.Equal(2, page.Value.Total);
        Assert.Equal(
            [
                new PayableAgingRow(acme, "SUP-A1", "Acme Supplies", 150m, 70m, 45m, 80m, 80m, 425m),
                new PayableAgingRow(euro, "SUP-A2", "Euro Parts", 0m, 0m, 110.06m, 0m, 0m, 110.06m),
            ],
            page.Value.Items);
        Assert.Equal(new PayableAgingTotals(150m, 70m, 155.06m, 80m, 80m, 535.06m), totals.Value);

        var search = await kit.Kit.As(kit.Accountant, sp => queries(sp).AgingTotalsAsync(new PayableAgingQuery(AsOf, "euro")));
        Assert.Equal(110.06m, search.Value.Total);

        // The EUR supplier's own balance stays in euros.
        var balance = await kit.Kit.As(kit.Accountant, sp => queries(sp).BalanceAsync(euro));
        Assert.Equal(("EUR", 100.05m), (balance.Value.Currency, balance.Value.Owed));
    }

    [Fact]
    public async Task AgingExcel_HasTheRowsAsTheReport()
    {
        var (kit, _, _) = await SetupAsync(app);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, kit.Kit.Data.Tenant.AdminEmail);

        var response = await client.GetAsync("/purchasing/payables/aging.xlsx?asOf=2026-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(["Supplier code", "Supplier", "Current", "1–30", "31–60", "61–90", "90+", "Total"],
            sheet.Row(1).Cells(1, 8).Select(c => c.GetString()));
        var rows = sheet.RowsUsed().Skip(1).Select(r => (r.Cell(2).GetString(), r.Cell(3).GetValue<decimal>(), r.Cell(5).GetValue<decimal>(),
            r.Cell(7).GetValue<decimal>(), r.Cell(8).GetValue<decimal>())).ToList();
        Assert.Equal([("Acme Supplies", 150m, 45m, 80m, 425m), ("Euro Parts", 0m, 110.06m, 0m, 110.06m)], rows);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/purchasing/payables/aging.xlsx?asOf=yesterday")).StatusCode);
    }

    [Fact]
    public async Task AgingExcel_IsRefusedToACashier()
    {
        var kit = await PayablesTestKit.CreateAsync(app);
        var email = $"cashier@{kit.Kit.Data.Tenant.Code}.test";
        await kit.Kit.Data.Tenant.AddUserAsync(Erp.Domain.Platform.BuiltInRoles.Cashier, email);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);

        var response = await client.GetAsync("/purchasing/payables/aging.xlsx?asOf=2026-12-31");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
