using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Platform.Roles;

public partial class RoleEditor
{
    private readonly HashSet<string> _permissions = new(StringComparer.Ordinal);
    private MudForm? _form;
    private string _name = "";
    private string? _description;
    private bool _builtIn;
    private int _memberCount;
    private long _version;
    private bool _loaded;
    private bool _busy;

    [Parameter] public Guid? Id { get; set; }

    [Inject] private RoleQueries Queries { get; set; } = default!;
    [Inject] private SaveRoleCommand Save { get; set; } = default!;
    [Inject] private DeleteRoleCommand Delete { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private bool IsNew => Id is null;

    protected override async Task OnParametersSetAsync()
    {
        _permissions.Clear();
        if (Id is { } id)
        {
            var result = await Queries.GetAsync(id);
            if (!result.IsSuccess)
            {
                Navigation.NotFound();
                return;
            }

            var role = result.Value;
            (_name, _description, _builtIn, _memberCount, _version) = (role.Name, role.Description, role.IsBuiltIn, role.MemberCount, role.Version);
            _permissions.UnionWith(role.Permissions);
        }

        _loaded = true;
    }

    private void Toggle(string permission, bool selected)
    {
        if (selected)
        {
            _permissions.Add(permission);
        }
        else
        {
            _permissions.Remove(permission);
        }
    }

    private async Task SaveAsync()
    {
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        if (_permissions.Count == 0)
        {
            Snackbar.Add("Tick at least one permission.", Severity.Warning);
            return;
        }

        _busy = true;
        try
        {
            var request = new SaveRoleRequest(_name, _description, [.. _permissions]);
            if (Id is { } id)
            {
                var result = await Save.UpdateAsync(id, request, _version);
                Report(result.IsSuccess, result.Error?.Message, "Role saved.");
                if (result.IsSuccess)
                {
                    await OnParametersSetAsync();
                }
            }
            else
            {
                var result = await Save.CreateAsync(request);
                Report(result.IsSuccess, result.Error?.Message, "Role created.");
                if (result.IsSuccess)
                {
                    Navigation.NavigateTo($"/platform/roles/{result.Value}");
                }
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task DeleteAsync()
    {
        var dialog = await Dialogs.ShowAsync<DeleteRoleDialog>("Delete role",
            new DialogParameters<DeleteRoleDialog> { { d => d.RoleName, _name } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: string reason })
        {
            return;
        }

        var result = await Delete.DeleteAsync(Id!.Value, reason);
        Report(result.IsSuccess, result.Error?.Message, "Role deleted.");
        if (result.IsSuccess)
        {
            Navigation.NavigateTo("/platform/roles");
        }
    }

    private void Report(bool success, string? error, string message) =>
        Snackbar.Add(success ? message : error ?? "", success ? Severity.Success : Severity.Error);
}
