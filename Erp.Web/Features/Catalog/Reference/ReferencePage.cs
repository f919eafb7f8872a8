using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Catalog.Reference;

/// <summary>What the small catalog settings pages share: permission, reload, delete with confirmation, snackbars.</summary>
public abstract class ReferencePage : ComponentBase
{
    [Inject] protected CatalogReferenceQueries Queries { get; set; } = default!;
    [Inject] protected CatalogReferenceCommands Commands { get; set; } = default!;
    [Inject] private PermissionGuard Guard { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    protected bool CanManage { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        CanManage = await Guard.HasAsync(CatalogPermissions.Manage);
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    protected T? Unwrap<T>(Result<T> result)
        where T : class
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        Snackbar.Add(result.Error!.Message, Severity.Error);
        return null;
    }

    /// <summary>Shows the outcome; reloads on success.</summary>
    protected async Task<bool> ReportAsync(Result result, string success)
    {
        Snackbar.Add(result.IsSuccess ? success : result.Error!.Message, result.IsSuccess ? Severity.Success : Severity.Error);
        if (result.IsSuccess)
        {
            await LoadAsync();
        }

        return result.IsSuccess;
    }

    protected async Task DeleteAsync(Guid id)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete", "Delete this entry? Products that use it must be changed first.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed == true)
        {
            await ReportAsync(await Commands.DeleteAsync(id), "Deleted.");
        }
    }
}
