using Erp.Domain.Inventory;
using Erp.Web.Components.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Receipts;

public partial class ReceiptDetail
{
    private GoodsReceiptDetails? _receipt;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private bool _canManage;
    private bool _busy;

    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private GoodsReceiptQueries Queries { get; set; } = default!;
    [Inject] private GoodsReceiptCommands Commands { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _canManage = (await Authorization.AuthorizeAsync(user, InventoryPermissions.Manage)).Succeeded;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var result = await Queries.GetAsync(Id);
        if (!result.IsSuccess)
        {
            Navigation.NotFound();
            return;
        }

        _receipt = result.Value;
        _breadcrumbs = [new("Goods receipts", "/inventory/receipts"), new(_receipt.Number, null, disabled: true)];
    }

    private async Task PostAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Post goods receipt",
            $"Post {_receipt!.Number}? Its {_receipt.Lines.Count} line(s) are added to the stock of {_receipt.LocationName}. A posted receipt cannot be changed.",
            "Post");
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var posted = await Commands.PostAsync(Id);
                return posted.IsSuccess ? null : posted.Error!.Message;
            }, "Goods receipt posted: stock added.");
        }
    }

    private async Task CancelAsync()
    {
        var answer = await Dialogs.ConfirmAsync("Cancel goods receipt", $"Cancel {_receipt!.Number}? It will never add stock.",
            "Cancel receipt", requireReason: true, confirmColor: Color.Error);
        if (answer.Confirmed)
        {
            await RunAsync(async () =>
            {
                var cancelled = await Commands.CancelAsync(Id, answer.Reason);
                return cancelled.IsSuccess ? null : cancelled.Error!.Message;
            }, "Goods receipt cancelled.");
        }
    }

    private async Task RunAsync(Func<Task<string?>> action, string success)
    {
        _busy = true;
        try
        {
            var error = await action();
            Snackbar.Add(error ?? success, error is null ? Severity.Success : Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
