using Erp.Web.Infrastructure.Grids;
using Erp.Data.Audit;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Platform.Audit;

/// <summary>The tenant's audit log with filters, and the on-demand chain verification.</summary>
public sealed partial class AuditLogPage
{
    private MudDataGrid<AuditRow>? _grid;
    private IReadOnlyList<string> _entityTypes = [];
    private string? _entityType;
    private string? _entityKey;
    private string? _user;
    private DateTime? _from;
    private DateTime? _to;
    private bool _verifying;
    private AuditVerification? _verification;

    [Inject] private AuditQueries Queries { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Set by the link of the nightly check's notification.</summary>
    [SupplyParameterFromQuery] public long? BrokenAt { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var types = await Queries.EntityTypesAsync();
        _entityTypes = types.IsSuccess ? types.Value : [];
    }

    private async Task<GridData<AuditRow>> LoadAsync(GridState<AuditRow> state, CancellationToken ct)
    {
        var query = new AuditLogQuery(_entityType, _entityKey, _user,
            _from is { } from ? new DateTimeOffset(from.Date, TimeSpan.Zero) : null,
            _to is { } to ? new DateTimeOffset(to.Date.AddDays(1), TimeSpan.Zero) : null,
            state.Page, state.PageSize);
        var result = await Queries.ListAsync(query, ct);
        return result.ToGridData(Snackbar);
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private Task OnEntityTypeChangedAsync(string? type)
    {
        _entityType = type;
        return ReloadAsync();
    }

    private Task OnFromChangedAsync(DateTime? date)
    {
        _from = date;
        return ReloadAsync();
    }

    private Task OnToChangedAsync(DateTime? date)
    {
        _to = date;
        return ReloadAsync();
    }

    private async Task VerifyAsync()
    {
        _verifying = true;
        try
        {
            var result = await Queries.VerifyChainAsync();
            if (result.IsSuccess)
            {
                _verification = result.Value;
            }
            else
            {
                Snackbar.Add(result.Error!.Message, Severity.Error);
            }
        }
        finally
        {
            _verifying = false;
        }
    }
}
