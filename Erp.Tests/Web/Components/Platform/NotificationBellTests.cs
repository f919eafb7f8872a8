using Erp.Web.Features.Platform.Account;
using Microsoft.AspNetCore.Components.Authorization;
using Bunit;
using Erp.Data.Tenancy;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Components.Layout;
using Erp.Web.Features.Platform.Notifications;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Erp.Tests.Web.Components.Platform;

public class NotificationBellTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Bell_ShowsUnreadCount_AndUpdatesLiveWhenANotificationArrives()
    {
        var tenant = await app.CreateTenantAsync();
        await NotifyAdminAsync(tenant, "First");
        await using var scope = app.Services.CreateAsyncScope();
        var tenantContext = (TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>();
        tenantContext.Set(tenant.Id, null, tenant.AdminId);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("viewer"));
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddScoped<UserClock>();
        ctx.Services.AddSingleton<ITenantContext>(tenantContext);
        ctx.Services.AddSingleton(scope.ServiceProvider.GetRequiredService<NotificationService>());
        ctx.Services.AddSingleton(app.Services.GetRequiredService<NotificationPublisher>());

        var cut = ctx.Render<NotificationBell>();
        cut.WaitForAssertion(() => Assert.Equal("Notifications, 1 unread", cut.Find(".erp-bell-label").TextContent));

        await NotifyAdminAsync(tenant, "Second");

        cut.WaitForAssertion(() => Assert.Equal("Notifications, 2 unread", cut.Find(".erp-bell-label").TextContent));
        Assert.Contains(">2<", cut.Find(".mud-badge").OuterHtml, StringComparison.Ordinal);
    }

    private Task<int> NotifyAdminAsync(TestTenant tenant, string title) =>
        app.InTenantAsync(tenant.Id, null, sp => sp.GetRequiredService<NotificationService>()
            .NotifyUsersAsync([tenant.AdminId], new NotificationMessage(title, "Body")));
}
