using Erp.Data.Tenancy;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Jobs;

public class TenantJobRunnerTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task RunForEachTenant_RunsOncePerTenant_InItsOwnScope_WithoutAUser()
    {
        var first = await app.CreateTenantAsync();
        var second = await app.CreateTenantAsync();
        var seen = new List<(Guid Argument, Guid? Scoped, string? User)>();

        await app.Services.GetRequiredService<TenantJobRunner>().RunForEachTenantAsync("test", (sp, tenantId, _) =>
        {
            var context = sp.GetRequiredService<ITenantContext>();
            seen.Add((tenantId, context.TenantId, context.UserId));
            return Task.CompletedTask;
        });

        Assert.All(seen, s => Assert.Equal(s.Argument, s.Scoped));
        Assert.All(seen, s => Assert.Null(s.User));
        Assert.Single(seen, s => s.Argument == first.Id);
        Assert.Single(seen, s => s.Argument == second.Id);
    }

    [Fact]
    public async Task RunForEachTenant_WhenOneTenantFails_StillRunsTheOthers_ThenFails()
    {
        var failing = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var ran = new List<Guid>();

        await Assert.ThrowsAsync<AggregateException>(() =>
            app.Services.GetRequiredService<TenantJobRunner>().RunForEachTenantAsync("test", (_, tenantId, _) =>
            {
                ran.Add(tenantId);
                return tenantId == failing.Id ? throw new InvalidOperationException("boom") : Task.CompletedTask;
            }));

        Assert.Contains(other.Id, ran);
        Assert.Contains(failing.Id, ran);
    }
}
