using Microsoft.EntityFrameworkCore;

namespace Erp.Data;

/// <summary>Hands out the provider's context type as the common <see cref="ErpDbContext"/>.</summary>
public sealed class ErpDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ErpDbContext>
    where TContext : ErpDbContext
{
    public ErpDbContext CreateDbContext() => inner.CreateDbContext();
}
