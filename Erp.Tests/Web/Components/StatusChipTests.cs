using Bunit;
using Erp.Tests.Domain.Platform;
using Erp.Web.Components.Shared;
using MudBlazor;

namespace Erp.Tests.Web.Components;

public class StatusChipTests : MudComponentTestContext
{
    [Theory]
    [InlineData(SampleStatus.Draft, "Draft", "mud-chip-color-default")]
    [InlineData(SampleStatus.Posted, "Posted", "mud-chip-color-success")]
    [InlineData(SampleStatus.Cancelled, "Cancelled", "mud-chip-color-error")]
    public void Render_MapsTheStatusToItsLabelAndColour(SampleStatus status, string label, string colourClass)
    {
        var chip = Render<StatusChip>(p => p.Add(c => c.Status, status));

        var element = chip.Find(".mud-chip");
        Assert.Equal(label, element.TextContent.Trim());
        Assert.Contains(colourClass, element.ClassName, StringComparison.Ordinal);
        Assert.Equal(status.ToString(), element.GetAttribute("data-status"));
    }

    [Fact]
    public void Render_OfARegisteredEnumValue_UsesItsOwnStyle_AndSplitsWordsOtherwise()
    {
        StatusStyles.Register(RegisteredStatus.OnHold, Color.Warning, "Held by credit control");

        var registered = Render<StatusChip>(p => p.Add(c => c.Status, RegisteredStatus.OnHold)).Find(".mud-chip");
        var humanized = Render<StatusChip>(p => p.Add(c => c.Status, RegisteredStatus.WaitingForStock)).Find(".mud-chip");

        Assert.Equal("Held by credit control", registered.TextContent.Trim());
        Assert.Contains("mud-chip-color-warning", registered.ClassName, StringComparison.Ordinal);
        Assert.Equal("Waiting for stock", humanized.TextContent.Trim());
    }

    [Fact]
    public void Render_WithOverrides_UsesTheGivenColourAndLabel()
    {
        var chip = Render<StatusChip>(p => p.Add(c => c.Status, "Draft").Add(c => c.Color, Color.Info).Add(c => c.Label, "Quote"));

        var element = chip.Find(".mud-chip");
        Assert.Equal("Quote", element.TextContent.Trim());
        Assert.Contains("mud-chip-color-info", element.ClassName, StringComparison.Ordinal);
    }

    public enum RegisteredStatus
    {
        OnHold,
        WaitingForStock,
    }
}
