using System.Globalization;
using Erp.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Localization;

namespace Erp.Web.Features.Platform.Account;

/// <summary>Applies the signed-in user's language (a cookie claim, refreshed when the profile changes) to each request.</summary>
public static class UserCulture
{
    public static IApplicationBuilder UseErpUserCulture(this IApplicationBuilder app)
    {
        var cultures = UserLanguages.Codes.Select(CultureInfo.GetCultureInfo).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(UserLanguages.Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        // Only the user's own choice counts: no query string, cookie or browser header providers.
        options.RequestCultureProviders = [new UserLanguageCultureProvider()];
        return app.UseRequestLocalization(options);
    }

    private sealed class UserLanguageCultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var language = httpContext.User.FindFirst(ErpClaimTypes.Language)?.Value;
            return Task.FromResult(UserLanguages.IsSupported(language) ? new ProviderCultureResult(language) : null);
        }
    }
}
