using System.Net;
using ClosedXML.Excel;
using Erp.Data;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Erp.Tests.Web.Features.Platform;

public class UserDownloadsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Export_AsAdmin_HasHeaderAndOneRowPerMemberInSortOrder()
    {
        var tenant = await app.CreateTenantAsync();
        string[] added = [$"b.cashier@{tenant.Code}.test", $"c.manager@{tenant.Code}.test", $"a.accountant@{tenant.Code}.test"];
        await tenant.AddUserAsync(BuiltInRoles.Cashier, added[0]);
        await tenant.AddUserAsync(BuiltInRoles.Manager, added[1]);
        await tenant.AddUserAsync(BuiltInRoles.Accountant, added[2]);
        var client = await LoginAsync(tenant.AdminEmail);

        using var workbook = await GetWorkbookAsync(client, "/platform/users/export.xlsx?search=&role=&active=&sort=email&desc=true");

        var sheet = workbook.Worksheet(1);
        Assert.Equal(["Name", "Email", "Roles", "Active", "Last sign-in (UTC)"],
            sheet.Row(1).Cells(1, 5).Select(c => c.GetString()));
        var expected = added.Append(tenant.AdminEmail).OrderDescending(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, Emails(sheet));
        var cashierRow = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == added[0]);
        Assert.Equal(BuiltInRoles.Cashier, cashierRow.Cell(3).GetString());
        Assert.True(cashierRow.Cell(4).GetBoolean());
        // The admin signed in for this download: the sign-in shows, as a date.
        var adminRow = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == tenant.AdminEmail);
        Assert.Equal(XLDataType.DateTime, adminRow.Cell(5).DataType);
    }

    [Fact]
    public async Task Export_WithRoleSearchAndActiveFilters_ContainsOnlyMatchingMembers()
    {
        var tenant = await app.CreateTenantAsync();
        await tenant.AddUserAsync(BuiltInRoles.Cashier, $"anna.cashier@{tenant.Code}.test");
        await tenant.AddUserAsync(BuiltInRoles.Cashier, $"bert.cashier@{tenant.Code}.test");
        var inactive = await tenant.AddUserAsync(BuiltInRoles.Cashier, $"carl.cashier@{tenant.Code}.test");
        await tenant.AddUserAsync(BuiltInRoles.Manager, $"anna.manager@{tenant.Code}.test");
        await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            (await db.Memberships.SingleAsync(m => m.UserId == inactive)).Deactivate();
            await db.SaveChangesAsync();
        });
        var cashierRole = await RoleIdAsync(tenant, BuiltInRoles.Cashier);
        var client = await LoginAsync(tenant.AdminEmail);

        using (var byRole = await GetWorkbookAsync(client, $"/platform/users/export.xlsx?role={cashierRole}&sort=email"))
        {
            Assert.Equal([$"anna.cashier@{tenant.Code}.test", $"bert.cashier@{tenant.Code}.test", $"carl.cashier@{tenant.Code}.test"],
                Emails(byRole.Worksheet(1)));
        }

        using (var bySearch = await GetWorkbookAsync(client, $"/platform/users/export.xlsx?search=ANNA&role={cashierRole}"))
        {
            Assert.Equal([$"anna.cashier@{tenant.Code}.test"], Emails(bySearch.Worksheet(1)));
        }

        using var active = await GetWorkbookAsync(client, $"/platform/users/export.xlsx?role={cashierRole}&active=false");
        Assert.Equal([$"carl.cashier@{tenant.Code}.test"], Emails(active.Worksheet(1)));
        Assert.False(active.Worksheet(1).Cell(2, 4).GetBoolean());
    }

    [Fact]
    public async Task AccessReport_AsAdmin_ListsMembersWithRolesAndPermissions()
    {
        var tenant = await app.CreateTenantAsync();
        await tenant.AddUserAsync(BuiltInRoles.Cashier, $"cash@{tenant.Code}.test");
        await tenant.AddUserAsync(BuiltInRoles.Manager, $"boss@{tenant.Code}.test");
        await tenant.AddUserAsync(BuiltInRoles.Buyer, $"staff.office@{tenant.Code}.test");
        var client = await LoginAsync(tenant.AdminEmail);

        var response = await client.GetAsync("/platform/users/access-report.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = PdfText(bytes);
        Assert.Contains("User access report", text, StringComparison.Ordinal);
        // The shipped font reached Chromium offline (served from memory, not the network or the OS).
        using (var document = PdfDocument.Open(bytes))
        {
            Assert.Contains(document.GetPage(1).Letters, l => (l.FontName ?? "").Contains("DejaVuSans", StringComparison.Ordinal));
        }

        Assert.Contains($"cash@{tenant.Code}.test", text, StringComparison.Ordinal);
        Assert.Contains($"boss@{tenant.Code}.test", text, StringComparison.Ordinal);
        // No ligatures: "ff" and "ffi" print (and copy, and search) as separate letters.
        Assert.Contains($"staff.office@{tenant.Code}.test", text, StringComparison.Ordinal);
        Assert.Contains("Cashier user", text, StringComparison.Ordinal);
        Assert.Contains("Manager user", text, StringComparison.Ordinal);
        Assert.Contains(BuiltInRoles.Cashier, text, StringComparison.Ordinal);
        Assert.Contains(BuiltInRoles.Manager, text, StringComparison.Ordinal);
        Assert.Contains(PlatformPermissions.ManageRoles, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_AsCashier_AreRefused()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"refused@{tenant.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        var client = await LoginAsync(email);

        foreach (var path in new[] { "/platform/users/export.xlsx", "/platform/users/access-report.pdf" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("access-denied", StringComparison.OrdinalIgnoreCase)),
                $"{path}: {response.StatusCode} {response.Headers.Location}");
            Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Downloads_AsAdminOfTenantB_ShowNoneOfTenantA()
    {
        var tenantA = await app.CreateTenantAsync();
        var tenantB = await app.CreateTenantAsync();
        await tenantA.AddUserAsync(BuiltInRoles.Cashier, $"secret@{tenantA.Code}.test");
        await tenantB.AddUserAsync(BuiltInRoles.Cashier, $"own@{tenantB.Code}.test");
        var client = await LoginAsync(tenantB.AdminEmail);

        using var workbook = await GetWorkbookAsync(client, "/platform/users/export.xlsx");
        var emails = Emails(workbook.Worksheet(1));
        Assert.Equal([tenantB.AdminEmail, $"own@{tenantB.Code}.test"], emails.Order(StringComparer.Ordinal));
        // A role id of tenant A does not widen the view.
        using var foreignRole = await GetWorkbookAsync(client, $"/platform/users/export.xlsx?role={await RoleIdAsync(tenantA, BuiltInRoles.Cashier)}");
        Assert.Empty(Emails(foreignRole.Worksheet(1)));

        var pdf = PdfText(await client.GetByteArrayAsync("/platform/users/access-report.pdf"));
        Assert.Contains($"own@{tenantB.Code}.test", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain(tenantA.Code, pdf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_Anonymous_RedirectToLogin()
    {
        var client = app.CreateHttpsClient();
        var response = await client.GetAsync("/platform/users/export.xlsx");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
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
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new XLWorkbook(new MemoryStream(bytes));
    }

    private static List<string> Emails(IXLWorksheet sheet) =>
        sheet.RowsUsed().Skip(1).Select(r => r.Cell(2).GetString()).ToList();

    private async Task<Guid> RoleIdAsync(TestTenant tenant, string role) =>
        await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            return await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
        });

    internal static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
