using System.Net;
using Erp.Domain.Pos.Registers;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Pos.Receipts;
using UglyToad.PdfPig;

namespace Erp.Tests.Web.Features.Pos.Checkout;

/// <summary>The receipt PDF: every line, tax and payment; 80 mm wide on an 80 mm register; copies marked; others refused.</summary>
public class TillReceiptTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Receipt_ShowsEveryLineTaxAndPayment_On80mmPaper_AndReprintsAreMarkedCopy()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("RCA", 10m, 5m);
        var b = await kit.ProductAsync("RCB", 5m, 5m);
        var sold = await kit.SellAsync(kit.One, PosTestKit.Paid(PosTestKit.Sale(kit.One, (a, 2m), (b, 1m)), (kit.Card, 20m), (kit.Cash, 10m)));
        Assert.True(sold.IsSuccess, sold.Error?.Message);
        var cashier = await LoginAsync(kit.One.Email);

        var pdf = await cashier.GetByteArrayAsync(TillReceiptEndpoints.Url(sold.Value.Id));

        using (var document = PdfDocument.Open(pdf))
        {
            // 80 mm = 226.77 pt.
            Assert.InRange(document.GetPage(1).Width, 226d, 227.5d);
        }

        var text = UserDownloadsTests.PdfText(pdf);
        Assert.Contains($"Receipt: {sold.Value.Number}", text);
        Assert.Contains("Shop", text);
        Assert.Contains("Register: Till T1", text);
        Assert.Contains("Product RCA (RCA)", text);
        Assert.Contains("2 × 11.60 23.20", text);
        Assert.Contains("Product RCB (RCB)", text);
        Assert.Contains("1 × 5.80 5.80", text);
        Assert.Contains("Tax 16% on 25.00 4.00", text);
        Assert.Contains("TOTAL USD 29.00", text);
        Assert.Contains("Card 20.00", text);
        Assert.Contains("Cash 10.00", text);
        Assert.Contains("Change 1.00", text);
        Assert.Contains("Thank you", text);
        Assert.DoesNotContain("COPY", text);

        var copy = UserDownloadsTests.PdfText(await cashier.GetByteArrayAsync(TillReceiptEndpoints.Url(sold.Value.Id, copy: true)));
        Assert.Contains("COPY", copy);

        using var a4 = PdfDocument.Open(await cashier.GetByteArrayAsync(TillReceiptEndpoints.Url(sold.Value.Id, paper: ReceiptPaper.A4)));
        Assert.InRange(a4.GetPage(1).Width, 594d, 596d);
        using var narrow = PdfDocument.Open(await cashier.GetByteArrayAsync(TillReceiptEndpoints.Url(sold.Value.Id, paper: ReceiptPaper.Mm58)));
        Assert.InRange(narrow.GetPage(1).Width, 164d, 166d); // 58 mm = 164.4 pt; Chromium rounds to whole pixels
    }

    [Fact]
    public async Task Receipt_OfAnotherCashiersSale_OrAnotherTenant_IsNotFound()
    {
        var kit = await PosTestKit.CreateAsync(app);
        var a = await kit.ProductAsync("RNA", 10m, 5m);
        var sold = await kit.SellAsync(kit.One, PosTestKit.Paid(PosTestKit.Sale(kit.One, (a, 1m)), (kit.Cash, 20m)));
        Assert.True(sold.IsSuccess, sold.Error?.Message);
        var url = TillReceiptEndpoints.Url(sold.Value.Id);

        var colleague = await LoginAsync(kit.Two.Email);
        var stranger = await LoginAsync((await app.CreateTenantAsync()).AdminEmail);
        var admin = await LoginAsync(kit.Data.Tenant.AdminEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(url + "&paper=Mm99")).StatusCode);
    }

    private async Task<HttpClient> LoginAsync(string email)
    {
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        return client;
    }
}
