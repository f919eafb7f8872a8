using Erp.Data.Tenancy;
using Erp.Web.Features.Inventory.Ledger;
using Microsoft.AspNetCore.Components;

namespace Erp.Web.Features.Inventory.LowStock;

/// <summary>Dashboard: the items at or below their reorder point, emptiest first; reloads when stock changes in this tenant.</summary>
public sealed partial class LowStockWidget : IDisposable
{
    public const int Top = 8;

    private LowStockSummary? _summary;

    [Inject] private LowStockQueries Queries { get; set; } = default!;
    [Inject] private StockChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ITenantContext Tenant { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Notifier.Changed += OnStockChanged;
        await LoadAsync();
    }

    public void Dispose() => Notifier.Changed -= OnStockChanged;

    private async Task LoadAsync()
    {
        var result = await Queries.TopAsync(Top);
        _summary = result.IsSuccess ? result.Value : new LowStockSummary([], 0);
    }

    private void OnStockChanged(StockChanged change)
    {
        if (change.TenantId != Tenant.TenantId)
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        });
    }
}
