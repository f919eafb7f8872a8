using Bunit;
using Erp.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace Erp.Tests.Web.Components;

public class GridToolbarTests : MudComponentTestContext
{
    [Fact]
    public async Task Typing_RaisesSearchChangedOnceAfterThePause_WithTheLastText()
    {
        RenderProviders();
        var searches = new List<string>();
        var toolbar = Render<GridToolbar>(p => p
            .Add(t => t.Title, "Customers")
            .Add(t => t.DebounceMilliseconds, 1000)
            .Add(t => t.SearchChanged, (string s) => searches.Add(s)));

        var input = toolbar.Find("input[data-testid=grid-search], [data-testid=grid-search] input");
        await input.InputAsync(new ChangeEventArgs { Value = "a" });
        await input.InputAsync(new ChangeEventArgs { Value = "ac" });
        await input.InputAsync(new ChangeEventArgs { Value = "acme " });
        Assert.Empty(searches);

        // The callback does not re-render the toolbar, so poll instead of WaitForAssertion.
        for (var waited = 0; searches.Count == 0 && waited < 5000; waited += 50)
        {
            await Task.Delay(50);
        }

        await Task.Delay(1200);
        Assert.Equal(["acme"], searches);
    }

    [Fact]
    public void Render_WithOnlyATitle_ShowsNoOptionalButtons()
    {
        RenderProviders();
        var toolbar = Render<GridToolbar>(p => p.Add(t => t.Title, "Customers"));

        Assert.Contains("Customers", toolbar.Find("h1").TextContent, StringComparison.Ordinal);
        foreach (var id in new[] { "grid-search", "grid-refresh", "grid-new", "grid-excel", "grid-pdf" })
        {
            Assert.Empty(toolbar.FindAll($"[data-testid={id}]"));
        }
    }

    [Fact]
    public async Task Render_WithHrefsAndCallbacks_ShowsTheirButtons_AndExtraActions()
    {
        RenderProviders();
        var refreshed = 0;
        var exported = 0;
        var toolbar = Render<GridToolbar>(p => p
            .Add(t => t.Title, "Customers")
            .Add(t => t.NewHref, "/customers/new")
            .Add(t => t.PdfHref, "/customers.pdf")
            .Add(t => t.OnExcel, () => exported++)
            .Add(t => t.OnRefresh, () => refreshed++)
            .Add(t => t.Actions, "<button id=\"extra\">Import</button>"));

        Assert.Equal("/customers/new", toolbar.Find("[data-testid=grid-new]").GetAttribute("href"));
        Assert.Equal("/customers.pdf", toolbar.Find("[data-testid=grid-pdf]").GetAttribute("href"));
        await toolbar.Find("[data-testid=grid-excel]").ClickAsync(new());
        await toolbar.Find("[data-testid=grid-refresh]").ClickAsync(new());
        Assert.Equal((1, 1), (exported, refreshed));
        Assert.Equal("Import", toolbar.Find("#extra").TextContent);
    }
}
