using Erp.Domain.Platform;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Platform.Users;

public partial class MemberDetail
{
    private MemberDetails? _member;
    private IReadOnlyList<RoleOption> _roles = [];
    private IReadOnlyList<OrganizationOption> _organizations = [];
    private HashSet<Guid> _selectedRoles = [];
    private Guid? _organizationId;
    private bool _canManage;
    private bool _isSelf;
    private bool _busy;
    private List<BreadcrumbItem> _breadcrumbs = [];

    [Parameter] public string UserId { get; set; } = "";

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private MemberQueries Queries { get; set; } = default!;
    [Inject] private SetMemberRolesCommand SetRoles { get; set; } = default!;
    [Inject] private DeactivateMemberCommand Deactivate { get; set; } = default!;
    [Inject] private ReactivateMemberCommand Reactivate { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _canManage = (await Authorization.AuthorizeAsync(user, PlatformPermissions.ManageUsers)).Succeeded;
        _isSelf = user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value == UserId;
        _roles = await Queries.RolesAsync();
        _organizations = await Queries.OrganizationsAsync();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var result = await Queries.GetAsync(UserId);
        if (!result.IsSuccess)
        {
            Navigation.NotFound();
            return;
        }

        _member = result.Value;
        _selectedRoles = [.. _member.RoleIds];
        _organizationId = _member.DefaultOrganizationId;
        _breadcrumbs = [new("Users", "/platform/users"), new(_member.Email, null, disabled: true)];
    }

    private void ToggleRole(Guid roleId, bool selected)
    {
        if (selected)
        {
            _selectedRoles.Add(roleId);
        }
        else
        {
            _selectedRoles.Remove(roleId);
        }
    }

    private Task SaveAsync() => RunAsync(() => SetRoles.SetAsync(UserId, _selectedRoles, _organizationId), "Roles saved.");

    private async Task DeactivateAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Deactivate member",
            $"{_member!.Email} loses access to this company within a minute, including sessions open right now. You can reactivate them later.",
            yesText: "Deactivate", cancelText: "Cancel");
        if (confirmed == true)
        {
            await RunAsync(() => Deactivate.DeactivateAsync(UserId), "Member deactivated.");
        }
    }

    private async Task ReactivateAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Reactivate member",
            $"{_member!.Email} can sign in and work in this company again with their current roles.",
            yesText: "Reactivate", cancelText: "Cancel");
        if (confirmed == true)
        {
            await RunAsync(() => Reactivate.ReactivateAsync(UserId), "Member reactivated.");
        }
    }

    private async Task RunAsync(Func<Task<Erp.Domain.Common.Result>> action, string success)
    {
        _busy = true;
        try
        {
            var result = await action();
            if (result.IsSuccess)
            {
                Snackbar.Add(success, Severity.Success);
                await LoadAsync();
            }
            else
            {
                Snackbar.Add(result.Error!.Message, Severity.Error);
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
