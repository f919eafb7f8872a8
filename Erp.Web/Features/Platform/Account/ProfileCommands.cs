using Erp.Data;
using Erp.Data.Identity;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Platform.Account;

public sealed record ProfileDetails(string Email, string DisplayName, string Language, string TimeZone, DateTimeOffset? AvatarUpdatedAt);

public sealed record ProfileUpdate(string DisplayName, string Language, string TimeZone);

/// <summary>The signed-in user's own profile: name, language, time zone and picture.</summary>
public sealed class ProfileCommands(IDbContextFactory<ErpDbContext> dbFactory, UserManager<ApplicationUser> users, TimeProvider clock)
{
    public const int DisplayNameMaxLength = 100;

    public async Task<Result<ProfileDetails>> GetAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var profile = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new ProfileDetails(u.Email ?? "", u.DisplayName, u.Language, u.TimeZone,
                db.UserAvatars.Where(a => a.UserId == u.Id).Select(a => (DateTimeOffset?)a.UpdatedAt).FirstOrDefault()))
            .SingleOrDefaultAsync(ct);
        return profile is null ? AccountErrors.UserNotFound : profile;
    }

    public async Task<Result> UpdateAsync(string userId, ProfileUpdate update, CancellationToken ct = default)
    {
        var name = update.DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > DisplayNameMaxLength)
        {
            return AccountErrors.DisplayNameInvalid;
        }

        if (!UserLanguages.IsSupported(update.Language))
        {
            return AccountErrors.LanguageInvalid;
        }

        if (!UserTimeZones.IsSupported(update.TimeZone))
        {
            return AccountErrors.TimeZoneInvalid;
        }

        // Through UserManager: the request's sign-in refresh then reads the same, updated user.
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountErrors.UserNotFound;
        }

        user.DisplayName = name;
        user.Language = update.Language;
        user.TimeZone = update.TimeZone;
        var result = await users.UpdateAsync(user);
        return result.Succeeded ? Result.Success() : PasswordRules.ToError(result);
    }

    /// <summary>Replaces the picture. The type is read from the bytes, never taken from the browser.</summary>
    public async Task<Result> SetAvatarAsync(string userId, byte[] content, CancellationToken ct = default)
    {
        var contentType = AvatarImage.DetectContentType(content);
        if (contentType is null || content.Length > UserAvatar.MaxBytes)
        {
            return AccountErrors.AvatarInvalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return AccountErrors.UserNotFound;
        }

        var avatar = await db.UserAvatars.SingleOrDefaultAsync(a => a.UserId == userId, ct);
        if (avatar is null)
        {
            db.UserAvatars.Add(new UserAvatar(userId, contentType, content, clock.GetUtcNow()));
        }
        else
        {
            avatar.Replace(contentType, content, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    public async Task<Result> RemoveAvatarAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.UserAvatars.Where(a => a.UserId == userId).ExecuteDeleteAsync(ct);
        return Result.Success();
    }
}
