using System.Net;
using System.Net.Http.Headers;
using Erp.Data.Identity;
using Erp.Domain.Platform;
using Erp.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Account;

public class ProfileTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    // The smallest valid PNG: a 1×1 transparent pixel.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task UpdateProfile_PersistsAndTheLanguageAndTimeZoneApply()
    {
        var (tenant, email) = await NewUserAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);

        var response = await SaveAsync(client, "Ana López", "de-DE", "Europe/Berlin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var user = await FindAsync(email);
        Assert.Equal(("Ana López", "de-DE", "Europe/Berlin"), (user.DisplayName, user.Language, user.TimeZone));
        var page = await client.GetStringAsync("/Account/Manage");
        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
        Assert.Contains("1.234,50", AccountForms.Text(page, "format-preview"), StringComparison.Ordinal);
        Assert.Contains("(Europe/Berlin)", AccountForms.Text(page, "format-preview"), StringComparison.Ordinal);
        // The display name in the cookie was refreshed: the app bar shows the new name.
        Assert.Contains("Ana López", WebUtility.HtmlDecode(await client.GetStringAsync("/")), StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, tenant.Id);
    }

    [Theory]
    [InlineData("", "en-US", "UTC", "Enter a display name")]
    [InlineData("Someone", "xx-XX", "UTC", "Choose a language from the list.")]
    [InlineData("Someone", "en-US", "Mars/Olympus_Mons", "Choose a time zone from the list.")]
    public async Task UpdateProfile_WithBadInput_SaysWhyAndChangesNothing(string name, string language, string zone, string message)
    {
        var (_, email) = await NewUserAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        var before = await FindAsync(email);

        var response = await SaveAsync(client, name, language, zone);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await FindAsync(email);
        Assert.Equal((before.DisplayName, before.Language, before.TimeZone), (after.DisplayName, after.Language, after.TimeZone));
    }

    [Fact]
    public async Task Avatar_IsStoredAndServedToTheUserAndTheirTenantOnly()
    {
        var (tenant, email) = await NewUserAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        var userId = (await FindAsync(email)).Id;

        var upload = await UploadAsync(client, Png, "image/png");
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var own = await client.GetAsync($"/account/avatar/{userId}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("image/png", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await own.Content.ReadAsByteArrayAsync());

        var colleague = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(colleague, tenant.AdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync($"/account/avatar/{userId}")).StatusCode);

        var stranger = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(stranger, (await app.CreateTenantAsync()).AdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/account/avatar/{userId}")).StatusCode);

        Assert.NotEqual(HttpStatusCode.OK, (await app.CreateHttpsClient().GetAsync($"/account/avatar/{userId}")).StatusCode);
    }

    [Fact]
    public async Task Avatar_ThatIsNotAnImage_IsRefused()
    {
        var (_, email) = await NewUserAsync();
        var client = app.CreateHttpsClient();
        await HttpLogin.LoginAsync(client, email);
        var userId = (await FindAsync(email)).Id;

        var upload = await UploadAsync(client, "<script>alert(1)</script>"u8.ToArray(), "image/png");

        Assert.Contains("must be a PNG, JPEG or WebP image", await upload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/account/avatar/{userId}")).StatusCode);
        Assert.NotEqual("Picture Person", (await FindAsync(email)).DisplayName);
    }

    private async Task<(TestTenant Tenant, string Email)> NewUserAsync()
    {
        var tenant = await app.CreateTenantAsync();
        var email = $"me-{Guid.NewGuid():N}@{tenant.Code}.test";
        await tenant.AddUserAsync(BuiltInRoles.Cashier, email);
        return (tenant, email);
    }

    private async Task<ApplicationUser> FindAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!;
    }

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, string name, string language, string zone) =>
        AccountForms.PostAsync(client, "/Account/Manage", "profile", new()
        {
            ["Input.DisplayName"] = name,
            ["Input.Language"] = language,
            ["Input.TimeZone"] = zone,
        });

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string contentType)
    {
        var page = await client.GetStringAsync("/Account/Manage");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HttpLogin.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("profile"), "_handler" },
            { new StringContent("Picture Person"), "Input.DisplayName" },
            { new StringContent("en-US"), "Input.Language" },
            { new StringContent("UTC"), "Input.TimeZone" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "avatar", "me.png");
        return await client.PostAsync("/Account/Manage", form);
    }
}
