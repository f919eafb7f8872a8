using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Counts;
using Erp.Web.Components.Shared;
using Erp.Web.Features.Inventory.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Counts;

public partial class CountDetail
{
    private CountDetails? _count;
    private CountInput _input = new();
    private IReadOnlyList<StockLocationOption> _locations = [];
    private IReadOnlyList<StockLocationOption> _scanLocations = [];
    private IReadOnlyList<CategoryOption> _categories = [];
    private List<BreadcrumbItem> _crumbs = [];
    private bool _canManage;
    private bool _busy;
    private int _tab;

    [Parameter] public Guid Id { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private CountQueries Queries { get; set; } = default!;
    [Inject] private CountCommands Commands { get; set; } = default!;
    [Inject] private InventoryLookups Lookups { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private bool _canEditDraft => _canManage && _count?.Status == StockCountStatus.Draft;

    protected override async Task OnParametersSetAsync()
    {
        _canManage = (await Authorization.AuthorizeAsync((await AuthenticationState).User, InventoryPermissions.Manage)).Succeeded;
        if (!await LoadAsync())
        {
            return;
        }

        _locations = await Lookups.LocationsAsync();
        _categories = await Queries.CategoriesAsync();
        _scanLocations = ScopeLocations();
        _tab = _count!.Status == StockCountStatus.Draft ? 0 : 1;
    }

    private async Task<bool> LoadAsync()
    {
        var result = await Queries.GetAsync(Id);
        if (!result.IsSuccess)
        {
            // Unknown ids, other tenants' counts: 404 during prerendering.
            Navigation.NotFound();
            return false;
        }

        _count = result.Value;
        _input = new CountInput
        {
            LocationId = _count.LocationId, IncludeSubLocations = _count.IncludeSubLocations, CategoryId = _count.CategoryId,
            CountDate = _count.CountDate.ToDateTime(TimeOnly.MinValue), Note = _count.Note,
        };
        _crumbs = [new("Stock counts", "/inventory/counts"), new(_count.Number, null, disabled: true)];
        return true;
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        _scanLocations = ScopeLocations();
    }

    /// <summary>The count's location and, when included, the locations below it (where a scan may be booked).</summary>
    private List<StockLocationOption> ScopeLocations()
    {
        var root = _locations.FirstOrDefault(l => l.Id == _count!.LocationId);
        if (root is null)
        {
            return [];
        }

        if (!_count!.IncludeSubLocations)
        {
            return [root];
        }

        // Options are in tree order: the sub-tree follows its root while the depth is greater.
        var start = _locations.ToList().IndexOf(root);
        return [root, .. _locations.Skip(start + 1).TakeWhile(l => l.Depth > root.Depth && l.OrganizationId == root.OrganizationId)];
    }

    private Task SaveDraftAsync() => RunAsync(() => Commands.UpdateDraftAsync(Id, _input), "Draft saved.");

    private async Task StartAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Start the count",
            "The expected quantity of every product in scope is frozen now. Stock may keep moving: posting adjusts by the difference between the counted and the frozen quantity.",
            "Start count");
        if (answer.Confirmed)
        {
            await RunAsync(() => Commands.StartAsync(Id), "Count started: expected quantities frozen.");
            _tab = 1;
        }
    }

    private Task ReviewAsync() => RunAsync(() => Commands.SubmitForReviewAsync(Id), "Count ready for review.");

    private Task BackToCountingAsync() => RunAsync(() => Commands.BackToCountingAsync(Id), "Back to counting.");

    private async Task PostAsync()
    {
        var count = _count!;
        var differing = count.Lines.Count(l => l.Difference is { } d && d != 0m);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        var message = $"{differing} line(s) differ: gains {count.GainValue.ToString("N2", culture)}, losses {count.LossValue.ToString("N2", culture)} {count.Currency} at today's cost. "
                      + (count.UncountedLines > 0
                          ? $"{count.UncountedLines} line(s) were not counted and stay as they are (use \"Set uncounted to zero\" if they are really empty). "
                          : "")
                      + "Posting adjusts stock at once and cannot be undone.";
        var answer = await Dialogs.ConfirmAsync("Post the count", message, "Post", confirmColor: Color.Success);
        if (answer.Confirmed)
        {
            await RunAsync(() => Commands.PostAsync(Id), "Count posted: stock adjusted.");
        }
    }

    private async Task CancelAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Cancel the count", "The count is kept, cancelled, and stock does not change.",
            "Cancel count", requireReason: true, confirmColor: Color.Error);
        if (answer.Confirmed)
        {
            await RunAsync(() => Commands.CancelAsync(Id, answer.Reason), "Count cancelled.");
        }
    }

    private void Print(bool withExpected) => Navigation.NavigateTo(CountDownloadEndpoints.SheetUrl(Id, withExpected), forceLoad: true);

    private async Task RunAsync(Func<Task<Result>> action, string success)
    {
        _busy = true;
        try
        {
            var result = await action();
            Snackbar.Add(result.IsSuccess ? success : result.Error!.Message, result.IsSuccess ? Severity.Success : Severity.Error);
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
