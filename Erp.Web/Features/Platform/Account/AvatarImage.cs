using System.Security.Claims;
using Erp.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Account;

public sealed record AvatarFile(string ContentType, byte[] Content, DateTimeOffset UpdatedAt);

/// <summary>Reads pictures for the avatar endpoint: your own, or a member's of the tenant you are working in.</summary>
public sealed class AvatarImage(IDbContextFactory<ErpDbContext> dbFactory, UserManager<Erp.Data.Identity.ApplicationUser> users)
{
    public async Task<AvatarFile?> FindAsync(ClaimsPrincipal caller, string userId, CancellationToken ct = default)
    {
        var callerId = users.GetUserId(caller);
        if (callerId is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The tenant filter limits memberships to the caller's current tenant; another tenant's user reads as unknown.
        var visible = callerId == userId || await db.Memberships.AnyAsync(m => m.UserId == userId, ct);
        return visible
            ? await db.UserAvatars.AsNoTracking().Where(a => a.UserId == userId)
                .Select(a => new AvatarFile(a.ContentType, a.Content, a.UpdatedAt)).SingleOrDefaultAsync(ct)
            : null;
    }

    /// <summary>PNG, JPEG or WebP by their signatures; anything else is refused.</summary>
    public static string? DetectContentType(ReadOnlySpan<byte> content) => content switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };
}
