namespace Erp.Data.Tenancy;

/// <summary>Scoped holder of the acting tenant and user; set once by the host, or scoped explicitly.</summary>
public sealed class TenantContext : ITenantContext
{
    private readonly Stack<(Guid? Tenant, Guid? Organization, string? User)> _saved = new();

    public Guid? TenantId { get; private set; }
    public Guid? OrganizationId { get; private set; }
    public string? UserId { get; private set; }
    public string CorrelationId { get; set; } = Guid.NewGuid().ToString("N");

    public void Set(Guid? tenantId, Guid? organizationId, string? userId)
    {
        TenantId = tenantId;
        OrganizationId = organizationId;
        UserId = userId;
    }

    public IDisposable BeginScope(Guid tenantId, string? userId = null)
    {
        _saved.Push((TenantId, OrganizationId, UserId));
        Set(tenantId, null, userId ?? UserId);
        return new Restore(this);
    }

    private sealed class Restore(TenantContext owner) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            var (tenant, organization, user) = owner._saved.Pop();
            owner.Set(tenant, organization, user);
        }
    }
}
