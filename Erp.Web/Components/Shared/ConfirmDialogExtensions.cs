using MudBlazor;

namespace Erp.Web.Components.Shared;

/// <summary>What the user answered: confirmed or not, and the reason they gave (when one was asked).</summary>
public sealed record ConfirmResult(bool Confirmed, string? Reason)
{
    public static readonly ConfirmResult Cancelled = new(false, null);
}

public static class ConfirmDialogExtensions
{
    /// <summary>Shows <see cref="ConfirmDialog"/>; with <paramref name="requireReason"/> the user must type why.</summary>
    public static async Task<ConfirmResult> ConfirmAsync(this IDialogService dialogs, string title, string message,
        string confirmText = "Confirm", bool requireReason = false, Color confirmColor = Color.Primary)
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
            { d => d.RequireReason, requireReason },
            { d => d.ConfirmColor, confirmColor },
        };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        var reference = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, options);
        var result = await reference.Result;
        return result is { Canceled: false, Data: ConfirmResult answer } ? answer : ConfirmResult.Cancelled;
    }
}
