using System.Globalization;
using Erp.Data.Tenancy;
using Erp.Domain.Inventory;
using Erp.Web.Features.Inventory.Ledger;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Inventory.LowStock;

/// <summary>The product page's Stock tab: stock per location and per-location reorder values; live on stock changes.</summary>
public sealed partial class ProductStockTab : IDisposable
{
    private ProductStockDetails? _details;
    private Guid? _location;
    private decimal? _point;
    private decimal? _quantity;
    private string? _error;
    private bool _canManage;
    private bool _busy;
    private Guid _loadedFor;

    [Parameter, EditorRequired] public Guid ProductId { get; set; }

    [Inject] private ProductStockQueries Queries { get; set; } = default!;
    [Inject] private SetReorderCommand SetReorder { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private StockChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ITenantContext Tenant { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _canManage = await Guard.HasAsync(InventoryPermissions.Manage);
        Notifier.Changed += OnStockChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor != ProductId)
        {
            _loadedFor = ProductId;
            _location = null;
            await LoadAsync();
        }
    }

    public void Dispose() => Notifier.Changed -= OnStockChanged;

    private async Task LoadAsync()
    {
        var result = await Queries.ForProductAsync(ProductId);
        _details = result.IsSuccess ? result.Value : null;
    }

    private void OnStockChanged(StockChanged change)
    {
        if (change.TenantId != Tenant.TenantId || !change.ProductIds.Contains(ProductId))
        {
            return;
        }

        _ = InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        });
    }

    private void Pick(Guid? locationId)
    {
        _location = locationId;
        _error = null;
        var row = _details?.Locations.FirstOrDefault(r => r.LocationId == locationId);
        _point = row?.OwnReorderPoint;
        _quantity = row?.OwnReorderQuantity;
    }

    private async Task SaveAsync()
    {
        if (_location is not { } location)
        {
            _error = "Choose a location.";
            return;
        }

        if (_point < 0m || _quantity < 0m)
        {
            _error = "Reorder point and quantity cannot be negative.";
            return;
        }

        _busy = true;
        var result = await SetReorder.SetAsync(ProductId, location, _point, _quantity);
        _busy = false;
        if (!result.IsSuccess)
        {
            _error = result.Error!.Message;
            return;
        }

        _error = null;
        Snackbar.Add("Reorder values saved.", Severity.Success);
        await LoadAsync();
        Pick(location);
    }

    private static string Qty(decimal value) => value.ToString("#,0.####", CultureInfo.CurrentCulture);
}
