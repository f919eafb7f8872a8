using System.Globalization;
using Erp.Data.Tenancy;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Web.Features.Platform.Account;
using Erp.Web.Features.Pos.Registers;
using Erp.Web.Infrastructure.Grids;
using Erp.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Pos.Sessions;

/// <summary>Sessions list; refreshes by itself when a session, sale, return or cash movement of the tenant is saved.</summary>
public sealed partial class SessionList
{
    private static readonly HashSet<Type> Watched = [typeof(PosSession), typeof(PosSale), typeof(PosReturn), typeof(PosCashMovement)];

    private static readonly Dictionary<string, string> SortKeyOf = new(StringComparer.Ordinal)
    {
        [nameof(PosSessionRow.Number)] = "number",
        [nameof(PosSessionRow.Status)] = "status",
        [nameof(PosSessionRow.Register)] = "register",
        [nameof(PosSessionRow.Cashier)] = "cashier",
        [nameof(PosSessionRow.OpenedAt)] = "opened",
    };

    private MudDataGrid<PosSessionRow>? _grid;
    private IReadOnlyList<CashRegisterRow> _registers = [];
    private IReadOnlyList<Choice> _locations = [];
    private string? _search;
    private PosSessionStatus? _status;
    private Guid? _registerId;
    private DateTime? _from;
    private DateTime? _to;
    private Guid? _zLocation;
    private DateTime? _zDate = DateTime.Today;
    private string? _sort;
    private bool _desc;

    [Inject] private PosSessionQueries Queries { get; set; } = default!;
    [Inject] private CashRegisterQueries Registers { get; set; } = default!;
    [Inject] private DataChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ITenantContext Tenant { get; set; } = default!;
    [Inject] private UserClock Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private PosSessionListQuery CurrentQuery => new(_search, _status, _registerId,
        _from is { } from ? DateOnly.FromDateTime(from) : null, _to is { } to ? DateOnly.FromDateTime(to) : null, _sort, _desc);

    protected override async Task OnInitializedAsync()
    {
        Notifier.Changed += OnChanged;
        var registers = await Registers.ExportAsync(new CashRegisterListQuery());
        _registers = registers.IsSuccess ? registers.Value : [];
        var choices = await Registers.ChoicesAsync();
        _locations = choices.IsSuccess ? choices.Value.Locations : [];
        _zDate = Clock.Now.Date;
    }

    public void Dispose() => Notifier.Changed -= OnChanged;

    private static string M(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);

    private string ShopUrl(bool pdf)
    {
        var date = DateOnly.FromDateTime(_zDate ?? DateTime.Today);
        return pdf ? SessionDownloadEndpoints.ShopPdfUrl(_zLocation, date) : SessionDownloadEndpoints.ShopExcelUrl(_zLocation, date);
    }

    private async Task<GridData<PosSessionRow>> LoadAsync(GridState<PosSessionRow> state, CancellationToken ct)
    {
        (_sort, _desc) = state.SortKey(SortKeyOf);
        return (await Queries.ListAsync(CurrentQuery, state.Page, state.PageSize, ct)).ToGridData(Snackbar);
    }

    private Task OnSearchChanged(string? value)
    {
        _search = value;
        return ReloadAsync();
    }

    private Task OnStatusChanged(PosSessionStatus? value)
    {
        _status = value;
        return ReloadAsync();
    }

    private Task OnRegisterChanged(Guid? value)
    {
        _registerId = value;
        return ReloadAsync();
    }

    private Task OnFromChanged(DateTime? value)
    {
        _from = value;
        return ReloadAsync();
    }

    private Task OnToChanged(DateTime? value)
    {
        _to = value;
        return ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private void DownloadExcel() => Navigation.NavigateTo(SessionDownloadEndpoints.SessionExportUrl(CurrentQuery), forceLoad: true);

    private void OnChanged(DataChanged change)
    {
        if (change.TenantId != Tenant.TenantId || !change.Types.Overlaps(Watched))
        {
            return;
        }

        _ = InvokeAsync(ReloadAsync);
    }
}
