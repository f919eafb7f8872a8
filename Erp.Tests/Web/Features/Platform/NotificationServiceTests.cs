using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform;

public class NotificationServiceTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task NotifyPermissionHolders_ReachesHoldersOnly_AndPublishesLive()
    {
        var tenant = await app.CreateTenantAsync();
        var accountant = await tenant.AddUserAsync(BuiltInRoles.Accountant);
        var cashier = await tenant.AddUserAsync(BuiltInRoles.Cashier);
        var published = new List<string>();
        var publisher = app.Services.GetRequiredService<NotificationPublisher>();
        void OnPublished(Guid t, IReadOnlyCollection<string> users)
        {
            if (t == tenant.Id)
            {
                lock (published)
                {
                    published.AddRange(users);
                }
            }
        }

        publisher.Published += OnPublished;
        try
        {
            var sent = await app.InTenantAsync(tenant.Id, null, sp => sp.GetRequiredService<NotificationService>()
                .NotifyPermissionHoldersAsync(PlatformPermissions.ViewAudit, new NotificationMessage("Check", "Please check.")));
            Assert.Equal(2, sent);
        }
        finally
        {
            publisher.Published -= OnPublished;
        }

        Assert.Equal(new[] { accountant, tenant.AdminId }.Order(), published.Order());
        Assert.Equal(1, await UnreadAsync(tenant.Id, accountant));
        Assert.Equal(0, await UnreadAsync(tenant.Id, cashier));
    }

    [Fact]
    public async Task MarkRead_OwnNotification_ClearsUnread_AndSomeoneElsesIsNotFound()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await tenant.AddUserAsync(BuiltInRoles.Manager);
        await app.InTenantAsync(tenant.Id, null, sp => sp.GetRequiredService<NotificationService>()
            .NotifyUsersAsync([tenant.AdminId], new NotificationMessage("Hello", "Welcome.")));
        var id = (await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<NotificationService>().LatestAsync()))[0].Id;

        var byOther = await app.InTenantAsync(tenant.Id, other, sp => sp.GetRequiredService<NotificationService>().MarkReadAsync(id));
        Assert.Equal("common.not_found", byOther.Error?.Code);
        Assert.Equal(1, await UnreadAsync(tenant.Id, tenant.AdminId));

        var byOwner = await app.InTenantAsync(tenant.Id, tenant.AdminId, sp => sp.GetRequiredService<NotificationService>().MarkReadAsync(id));
        Assert.True(byOwner.IsSuccess);
        Assert.Equal(0, await UnreadAsync(tenant.Id, tenant.AdminId));
    }

    private Task<int> UnreadAsync(Guid tenantId, string userId) =>
        app.InTenantAsync(tenantId, userId, sp => sp.GetRequiredService<NotificationService>().UnreadCountAsync());
}
