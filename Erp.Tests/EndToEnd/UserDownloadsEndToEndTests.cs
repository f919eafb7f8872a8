using ClosedXML.Excel;
using Erp.Data;
using Erp.Tests.Web.Features.Platform;
using Erp.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Erp.Web.Infrastructure.Startup;
using Microsoft.Playwright;

namespace Erp.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public class UserDownloadsEndToEndTests(BrowserAppFixture fixture)
{
    [Fact]
    public async Task Admin_DownloadsUsersExcelAndAccessReportPdf_FromTheUsersList()
    {
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf("Admin"), DemoDataSeeder.Password);
        await page.GotoAsync("/platform/users");
        await page.WaitForSelectorAsync(".users-grid tbody tr a[href^='/platform/users/']");

        // Narrow the grid to cashiers by search: the export must hold exactly that view.
        await page.GetByPlaceholder("Search name or email").FillAsync("cashier");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.users-grid tbody tr a[href^=\"/platform/users/\"]').length === 1");
        var excel = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=grid-excel]"));
        var excelPath = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await excel.SaveAsAsync(excelPath);
        using (var workbook = new XLWorkbook(excelPath))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal("Email", sheet.Cell(1, 2).GetString());
            Assert.Equal([DemoDataSeeder.EmailOf("Cashier")], sheet.RowsUsed().Skip(1).Select(r => r.Cell(2).GetString()));
        }

        File.Delete(excelPath);

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=grid-pdf]"));
        var pdfPath = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.pdf");
        await pdf.SaveAsAsync(pdfPath);
        var text = UserDownloadsTests.PdfText(await File.ReadAllBytesAsync(pdfPath));
        File.Delete(pdfPath);
        Assert.Contains("User access report", text, StringComparison.Ordinal);
        Assert.Contains(DemoDataSeeder.EmailOf("Admin"), text, StringComparison.Ordinal);
        Assert.Contains(DemoDataSeeder.EmailOf("Cashier"), text, StringComparison.Ordinal);

        // The page is still alive after both downloads.
        Assert.EndsWith("/platform/users", page.Url, StringComparison.Ordinal);
        await page.Locator(".users-grid").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
    }

    [Fact]
    public async Task Filter_ChangedOnALaterPage_ShowsTheFirstPageOfTheNewView()
    {
        await AddDemoMembersAsync(20);
        var page = await fixture.NewPageAsync();
        await BrowserAppFixture.LoginAsync(page, DemoDataSeeder.EmailOf("Admin"), DemoDataSeeder.Password);
        await page.GotoAsync("/platform/users");
        await page.WaitForSelectorAsync(".users-grid tbody tr a[href^='/platform/users/']");

        await page.ClickAsync(".users-grid .mud-table-pagination-actions button:nth-child(3)");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.users-grid tbody tr a[href^=\"/platform/users/\"]').length < 25");
        await page.GetByPlaceholder("Search name or email").FillAsync("pager-1");

        // pager-1 and pager-10 … pager-19: one page of 11 rows, not an empty page 2 (MudDataGrid goes back to page 1).
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.users-grid tbody tr a[href^=\"/platform/users/\"]').length === 11");
    }

    private async Task AddDemoMembersAsync(int count)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        var tenantId = await db.Tenants.Where(t => t.Code == DemoDataSeeder.TenantCode).Select(t => t.Id).SingleAsync();
        var demo = new TestTenant(fixture.App, tenantId, DemoDataSeeder.TenantCode);
        await demo.LoadAdminAsync(DemoDataSeeder.EmailOf("Admin"));
        for (var i = 0; i < count; i++)
        {
            await demo.AddUserAsync("Employee", $"pager-{i}@demo.test");
        }
    }
}
