using Erp.Data;
using Erp.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Infrastructure.Startup;

/// <summary>At start-up: applies migrations (Database:MigrateOnStartup), keeps built-in roles in step, seeds the demo.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var options = services.GetRequiredService<DatabaseOptions>();
        await using (var db = await services.GetRequiredService<IDbContextFactory<ErpDbContext>>().CreateDbContextAsync())
        {
            if (options.MigrateOnStartup)
            {
                await db.Database.MigrateAsync();
            }

            if (options.Provider == DatabaseProvider.Sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }

            await SyncBuiltInRolesAsync(db, services.GetRequiredService<ITenantContext>());
            await Erp.Data.ReferenceData.GeographySeeder.SeedAsync(db);
        }

        if (app.Configuration.GetValue<bool>("Demo:Seed"))
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }

    /// <summary>New module permissions reach existing tenants' built-in roles.</summary>
    private static async Task SyncBuiltInRolesAsync(ErpDbContext db, ITenantContext tenant)
    {
        foreach (var tenantId in await db.Tenants.Select(t => t.Id).ToListAsync())
        {
            using var _ = tenant.BeginScope(tenantId);
            var roles = await db.Roles.Where(r => r.IsBuiltIn).ToListAsync();
            roles.ForEach(r => r.SyncBuiltIn());
            await db.SaveChangesAsync();
        }
    }
}
