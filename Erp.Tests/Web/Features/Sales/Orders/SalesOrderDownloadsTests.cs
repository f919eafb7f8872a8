using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Tests.Web.Features.Platform;
using static Erp.Tests.Web.Features.Sales.Orders.SalesOrderTestKit;

namespace Erp.Tests.Web.Features.Sales.Orders;

/// <summary>Order and quotation PDFs and Excel exports over HTTP: the permission and the tenant are checked.</summary>
public class SalesOrderDownloadsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task OrderPdf_ShowsNumberCustomerLinesTaxAndTotals_OnlyForViewersOfTheSameTenant()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var other = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync("Printed Goods Ltd");
        var p = await data.StockedProductAsync("PDFSO", 10m);
        var id = await data.ConfirmedOrderAsync(Order(data, customer, Line(p, 3m)));
        var cashierEmail = $"cashier@{data.Tenant.Code}.test";
        await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, cashierEmail);

        var admin = await LoginAsync(data.Tenant.AdminEmail);
        var response = await admin.GetAsync($"/sales/orders/{id}/pdf");
        var foreign = await (await LoginAsync(other.Tenant.AdminEmail)).GetAsync($"/sales/orders/{id}/pdf");
        var refused = await (await LoginAsync(cashierEmail)).GetAsync($"/sales/orders/{id}/pdf");
        var anonymous = await app.CreateHttpsClient().GetAsync($"/sales/orders/{id}/pdf");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = UserDownloadsTests.PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Sales order SO-2026-000001", text, StringComparison.Ordinal);
        Assert.Contains("Printed Goods Ltd", text, StringComparison.Ordinal);
        Assert.Contains("PDFSO", text, StringComparison.Ordinal);
        Assert.Contains("Tax 16 % on 30.00", text, StringComparison.Ordinal);
        Assert.Contains("34.80", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEqual("application/pdf", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("application/pdf", anonymous.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task QuotationPdf_AndExports_ShowTheCurrentView()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync("Quoted Customer");
        var p = await data.StockedProductAsync("PDFQUO", 10m);
        var quotation = await data.AsQuoting(null, c => c.CreateAsync(Quote(data, customer, Line(p, 2m))));
        await data.CreateOrderAsync(Order(data, customer, Line(p, 1m)));
        await data.ConfirmedOrderAsync(Order(data, customer, Line(p, 2m)));
        var client = await LoginAsync(data.Tenant.AdminEmail);

        var pdf = UserDownloadsTests.PdfText(await client.GetByteArrayAsync($"/sales/quotations/{quotation.Value}/pdf"));
        using var orders = new XLWorkbook(await (await client.GetAsync("/sales/orders/export.xlsx?status=Confirmed&sort=number")).Content.ReadAsStreamAsync());
        using var quotations = new XLWorkbook(await (await client.GetAsync("/sales/quotations/export.xlsx?search=quoted")).Content.ReadAsStreamAsync());

        Assert.Contains("Quotation QUO-2026-000001", pdf, StringComparison.Ordinal);
        Assert.Contains("Quoted Customer", pdf, StringComparison.Ordinal);
        Assert.Contains("23.20", pdf, StringComparison.Ordinal);
        var orderRows = orders.Worksheet(1).RowsUsed().Skip(1).ToList();
        Assert.Equal(["SO-2026-000002"], orderRows.Select(r => r.Cell(1).GetString()));
        Assert.Equal(23.2m, (decimal)orderRows[0].Cell(8).GetDouble());
        Assert.Equal(["QUO-2026-000001"], quotations.Worksheet(1).RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()));
    }

    private async Task<HttpClient> LoginAsync(string email)
    {
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        return client;
    }
}
