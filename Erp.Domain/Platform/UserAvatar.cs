using Erp.Domain.Common;

namespace Erp.Domain.Platform;

/// <summary>
/// A user's small profile picture. Kept apart from the account row so that loading the user (every request that
/// re-validates the session) does not drag the image along.
/// </summary>
public sealed class UserAvatar : Entity
{
    public const int MaxBytes = 256 * 1024;

    public static readonly IReadOnlyList<string> AllowedContentTypes = ["image/png", "image/jpeg", "image/webp"];

    private UserAvatar() { }

    public UserAvatar(string userId, string contentType, byte[] content, DateTimeOffset at)
    {
        UserId = userId;
        Replace(contentType, content, at);
    }

    public string UserId { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Replace(string contentType, byte[] content, DateTimeOffset at)
    {
        if (!AllowedContentTypes.Contains(contentType))
        {
            throw new DomainException(Error.Validation("An avatar must be a PNG, JPEG or WebP image."));
        }

        if (content.Length is 0 or > MaxBytes)
        {
            throw new DomainException(Error.Validation($"An avatar must be a non-empty image of at most {MaxBytes / 1024} KB."));
        }

        ContentType = contentType;
        Content = content;
        UpdatedAt = at;
    }
}
