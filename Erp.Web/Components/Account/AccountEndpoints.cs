using System.Globalization;
using System.Security.Claims;
using Erp.Data.Identity;
using Erp.Web.Features.Platform.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Erp.Web.Components.Account;

public static class AccountEndpoints
{
    /// <summary>Endpoints the account pages and the idle timer call.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A POST with the antiforgery token (checked by UseAntiforgery for form posts), so no other site can sign a user out.
        endpoints.MapPost("/Account/Logout", async (SignInManager<ApplicationUser> signInManager, [FromForm] string? reason) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(reason == "idle" ? "~/Account/Login?idle=true" : "~/Account/Login");
        });

        // Activity inside a circuit makes no HTTP requests; the idle timer calls this so the sliding cookie slides.
        endpoints.MapGet("/account/keep-alive", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.NoContent();
        }).RequireAuthorization();

        endpoints.MapGet("/account/avatar/{userId}", GetAvatarAsync).RequireAuthorization();
    }

    private static async Task<IResult> GetAvatarAsync(string userId, ClaimsPrincipal user, AvatarImage avatars, HttpContext context,
        CancellationToken ct)
    {
        var avatar = await avatars.FindAsync(user, userId, ct);
        if (avatar is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "private, max-age=300";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var etag = new EntityTagHeaderValue($"\"{avatar.UpdatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}\"");
        return TypedResults.File(avatar.Content, avatar.ContentType, lastModified: avatar.UpdatedAt, entityTag: etag);
    }
}
