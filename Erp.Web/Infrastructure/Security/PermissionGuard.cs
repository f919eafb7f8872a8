using Erp.Data.Tenancy;
using Erp.Domain.Common;
using Erp.Web.Infrastructure.Tenancy;

namespace Erp.Web.Infrastructure.Security;

/// <summary>
/// The check use-case services make before they act: hiding a button is not security.
/// Reads the scope's tenant and user, so it works the same in requests, circuits and tests.
/// </summary>
public sealed class PermissionGuard(ITenantContext tenant, AccessService access)
{
    public async Task<bool> HasAsync(string permission, CancellationToken ct = default) =>
        tenant is { UserId: { } userId, TenantId: { } tenantId }
        && (await access.GetAsync(userId, tenantId, ct)).Has(permission);

    /// <summary>Null when allowed, otherwise the error to return.</summary>
    public async Task<Error?> CheckAsync(string permission, CancellationToken ct = default) =>
        await HasAsync(permission, ct) ? null : CommonErrors.Forbidden;
}
