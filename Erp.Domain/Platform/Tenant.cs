using Erp.Domain.Common;

namespace Erp.Domain.Platform;

/// <summary>A client company. Global: the root every tenant-owned row points to.</summary>
public sealed class Tenant : Entity, IAudited
{
    private Tenant() { }

    public Tenant(string name, string code, string culture, string timeZone, DateTimeOffset createdAt)
    {
        Rename(name);
        Code = NormalizeCode(code);
        Culture = culture;
        TimeZone = timeZone;
        CreatedAt = createdAt;
        IsActive = true;
    }

    public string Name { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Culture { get; private set; } = "en-US";
    public string TimeZone { get; private set; } = "UTC";
    public bool IsActive { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            throw new DomainException(PlatformErrors.TenantNameInvalid);
        }

        Name = name.Trim();
    }

    /// <summary>A deactivated tenant keeps its data, but nobody can work in it until it is activated again.</summary>
    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;

    public static string NormalizeCode(string code)
    {
        var trimmed = (code ?? "").Trim().ToLowerInvariant();
        if (trimmed.Length is < 2 or > 40 || !trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new DomainException(PlatformErrors.TenantCodeInvalid);
        }

        return trimmed;
    }
}
