using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Sales.Deliveries;

namespace Erp.Tests.Web.Features.Sales.Deliveries;

/// <summary>The delivery note PDF and the deliveries Excel: right content, permission checked, other tenants see nothing.</summary>
public class DeliveryDownloadTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task DeliveryNote_ListsWhatWasShippedAndTheBackorder_ForDelivererOnly_AndOnlyInItsTenant()
    {
        var (data, order, a, _) = await DeliveryScenario.ConfirmedOrderAsync(app);
        var lines = await DeliveryScenario.OrderLinesAsync(data, order);
        var shipped = await DeliveryScenario.ShipAsync(data, order, data.Main, (lines[a], 4m));
        Assert.True(shipped.IsSuccess, shipped.Error?.Message);
        var pdfUrl = DeliveryDownloadEndpoints.PdfUrl(shipped.Value.Id);

        var admin = await LoginAsync(data.Tenant.AdminEmail);
        var response = await admin.GetAsync(pdfUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = UserDownloadsTests.PdfText(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"Delivery note {shipped.Value.Number}", text);
        Assert.Contains("Delivery Customer", text);
        Assert.Contains("Main warehouse", text);
        Assert.Contains("Parcel Co", text);
        Assert.Contains("DA Product DA 6 4 2", text); // ordered 6, shipped 4, backorder 2

        using var workbook = new XLWorkbook(new MemoryStream(await admin.GetByteArrayAsync(
            DeliveryDownloadEndpoints.ExportUrl(new DeliveryListQuery(null, null, null, false)))));
        var row = workbook.Worksheet(1).Row(2);
        Assert.Equal(shipped.Value.Number, row.Cell(1).GetString());
        Assert.Equal("Shipped", row.Cell(3).GetString());
        Assert.Equal(4m, (decimal)row.Cell(8).GetDouble());

        var accountantEmail = $"acc-{Guid.NewGuid():N}@{data.Tenant.Code}.test";
        await data.Tenant.AddUserAsync(BuiltInRoles.Accountant, accountantEmail);
        var accountant = await LoginAsync(accountantEmail);
        var refused = await accountant.GetAsync(pdfUrl);
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden
            || (refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.ToString().Contains("access-denied")),
            $"Expected a refusal, got {refused.StatusCode}");

        var other = await app.CreateTenantAsync();
        var stranger = await LoginAsync(other.AdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(pdfUrl)).StatusCode);
    }

    private async Task<HttpClient> LoginAsync(string email)
    {
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        return client;
    }
}
