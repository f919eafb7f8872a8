using Erp.Data;
using Erp.Web.Features.Platform.Audit;
using Hangfire;
using Hangfire.SqlServer;

namespace Erp.Web.Infrastructure.Jobs;

public static class JobsSetup
{
    /// <summary>
    /// Hangfire with in-memory storage on SQLite and SQL Server storage on SQL Server. Off in the Testing environment
    /// unless <c>Jobs:Enabled</c> is set; job classes are registered either way so tests can run them directly.
    /// </summary>
    public static IServiceCollection AddErpJobs(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment, DatabaseOptions database)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        options.Enabled ??= !environment.IsEnvironment("Testing");
        services.AddSingleton(options);
        services.AddSingleton<TenantJobRunner>();
        services.AddScoped<VerifyAuditChainsJob>();
        services.AddHealthChecks().AddCheck<JobServerHealthCheck>("jobs");
        if (options.Enabled != true)
        {
            return services;
        }

        var connectionString = database.ResolveConnectionString(environment.ContentRootPath);
        services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                config.UseSqlServerStorage(connectionString, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true });
            }
            else
            {
                config.UseInMemoryStorage();
            }
        });
        services.AddHangfireServer(server => server.WorkerCount = Math.Max(1, options.WorkerCount));
        return services;
    }

    /// <summary>The dashboard at <c>/jobs</c> and the recurring jobs; nothing when jobs are off.</summary>
    public static WebApplication UseErpJobs(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<JobsOptions>();
        if (options.Enabled != true)
        {
            return app;
        }

        app.MapHangfireDashboard("/jobs", new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Erp background jobs",
            Authorization = [],
            AsyncAuthorization = [new JobsDashboardAuthorizationFilter()],
            IsReadOnlyFunc = JobsDashboardAuthorizationFilter.IsReadOnly,
        }).RequireAuthorization();

        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<VerifyAuditChainsJob>(
            VerifyAuditChainsJob.RecurringId, job => job.RunAsync(CancellationToken.None), options.VerifyAuditChainsCron);
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<Features.Inventory.LowStock.LowStockJob>(
            Features.Inventory.LowStock.LowStockJob.RecurringId, job => job.RunAsync(CancellationToken.None), options.LowStockCron);
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<Features.Sales.Quotations.QuotationExpiryJob>(
            Features.Sales.Quotations.QuotationExpiryJob.RecurringId, job => job.RunAsync(CancellationToken.None), "15 0 * * *");
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<Features.Purchasing.Replenishment.ReplenishmentJob>(
            Features.Purchasing.Replenishment.ReplenishmentJob.RecurringId, job => job.RunAsync(CancellationToken.None),
            options.ReplenishmentCron);
        return app;
    }
}
