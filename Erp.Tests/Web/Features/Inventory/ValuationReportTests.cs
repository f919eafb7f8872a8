using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Inventory.Valuation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Inventory.StockViewsTestData;

namespace Erp.Tests.Web.Features.Inventory;

public class ValuationReportTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static readonly DateTimeOffset Mar01 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Mar10Late = new(2026, 3, 10, 23, 30, 0, TimeSpan.Zero);

    /// <summary>
    /// Mar 1: A (Drinks) Main +10 and bin +5 at 2.00; C (Food) North +4 at 3.00.
    /// Mar 10, 23:30 UTC: A Main −3 sold (−6.00) and −2 shipped into transit (−4.00 / +4.00).
    /// Now: C North +1 at 5.00.
    /// Now: Main 5 + bin 5 = 10 (20.00), North 5 (17.00, avg 3.4), In transit 2 (4.00): 17 units, 41.00.
    /// End of Mar 5: Main 15 (30.00), North 4 (12.00): 19 units, 42.00.
    /// </summary>
    internal static async Task<InventoryTestData> SetupAsync(ErpAppFactory app)
    {
        var data = await InventoryTestData.CreateAsync(app);
        var food = await data.CategoryAsync("Food");
        var a = await data.ProductAsync("VAL-A", 2m);
        var c = await data.ProductAsync("VAL-C", 3m, i => i.CategoryId = food);
        var transit = await data.TransitAsync();
        await data.PostAtAsync(Mar01, In(a, data.Main, 10m, 2m), In(a, data.MainBin, 5m, 2m), In(c, data.North, 4m, 3m));
        await data.PostAtAsync(Mar10Late, Out(a, data.Main, 3m), Out(a, data.Main, 2m, MovementKind.TransferOut),
            In(a, transit, 2m, 2m, MovementKind.TransferIn));
        Assert.True((await data.PostAsync(In(c, data.North, 1m, 5m))).IsSuccess);
        return data;
    }

    private static async Task<ValuationReport> ReportAsync(InventoryTestData data, ValuationQuery query)
    {
        var report = await data.AsAdmin(sp => sp.GetRequiredService<ValuationQueries>().GetAsync(query));
        Assert.True(report.IsSuccess, report.Error?.Message);
        return report.Value;
    }

    private static List<(string, decimal, decimal, decimal?)> Rows(ValuationReport report) =>
        report.Rows.Select(r => (r.Group, r.Quantity, r.Value, r.UnitCost)).ToList();

    [Fact]
    public async Task PerWarehouse_Now_RollsUpSubLocations_AndIncludesStockInTransit()
    {
        var data = await SetupAsync(app);

        var report = await ReportAsync(data, new ValuationQuery());

        Assert.Equal(
            [("Main warehouse", 10m, 20m, 2m), ("North warehouse", 5m, 17m, 3.4m), ("In transit", 2m, 4m, 2m)],
            Rows(report));
        Assert.Equal((17m, 41m, 2.4118m), (report.Total.Quantity, report.Total.Value, report.Total.UnitCost)); // 41 / 17 = 2.41176…
        Assert.Equal("USD", report.Currency);
    }

    [Fact]
    public async Task AsOfAPastDate_CountsOnlyMovementsUpToTheEndOfThatDay()
    {
        var data = await SetupAsync(app);

        var mar05 = await ReportAsync(data, new ValuationQuery(AsOf: new DateOnly(2026, 3, 5)));
        var mar10 = await ReportAsync(data, new ValuationQuery(AsOf: new DateOnly(2026, 3, 10)));
        var feb28 = await ReportAsync(data, new ValuationQuery(AsOf: new DateOnly(2026, 2, 28)));

        Assert.Equal([("Main warehouse", 15m, 30m, 2m), ("North warehouse", 4m, 12m, 3m)], Rows(mar05));
        Assert.Equal((19m, 42m), (mar05.Total.Quantity, mar05.Total.Value));
        // 23:30 UTC on Mar 10 is still Mar 10 in UTC (the tenant's zone).
        Assert.Equal([("Main warehouse", 10m, 20m, 2m), ("North warehouse", 4m, 12m, 3m), ("In transit", 2m, 4m, 2m)], Rows(mar10));
        Assert.Empty(feb28.Rows);
        Assert.Equal((0m, 0m, (decimal?)null), (feb28.Total.Quantity, feb28.Total.Value, feb28.Total.UnitCost));
    }

    [Fact]
    public async Task AsOf_UsesTheTenantsTimeZone()
    {
        var data = await SetupAsync(app);
        await data.InDb(db => db.Tenants.Where(t => t.Id == data.Tenant.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.TimeZone, "Europe/Berlin")));

        // 23:30 UTC on Mar 10 is 00:30 on Mar 11 in Berlin.
        var mar10 = await ReportAsync(data, new ValuationQuery(AsOf: new DateOnly(2026, 3, 10)));
        var mar11 = await ReportAsync(data, new ValuationQuery(AsOf: new DateOnly(2026, 3, 11)));

        Assert.Equal((19m, 42m), (mar10.Total.Quantity, mar10.Total.Value));
        Assert.Equal((16m, 36m), (mar11.Total.Quantity, mar11.Total.Value));
        Assert.Equal("Europe/Berlin", mar10.TimeZone);
    }

    [Fact]
    public async Task PerCategory_NowAndInThePast()
    {
        var data = await SetupAsync(app);

        var now = await ReportAsync(data, new ValuationQuery(GroupBy: ValuationGrouping.Category));
        var mar05 = await ReportAsync(data, new ValuationQuery(AsOf: new DateOnly(2026, 3, 5), GroupBy: ValuationGrouping.Category));

        Assert.Equal([("Drinks", 12m, 24m, 2m), ("Food", 5m, 17m, 3.4m)], Rows(now)); // transit stock counts for its category
        Assert.Equal([("Drinks", 15m, 30m, 2m), ("Food", 4m, 12m, 3m)], Rows(mar05));
        Assert.Equal((17m, 41m), (now.Total.Quantity, now.Total.Value));
    }

    [Fact]
    public async Task ForeignOrganization_IsNotFound_AndWithoutPermissionRefused()
    {
        var data = await SetupAsync(app);
        var other = await InventoryTestData.CreateAsync(app);
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier);

        var foreign = await other.AsAdmin(sp => sp.GetRequiredService<ValuationQueries>().GetAsync(new ValuationQuery(data.OrganizationId)));
        var own = await ReportAsync(other, new ValuationQuery());
        var refused = await data.AsUserAsync(cashier, sp => sp.GetRequiredService<ValuationQueries>().GetAsync(new ValuationQuery()));

        Assert.Equal("common.not_found", foreign.Error!.Code);
        Assert.Empty(own.Rows);
        Assert.Equal(CommonErrors.Forbidden, refused.Error);
    }
}
