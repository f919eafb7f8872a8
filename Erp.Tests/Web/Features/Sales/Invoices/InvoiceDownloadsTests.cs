using System.Net;
using ClosedXML.Excel;
using Erp.Data;
using Erp.Domain.Platform;
using Erp.Domain.Sales.Pricing;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Sales.Invoices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Sales.Invoices.InvoiceTestData;

namespace Erp.Tests.Web.Features.Sales.Invoices;

public class InvoiceDownloadsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task InvoicePdf_ReadBack_ContainsNumberCustomerLinesTaxRatesAndTotals()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var chair = await data.Inventory.ProductAsync("CHAIR-PDF", 20m);
        var book = await data.Inventory.ProductAsync("BOOK-PDF", 2m, p => p.TaxCategory = "Reduced");
        var id = await data.PostedAsync(data.Invoice(
            Line(chair, 2m, 50m, discount: DiscountKind.Percent, discountValue: 10m),
            Line(book, 3m, 10m),
            Line(null, 1m, 25m, "Delivery to site")));
        var client = await LoginAsync(data.Tenant.AdminEmail);

        var a4 = await client.GetAsync($"/sales/invoices/{id}/pdf?words=true");
        var letter = await client.GetAsync($"/sales/invoices/{id}/pdf?paper=Letter");

        Assert.Equal(HttpStatusCode.OK, a4.StatusCode);
        Assert.Equal("application/pdf", a4.Content.Headers.ContentType?.MediaType);
        var bytes = await a4.Content.ReadAsByteArrayAsync();
        var text = UserDownloadsTests.PdfText(bytes);
        foreach (var expected in new[]
                 {
                     "Invoice INV-2026-000001", "Globex Corporation", "1 Main St", "CHAIR-PDF", "Product CHAIR-PDF", "BOOK-PDF",
                     "Delivery to site", "16 %", "8 %", "145.00", "20.80", "165.80", "2026-12-02",
                     "One hundred sixty-five and 80/100 USD",
                 })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var letterText = UserDownloadsTests.PdfText(await letter.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("One hundred", letterText, StringComparison.Ordinal);
        Assert.NotEqual(PageSize(bytes), PageSize(await letter.Content.ReadAsByteArrayAsync()));
        var folder = Environment.GetEnvironmentVariable("ERP_PDF_OUT");
        if (!string.IsNullOrEmpty(folder))
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "invoice-a4.pdf"), bytes);
        }
    }

    [Fact]
    public async Task Downloads_NeedSalesView_AndAnotherTenantsInvoiceIsNotFound()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var other = await InvoiceTestData.CreateAsync(app);
        var id = await data.PostedAsync(data.Invoice(Line(null, 1m, 10m, "Secret work")));
        var otherClient = await LoginAsync(other.Tenant.AdminEmail);
        var cashierEmail = $"cashier-inv@{data.Tenant.Code}.test";
        await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, cashierEmail);
        var cashier = await LoginAsync(cashierEmail);

        var foreign = await otherClient.GetAsync($"/sales/invoices/{id}/pdf");
        using var foreignList = new XLWorkbook(await (await otherClient.GetAsync("/sales/invoices/export.xlsx")).Content.ReadAsStreamAsync());
        var refused = await cashier.GetAsync($"/sales/invoices/{id}/pdf");
        var refusedAging = await cashier.GetAsync("/sales/receivables/aging/export.xlsx");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Single(foreignList.Worksheet(1).RowsUsed()); // header only
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEqual("application/pdf", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.OK, refusedAging.StatusCode);
    }

    [Fact]
    public async Task InvoiceExport_OverdueFilter_AndAgingExport_MatchTheViews()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var overdue = data.Invoice(Line(null, 1m, 10m, "Late"));
        overdue.InvoiceDate = new DateTime(2020, 1, 1);
        overdue.DueDate = new DateTime(2020, 1, 31);
        await data.PostedAsync(overdue);
        var future = data.Invoice(Line(null, 1m, 20m, "Later"));
        future.InvoiceDate = DateTime.UtcNow.Date;
        future.DueDate = DateTime.UtcNow.Date.AddDays(30);
        await data.PostedAsync(future);
        var client = await LoginAsync(data.Tenant.AdminEmail);

        using var invoices = new XLWorkbook(await (await client.GetAsync("/sales/invoices/export.xlsx?overdue=true")).Content.ReadAsStreamAsync());
        using var aging = new XLWorkbook(await (await client.GetAsync("/sales/receivables/aging/export.xlsx")).Content.ReadAsStreamAsync());

        var rows = invoices.Worksheet(1).RowsUsed().Skip(1).ToList();
        Assert.Equal([11.60m], rows.Select(r => (decimal)r.Cell(11).GetDouble()));
        Assert.Equal("Yes", rows[0].Cell(5).GetString());
        var agingRow = aging.Worksheet(1).Row(2);
        Assert.Equal("Globex Corporation", agingRow.Cell(2).GetString());
        Assert.Equal((23.20m, 11.60m, 34.80m), ((decimal)agingRow.Cell(3).GetDouble(), (decimal)agingRow.Cell(7).GetDouble(), (decimal)agingRow.Cell(8).GetDouble()));
    }

    [Fact]
    public async Task StatementPdf_ShowsTheMovementsAndTheClosingBalance()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var id = await data.PostedAsync(data.Invoice(Line(null, 1m, 100m, "Service")));
        Assert.True((await data.PayAsync(16m, false, (id, 16m))).IsSuccess);
        var client = await LoginAsync(data.Tenant.AdminEmail);

        var response = await client.GetAsync($"/sales/customers/{data.Customer}/statement.pdf?from=2026-11-01&to=2026-11-30");
        var bad = await client.GetAsync($"/sales/customers/{data.Customer}/statement.pdf?from=2026-12-01&to=2026-11-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = UserDownloadsTests.PdfText(await response.Content.ReadAsByteArrayAsync());
        foreach (var expected in new[] { "Statement", "Globex Corporation", "INV-2026-000001", "PAY-2026-000001", "116.00", "100.00" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    /// <summary>The MediaBox of the first page, enough to tell A4 from Letter.</summary>
    private static string PageSize(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var match = System.Text.RegularExpressions.Regex.Match(text, @"/MediaBox\s*\[([^\]]+)\]");
        return match.Groups[1].Value.Trim();
    }

    private async Task<HttpClient> LoginAsync(string email)
    {
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        return client;
    }
}
