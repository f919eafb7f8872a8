using System.Net;
using System.Reflection;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web;

/// <summary>
/// For every built-in role, every routable page and every GET download endpoint answers as the permission table
/// says: allowed → 200 (or 404 for a made-up record id), refused → redirect to the access-denied page.
/// Pages and endpoints are discovered, so new ones are covered without editing this test.
/// </summary>
public class AuthorizationMatrixTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    public static TheoryData<string> Roles => new(BuiltInRoles.All);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPageAndDownload_AnswersAsThePermissionTableSays(string role)
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"matrix-{role.ToLowerInvariant()}@{tenant.Code}.test";
        await tenant.AddUserAsync(role, email);
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        var granted = BuiltInRoles.PermissionsOf(role).ToHashSet();

        var failures = new List<string>();
        foreach (var (url, policy) in ProtectedTargets())
        {
            var response = await client.GetAsync(url);
            var allowed = policy is null || granted.Contains(policy);
            var location = response.Headers.Location?.ToString() ?? "";
            var ok = allowed
                ? response.StatusCode is HttpStatusCode.OK || (response.StatusCode == HttpStatusCode.NotFound && url.Contains(MadeUpId, StringComparison.Ordinal))
                : response.StatusCode is HttpStatusCode.Forbidden || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("access-denied", StringComparison.Ordinal));
            if (!ok)
            {
                failures.Add($"{url} [{policy ?? "signed in"}] → {(int)response.StatusCode} {location} (expected {(allowed ? "allowed" : "refused")})");
            }
        }

        Assert.True(failures.Count == 0, $"{role}:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task EveryProtectedTarget_RedirectsAnonymousUsersToLogin()
    {
        var client = app.CreateHttpsClient();
        foreach (var (url, _) in ProtectedTargets())
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"{url} → {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void TheMatrix_CoversPagesOfTheShell() =>
        Assert.Contains(ProtectedTargets(), t => t.Url == "/");

    private const string MadeUpId = "0190a0a0-0000-7000-8000-000000000001";

    private List<(string Url, string? Policy)> ProtectedTargets()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .Select(t => (Type: t, Authorize: t.GetCustomAttribute<AuthorizeAttribute>(), Routes: t.GetCustomAttributes<RouteAttribute>()))
            .Where(p => p.Authorize is not null && !p.Type.Namespace!.Contains(".Account", StringComparison.Ordinal))
            .SelectMany(p => p.Routes.Select(r => (Url: Concrete(r.Template), p.Authorize!.Policy)));

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            .Select(e => (Endpoint: e, Authorize: e.Metadata.GetOrderedMetadata<IAuthorizeData>().LastOrDefault(a => a.Policy is not null)))
            .Where(e => e.Authorize is not null && !e.Endpoint.RoutePattern.RawText!.StartsWith("/jobs", StringComparison.Ordinal))
            .Select(e => (Url: Concrete(e.Endpoint.RoutePattern.RawText!), e.Authorize!.Policy));

        return pages.Concat(endpoints).Where(t => t.Policy != "PlatformOperator").Distinct().ToList();
    }

    private static string Concrete(string template)
    {
        var url = System.Text.RegularExpressions.Regex.Replace(template, "{[^}]+}", MadeUpId);
        return url.StartsWith('/') ? url : "/" + url;
    }
}
