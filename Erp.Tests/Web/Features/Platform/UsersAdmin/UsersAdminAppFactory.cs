using System.Net;
using System.Text;
using Erp.Data.Identity;
using Erp.Data.Tenancy;
using Erp.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Platform.UsersAdmin;

/// <summary>
/// The real host with open sessions re-validated every second (instead of every minute), and requests arriving from
/// a client address (the in-memory test server has none).
/// </summary>
public sealed class UsersAdminAppFactory : ErpAppFactory
{
    public const string ClientIp = "203.0.113.7";
    public static readonly TimeSpan Revalidation = TimeSpan.FromSeconds(1);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:RevalidationInterval", "00:00:01");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressFilter>());
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope acting as <paramref name="userId"/> with no tenant (the operator).</summary>
    public async Task<T> AsUserWithoutTenantAsync<T>(string userId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(null, null, userId);
        return await action(scope.ServiceProvider);
    }

    /// <summary>What the set-password page does with a link: decode the code and reset the password.</summary>
    public async Task SetPasswordThroughLinkAsync(string link, string password)
    {
        var query = QueryHelpers.ParseQuery(new Uri(new Uri("https://localhost"), link).Query);
        Assert.StartsWith("/account/reset-password?", link, StringComparison.Ordinal);
        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(query["code"].ToString()));
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(query["userId"].ToString());
        Assert.NotNull(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public async Task<string> CreateOperatorAsync()
    {
        var email = $"operator-{Guid.NewGuid():N}@platform.test";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Operator", IsPlatformOperator = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        return email;
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Parse(ClientIp);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
