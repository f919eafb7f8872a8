using Erp.Web.Features.Platform.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Bunit;
using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Components.Shared;
using Erp.Web.Features.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Erp.Tests.Web.Components.Platform;

/// <summary>The History panel over the real audit log of a fresh SQLite database.</summary>
public class HistoryPanelTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Render_ShowsNewestChangeFirst_WithWhoAndOldToNew_AndPages()
    {
        var tenant = await app.CreateTenantAsync();
        var organizationId = await RenameAsync(tenant, "First name");
        await RenameAsync(tenant, "Second name");
        await using var scope = ScopeFor(tenant.Id, tenant.AdminId);
        await using var ctx = NewContext(scope);

        var cut = ctx.Render<HistoryPanel>(p => p
            .Add(x => x.EntityType, nameof(Organization))
            .Add(x => x.EntityId, organizationId)
            .Add(x => x.PageSize, 2));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        var newest = cut.FindAll("tbody tr")[0];
        Assert.Contains("Changed", newest.TextContent, StringComparison.Ordinal);
        Assert.Contains("Admin " + tenant.Code, newest.TextContent, StringComparison.Ordinal);
        Assert.Equal("First name", newest.QuerySelector(".erp-audit-old")!.TextContent);
        Assert.Equal("Second name", newest.QuerySelector(".erp-audit-new")!.TextContent);
        // Shown in the viewer's time zone (Tokyo is UTC+9 all year).
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var shown = DateTime.Parse(newest.QuerySelector("td")!.TextContent, System.Globalization.CultureInfo.CurrentCulture);
        var utcNow = DateTime.UtcNow;
        Assert.InRange((shown - TimeZoneInfo.ConvertTimeFromUtc(utcNow, tokyo)).TotalMinutes, -10, 1);
        Assert.NotNull(cut.Find(".mud-pagination")); // three entries (created, renamed twice) on pages of two
    }

    [Fact]
    public async Task Render_WithoutViewAudit_ShowsNoHistory()
    {
        var tenant = await app.CreateTenantAsync();
        var organizationId = await RenameAsync(tenant, "Secret name");
        var cashier = await tenant.AddUserAsync(BuiltInRoles.Cashier);
        await using var scope = ScopeFor(tenant.Id, cashier);
        await using var ctx = NewContext(scope);

        var cut = ctx.Render<HistoryPanel>(p => p
            .Add(x => x.EntityType, nameof(Organization))
            .Add(x => x.EntityId, organizationId));

        cut.WaitForAssertion(() => Assert.Contains("permission", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Secret name", cut.Markup, StringComparison.Ordinal);
    }

    private AsyncServiceScope ScopeFor(Guid tenantId, string userId)
    {
        var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(tenantId, null, userId);
        return scope;
    }

    private static BunitContext NewContext(AsyncServiceScope scope)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<AuditQueries>());
        ctx.Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("viewer", "Asia/Tokyo"));
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddScoped<UserClock>();
        return ctx;
    }

    private Task<Guid> RenameAsync(TestTenant tenant, string name) =>
        app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            var organization = await db.Organizations.SingleAsync(o => o.Code == "HQ");
            organization.Update(name, organization.Code, organization.BaseCurrency, null, null, null, null, null);
            await db.SaveChangesAsync();
            return organization.Id;
        });
}
