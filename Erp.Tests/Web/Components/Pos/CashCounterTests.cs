using Bunit;
using Erp.Domain.Pos.Sessions;
using Erp.Web.Features.Pos.Sessions;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;

namespace Erp.Tests.Web.Components.Pos;

/// <summary>The drawer count: the currency's notes and coins, the running total, and a typed amount instead.</summary>
public class CashCounterTests
{
    [Fact]
    public async Task CountingByDenomination_TotalsTheDrawer_AndATypedAmountReplacesTheCount()
    {
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        var model = new CashCountModel("GBP");
        var changes = 0;

        var cut = ctx.Render<CashCounter>(p => p.Add(x => x.Model, model).Add(x => x.Currency, "GBP").Add(x => x.TestId, "count")
            .Add(x => x.Changed, EventCallback.Factory.Create(this, () => changes++)));
        var fields = cut.FindComponents<MudNumericField<int>>();
        await cut.InvokeAsync(() => fields.Single(f => f.Instance.Label == "20 ×").Instance.ValueChanged.InvokeAsync(2));
        await cut.InvokeAsync(() => fields.Single(f => f.Instance.Label == "0.5 ×").Instance.ValueChanged.InvokeAsync(3));

        Assert.Equal(12, fields.Count); // £50 down to 1p
        Assert.Equal(41.50m, model.Total);
        Assert.Equal([new DenominationCount(20m, 2), new DenominationCount(0.50m, 3)], model.ToCounts());
        Assert.Equal(2, changes);
        cut.Render();
        Assert.Contains("41.50", cut.Find("[data-testid=count-total]").TextContent, StringComparison.Ordinal);

        await cut.InvokeAsync(() => cut.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(false));
        await cut.InvokeAsync(() => cut.FindComponent<MudNumericField<decimal>>().Instance.ValueChanged.InvokeAsync(99.99m));

        Assert.Equal(99.99m, model.Total);
        Assert.Empty(model.ToCounts());
    }
}
