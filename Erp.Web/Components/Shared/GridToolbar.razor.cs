using Microsoft.AspNetCore.Components;

namespace Erp.Web.Components.Shared;

public sealed partial class GridToolbar
{
    private CancellationTokenSource? _pending;
    private string? _search;

    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>Raised with the search text once typing has paused for <see cref="DebounceMilliseconds"/>.</summary>
    [Parameter] public EventCallback<string> SearchChanged { get; set; }

    [Parameter] public string? InitialSearch { get; set; }

    [Parameter] public string SearchPlaceholder { get; set; } = "Search";

    [Parameter] public int DebounceMilliseconds { get; set; } = 300;

    [Parameter] public EventCallback OnRefresh { get; set; }

    [Parameter] public string NewText { get; set; } = "New";

    [Parameter] public string? NewHref { get; set; }

    [Parameter] public EventCallback OnNew { get; set; }

    [Parameter] public string? ExcelHref { get; set; }

    [Parameter] public EventCallback OnExcel { get; set; }

    [Parameter] public string? PdfHref { get; set; }

    [Parameter] public string PdfText { get; set; } = "PDF";

    [Parameter] public EventCallback OnPdf { get; set; }

    /// <summary>Extra buttons of the page, shown before the standard ones.</summary>
    [Parameter] public RenderFragment? Actions { get; set; }

    protected override void OnInitialized() => _search = InitialSearch;

    private async Task OnSearchInput(string? value)
    {
        _search = value;
        if (_pending is not null)
        {
            await _pending.CancelAsync();
            _pending.Dispose();
        }

        _pending = new CancellationTokenSource();
        // Not awaited: the input event returns at once, and the next keystroke cancels this wait.
        _ = RaiseAfterPauseAsync(value?.Trim() ?? "", _pending.Token);
    }

    private async Task RaiseAfterPauseAsync(string search, CancellationToken ct)
    {
        try
        {
            await Task.Delay(DebounceMilliseconds, ct);
            await InvokeAsync(() => SearchChanged.InvokeAsync(search));
        }
        catch (OperationCanceledException)
        {
            // A newer keystroke replaced this search.
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    public void Dispose()
    {
        _pending?.Cancel();
        _pending?.Dispose();
    }
}
