using Erp.Domain.Purchasing.Orders;
using Erp.Web.Features.Purchasing.Replenishment;
using Erp.Web.Features.Purchasing.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Orders;

public partial class PurchaseOrderList
{
    private PurchaseOrderGrid? _grid;
    private PurchaseOrderListQuery _query = new();
    private IReadOnlyList<SupplierOption> _suppliers = [];
    private bool _busy;

    /// <summary><c>?source=replenishment&amp;status=Draft</c> preselects the proposals.</summary>
    [SupplyParameterFromQuery(Name = "source")] public string? SourceParameter { get; set; }
    [SupplyParameterFromQuery(Name = "status")] public string? StatusParameter { get; set; }
    [SupplyParameterFromQuery(Name = "supplier")] public Guid? SupplierParameter { get; set; }

    [Inject] private SupplierLookups Lookups { get; set; } = default!;
    [Inject] private ReplenishmentPlanner Planner { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        PurchaseOrderDownloadEndpoints.TryEnum(SourceParameter, out PurchaseOrderSource? source);
        PurchaseOrderDownloadEndpoints.TryEnum(StatusParameter, out PurchaseOrderStatus? status);
        _query = _query with { Source = source, Status = status, SupplierId = SupplierParameter };
        _suppliers = await Lookups.ListAsync(activeOnly: false);
        if (_grid is not null)
        {
            await _grid.ReloadAsync();
        }
    }

    private Task OnSearchChanged(string? value) => ChangeAsync(_query with { Search = value });

    private async Task ChangeAsync(PurchaseOrderListQuery query)
    {
        _query = query;
        StateHasChanged();
        await Task.Yield();
        if (_grid is not null)
        {
            await _grid.ReloadAsync();
        }
    }

    private async Task ProposeNowAsync()
    {
        _busy = true;
        try
        {
            var result = await Planner.ProposeNowAsync();
            if (!result.IsSuccess)
            {
                Snackbar.Add(result.Error!.Message, Severity.Error);
                return;
            }

            var skipped = result.Value.Skipped.Count > 0 ? $" Not proposed: {string.Join("; ", result.Value.Skipped.Take(5))}." : "";
            Snackbar.Add(result.Value.Orders == 0
                ? "Nothing to propose: every item is above its reorder point or already on order." + skipped
                : $"{result.Value.Orders} purchase orders proposed ({result.Value.Lines} lines)." + skipped,
                result.Value.Orders == 0 ? Severity.Info : Severity.Success);
            if (_grid is not null)
            {
                await _grid.ReloadAsync();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private static DateTime? ToDate(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);

    private static DateOnly? FromDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;

    private void DownloadExcel() => Navigation.NavigateTo(PurchaseOrderDownloadEndpoints.ExportUrl(_query), forceLoad: true);
}
