using System.Security.Claims;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Adjustments;
using Erp.Web.Features.Platform.Account;
using Erp.Web.Components.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Adjustments;

public partial class AdjustmentDetail
{
    private StockAdjustmentDetails? _adjustment;
    private List<BreadcrumbItem> _breadcrumbs = [];
    private bool _canManage;
    private bool _canApprove;
    private bool _isSubmitter;
    private bool _busy;
    private string? _userId;

    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private StockAdjustmentQueries Queries { get; set; } = default!;
    [Inject] private StockAdjustmentCommands Commands { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private UserClock Clock { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        _userId = user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        _canManage = (await Authorization.AuthorizeAsync(user, InventoryPermissions.Manage)).Succeeded;
        _canApprove = (await Authorization.AuthorizeAsync(user, InventoryPermissions.Approve)).Succeeded;
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

        _adjustment = result.Value;
        _isSubmitter = _userId is not null && await Queries.SubmitterAsync(Id) == _userId;
        _breadcrumbs = [new(_adjustment.Kind == AdjustmentKind.Scrap ? "Scrap" : "Stock adjustments", StockAdjustmentQueries.ListUrl(_adjustment.Kind)),
            new(_adjustment.Number, null, disabled: true)];
    }

    private async Task PostAsync()
    {
        var answer = await Dialogs.ConfirmAsync($"Post {_adjustment!.Number}",
            $"Post this {_adjustment.Title.ToLowerInvariant()} at {_adjustment.LocationName}? If its value reaches the approval threshold it goes to an approver first.",
            "Post");
        if (!answer.Confirmed)
        {
            return;
        }

        await RunAsync(async () =>
        {
            var posted = await Commands.PostAsync(Id);
            return !posted.IsSuccess ? (posted.Error!.Message, false)
                : posted.Value == AdjustmentPostOutcome.Posted ? ("Posted: stock updated.", true)
                : ("Sent for approval: approvers have been notified.", true);
        });
    }

    private async Task ApproveAsync()
    {
        var answer = await Dialogs.ConfirmAsync($"Approve {_adjustment!.Number}", "Approve and post it now? Stock changes at once.", "Approve and post",
            confirmColor: Color.Success);
        if (answer.Confirmed)
        {
            await RunAsync(async () => Outcome(await Commands.ApproveAsync(Id), "Approved and posted: stock updated."));
        }
    }

    private async Task RejectAsync()
    {
        var answer = await Dialogs.ConfirmAsync($"Reject {_adjustment!.Number}", "Send it back to draft? Say why.", "Reject",
            requireReason: true, confirmColor: Color.Error);
        if (answer.Confirmed)
        {
            await RunAsync(async () => Outcome(await Commands.RejectAsync(Id, answer.Reason), "Rejected: it is a draft again."));
        }
    }

    private async Task CancelAsync()
    {
        var answer = await Dialogs.ConfirmAsync($"Cancel {_adjustment!.Number}", "Cancel this draft? It will never change stock.", "Cancel it",
            requireReason: true, confirmColor: Color.Error);
        if (answer.Confirmed)
        {
            await RunAsync(async () => Outcome(await Commands.CancelAsync(Id, answer.Reason), "Cancelled."));
        }
    }

    private static (string, bool) Outcome(Erp.Domain.Common.Result result, string success) =>
        result.IsSuccess ? (success, true) : (result.Error!.Message, false);

    private async Task RunAsync(Func<Task<(string Message, bool Ok)>> action)
    {
        _busy = true;
        try
        {
            var (message, ok) = await action();
            Snackbar.Add(message, ok ? Severity.Success : Severity.Error);
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
