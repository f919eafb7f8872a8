using System.Globalization;
using Erp.Domain.Pos;
using Erp.Domain.Sales.Pricing;
using Erp.Web.Features.Platform.Account;
using Erp.Web.Features.Pos.Receipts;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Erp.Web.Features.Pos.Checkout;

/// <summary>
/// The till. The scan field keeps the focus (a USB scanner types the code and Enter; the browser sends the code in
/// one call, see app.js erp.till); F2 scan, F4 customer, F8 hold, F9 recall, F12 pay, Esc back. The cart lives in the
/// circuit; completing sends it to <see cref="PosSaleCommands"/>, which checks everything again.
/// </summary>
public partial class Checkout
{
    private const string ScanFieldId = "pos-scan";

    private readonly Cart _cart = new();
    private DotNetObjectReference<Checkout>? _self;
    private bool _loading = true;
    private bool _started;
    private CheckoutContext? _till;
    private IReadOnlyList<TillItem> _items = [];
    private IReadOnlyList<(Guid Id, string Name)> _categories = [];
    private Guid? _categoryId;
    private string? _search;
    private string? _scanError;
    private string? _error;
    private DocumentTotals? _totals;
    private string? _totalsError;
    private bool _paying;
    private bool _busy;
    private bool _canOverride;
    private SaleCompleted? _done;
    private IReadOnlyList<HeldSale>? _held;
    private CartLine? _editing;
    private TillCustomer? _customer;
    private MudAutocomplete<TillCustomer>? _customerPicker;

    [Inject] private CheckoutQueries Queries { get; set; } = default!;
    [Inject] private PosSaleCommands Commands { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private UserClock Clock { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _till = await Queries.ContextAsync();
        if (_till is not null)
        {
            _categories = await Queries.CategoriesAsync();
            _items = await Queries.SearchAsync(_till, null, null);
            _canOverride = await Guard.HasAsync(PosPermissions.Override);
        }

        _loading = false;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_till is not null && !_started)
        {
            _started = true;
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("erp.till.start", _self, ScanFieldId);
        }
    }

    /// <summary>A barcode or SKU followed by Enter: one more of the item in the cart, or a clear refusal and a beep.</summary>
    [JSInvokable]
    public async Task OnScan(string code)
    {
        if (_till is null)
        {
            return;
        }

        if (_done is not null)
        {
            await NewSaleAsync();
        }

        var found = await Queries.FindAsync(_till, code);
        if (found.IsSuccess)
        {
            _scanError = null;
            _cart.Add(found.Value);
            Recalculate();
        }
        else
        {
            _scanError = found.Error!.Message;
            await JS.InvokeVoidAsync("erp.till.beep");
        }

        StateHasChanged();
    }

    [JSInvokable]
    public async Task OnShortcut(string key)
    {
        switch (key)
        {
            case "F2":
                await FocusScanAsync();
                break;
            case "F4" when _customerPicker is not null:
                await _customerPicker.FocusAsync();
                break;
            case "F8" when !_cart.IsEmpty && !_paying:
                await HoldAsync();
                break;
            case "F9" when !_paying:
                await ShowHeldAsync();
                break;
            case "F12" when _paying:
                await CompleteAsync();
                break;
            case "F12":
                await PayAsync();
                break;
            case "Escape":
                CancelPayment();
                _editing = null;
                _held = null;
                break;
        }

        StateHasChanged();
    }

    private async Task AddAsync(TillItem item)
    {
        if (_done is not null)
        {
            await NewSaleAsync();
        }

        _cart.Add(item);
        Recalculate();
        await FocusScanAsync();
    }

    private async Task SearchAsync(string? text)
    {
        _search = text;
        _items = await Queries.SearchAsync(_till!, _search, _categoryId);
    }

    private async Task CategoryAsync(Guid? categoryId)
    {
        _categoryId = categoryId;
        _items = await Queries.SearchAsync(_till!, _search, _categoryId);
        await FocusScanAsync();
    }

    private async Task<IEnumerable<TillCustomer>> CustomersAsync(string? text, CancellationToken ct) =>
        await Queries.CustomersAsync(text, ct);

    private async Task CustomerChanged(TillCustomer? customer)
    {
        _customer = customer;
        _cart.CustomerId = customer?.Id;
        _cart.CustomerName = customer?.Name;
        await FocusScanAsync();
    }

    private void ChangeQuantity(CartLine line, decimal by)
    {
        if (line.Quantity + by > 0m)
        {
            line.Quantity += by;
            Recalculate();
        }
    }

    private void Remove(CartLine line)
    {
        _cart.Remove(line);
        _editing = null;
        Recalculate();
    }

    private void Edit(CartLine line) => _editing = line;

    private async Task EditDoneAsync()
    {
        _editing = null;
        Recalculate();
        await FocusScanAsync();
    }

    /// <summary>Before any payment is taken the shop's stock is checked, so a short item is known at once.</summary>
    private async Task PayAsync()
    {
        if (_till is null || _cart.IsEmpty || _totals is null)
        {
            return;
        }

        var shortages = await Queries.ShortagesAsync(_till, _cart.ToInput(_till.SessionId).Lines);
        _error = shortages.Count == 0 ? null : string.Join(" ", shortages) + " Change the cart before taking the payment.";
        _paying = shortages.Count == 0;
    }

    private void CancelPayment()
    {
        _paying = false;
        _cart.ClearTenders();
    }

    private async Task CompleteAsync()
    {
        if (_till is null || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var done = await Commands.CompleteAsync(_cart.ToInput(_till.SessionId));
            if (done.IsSuccess)
            {
                _done = done.Value;
                _error = null;
                _paying = false;
                _cart.Clear();
                _customer = null;
                Recalculate();
                _items = await Queries.SearchAsync(_till, _search, _categoryId);
            }
            else
            {
                _error = done.Error!.Message;
                await JS.InvokeVoidAsync("erp.till.beep");
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task PrintAsync()
    {
        if (_done is { } done)
        {
            await JS.InvokeVoidAsync("erp.till.print", TillReceiptEndpoints.Url(done.Id));
        }
    }

    private async Task NewSaleAsync()
    {
        _done = null;
        _error = null;
        _scanError = null;
        await FocusScanAsync();
    }

    private async Task HoldAsync()
    {
        if (_till is null || _cart.IsEmpty)
        {
            return;
        }

        var held = await Commands.HoldAsync(_cart.ToInput(_till.SessionId));
        if (held.IsSuccess)
        {
            _cart.Clear();
            _customer = null;
            _error = null;
            Recalculate();
            Snackbar.Add("Sale held: recall it with F9.", Severity.Info);
        }
        else
        {
            _error = held.Error!.Message;
        }
    }

    private async Task ShowHeldAsync()
    {
        if (_till is not null)
        {
            _held = await Commands.HeldAsync(_till.SessionId);
        }
    }

    private async Task RecallAsync(Guid heldId)
    {
        if (!_cart.IsEmpty)
        {
            _error = "Hold or clear the sale in the cart before recalling another.";
            return;
        }

        var recalled = await Commands.RecallAsync(heldId);
        if (!recalled.IsSuccess)
        {
            _error = recalled.Error!.Message;
            return;
        }

        var items = (await Queries.ItemsAsync(_till!, [.. recalled.Value.Lines.Select(l => l.ProductId).Distinct()]))
            .ToDictionary(i => i.ProductId);
        _done = null;
        foreach (var line in recalled.Value.Lines.Where(l => items.ContainsKey(l.ProductId)))
        {
            var added = _cart.Add(items[line.ProductId], line.Quantity);
            added.PriceOverride = line.UnitPrice;
            added.DiscountKind = line.DiscountKind;
            added.DiscountValue = line.DiscountValue;
        }

        _cart.CustomerId = recalled.Value.CustomerId;
        _cart.RecalledFromId = heldId;
        _held = null;
        Recalculate();
        await FocusScanAsync();
    }

    private async Task DiscardAsync(Guid heldId)
    {
        var discarded = await Commands.DiscardAsync(heldId, "Discarded at the till");
        if (!discarded.IsSuccess)
        {
            _error = discarded.Error!.Message;
        }

        await ShowHeldAsync();
    }

    private async Task ClearAsync()
    {
        _cart.Clear();
        _customer = null;
        _paying = false;
        _editing = null;
        Recalculate();
        await FocusScanAsync();
    }

    private void Recalculate()
    {
        var totals = _cart.Totals(_till?.PricesIncludeTax ?? true, _till?.TaxRounding ?? Domain.Sales.Taxes.TaxRounding.PerLine);
        _totals = totals.IsSuccess ? totals.Value : null;
        _totalsError = totals.Error?.Message;
        if (_cart.IsEmpty)
        {
            _paying = false;
        }
    }

    private decimal LineTotal(CartLine line)
    {
        var index = _cart.Lines.ToList().IndexOf(line);
        return _totals is { } totals && index >= 0 && index < totals.Lines.Count ? totals.Lines[index].Gross : line.Quantity * line.UnitPrice;
    }

    private async Task FocusScanAsync()
    {
        if (_started)
        {
            await JS.InvokeVoidAsync("erp.till.focus");
        }
    }

    private static string Money(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);

    private static string Qty(decimal quantity) => quantity.ToString("0.###", CultureInfo.CurrentCulture);

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
        GC.SuppressFinalize(this);
    }
}
