using System.Globalization;
using Erp.Domain.Purchasing;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Features.Platform.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Erp.Web.Features.Purchasing.Receipts;

/// <summary>
/// Receiving against a purchase order. The scan field works like the till's (app.js <c>erp.till</c>: it keeps the focus,
/// sends the code on Enter, beeps on an unknown code): each scan adds one accepted unit to the order's line for that
/// barcode / SKU. Quantities, quality results, locations and landed costs are edited per line, with the resulting unit
/// costs previewed; "Receive" sends everything to <see cref="PurchaseReceiptCommands"/>, which checks it all again.
/// </summary>
public sealed partial class ReceivePage
{
    private const string ScanFieldId = "receive-scan";

    private DotNetObjectReference<ReceivePage>? _self;
    private bool _loading = true;
    private bool _started;
    private bool _busy;
    private ReceivingForm? _form;
    private IReadOnlyList<StockLocationOption> _locations = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private string? _closedMessage;
    private string? _scanMessage;
    private bool _scanOk;
    private string? _error;

    [Parameter] public Guid OrderId { get; set; }

    [Inject] private PurchaseReceiptQueries Queries { get; set; } = default!;
    [Inject] private PurchaseReceiptCommands Commands { get; set; } = default!;
    [Inject] private InventoryLookups Lookups { get; set; } = default!;
    [Inject] private UserClock Clock { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var order = await Queries.OrderToReceiveAsync(OrderId);
        if (!order.IsSuccess)
        {
            Navigation.NotFound();
            return;
        }

        _breadcrumbs = [new("Purchase orders", "/purchasing/orders"), new(order.Value.Number, $"/purchasing/orders/{OrderId}"),
            new("Receive", null, disabled: true)];
        if (!order.Value.OpenForReceipt)
        {
            _closedMessage = PurchasingErrors.CannotReceive(order.Value.Number, order.Value.Status).Message;
        }
        else
        {
            _form = new ReceivingForm(order.Value, DateOnly.FromDateTime(Clock.Now.Date));
            _locations = await Lookups.LocationsAsync();
        }

        _loading = false;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_form is not null && !_started)
        {
            _started = true;
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("erp.till.start", _self, ScanFieldId);
        }
    }

    /// <summary>A barcode or SKU followed by Enter: one more accepted on the order's line, or a message and a beep.</summary>
    [JSInvokable]
    public async Task OnScan(string code)
    {
        if (_form is null)
        {
            return;
        }

        var row = _form.Find(code);
        if (row is not null)
        {
            row.Accepted += 1m;
            _scanOk = true;
            _scanMessage = string.Create(CultureInfo.CurrentCulture, $"{row.Line.Sku} {row.Line.Description}: {row.Accepted:0.####} accepted.");
        }
        else
        {
            var product = await Queries.ProductByCodeAsync(code);
            _scanOk = false;
            _scanMessage = product is null
                ? $"No product has the barcode or SKU \"{code.Trim()}\"."
                : $"{product} is not on purchase order {_form.Order.Number}: nothing added.";
            await JS.InvokeVoidAsync("erp.till.beep");
        }

        StateHasChanged();
    }

    /// <summary>The till's shortcuts reach every page using <c>erp.till</c>: F2 goes back to the scan field, the rest do nothing here.</summary>
    [JSInvokable]
    public async Task OnShortcut(string key)
    {
        if (key == "F2")
        {
            await JS.InvokeVoidAsync("erp.till.focus");
        }
    }

    private async Task ReceiveAsync()
    {
        if (_form is null || _busy)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            var received = await Commands.ReceiveAsync(_form.ToInput());
            if (received.IsSuccess)
            {
                Snackbar.Add($"Goods received: {received.Value.Number}.", Severity.Success);
                Navigation.NavigateTo($"/purchasing/receipts/{received.Value.Id}");
                return;
            }

            _error = received.Error!.Message;
            await JS.InvokeVoidAsync("erp.till.beep");
        }
        finally
        {
            _busy = false;
        }
    }

    private static string M(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);

    private static string Q(decimal quantity) => quantity.ToString("#,##0.####", CultureInfo.CurrentCulture);

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            try
            {
                await JS.InvokeVoidAsync("erp.till.stop");
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone with the page: nothing to stop.
            }
        }

        _self?.Dispose();
    }
}
