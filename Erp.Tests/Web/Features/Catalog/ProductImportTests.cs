using ClosedXML.Excel;
using Erp.Data;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Catalog;

public class ProductImportTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Import_ThousandRowsWithThreeBad_ImportsNothingAndReportsTheThree_ThenTheCorrectedFileImportsAll()
    {
        var tenant = await app.CreateTenantAsync();
        await CatalogBasics.CreateAsync(app, tenant);
        var rows = Enumerable.Range(1, 1000).Select(i => new[]
        {
            $"IMP-{i:D4}", $"Imported {i}", "", "Drinks", i % 2 == 0 ? "Acme" : "", "PCS", "0.5", $"{i}.25", "Standard", "10", "24",
        }).ToList();
        var bad = rows.Select(r => (string[])r.Clone()).ToList();
        bad[9][7] = "-3";              // line 11: negative price
        bad[499][3] = "Snacks";        // line 501: unknown category
        bad[899][2] = "4006381333932"; // line 901: wrong check digit

        var refused = await ImportAsync(tenant, bad);

        Assert.Equal(0, refused.Imported);
        Assert.Equal([11, 501, 901], refused.Problems.Select(p => p.Line));
        Assert.Contains("Price cannot be negative", refused.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("unknown category \"Snacks\"", refused.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("not a valid EAN-13", refused.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(tenant));

        var imported = await ImportAsync(tenant, rows);

        Assert.True(imported.Succeeded);
        Assert.Equal(1000, imported.Imported);
        Assert.Equal(1000, await CountAsync(tenant));
        var sample = await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.Products.SingleAsync(p => p.Sku == "IMP-0500");
        });
        Assert.Equal(500.25m, sample.Price);
        Assert.Equal(0.5m, sample.Cost);

        var again = await ImportAsync(tenant, rows.Take(2).ToList());
        Assert.Equal([2, 3], again.Problems.Select(p => p.Line));
    }

    [Fact]
    public async Task Template_HasTheImportHeaders_AndIsForManagersOnly()
    {
        var tenant = await app.CreateTenantAsync();
        var cashier = await tenant.AddUserAsync(BuiltInRoles.Cashier, $"cashier@{tenant.Code}.test");
        var admin = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(admin, tenant.AdminEmail);
        var other = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(other, $"cashier@{tenant.Code}.test");

        var response = await admin.GetAsync(Erp.Web.Features.Catalog.Products.ProductDownloadEndpoints.ImportTemplatePath);
        var refused = await other.GetAsync(Erp.Web.Features.Catalog.Products.ProductDownloadEndpoints.ImportTemplatePath);

        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(ProductImportCommand.Columns, book.Worksheet(1).Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(cashier);
    }

    [Fact]
    public async Task Import_ByACashier_IsForbidden()
    {
        var tenant = await app.CreateTenantAsync();
        var cashier = await tenant.AddUserAsync(BuiltInRoles.Cashier);
        using var file = Workbook([["A", "B", "", "", "", "PCS", "1", "1", "", "", ""]]);

        var result = await app.InTenantAsync(tenant.Id, cashier, sp => sp.GetRequiredService<ProductImportCommand>().ImportAsync(file));

        Assert.Equal(CommonErrors.Forbidden, result.Error);
    }

    private async Task<ImportOutcome> ImportAsync(TestTenant tenant, List<string[]> rows)
    {
        using var file = Workbook(rows);
        var result = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<ProductImportCommand>().ImportAsync(file));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private Task<int> CountAsync(TestTenant tenant) => app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        return await db.Products.CountAsync();
    });

    private static MemoryStream Workbook(List<string[]> rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Products");
        for (var c = 0; c < ProductImportCommand.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = ProductImportCommand.Columns[c];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c];
                // Numbers as number cells, as Excel would store them; codes stay text.
                if (c >= 6 && decimal.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    sheet.Cell(r + 2, c + 1).Value = number;
                }
                else
                {
                    sheet.Cell(r + 2, c + 1).Value = text;
                }
            }
        }

        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }
}
