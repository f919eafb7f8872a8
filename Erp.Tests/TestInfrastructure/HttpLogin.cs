using System.Net;
using System.Text.RegularExpressions;

namespace Erp.Tests.TestInfrastructure;

/// <summary>Signs in through the real login form (antiforgery token and all).</summary>
public static partial class HttpLogin
{
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken(page);
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public static async Task LoginAsync(HttpClient client, string email, string password = ErpAppFactory.Password)
    {
        var response = await PostLoginAsync(client, email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login of {email} failed: {response.StatusCode}");
        Assert.DoesNotContain("Account/", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery token in the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
