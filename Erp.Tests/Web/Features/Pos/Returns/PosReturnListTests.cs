using ClosedXML.Excel;
using Erp.Domain.Platform;
using Erp.Domain.Sales.Payments;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Pos.Returns;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Pos.Returns.PosTestData;

namespace Erp.Tests.Web.Features.Pos.Returns;

public class PosReturnListTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task List_ACashierSeesTheReturnsOfTheirSessions_ASupervisorAll_AndTheExportIsTheView()
    {
        var data = await PosTestData.CreateAsync(app);
        var lamp = await data.StockedProductAsync("LAMP", 10m, 4m);
        var aliceEmail = $"alice@{data.Tenant.Code}.test";
        var alice = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, aliceEmail);
        await data.OpenSessionAsync(alice, data.MainRegister);
        var (bob, _) = await data.CashierAsync(await data.SecondMainRegisterAsync());
        var sale = await data.SaleAsync(alice, data.Customer, [new TillLine(lamp, "LAMP", 3m, 10m)], (PaymentMethodKind.Card, 30m));
        var first = await data.ReturnAsync(alice, Return(sale, Line(sale, 1, 1m)));
        var second = await data.ReturnAsync(bob, Return(sale, Line(sale, 1, 2m)));
        Assert.True(first.IsSuccess && second.IsSuccess);
        var manager = await data.Tenant.AddUserAsync(BuiltInRoles.ShopManager);

        var own = await ListAsync(data, alice, new PosReturnListQuery());
        var all = await ListAsync(data, manager, new PosReturnListQuery(Search: sale.Number, Sort: "gross", Desc: true));
        var none = await ListAsync(data, manager, new PosReturnListQuery(From: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1)));
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, aliceEmail);
        using var export = new XLWorkbook(await client.GetStreamAsync(PosReturnDownloads.ExportPath));

        Assert.Equal([first.Value.Number], own.Items.Select(r => r.Number));
        Assert.Equal([(second.Value.Number, 20m), (first.Value.Number, 10m)], all.Items.Select(r => (r.Number, r.Gross)));
        Assert.Equal(0, none.Total);
        Assert.Equal(2, export.Worksheet(1).RowsUsed().Count());
        Assert.Equal(first.Value.Number, export.Worksheet(1).Cell(2, 1).GetString());
    }

    private static async Task<Erp.Web.Infrastructure.Grids.Paged<PosReturnRow>> ListAsync(PosTestData data, string userId, PosReturnListQuery query)
    {
        var result = await data.As(userId, sp => sp.GetRequiredService<PosReturnListQueries>().ListAsync(query, 0, 25));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
