using System.Net;
using ClosedXML.Excel;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Import;
using Erp.Web.Features.Purchasing.Suppliers;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Web.Features.Sales.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Suppliers;

public class SupplierListImportExportTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task List_PagesFiltersSearchesAndSortsInTheDatabase()
    {
        var tenant = await app.CreateTenantAsync();
        await SeedAsync(tenant);

        var all = await ListAsync(tenant, new SupplierListQuery(Sort: "name"), 0, 2);
        var secondPage = await ListAsync(tenant, new SupplierListQuery(Sort: "name"), 1, 2);
        var german = await ListAsync(tenant, new SupplierListQuery(Country: "de"), 0, 25);
        var inactive = await ListAsync(tenant, new SupplierListQuery(Active: false), 0, 25);
        var byTaxId = await ListAsync(tenant, new SupplierListQuery(Search: "us-77"), 0, 25);
        var byEmail = await ListAsync(tenant, new SupplierListQuery(Search: "beta@"), 0, 25);
        var byCode = await ListAsync(tenant, new SupplierListQuery(Search: "sup-00003"), 0, 25);
        var codeDesc = await ListAsync(tenant, new SupplierListQuery(Sort: "code", Desc: true), 0, 25);

        Assert.Equal(4, all.Total);
        Assert.Equal(["Alpha Foods", "Beta Drinks"], all.Items.Select(r => r.Name));
        Assert.Equal(["Delta Tools", "Gamma Textiles"], secondPage.Items.Select(r => r.Name));
        Assert.Equal(["Gamma Textiles"], german.Items.Select(r => r.Name));
        Assert.Equal(["Delta Tools"], inactive.Items.Select(r => r.Name));
        Assert.Equal(["Beta Drinks"], byTaxId.Items.Select(r => r.Name));
        Assert.Equal(["Beta Drinks"], byEmail.Items.Select(r => r.Name));
        Assert.Equal(["Gamma Textiles"], byCode.Items.Select(r => r.Name));
        Assert.Equal(["SUP-00004", "SUP-00003", "SUP-00002", "SUP-00001"], codeDesc.Items.Select(r => r.Code));
    }

    [Fact]
    public async Task Export_OverHttp_HasTheFilteredRows_ReadsBackWithClosedXml_ImportsIntoAnotherTenant_AndIsRefusedToACashier()
    {
        var tenant = await app.CreateTenantAsync();
        await SeedAsync(tenant);
        await tenant.AddUserAsync(BuiltInRoles.Cashier, $"cashier@{tenant.Code}.test");
        var admin = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(admin, tenant.AdminEmail);
        var cashier = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(cashier, $"cashier@{tenant.Code}.test");

        var response = await admin.GetAsync(SupplierDownloadEndpoints.ExportUrl(new SupplierListQuery(Active: true, Sort: "name")));
        var refused = await cashier.GetAsync(SupplierDownloadEndpoints.ExportUrl(new SupplierListQuery()));
        var bad = await admin.GetAsync(SupplierDownloadEndpoints.ExportPath + "?active=maybe");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using (var book = new XLWorkbook(new MemoryStream(bytes)))
        {
            var sheet = book.Worksheet(1);
            Assert.Equal(SupplierDownloadEndpoints.Columns.Select(c => c.Header), sheet.Row(1).CellsUsed().Select(c => c.GetString()));
            Assert.Equal(["Alpha Foods", "Beta Drinks", "Gamma Textiles"], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, 2).GetString()));
            Assert.True(sheet.Cell(5, 1).IsEmpty());
            Assert.Equal(("US77", "DE", "EUR", 12d, "Net 30"), (sheet.Cell(3, 3).GetString(), sheet.Cell(4, 12).GetString(),
                sheet.Cell(4, 14).GetString(), sheet.Cell(4, 15).GetDouble(), sheet.Cell(2, 13).GetString()));
        }

        // The export's columns are the import's: the file loads into a fresh tenant as it is.
        var other = await app.CreateTenantAsync();
        await app.As(other, other.AdminId, sp => sp.GetRequiredService<Erp.Web.Features.Purchasing.Settings.PurchasingSettingsService>()
            .SaveAsync(new Erp.Web.Features.Purchasing.Settings.PurchasingSettingsInput { SalesVelocityDays = 30, OtherCurrencies = "EUR" }));
        var imported = await app.As(other, other.AdminId, sp => sp.GetRequiredService<SupplierImportCommand>().ImportAsync(new MemoryStream(bytes)));
        Assert.True(imported.IsSuccess, imported.Error?.Message);
        Assert.True(imported.Value.Succeeded, string.Join(" | ", imported.Value.Problems.Select(p => $"{p.Line}: {p.Reason}")));
        var copied = await app.InDb(other, db => db.Suppliers.OrderBy(s => s.Code).Select(s => new { s.Code, s.Name, s.TaxId, s.CurrencyCode, s.Country })
            .ToListAsync());
        Assert.Equal(["SUP-00001 Alpha Foods", "SUP-00002 Beta Drinks US77", "SUP-00003 Gamma Textiles DE123 EUR DE"],
            copied.Select(c => string.Join(' ', new[] { c.Code, c.Name, c.TaxId, c.CurrencyCode == "EUR" ? "EUR" : null, c.Country == "DE" ? "DE" : null }
                .Where(x => x is not null))));
    }

    [Fact]
    public async Task Import_WithBadRows_ImportsNothingAndReportsEveryBadRow_ThenTheCorrectedFileImportsAll()
    {
        var tenant = await app.CreateTenantAsync();
        await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(SupplierCommandTests.Input("Holder", "TAKEN-1")));
        var rows = Enumerable.Range(1, 50).Select(Row).ToList();
        var bad = rows.Select(r => (string[])r.Clone()).ToList();
        bad[2][0] = "";            // line 4: no name
        bad[9][2] = "nope";        // line 11: email
        bad[19][12] = "JPY";       // line 21: a currency the tenant does not use
        bad[29][1] = "taken-1";    // line 31: tax id of the existing supplier
        bad[39][13] = "-3";        // line 41: lead time
        bad[44][1] = rows[0][1];   // line 46: same tax id as line 2

        var refused = await ImportAsync(tenant, bad);

        Assert.Equal(0, refused.Imported);
        Assert.Equal([4, 11, 21, 31, 41, 46], refused.Problems.Select(p => p.Line));
        Assert.Contains("Name", refused.Problems[0].Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("JPY", refused.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("supplier SUP-00001", refused.Problems[3].Reason, StringComparison.Ordinal);
        Assert.Contains("line 2", refused.Problems[5].Reason, StringComparison.Ordinal);
        Assert.Equal(1, await app.InDb(tenant, db => db.Suppliers.CountAsync()));

        var imported = await ImportAsync(tenant, rows);

        Assert.True(imported.Succeeded);
        Assert.Equal(50, imported.Imported);
        var sample = await app.InDb(tenant, db => db.Suppliers.SingleAsync(s => s.Name == "Imported 025"));
        Assert.Equal(("SUP-00026", "TX", 25 % 30, false), (sample.Code, sample.State, sample.LeadTimeDays, sample.IsActive));
    }

    [Fact]
    public async Task Import_ByAnAccountant_IsForbidden()
    {
        var tenant = await app.CreateTenantAsync();
        var accountant = await tenant.AddUserAsync(BuiltInRoles.Accountant);
        using var file = Workbook([Row(1)]);

        var result = await app.As(tenant, accountant, sp => sp.GetRequiredService<SupplierImportCommand>().ImportAsync(file));

        Assert.Equal(CommonErrors.Forbidden, result.Error);
    }

    private async Task SeedAsync(TestTenant tenant)
    {
        await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<Erp.Web.Features.Purchasing.Settings.PurchasingSettingsService>()
            .SaveAsync(new Erp.Web.Features.Purchasing.Settings.PurchasingSettingsInput { SalesVelocityDays = 30, OtherCurrencies = "EUR" }));
        var terms = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<SupplierQueries>().FormOptionsAsync());
        var net30 = terms.PaymentTerms.Single(t => t.Name == "Net 30").Id;
        foreach (var (name, taxId, email, country, currency, active) in new[]
                 {
                     ("Alpha Foods", (string?)null, "alpha@x.example", "US", "USD", true),
                     ("Beta Drinks", "US-77", "beta@x.example", "US", "USD", true),
                     ("Gamma Textiles", "DE123", "gamma@x.example", "DE", "EUR", true),
                     ("Delta Tools", null, "delta@x.example", "US", "USD", false),
                 })
        {
            var input = SupplierCommandTests.Input(name, taxId, currency);
            input.Email = email;
            input.IsActive = active;
            input.LeadTimeDays = 12;
            input.PaymentTermId = net30;
            input.Address = new AddressInput { City = country == "DE" ? "Berlin" : "Austin", Country = country };
            var created = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<SupplierCommands>().CreateAsync(input));
            Assert.True(created.IsSuccess, created.Error?.Message);
        }
    }

    private Task<Erp.Web.Infrastructure.Grids.Paged<SupplierRow>> ListAsync(TestTenant tenant, SupplierListQuery query, int page, int size) =>
        app.As(tenant, tenant.AdminId, async sp => (await sp.GetRequiredService<SupplierQueries>().ListAsync(query, page, size)).Value);

    // Name, Tax id, Email, Phone, Website, Address line 1, Address line 2, City, Postal code, State, Country, Payment terms,
    // Currency, Lead time (days), Active, Notes
    private static string[] Row(int i) =>
    [
        $"Imported {i:D3}", $"IMP-{i:D4}", $"s{i}@import.example", $"+1 555 {i:D4}", "", $"{i} Import Road", "", "Austin", "73301",
        i % 2 == 0 ? "TX" : "Texas", "US", "Net 30", "USD", $"{i % 30}", i == 25 ? "no" : "yes", "",
    ];

    private async Task<ImportOutcome> ImportAsync(TestTenant tenant, List<string[]> rows)
    {
        using var file = Workbook(rows);
        var result = await app.As(tenant, tenant.AdminId, sp => sp.GetRequiredService<SupplierImportCommand>().ImportAsync(file));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static MemoryStream Workbook(List<string[]> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Suppliers");
        for (var c = 0; c < SupplierImportCommand.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = SupplierImportCommand.Columns[c];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 2, c + 1).Value = rows[r][c];
            }
        }

        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }
}
