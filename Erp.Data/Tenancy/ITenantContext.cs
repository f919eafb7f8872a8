namespace Erp.Data.Tenancy;

/// <summary>
/// Who is acting and for which tenant, for one scope (HTTP request, Blazor circuit or job run).
/// With no tenant, tenant-owned queries return nothing and tenant-owned writes are refused.
/// </summary>
public interface ITenantContext
{
    Guid? TenantId { get; }
    Guid? OrganizationId { get; }
    string? UserId { get; }
    string CorrelationId { get; }

    /// <summary>Acts for <paramref name="tenantId"/> until disposed: jobs and the platform operator use this.</summary>
    IDisposable BeginScope(Guid tenantId, string? userId = null);
}
