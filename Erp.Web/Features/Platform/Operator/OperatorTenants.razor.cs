using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Platform.Operator;

public partial class OperatorTenants
{
    private IReadOnlyList<TenantRow>? _tenants;
    private bool _busy;

    [Inject] private OperatorTenantQueries Queries { get; set; } = default!;
    [Inject] private SetTenantActiveCommand SetActive { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var result = await Queries.ListAsync();
        _tenants = result.IsSuccess ? result.Value : [];
        if (!result.IsSuccess)
        {
            Snackbar.Add(result.Error!.Message, Severity.Error);
        }
    }

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<CreateTenantDialog>("New tenant",
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is { Canceled: false })
        {
            await LoadAsync();
        }
    }

    private async Task SetActiveAsync(TenantRow tenant, bool active)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(active ? "Resume tenant" : "Suspend tenant",
            active
                ? $"The members of {tenant.Name} can sign in and work again."
                : $"Nobody can work in {tenant.Name} until you resume it: open sessions end within a minute. Its data is kept.",
            yesText: active ? "Resume" : "Suspend", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await SetActive.SetActiveAsync(tenant.Id, active);
            Snackbar.Add(result.IsSuccess ? (active ? "Tenant resumed." : "Tenant suspended.") : result.Error!.Message,
                result.IsSuccess ? Severity.Success : Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
