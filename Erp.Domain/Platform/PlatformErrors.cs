using Erp.Domain.Common;

namespace Erp.Domain.Platform;

public static class PlatformErrors
{
    public static readonly Error TenantNameInvalid = new("platform.tenant_name", "Tenant name is required (at most 200 characters).");
    public static readonly Error TenantCodeInvalid = new("platform.tenant_code", "Tenant code must be 2–40 letters, digits or dashes.");
    public static readonly Error TenantCodeTaken = new("platform.tenant_code_taken", "Another tenant already uses this code.");
    public static readonly Error RoleNameInvalid = new("platform.role_name", "Role name is required (at most 100 characters).");
    public static readonly Error RoleNameTaken = new("platform.role_name_taken", "A role with this name already exists.");
    public static readonly Error BuiltInRoleReadOnly = new("platform.role_builtin", "Built-in roles cannot be changed; create a new role instead.");
    public static readonly Error UnknownPermission = new("platform.permission_unknown", "One of the selected permissions does not exist.");
    public static readonly Error EmailTaken = new("platform.email_taken", "This email already belongs to a member of this tenant.");
    public static readonly Error CannotDeactivateSelf = new("platform.deactivate_self", "You cannot deactivate your own account.");
    public static readonly Error LastAdmin = new("platform.last_admin", "The tenant must keep at least one active administrator.");
}
