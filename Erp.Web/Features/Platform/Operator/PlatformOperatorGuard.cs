using Erp.Data;
using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Operator;

/// <summary>
/// The operator check for services. The cookie's operator claim only opens the pages; this reads the account itself,
/// so an operator flag removed (or an account deactivated) takes effect on the next call.
/// </summary>
public sealed class PlatformOperatorGuard(IDbContextFactory<ErpDbContext> dbFactory, ITenantContext tenant)
{
    public async Task<Error?> CheckAsync(CancellationToken ct = default)
    {
        if (tenant.UserId is not { } userId)
        {
            return UserAdminErrors.OperatorOnly;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var isOperator = await db.Users.AnyAsync(u => u.Id == userId && u.IsActive && u.IsPlatformOperator, ct);
        return isOperator ? null : UserAdminErrors.OperatorOnly;
    }
}
