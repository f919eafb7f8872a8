using Microsoft.AspNetCore.Identity;

namespace Erp.Data.Identity;

/// <summary>A person who signs in. Global: one account may belong to several tenants through memberships.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public string Language { get; set; } = "en-US";
    public string TimeZone { get; set; } = "UTC";
    public bool IsActive { get; set; } = true;
    public bool IsPlatformOperator { get; set; }
    public Guid? CurrentTenantId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
