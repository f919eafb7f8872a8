using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Erp.Web.Features.Platform.Users;

public partial class InviteUserDialog
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    private readonly InviteModel _model = new();
    private MudForm? _form;
    private IReadOnlyList<RoleOption> _roles = [];
    private IReadOnlyList<OrganizationOption> _organizations = [];
    private InviteResult? _result;
    private string? _error;
    private bool _busy;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject] private MemberQueries Queries { get; set; } = default!;
    [Inject] private InviteUserCommand Invite { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _roles = await Queries.RolesAsync();
        _organizations = await Queries.OrganizationsAsync();
    }

    private static string? ValidateEmail(string value) =>
        string.IsNullOrWhiteSpace(value) || EmailFormat.IsValid(value.Trim()) ? null : "Enter a valid email address.";

    private void ToggleRole(Guid roleId, bool selected)
    {
        if (selected)
        {
            _model.Roles.Add(roleId);
        }
        else
        {
            _model.Roles.Remove(roleId);
        }
    }

    private string AbsoluteLink(string link) => Navigation.ToAbsoluteUri(link).ToString();

    private async Task InviteAsync()
    {
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        if (_model.Roles.Count == 0)
        {
            _error = "Choose at least one role.";
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            var result = await Invite.InviteAsync(new InviteUserRequest(_model.Email, _model.Name, [.. _model.Roles], _model.Organization));
            if (result.IsSuccess)
            {
                _result = result.Value;
                Snackbar.Add($"{_model.Email.Trim()} was invited.", Severity.Success);
            }
            else
            {
                _error = result.Error!.Message;
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task CopyAsync()
    {
        await Js.InvokeVoidAsync("navigator.clipboard.writeText", AbsoluteLink(_result!.SetPasswordLink!));
        Snackbar.Add("Link copied.", Severity.Info);
    }

    private void Cancel() => Dialog.Cancel();

    private void Done() => Dialog.Close(DialogResult.Ok(_result!.UserId));

    private sealed class InviteModel
    {
        public string Email { get; set; } = "";
        public string Name { get; set; } = "";
        public HashSet<Guid> Roles { get; } = [];
        public Guid? Organization { get; set; }
    }
}
