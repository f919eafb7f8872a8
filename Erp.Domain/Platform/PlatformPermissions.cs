using static Erp.Domain.Platform.BuiltInRoles;

namespace Erp.Domain.Platform;

public static class PlatformPermissions
{
    public const string ViewDashboard = "Dashboard.View";
    public const string ViewUsers = "Platform.ViewUsers";
    public const string ManageUsers = "Platform.ManageUsers";
    public const string ManageRoles = "Platform.ManageRoles";
    public const string ViewOrganizations = "Platform.ViewOrganizations";
    public const string ManageOrganizations = "Platform.ManageOrganizations";
    public const string ViewAudit = "Platform.ViewAudit";
    public const string ViewSignIns = "Platform.ViewSignIns";
    public const string ViewJobs = "Platform.ViewJobs";
    public const string ManageSettings = "Platform.ManageSettings";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(ViewDashboard, "See the home dashboard", Everyone),
        new(ViewUsers, "See users, their roles and the user access report", [Admin, Manager]),
        new(ManageUsers, "Invite, edit and deactivate users", [Admin]),
        new(ManageRoles, "Define roles and their permissions", [Admin]),
        new(ViewOrganizations, "See organizations and locations", [Admin, Manager, InventoryManager, ShopManager]),
        new(ManageOrganizations, "Create and edit organizations and locations", [Admin]),
        new(ViewAudit, "See change history and verify the audit log", [Admin, Manager, Accountant]),
        new(ViewSignIns, "See the sign-in history", [Admin]),
        new(ViewJobs, "Open the background jobs dashboard", [Admin]),
        new(ManageSettings, "Change tenant settings", [Admin]),
    ];
}
