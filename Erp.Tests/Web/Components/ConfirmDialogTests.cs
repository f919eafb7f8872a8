using Bunit;
using Erp.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Erp.Tests.Web.Components;

public class ConfirmDialogTests : MudComponentTestContext
{
    [Fact]
    public async Task Confirm_ReturnsConfirmed()
    {
        var provider = RenderProviders();
        var answer = Open(provider, requireReason: false);

        provider.WaitForElement("[data-testid=confirm-message]");
        Assert.Contains("Post invoice INV-1?", provider.Find("[data-testid=confirm-message]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Post", provider.Find("[data-testid=confirm-ok]").TextContent.Trim());
        await provider.Find("[data-testid=confirm-ok]").ClickAsync(new());

        Assert.Equal(new ConfirmResult(true, null), await answer);
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("[data-testid=confirm-ok]")));
    }

    [Fact]
    public async Task Cancel_ReturnsNotConfirmed()
    {
        var provider = RenderProviders();
        var answer = Open(provider, requireReason: true);

        provider.WaitForElement("[data-testid=confirm-cancel]");
        await provider.Find("[data-testid=confirm-cancel]").ClickAsync(new());

        Assert.False((await answer).Confirmed);
    }

    [Fact]
    public async Task Confirm_WhenReasonRequiredAndEmpty_StaysOpen_ThenReturnsTheReason()
    {
        var provider = RenderProviders();
        var answer = Open(provider, requireReason: true);

        provider.WaitForElement("[data-testid=confirm-ok]");
        await provider.Find("[data-testid=confirm-ok]").ClickAsync(new());
        Assert.False(answer.IsCompleted);
        provider.WaitForAssertion(() => Assert.Contains("Give a reason.", provider.Markup, StringComparison.Ordinal));

        await provider.Find("textarea[data-testid=confirm-reason], [data-testid=confirm-reason] textarea").InputAsync(new() { Value = "  duplicate entry " });
        await provider.Find("[data-testid=confirm-ok]").ClickAsync(new());

        Assert.Equal(new ConfirmResult(true, "duplicate entry"), await answer);
    }

    private Task<ConfirmResult> Open(IRenderedComponent<MudDialogProvider> provider, bool requireReason)
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        return provider.InvokeAsync(() => dialogs.ConfirmAsync("Post invoice", "Post invoice INV-1?", "Post", requireReason));
    }
}
