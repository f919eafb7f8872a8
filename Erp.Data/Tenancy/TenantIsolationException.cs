namespace Erp.Data.Tenancy;

/// <summary>A write that would cross tenants, or a tenant-owned write with no tenant: always a bug.</summary>
public sealed class TenantIsolationException(string message) : InvalidOperationException(message);
