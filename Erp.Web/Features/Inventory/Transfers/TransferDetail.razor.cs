using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Transfers;
using Erp.Web.Components.Shared;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Transfers;

public sealed partial class TransferDetail
{
    private const int LinesTab = 1;

    [Parameter] public Guid Id { get; set; }

    [Inject] private TransferQueries Queries { get; set; } = default!;
    [Inject] private TransferCommands Commands { get; set; } = default!;
    [Inject] private InventoryLookups Lookups { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private TransferDetails? _details;
    private TransferFormModel? _form;
    private IReadOnlyList<StockLocationOption> _locations = [];
    private List<BreadcrumbItem> _crumbs = [];
    private readonly Dictionary<Guid, decimal> _receipt = [];
    private bool _receiving;
    private bool _canManage;
    private bool _busy;
    private string? _error;
    private int _tab;

    protected override async Task OnParametersSetAsync()
    {
        _canManage = await Guard.HasAsync(InventoryPermissions.Manage);
        if (!await LoadAsync())
        {
            // Unknown and other tenants' ids look the same: not found.
            Navigation.NotFound();
        }
    }

    private async Task<bool> LoadAsync()
    {
        var loaded = await Queries.DetailsAsync(Id);
        if (!loaded.IsSuccess)
        {
            return false;
        }

        _details = loaded.Value;
        _crumbs = [new("Transfers", "/inventory/transfers"), new(_details.Number, null, disabled: true)];
        if (_canManage && _details.Status == TransferStatus.Draft)
        {
            if (_locations.Count == 0)
            {
                _locations = await Lookups.LocationsAsync();
            }

            _form = await TransferFormModel.FromAsync(_details, Lookups);
        }
        else
        {
            _form = null;
        }

        _error = null;
        return true;
    }

    private async Task SaveAsync()
    {
        if (_form is null || _details is null || _busy)
        {
            return;
        }

        _error = _form.Problem();
        if (_error is not null)
        {
            return;
        }

        await RunAsync(() => Commands.UpdateAsync(Id, _details.Version, _form.ToInput()), "Draft saved.", showErrorInline: true);
    }

    private async Task ShipAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Ship transfer",
            $"Take the stock out of {_details!.From}? It stays in transit until it is received at {_details.To}.", "Ship");
        if (answer.Confirmed)
        {
            await RunAsync(() => Commands.ShipAsync(Id, _details.Version), "Shipped: the stock is in transit.");
        }
    }

    private void StartReceiving()
    {
        _receipt.Clear();
        foreach (var line in _details!.Lines)
        {
            _receipt[line.Id] = line.Outstanding; // the default: everything still in transit
        }

        _error = null;
        _receiving = true;
        _tab = LinesTab;
    }

    private async Task ReceiveAsync()
    {
        if (_busy)
        {
            return;
        }

        var quantities = _receipt.Where(r => r.Value != 0m).ToDictionary(r => r.Key, r => r.Value);
        var tooMuch = _details!.Lines.FirstOrDefault(l => quantities.GetValueOrDefault(l.Id) > l.Outstanding);
        _error = quantities.Count == 0 ? TransferErrors.NothingToReceive.Message
            : quantities.Values.Any(q => q < 0m) ? TransferErrors.NegativeReceipt.Message
            : tooMuch is not null ? TransferErrors.ReceivedTooMuch(tooMuch.Sku, tooMuch.Outstanding, quantities[tooMuch.Id]).Message
            : null;
        if (_error is not null)
        {
            return;
        }

        var ok = await RunAsync(() => Commands.ReceiveAsync(Id, quantities), "Received.", showErrorInline: true);
        if (ok)
        {
            _receiving = false;
        }
    }

    private async Task CloseAsync()
    {
        var outstanding = _details!.Lines.Sum(l => l.Outstanding);
        var answer = await Dialogs.ConfirmAsync("Close transfer",
            $"Close this transfer? The {Units(outstanding)} still in transit (value {Money(_details.InTransitValue)}) will be written off as a transit loss.",
            "Close and write off", requireReason: true, confirmColor: Color.Warning);
        if (!answer.Confirmed)
        {
            return;
        }

        _busy = true;
        var result = await Commands.CloseAsync(Id, answer.Reason);
        _busy = false;
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
            return;
        }

        Snackbar.Add($"Closed. Written off: {Units(result.Value.LostQuantity)}, value {Money(result.Value.LostValue)}.", Severity.Success);
        _receiving = false;
        await LoadAsync();
    }

    private async Task CancelAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Cancel transfer", "Cancel this draft? Nothing has moved yet.", "Cancel transfer",
            requireReason: true, confirmColor: Color.Error);
        if (answer.Confirmed)
        {
            await RunAsync(() => Commands.CancelAsync(Id, answer.Reason), "Transfer cancelled.");
        }
    }

    private async Task<bool> RunAsync(Func<Task<Result>> action, string success, bool showErrorInline = false)
    {
        _busy = true;
        var result = await action();
        _busy = false;
        if (!result.IsSuccess)
        {
            if (showErrorInline)
            {
                _error = result.Error!.Message;
            }

            Snackbar.Add(result.Error!.Message, Severity.Error);
            return false;
        }

        Snackbar.Add(success, Severity.Success);
        await LoadAsync();
        return true;
    }

    // A full navigation to an attachment downloads the file and leaves the page (and its circuit) where it is.
    private void DownloadPdf() => Navigation.NavigateTo(TransferDownloadEndpoints.PdfPath(Id), forceLoad: true);

    private static string Qty(decimal value) => value.ToString("#,##0.####", CultureInfo.CurrentCulture);

    private static string Units(decimal value) => Qty(value) + (value == 1m ? " unit" : " units");

    private static string Money(decimal value) => value.ToString("N2", CultureInfo.CurrentCulture);
}
