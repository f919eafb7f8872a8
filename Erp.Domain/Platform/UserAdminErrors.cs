using Erp.Domain.Common;

namespace Erp.Domain.Platform;

/// <summary>Failures of user, role and tenant administration.</summary>
public static class UserAdminErrors
{
    public static readonly Error MemberNotFound = Error.NotFound("Member");
    public static readonly Error RoleNotFound = Error.NotFound("Role");
    public static readonly Error TenantNotFound = Error.NotFound("Tenant");
    public static readonly Error EmailInvalid = new("platform.email_invalid", "Enter a valid email address.");
    public static readonly Error NameRequired = new("platform.name_required", "Enter the person's name (at most 200 characters).");
    public static readonly Error RoleRequired = new("platform.role_required", "Choose at least one role.");
    public static readonly Error UnknownRole = new("platform.role_unknown", "One of the selected roles does not exist.");
    public static readonly Error UnknownOrganization = new("platform.organization_unknown", "The selected organization does not exist.");
    public static readonly Error PermissionRequired = new("platform.permission_required", "Tick at least one permission.");
    public static readonly Error RoleInUse = new("platform.role_in_use", "This role is still given to members. Remove it from them first.");
    public static readonly Error OperatorOnly = new("platform.operator_only", "Only the platform operator can do this.");
    public static readonly Error AccountDeactivated = new("platform.account_deactivated", "This account is deactivated for the whole platform; ask the platform operator.");
}
