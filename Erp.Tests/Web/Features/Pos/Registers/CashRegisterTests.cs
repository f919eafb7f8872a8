using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Common;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Pos.Sessions;
using Erp.Web.Features.Pos.Registers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Pos.Registers;

public class CashRegisterTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Create_KeepsThePaymentMethodOrder_AndUpdateReordersThem()
    {
        var data = await PosTestData.CreateAsync(app);
        var input = data.RegisterInput("t3", "Till 3");
        input.PaymentMethodIds = [data.Methods["Card"].Id, data.Methods["Cash"].Id];
        var id = await data.As(data.Tenant.AdminId, sp => sp.GetRequiredService<CashRegisterCommands>().CreateAsync(input));

        input.PaymentMethodIds = [data.Methods["Cash"].Id, data.Methods["Mobile money"].Id, data.Methods["Card"].Id];
        input.Paper = Erp.Domain.Pos.Registers.ReceiptPaper.Mm58;
        var updated = await data.As(data.Tenant.AdminId, sp => sp.GetRequiredService<CashRegisterCommands>().UpdateAsync(id.Value, input));
        var details = await data.As(data.Cashier, sp => sp.GetRequiredService<CashRegisterQueries>().GetAsync(id.Value));

        Assert.True(updated.IsSuccess, updated.Error?.Message);
        Assert.Equal("T3", details.Value.Input.Code);
        Assert.Equal(["Cash", "Mobile money", "Card"], details.Value.PaymentMethods.Select(m => m.Name));
        Assert.Equal(Erp.Domain.Pos.Registers.ReceiptPaper.Mm58, details.Value.Input.Paper);
    }

    [Fact]
    public async Task Create_BadInput_IsRefusedAndNothingSaved()
    {
        var data = await PosTestData.CreateAsync(app);
        var commands = (IServiceProvider sp) => sp.GetRequiredService<CashRegisterCommands>();
        var noMethods = data.RegisterInput("T9", "Till 9");
        noMethods.PaymentMethodIds = [];
        var noLocation = data.RegisterInput("T8", "Till 8");
        noLocation.LocationId = null;

        var duplicate = await data.As(data.Tenant.AdminId, sp => commands(sp).CreateAsync(data.RegisterInput("t1", "Another")));
        var methods = await data.As(data.Tenant.AdminId, sp => commands(sp).CreateAsync(noMethods));
        var location = await data.As(data.Tenant.AdminId, sp => commands(sp).CreateAsync(noLocation));
        var byCashier = await data.As(data.Cashier, sp => commands(sp).CreateAsync(data.RegisterInput("T7", "Till 7")));

        Assert.Equal("Another register already has the code T1.", duplicate.Error?.Message);
        Assert.Equal("Choose at least one payment method for the register.", methods.Error?.Message);
        Assert.Equal("Choose the shop location of the register.", location.Error?.Message);
        Assert.Equal(CommonErrors.Forbidden, byCashier.Error);
        Assert.Equal(2, await data.InDb(db => db.CashRegisters.CountAsync()));
    }

    [Fact]
    public async Task List_SearchesAndShowsWhoHasTheRegisterOpen_AndExportsTheView()
    {
        var data = await PosTestData.CreateAsync(app);
        var session = await data.OpenedAsync(data.Cashier, data.Till2, 10m);

        var list = await data.As(data.Cashier, sp => sp.GetRequiredService<CashRegisterQueries>()
            .ListAsync(new CashRegisterListQuery("till 2"), 0, 25));
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, data.CashierEmail);
        var export = await client.GetAsync("/pos/registers/export.xlsx?sort=code&desc=true");

        var row = Assert.Single(list.Value.Items);
        Assert.Equal(("T2", "Test Shop", session.Number), (row.Code, row.Location, row.OpenSession));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var book = new XLWorkbook(await export.Content.ReadAsStreamAsync());
        Assert.Equal(["T2", "T1"], book.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
    }

    [Fact]
    public async Task Pages_AnswerByPermission()
    {
        var data = await PosTestData.CreateAsync(app);
        var cashier = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(cashier, data.CashierEmail);
        var supervisor = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(supervisor, data.SupervisorEmail);
        var anonymous = app.CreateHttpsClient();

        Assert.Equal(HttpStatusCode.OK, (await cashier.GetAsync("/pos/open")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cashier.GetAsync("/pos/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cashier.GetAsync($"/pos/registers/{data.Till1}")).StatusCode);
        Assert.Contains("access-denied", (await cashier.GetAsync("/pos/registers/new")).Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains("access-denied", (await supervisor.GetAsync("/pos/registers/new")).Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains("/Account/Login", (await anonymous.GetAsync("/pos/sessions")).Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        var page = await cashier.GetStringAsync("/pos/registers");
        Assert.DoesNotContain("register-new", page, StringComparison.Ordinal);
    }
}
