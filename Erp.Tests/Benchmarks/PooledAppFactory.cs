using Erp.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Erp.Tests.Benchmarks;

/// <summary>
/// The host with the production connection settings: connection pooling on (the functional tests turn it off so
/// that temp files can be deleted), for benchmarks whose cost includes opening connections.
/// </summary>
public sealed class PooledAppFactory : ErpAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath};Default Timeout=30");
    }
}
