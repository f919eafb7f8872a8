using Erp.Domain.Platform;
using Erp.Web.Features.Platform.Operator;
using Erp.Web.Features.Platform.Roles;
using Erp.Web.Features.Platform.SignIns;
using Erp.Web.Features.Platform.Users;
using Erp.Web.Infrastructure.Modules;
using Erp.Web.Infrastructure.Security;
using MudBlazor;

namespace Erp.Web.Features.Platform;

/// <summary>User, role and sign-in administration for tenant admins, and the tenant list for the platform operator.</summary>
public static class UsersAdminSetup
{
    public static IServiceCollection AddUsersAdmin(this IServiceCollection services, NavigationRegistry navigation)
    {
        services.AddScoped<UserQueries>();
        services.AddScoped<UserAccessReportQueries>();
        services.AddScoped<MemberQueries>();
        services.AddScoped<InviteUserCommand>();
        services.AddScoped<SetMemberRolesCommand>();
        services.AddScoped<DeactivateMemberCommand>();
        services.AddScoped<ReactivateMemberCommand>();
        services.AddScoped<RoleQueries>();
        services.AddScoped<SaveRoleCommand>();
        services.AddScoped<DeleteRoleCommand>();
        services.AddScoped<SignInQueries>();
        services.AddScoped<PlatformOperatorGuard>();
        services.AddScoped<OperatorTenantQueries>();
        services.AddScoped<OperatorCreateTenantCommand>();
        services.AddScoped<SetTenantActiveCommand>();

        navigation.Add(new NavEntry("Administration", "Users", "/platform/users", Icons.Material.Filled.People,
            PlatformPermissions.ViewUsers, 10));
        navigation.Add(new NavEntry("Administration", "Roles", "/platform/roles", Icons.Material.Filled.AdminPanelSettings,
            PlatformPermissions.ManageRoles, 20));
        navigation.Add(new NavEntry("Administration", "Sign-in history", "/platform/sign-ins", Icons.Material.Filled.Login,
            PlatformPermissions.ViewSignIns, 30));
        navigation.Add(new NavEntry("Platform", "Tenants", OperatorHome.Path, Icons.Material.Filled.Apartment,
            PermissionPolicyProvider.PlatformOperator, 10));
        return services;
    }
}
