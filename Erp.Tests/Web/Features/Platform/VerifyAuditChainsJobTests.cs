using Erp.Data;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.Audit;
using Erp.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform;

public class VerifyAuditChainsJobTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Run_WhenAChainIsTampered_NotifiesAuditViewersOfThatTenantOnly_Once()
    {
        var broken = await app.CreateTenantAsync();
        var cashier = await broken.AddUserAsync(BuiltInRoles.Cashier);
        var intact = await app.CreateTenantAsync();
        await app.InTenantAsync(broken.Id, null, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE AuditEntries SET UserName = 'Mallory' WHERE TenantId = {0} AND Sequence = 2",
                broken.Id.ToString().ToUpperInvariant());
        });

        await RunJobAsync();
        await RunJobAsync(); // at-least-once delivery: a second run must not notify again

        var adminNotes = await NotificationsOfAsync(broken.Id, broken.AdminId);
        var note = Assert.Single(adminNotes);
        Assert.Equal(NotificationLevel.Error, note.Level);
        Assert.Contains("entry 2", note.Body, StringComparison.Ordinal);
        Assert.Empty(await NotificationsOfAsync(broken.Id, cashier));
        Assert.Empty(await NotificationsOfAsync(intact.Id, intact.AdminId));
    }

    [Fact]
    public async Task Run_WhenChainsAreIntact_NotifiesNoOne()
    {
        var tenant = await app.CreateTenantAsync();

        await RunJobAsync();

        Assert.Empty(await NotificationsOfAsync(tenant.Id, tenant.AdminId));
    }

    private async Task RunJobAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VerifyAuditChainsJob>().RunAsync(CancellationToken.None);
    }

    private Task<IReadOnlyList<NotificationRow>> NotificationsOfAsync(Guid tenantId, string userId) =>
        app.InTenantAsync(tenantId, userId, sp => sp.GetRequiredService<NotificationService>().LatestAsync(50));
}
