namespace Erp.Web.Features.Platform.Users;

public sealed record MemberDetails(
    string UserId, string Email, string DisplayName, bool IsActive, bool AccountActive, bool HasPassword,
    Guid? DefaultOrganizationId, IReadOnlyList<Guid> RoleIds, DateTimeOffset MemberSince);

public sealed record RoleOption(Guid Id, string Name, string? Description, bool IsBuiltIn);

public sealed record OrganizationOption(Guid Id, string Name);

public sealed record InviteUserRequest(string Email, string DisplayName, IReadOnlyCollection<Guid> RoleIds, Guid? DefaultOrganizationId);

/// <summary>The invited member; <see cref="SetPasswordLink"/> is null when the account already existed (it keeps its password).</summary>
public sealed record InviteResult(string UserId, bool NewAccount, string? SetPasswordLink);
