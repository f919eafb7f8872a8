using System.Net;
using System.Text.RegularExpressions;
using Erp.Tests.TestInfrastructure;

namespace Erp.Tests.Web.Account;

/// <summary>Posts the static account pages' forms the way a browser does: fetch the page, send its antiforgery token.</summary>
public static partial class AccountForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string formName, Dictionary<string, string> fields)
    {
        var page = await client.GetAsync(url);
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {url} answered {page.StatusCode} {page.Headers.Location}");
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = HttpLogin.AntiforgeryToken(await page.Content.ReadAsStringAsync()),
            ["_handler"] = formName,
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static string Location(HttpResponseMessage response) => response.Headers.Location?.ToString() ?? "";

    /// <summary>True when the client's cookie still opens an authenticated endpoint.</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient client) =>
        (await client.GetAsync("/account/keep-alive")).StatusCode == HttpStatusCode.NoContent;

    public static string Text(string html, string testId) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>([^<]*)<").Groups[1].Value).Trim();

    public static IReadOnlyList<string> RecoveryCodes(string html) =>
        RecoveryCodePattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("class=\"erp-recovery-code\">([^<]+)<")]
    private static partial Regex RecoveryCodePattern();
}
