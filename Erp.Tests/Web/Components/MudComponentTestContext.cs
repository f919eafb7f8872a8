using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Erp.Tests.Web.Components;

/// <summary>bUnit context with MudBlazor's services; JS calls MudBlazor makes are answered loosely (no browser here).</summary>
public abstract class MudComponentTestContext : BunitContext, IAsyncLifetime
{
    protected MudComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only async-disposable; xunit 2 calls this before Dispose, which then has nothing left to do.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Renders the popover and dialog providers a page's layout would have; dialogs appear inside it.</summary>
    protected IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Render<MudPopoverProvider>();
        return Render<MudDialogProvider>();
    }
}
