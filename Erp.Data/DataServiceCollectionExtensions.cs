using Erp.Data.Interceptors;
using Erp.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers the database for the configured provider, the tenant context and the interceptors.</summary>
    public static IServiceCollection AddErpData(this IServiceCollection services, DatabaseOptions options, string contentRoot)
    {
        var connectionString = options.ResolveConnectionString(contentRoot);
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<EntityStampingInterceptor>();
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor, DocumentStatusHistoryInterceptor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddScoped<Audit.AuditVerifier>();

        if (options.Provider == DatabaseProvider.SqlServer)
        {
            AddProvider<SqlServerErpDbContext>(services, (sp, b) => b.UseSqlServer(connectionString));
        }
        else
        {
            Directory.CreateDirectory(Path.Combine(contentRoot, options.DataFolder));
            AddProvider<SqliteErpDbContext>(services, (sp, b) =>
                b.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<SqlitePragmaInterceptor>()));
        }

        services.AddScoped<ErpDbContext>(sp => sp.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContext());
        return services;
    }

    private static void AddProvider<TContext>(IServiceCollection services,
        Action<IServiceProvider, DbContextOptionsBuilder> configure) where TContext : ErpDbContext
    {
        services.AddDbContextFactory<TContext>((sp, builder) =>
        {
            configure(sp, builder);
            builder.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
            builder.AddInterceptors(sp.GetRequiredService<EntityStampingInterceptor>());
            builder.AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
        }, ServiceLifetime.Scoped);
        services.AddScoped<IDbContextFactory<ErpDbContext>, ErpDbContextFactory<TContext>>();
    }
}
