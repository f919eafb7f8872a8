using Erp.Domain.Platform;
using Erp.Web.Components.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Platform.Organizations;

public sealed partial class OrganizationEdit
{
    [Parameter] public Guid Id { get; set; }

    [SupplyParameterFromQuery(Name = "tab")] private string? Tab { get; set; }

    [Inject] private OrganizationQueries Queries { get; set; } = default!;
    [Inject] private SaveOrganizationCommand Save { get; set; } = default!;
    [Inject] private DeleteOrganizationCommand Delete { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private OrganizationDetails? _loaded;
    private OrganizationDetails? _conflict;
    private OrganizationInput? _input;
    private IReadOnlyList<OrganizationOption> _parents = [];
    private IReadOnlyList<LocationRow> _locations = [];
    private List<BreadcrumbItem> _crumbs = [];
    private string? _error;
    private bool _canManage;
    private bool _busy;
    private int _tab;

    protected override async Task OnParametersSetAsync()
    {
        var loaded = await Queries.GetAsync(Id);
        if (!loaded.IsSuccess)
        {
            // Unknown and other tenants' ids look the same: not found.
            Navigation.NotFound();
            return;
        }

        _canManage = await Guard.HasAsync(PlatformPermissions.ManageOrganizations);
        var parents = await Queries.ParentOptionsAsync(Id);
        _parents = parents.IsSuccess ? parents.Value : [];
        Show(loaded.Value);
        _tab = string.Equals(Tab, "locations", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        await LoadLocationsAsync();
    }

    private void Show(OrganizationDetails details)
    {
        _loaded = details;
        _input = details.ToInput();
        _conflict = null;
        _error = null;
        _crumbs = [new("Organizations", "/platform/organizations"), new(details.Name, null, disabled: true)];
    }

    private async Task LoadLocationsAsync()
    {
        var locations = await Queries.LocationsAsync(Id);
        _locations = locations.IsSuccess ? locations.Value : [];
    }

    private Task SaveAsync() => SaveWithVersionAsync(_loaded!.Version);

    private Task OverwriteAsync() => SaveWithVersionAsync(_conflict!.Version);

    private async Task SaveWithVersionAsync(long version)
    {
        _busy = true;
        var result = await Save.UpdateAsync(Id, _input!, version);
        _busy = false;
        if (result.Error == OrganizationErrors.ChangedByAnotherUser)
        {
            var current = await Queries.GetAsync(Id);
            _conflict = current.IsSuccess ? current.Value : null;
            _error = current.IsSuccess ? null : current.Error!.Message;
            return;
        }

        if (!result.IsSuccess)
        {
            _error = result.Error!.Message;
            return;
        }

        Snackbar.Add("Organization saved.", Severity.Success);
        var reloaded = await Queries.GetAsync(Id);
        if (reloaded.IsSuccess)
        {
            Show(reloaded.Value);
        }
    }

    private void ReloadTheirs() => Show(_conflict!);

    private IEnumerable<(string Field, string? Theirs, string? Mine)> ConflictRows()
    {
        var theirs = _conflict!.ToInput();
        var mine = _input!;
        string? ParentName(Guid? id) => id is null ? "—" : _parents.FirstOrDefault(p => p.Id == id)?.Name ?? _conflict.ParentName;
        (string, string?, string?)[] all =
        [
            ("Name", theirs.Name, mine.Name), ("Code", theirs.Code, mine.Code), ("Base currency", theirs.BaseCurrency, mine.BaseCurrency),
            ("Parent", ParentName(theirs.ParentId), ParentName(mine.ParentId)), ("Legal name", theirs.LegalName, mine.LegalName),
            ("Tax id", theirs.TaxId, mine.TaxId), ("Address", theirs.Address, mine.Address), ("Email", theirs.Email, mine.Email),
            ("Phone", theirs.Phone, mine.Phone),
        ];
        var changed = all.Where(r => !string.Equals(r.Item2 ?? "", r.Item3 ?? "", StringComparison.Ordinal)).ToList();
        return changed.Count > 0 ? changed : all.Take(1);
    }

    private async Task DeleteAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Delete organization",
            $"Delete {_loaded!.Name}? It disappears from lists; its history is kept.", "Delete", requireReason: true, Color.Error);
        if (!answer.Confirmed)
        {
            return;
        }

        _busy = true;
        var result = await Delete.DeleteAsync(Id, answer.Reason ?? "", _loaded.Version);
        _busy = false;
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
            return;
        }

        Snackbar.Add($"{_loaded.Name} deleted.", Severity.Success);
        Navigation.NavigateTo("/platform/organizations");
    }
}
