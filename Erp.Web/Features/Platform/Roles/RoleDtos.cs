namespace Erp.Web.Features.Platform.Roles;

public sealed record RoleRow(Guid Id, string Name, string? Description, bool IsBuiltIn, int PermissionCount, int MemberCount);

public sealed record RoleDetails(
    Guid Id, string Name, string? Description, bool IsBuiltIn, IReadOnlyList<string> Permissions, int MemberCount, long Version);

public sealed record SaveRoleRequest(string Name, string? Description, IReadOnlyCollection<string> Permissions);
