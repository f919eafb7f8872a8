using System.Globalization;
using Erp.Domain.Common;
using Erp.Domain.Inventory.Counts;
using Erp.Web.Features.Inventory.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Counts;

public partial class CountLines
{
    private MudTextField<string>? _scanField;
    private string? _code;
    private Guid? _scanLocation;
    private string? _scanMessage;
    private Severity _scanSeverity = Severity.Info;
    private string? _filter;
    private string _show = "all";
    private bool _showExpected;
    private bool _busy;

    [Parameter, EditorRequired] public CountDetails Count { get; set; } = default!;
    [Parameter] public bool CanManage { get; set; }
    [Parameter] public IReadOnlyList<StockLocationOption> ScanLocations { get; set; } = [];
    [Parameter] public EventCallback Changed { get; set; }

    [Inject] private CountCommands Commands { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private bool Counting => Count.Status is StockCountStatus.InProgress or StockCountStatus.Review;

    /// <summary>Blind while counting (counters do not copy the expected figure), unless switched on; always in review and after.</summary>
    private bool ShowExpected => Count.Status is StockCountStatus.Review or StockCountStatus.Posted || _showExpected;

    private IEnumerable<CountLineRow> Visible => Count.Lines.Where(l =>
        (string.IsNullOrWhiteSpace(_filter)
         || l.Sku.Contains(_filter.Trim(), StringComparison.OrdinalIgnoreCase)
         || l.ProductName.Contains(_filter.Trim(), StringComparison.OrdinalIgnoreCase)
         || l.Location.Contains(_filter.Trim(), StringComparison.OrdinalIgnoreCase))
        && _show switch
        {
            "uncounted" => l.Counted is null,
            "differences" => l.Difference is { } d && d != 0m,
            _ => true,
        });

    protected override void OnParametersSet() =>
        _scanLocation ??= ScanLocations.Count > 0 ? ScanLocations[0].Id : Count.LocationId;

    private async Task OnScanKeyAsync(KeyboardEventArgs e)
    {
        if (e.Key is not ("Enter" or "NumpadEnter") || _busy)
        {
            return;
        }

        var code = _code;
        _code = null;
        _busy = true;
        try
        {
            var result = await Commands.ScanAsync(Count.Id, code, _scanLocation);
            if (result.IsSuccess)
            {
                var scan = result.Value;
                _scanSeverity = Severity.Success;
                _scanMessage = $"{scan.Sku} {scan.ProductName} at {scan.Location}: {Qty(scan.Counted)} counted"
                               + (scan.NewLine ? " (not expected here: line added)" : "");
                await Changed.InvokeAsync();
            }
            else
            {
                _scanSeverity = Severity.Error;
                _scanMessage = result.Error!.Message;
            }
        }
        finally
        {
            _busy = false;
        }

        if (_scanField is not null)
        {
            await _scanField.FocusAsync();
        }
    }

    private async Task SetCountedAsync(CountLineRow line, decimal? quantity)
    {
        _busy = true;
        try
        {
            var result = await Commands.SetCountedAsync(Count.Id, line.Id, quantity);
            if (!result.IsSuccess)
            {
                Snackbar.Add(result.Error!.Message, Severity.Error);
            }

            await Changed.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SetUncountedToZeroAsync()
    {
        _busy = true;
        try
        {
            var result = await Commands.SetUncountedToZeroAsync(Count.Id);
            Snackbar.Add(result.IsSuccess ? $"{result.Value} uncounted line(s) set to zero." : result.Error!.Message,
                result.IsSuccess ? Severity.Success : Severity.Error);
            await Changed.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private static string Qty(decimal value) => value.ToString("0.####", CultureInfo.CurrentCulture);

    private static string Signed(decimal value) => (value > 0m ? "+" : "") + Qty(value);

    private static string DiffClass(decimal? value) => value switch
    {
        > 0m => "mud-success-text",
        < 0m => "mud-error-text",
        _ => "",
    };
}
