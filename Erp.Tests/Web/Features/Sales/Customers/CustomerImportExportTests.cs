using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Import;
using Erp.Web.Features.Sales.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Customers;

public class CustomerImportExportTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Import_ThousandRowsWithThreeBad_ImportsNothingAndReportsTheThree_ThenTheCorrectedFileImportsAll()
    {
        var tenant = await app.CreateTenantAsync();
        await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<CustomerGroupService>().SaveAsync(null, "Wholesale", null, null));
        await app.CreateAsync(tenant, CustomerTestKit.Input("Existing", "EXIST-1"));
        var rows = Enumerable.Range(1, 1000).Select(Row).ToList();
        var bad = rows.Select(r => (string[])r.Clone()).ToList();
        bad[9][5] = "not-an-email";  // line 11
        bad[499][12] = "XX";         // line 501: unknown country
        bad[899][2] = "exist-1";     // line 901: tax id of the existing customer

        var refused = await ImportAsync(tenant, bad);

        Assert.Equal(0, refused.Imported);
        Assert.Equal([11, 501, 901], refused.Problems.Select(p => p.Line));
        Assert.Contains("email address is not valid", refused.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown country \"XX\"", refused.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("customer CUST-000001", refused.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Equal(1, await app.InDb(tenant, db => db.Customers.CountAsync()));

        var imported = await ImportAsync(tenant, rows);

        Assert.True(imported.Succeeded);
        Assert.Equal(1000, imported.Imported);
        Assert.Equal(1001, await app.InDb(tenant, db => db.Customers.CountAsync()));
        var sample = await app.InDb(tenant, db => db.Customers.SingleAsync(c => c.Name == "Imported 0500"));
        Assert.Equal(("CUST-000501", "TX", 500m, "Net 30"), (sample.Code, sample.BillingState, sample.CreditLimit!.Value,
            await app.InDb(tenant, db => db.PaymentTerms.Where(t => t.Id == sample.PaymentTermId).Select(t => t.Name).SingleAsync())));
        Assert.Equal(["vip"], sample.TagList);
    }

    [Fact]
    public async Task Import_ByAnAccountant_IsForbidden()
    {
        var tenant = await app.CreateTenantAsync();
        var accountant = await tenant.AddUserAsync(BuiltInRoles.Accountant);
        using var file = Workbook([Row(1)]);

        var result = await app.As(tenant, accountant, sp => sp.GetRequiredService<CustomerImportCommand>().ImportAsync(file));

        Assert.Equal(CommonErrors.Forbidden, result.Error);
    }

    [Fact]
    public async Task Export_OverHttp_HasTheFilteredRowsInTheListsOrder_AndIsRefusedToACashier()
    {
        var tenant = await app.CreateTenantAsync();
        foreach (var (name, country) in new[] { ("Zeta Corp", "US"), ("Alpha GmbH", "DE"), ("Mid Ltd", "US") })
        {
            var input = CustomerTestKit.Input(name);
            input.Billing = new AddressInput { City = "Somewhere", Country = country };
            input.CreditLimit = 1234.5m;
            await app.CreateAsync(tenant, input);
        }

        await tenant.AddUserAsync(BuiltInRoles.Cashier, $"cashier@{tenant.Code}.test");
        var admin = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(admin, tenant.AdminEmail);
        var cashier = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(cashier, $"cashier@{tenant.Code}.test");

        var response = await admin.GetAsync(CustomerDownloadEndpoints.ExportUrl(new CustomerListQuery(Country: "US", Sort: "name")));
        var refused = await cashier.GetAsync(CustomerDownloadEndpoints.ExportUrl(new CustomerListQuery()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet(1);
        Assert.Equal("Code", sheet.Cell(1, 1).GetString());
        Assert.Equal(["Mid Ltd", "Zeta Corp"], new[] { sheet.Cell(2, 2).GetString(), sheet.Cell(3, 2).GetString() });
        Assert.True(sheet.Cell(4, 1).IsEmpty());
        Assert.Equal(1234.5, sheet.Cell(2, 11).GetDouble());
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private static string[] Row(int i) =>
    [
        $"Imported {i:D4}", i % 2 == 0 ? "Company" : "Person", $"TAX-{i:D5}", "no", "", $"c{i}@import.example", $"+1 555 {i:D4}",
        $"{i} Import Road", "", "Austin", "73301", i % 2 == 0 ? "TX" : "Texas", "US", "Wholesale", "Net 30", $"{i}", "", "", "USD",
        "vip", "",
    ];

    private async Task<ImportOutcome> ImportAsync(TestTenant tenant, List<string[]> rows)
    {
        using var file = Workbook(rows);
        var result = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<CustomerImportCommand>().ImportAsync(file));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static MemoryStream Workbook(List<string[]> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Customers");
        for (var c = 0; c < CustomerImportCommand.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = CustomerImportCommand.Columns[c];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                // The credit limit as a number cell, as Excel would store it; everything else stays text.
                if (c == 15 && decimal.TryParse(rows[r][c], System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    sheet.Cell(r + 2, c + 1).Value = number;
                }
                else
                {
                    sheet.Cell(r + 2, c + 1).Value = rows[r][c];
                }
            }
        }

        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }
}
