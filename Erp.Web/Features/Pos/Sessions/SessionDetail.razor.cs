using System.Globalization;
using Erp.Data.Tenancy;
using Erp.Domain.Pos;
using Erp.Domain.Pos.Returns;
using Erp.Domain.Pos.Sales;
using Erp.Domain.Pos.Sessions;
using Erp.Web.Features.Platform.Account;
using Erp.Web.Features.Pos.Registers;
using Erp.Web.Infrastructure.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Pos.Sessions;

/// <summary>One session: float, sales by method, cash in and out, the closing count; live while open.</summary>
public sealed partial class SessionDetail
{
    private static readonly HashSet<Type> Watched = [typeof(PosSession), typeof(PosSale), typeof(PosReturn), typeof(PosCashMovement)];

    private PosSessionDetails? _session;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private CashCountModel _count = new(null);
    private string? _reason;
    private bool _supervises;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }

    [Inject] private PosSessionQueries Queries { get; set; } = default!;
    [Inject] private PosSessionCommands Commands { get; set; } = default!;
    [Inject] private PosScope Scope { get; set; } = default!;
    [Inject] private DataChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ITenantContext Tenant { get; set; } = default!;
    [Inject] private UserClock Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private bool CanWork => _session is { Status: PosSessionStatus.Open } s && (s.IsMine || _supervises);

    private decimal Difference => _count.Total - (_session?.ExpectedCash ?? 0m);

    protected override async Task OnParametersSetAsync()
    {
        _supervises = await Scope.HasAnyAsync(default, PosPermissions.Supervise);
        if (!await LoadAsync())
        {
            Navigation.NotFound();
            return;
        }

        _count = new CashCountModel(_session!.Currency);
        _breadcrumbs = [new("Sessions", "/pos/sessions"), new(_session.Number, null, disabled: true)];
    }

    protected override void OnInitialized() => Notifier.Changed += OnChanged;

    public void Dispose() => Notifier.Changed -= OnChanged;

    private static string M(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);

    private async Task<bool> LoadAsync()
    {
        var result = await Queries.GetAsync(Id);
        if (result.IsSuccess)
        {
            _session = result.Value;
        }

        return result.IsSuccess;
    }

    private async Task MoveCashAsync(CashMovementKind kind)
    {
        var dialog = await Dialogs.ShowAsync<CashMovementDialog>(kind == CashMovementKind.In ? "Cash in" : "Cash out",
            new DialogParameters<CashMovementDialog> { { d => d.Kind, kind } },
            new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is not { Canceled: false, Data: CashMovementDialog.CashMovementInput input })
        {
            return;
        }

        var moved = await Commands.MoveCashAsync(Id, input.Kind, input.Amount, input.Reason);
        Snackbar.Add(moved.IsSuccess ? "Cash movement recorded." : moved.Error!.Message, moved.IsSuccess ? Severity.Success : Severity.Error);
        await LoadAsync();
    }

    private async Task CloseAsync()
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var closed = await Commands.CloseAsync(Id, _count.ByDenomination ? 0m : _count.Amount, _count.ToCounts(), _reason);
            if (!closed.IsSuccess)
            {
                Snackbar.Add(closed.Error!.Message, Severity.Error);
                return;
            }

            Snackbar.Add($"Session {closed.Value.Number} closed: difference {M(closed.Value.Difference)}.",
                closed.Value.Difference == 0m ? Severity.Success : Severity.Warning);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private void OnChanged(DataChanged change)
    {
        if (change.TenantId != Tenant.TenantId || !change.Types.Overlaps(Watched) || _session is not { Status: PosSessionStatus.Open })
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
