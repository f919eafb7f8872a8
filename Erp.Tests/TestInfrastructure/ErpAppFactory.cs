using Erp.Data.Tenancy;
using Erp.Web.Features.Platform.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.TestInfrastructure;

/// <summary>
/// The real host on a fresh SQLite file (migrated at start-up, as in production). One per test class:
/// <c>IClassFixture&lt;ErpAppFactory&gt;</c>; tests isolate themselves further by creating their own tenants.
/// </summary>
public class ErpAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "test-password-2026";

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "erp-tests", $"{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        builder.UseEnvironment("Testing");
        // Outside Development the host does not map package assets (MudBlazor's CSS/JS) from the build output by itself.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath};Default Timeout=30;Pooling=False");
        builder.UseSetting("Demo:Seed", "false");
    }

    public HttpClient CreateHttpsClient(bool followRedirects = false) => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = followRedirects,
        HandleCookies = true,
    });

    /// <summary>Runs <paramref name="action"/> in a fresh DI scope acting as <paramref name="userId"/> in <paramref name="tenantId"/>.</summary>
    public async Task<T> InTenantAsync<T>(Guid tenantId, string? userId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(tenantId, null, userId);
        return await action(scope.ServiceProvider);
    }

    public Task InTenantAsync(Guid tenantId, string? userId, Func<IServiceProvider, Task> action) =>
        InTenantAsync<bool>(tenantId, userId, async sp =>
        {
            await action(sp);
            return true;
        });

    /// <summary>A new tenant with its admin (and built-in roles); see <see cref="TestTenant"/> to add users.</summary>
    public async Task<TestTenant> CreateTenantAsync(string? code = null)
    {
        code ??= "t" + Guid.NewGuid().ToString("N")[..10];
        var adminEmail = $"admin@{code}.test";
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateTenantCommand>()
            .CreateAsync(new CreateTenantRequest($"Tenant {code}", code, $"{code} HQ", "USD", adminEmail, "Admin " + code, Password));
        Assert.True(result.IsSuccess, result.Error?.Message);
        var tenant = new TestTenant(this, result.Value, code);
        await tenant.LoadAdminAsync(adminEmail);
        return tenant;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(DatabasePath + suffix);
            }
            catch (IOException)
            {
                // A file still open by a pooled connection is cleaned with the temp folder.
            }
        }
    }
}
