using System.Net;
using ClosedXML.Excel;
using Erp.Data.Inventory;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Platform;
using Erp.Web.Features.Inventory.Counts;
using static Erp.Tests.Web.Features.Inventory.CountsTests;

namespace Erp.Tests.Web.Features.Inventory;

public class CountsDownloadsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Export_HasTheGridsColumns_AndOnlyTheFilteredCounts()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var draft = (await Commands(data, c => c.CreateAsync(new CountInput { LocationId = data.Main, CountDate = new DateTime(2026, 2, 1) }))).Value;
        var started = await CreateStartedAsync(data, data.North);
        var client = await LoginAsync(data.Tenant.AdminEmail);

        using var all = await GetWorkbookAsync(client, "/inventory/counts/export.xlsx?search=&status=&sort=number&desc=false");
        using var inProgress = await GetWorkbookAsync(client, "/inventory/counts/export.xlsx?status=InProgress");

        var sheet = all.Worksheet(1);
        Assert.Equal(["Number", "Date", "Status", "Location", "Scope", "Lines", "Counted", "Posted (UTC)"],
            sheet.Row(1).Cells(1, 8).Select(c => c.GetString()));
        var numbers = sheet.RowsUsed().Skip(1).Select(r => r.Cell(1).GetString()).ToList();
        Assert.Equal(2, numbers.Count);
        Assert.Equal(numbers.Order(StringComparer.Ordinal), numbers);
        Assert.Equal(new DateTime(2026, 2, 1), sheet.Row(2).Cell(2).GetDateTime());
        Assert.Equal("Draft", sheet.Row(2).Cell(3).GetString());
        var rows = inProgress.Worksheet(1).RowsUsed().Skip(1).ToList();
        Assert.Equal(("North warehouse", "Counting", "Full count"), (rows.Single().Cell(4).GetString(), rows.Single().Cell(3).GetString(), rows.Single().Cell(5).GetString()));
        Assert.NotEqual(draft, started);
    }

    [Fact]
    public async Task CountSheet_IsBlindByDefault_AndShowsExpectedAndDifferencesOnRequest()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("SHEET-OIL", 1m);
        await data.PostAsync(new StockChange(product, data.Main, 4711m, MovementKind.Receipt, 1m));
        var count = await CreateStartedAsync(data, data.Main);
        var line = (await GetAsync(data, count)).Lines.Single();
        Ok(await Commands(data, c => c.SetCountedAsync(count, line.Id, 4700m)));
        var client = await LoginAsync(data.Tenant.AdminEmail);

        var blind = await client.GetAsync($"/inventory/counts/{count}/sheet.pdf");
        var withExpected = await client.GetAsync($"/inventory/counts/{count}/sheet.pdf?expected=true");

        Assert.Equal(HttpStatusCode.OK, blind.StatusCode);
        Assert.Equal("application/pdf", blind.Content.Headers.ContentType?.MediaType);
        var blindText = UserDownloadsTests.PdfText(await blind.Content.ReadAsByteArrayAsync());
        Assert.Contains("SHEET-OIL", blindText, StringComparison.Ordinal);
        Assert.Contains("blind count sheet", blindText, StringComparison.Ordinal);
        Assert.DoesNotContain("4711", blindText, StringComparison.Ordinal);
        Assert.DoesNotContain("4700", blindText, StringComparison.Ordinal);
        var fullText = UserDownloadsTests.PdfText(await withExpected.Content.ReadAsByteArrayAsync());
        Assert.Contains("4711", fullText, StringComparison.Ordinal);
        Assert.Contains("4700", fullText, StringComparison.Ordinal);
        Assert.Contains("-11", fullText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTenantsCount_Is404_OnThePageAndTheSheet()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var count = await CreateStartedAsync(data, data.Main);
        var other = await InventoryTestData.CreateAsync(app);
        var client = await LoginAsync(other.Tenant.AdminEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/inventory/counts/{count}/sheet.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/inventory/counts/{count}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/inventory/counts/{Guid.NewGuid()}")).StatusCode);
        using var export = await GetWorkbookAsync(client, "/inventory/counts/export.xlsx");
        Assert.Single(export.Worksheet(1).RowsUsed());
        var own = await LoginAsync(data.Tenant.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/inventory/counts/{count}")).StatusCode);
    }

    [Fact]
    public async Task WithoutInventoryView_DownloadsAndPagesAreRefused_AndBadFiltersGet400()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var count = await CreateStartedAsync(data, data.Main);
        var email = $"cashier-{Guid.NewGuid():N}@{data.Tenant.Code}.test";
        await data.Tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        var cashier = await LoginAsync(email);

        foreach (var path in new[] { "/inventory/counts/export.xlsx", $"/inventory/counts/{count}/sheet.pdf", "/inventory/counts", $"/inventory/counts/{count}" })
        {
            var response = await cashier.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("access-denied", StringComparison.OrdinalIgnoreCase)),
                $"{path}: {response.StatusCode} {response.Headers.Location}");
        }

        var admin = await LoginAsync(data.Tenant.AdminEmail);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/inventory/counts/export.xlsx?status=Bogus")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/inventory/counts/export.xlsx?status=2")).StatusCode);
    }

    [Fact]
    public async Task DetailPage_OffersActionsOnlyToUsersWhoMayManage()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var draft = (await Commands(data, c => c.CreateAsync(new CountInput { LocationId = data.Main, CountDate = DateTime.Today }))).Value;
        var email = $"accountant-{Guid.NewGuid():N}@{data.Tenant.Code}.test";
        await data.Tenant.AddUserAsync(BuiltInRoles.Accountant, email);

        var asAdmin = await (await LoginAsync(data.Tenant.AdminEmail)).GetStringAsync($"/inventory/counts/{draft}");
        var asAccountant = await (await LoginAsync(email)).GetAsync($"/inventory/counts/{draft}");

        Assert.Contains("data-testid=\"count-start\"", asAdmin, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"count-cancel\"", asAdmin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, asAccountant.StatusCode);
        var html = await asAccountant.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"count-title\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"count-start\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"count-cancel\"", html, StringComparison.Ordinal);
    }

    private async Task<HttpClient> LoginAsync(string email)
    {
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        return client;
    }

    private static async Task<XLWorkbook> GetWorkbookAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }
}
