using Erp.Domain.Common;
using Erp.Domain.Inventory.Valuation;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Settings;

public partial class InventorySettingsPage
{
    private InventorySettingsInput? _input;
    private CostingMethod _savedMethod;
    private IReadOnlyList<AdjustmentReasonRow> _reasons = [];
    private Guid? _editing;
    private string? _editName;
    private string? _newReason;
    private bool _busy;

    [Inject] private InventorySettingsService Service { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var settings = await Service.GetAsync();
        if (settings.IsSuccess)
        {
            _input = settings.Value;
            _savedMethod = _input.CostingMethod;
        }

        _reasons = await Service.ReasonsAsync(includeInactive: true);
    }

    private static string? NotNegative(decimal value) => value >= 0m ? null : "Cannot be negative.";

    private async Task SaveAsync()
    {
        if (await RunAsync(() => Service.SaveAsync(_input!), "Settings saved."))
        {
            _savedMethod = _input!.CostingMethod;
        }
    }

    private void StartRename(AdjustmentReasonRow reason)
    {
        _editing = reason.Id;
        _editName = reason.Name;
    }

    private async Task RenameAsync(Guid id)
    {
        if (await RunAsync(() => Service.RenameReasonAsync(id, _editName), "Reason renamed."))
        {
            _editing = null;
        }
    }

    private Task<bool> ToggleAsync(AdjustmentReasonRow reason) =>
        RunAsync(() => Service.SetReasonActiveAsync(reason.Id, !reason.IsActive), reason.IsActive ? "Reason deactivated." : "Reason activated.");

    private async Task AddAsync()
    {
        if (await RunAsync(async () => await Service.AddReasonAsync(_newReason), "Reason added."))
        {
            _newReason = null;
        }
    }

    private async Task<bool> RunAsync(Func<Task<Result>> action, string success)
    {
        _busy = true;
        try
        {
            var result = await action();
            Snackbar.Add(result.IsSuccess ? success : result.Error!.Message, result.IsSuccess ? Severity.Success : Severity.Error);
            if (result.IsSuccess)
            {
                _reasons = await Service.ReasonsAsync(includeInactive: true);
            }

            return result.IsSuccess;
        }
        finally
        {
            _busy = false;
        }
    }
}
