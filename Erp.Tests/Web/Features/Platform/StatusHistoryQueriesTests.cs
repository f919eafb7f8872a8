using Erp.Data;
using Erp.Domain.Platform.Documents;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform;

public class StatusHistoryQueriesTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task History_ListsTheDocumentsTransitionsInOrder_WithNames_AndNothingOfOtherTenants()
    {
        var tenant = await app.CreateTenantAsync();
        var other = await app.CreateTenantAsync();
        var documentId = Guid.CreateVersion7();
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
            db.DocumentStatusChanges.AddRange(
                new DocumentStatusChange("GoodsReceipt", documentId, "Draft", "Posted", tenant.AdminId, at.AddMinutes(5), null),
                new DocumentStatusChange("GoodsReceipt", documentId, null, "Draft", tenant.AdminId, at, null),
                new DocumentStatusChange("StockCount", documentId, null, "Draft", tenant.AdminId, at, null));
            await db.SaveChangesAsync();
        });

        var rows = await app.InTenantAsync(tenant.Id, tenant.AdminId,
            sp => sp.GetRequiredService<StatusHistoryQueries>().ForAsync("GoodsReceipt", documentId));
        var foreign = await app.InTenantAsync(other.Id, other.AdminId,
            sp => sp.GetRequiredService<StatusHistoryQueries>().ForAsync("GoodsReceipt", documentId));

        Assert.Equal([(null, "Draft"), ("Draft", "Posted")], rows.Select(r => (r.From, r.To)));
        Assert.All(rows, r => Assert.Equal("Admin " + tenant.Code, r.UserName));
        Assert.Empty(foreign);
    }
}
