using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Documents;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Platform.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform;

public class DocumentNumberingServiceTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Fact]
    public async Task Configure_ChangesTheFormatOfTheNextNumbers_AndTheCounterContinues()
    {
        var tenant = await app.CreateTenantAsync();
        Assert.Equal("SO-2026-000001", await TakeAsync(tenant));

        var saved = await AsAdmin(tenant, sp => sp.GetRequiredService<DocumentNumberingService>().ConfigureAsync(
            DocumentTypes.SalesOrder, new DocumentNumberingInput { Prefix = "ORD", Format = "{prefix}/{yy}/{n:4}", ResetsYearly = true }, Day));
        var list = await AsAdmin(tenant, sp => sp.GetRequiredService<DocumentNumberingService>().ListAsync(Day));

        Assert.True(saved.IsSuccess, saved.Error?.Message);
        Assert.Equal("ORD/26/0002", list.Value.Single(r => r.DocumentType == DocumentTypes.SalesOrder).NextPreview);
        Assert.Equal("ORD/26/0002", await TakeAsync(tenant));
    }

    [Fact]
    public async Task Configure_BeforeFirstUse_IsUsedByTheFirstNumber()
    {
        var tenant = await app.CreateTenantAsync();

        await AsAdmin(tenant, sp => sp.GetRequiredService<DocumentNumberingService>().ConfigureAsync(
            DocumentTypes.SalesOrder, new DocumentNumberingInput { Prefix = "S", Format = "{prefix}{n:5}", ResetsYearly = false }, Day));

        Assert.Equal("S00001", await TakeAsync(tenant));
    }

    [Fact]
    public async Task Configure_WithAnInvalidFormat_OrWithoutPermission_ChangesNothing()
    {
        var tenant = await app.CreateTenantAsync();
        var manager = await tenant.AddUserAsync(BuiltInRoles.Manager);
        var input = new DocumentNumberingInput { Prefix = "X", Format = "{prefix}-{n:6}", ResetsYearly = true };

        var invalid = await AsAdmin(tenant, sp => sp.GetRequiredService<DocumentNumberingService>().ConfigureAsync(DocumentTypes.SalesOrder, input, Day));
        var forbidden = await app.InTenantAsync(tenant.Id, manager, sp => sp.GetRequiredService<DocumentNumberingService>()
            .ConfigureAsync(DocumentTypes.SalesOrder, new DocumentNumberingInput { Prefix = "X", Format = "{n}" }, Day));

        Assert.Equal("documents.number_format", invalid.Error!.Code);
        Assert.Equal(CommonErrors.Forbidden, forbidden.Error);
        Assert.Equal("SO-2026-000001", await TakeAsync(tenant));
    }

    private Task<T> AsAdmin<T>(TestTenant tenant, Func<IServiceProvider, Task<T>> action) =>
        app.InTenantAsync(tenant.Id, tenant.AdminId, action);

    private Task<string> TakeAsync(TestTenant tenant) => AsAdmin(tenant, async sp =>
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var number = await DocumentNumberService.NextAsync(db, DocumentTypes.SalesOrder, Day);
        await transaction.CommitAsync();
        return number;
    });
}
