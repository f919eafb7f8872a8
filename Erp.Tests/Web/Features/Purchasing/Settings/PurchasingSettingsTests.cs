using Erp.Domain.Common;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Purchasing.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Purchasing.Settings;

public class PurchasingSettingsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Settings_ShowTheDefaultsUntilTheFirstSaveCreatesTheRow_ThenSavesEdits()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var admin = kit.Data.Tenant.AdminId;

        var defaults = (await kit.As(kit.Buyer, sp => sp.GetRequiredService<PurchasingSettingsService>().GetAsync())).Value;
        defaults.OverReceiptTolerancePercent = 5m;
        defaults.OrderApprovalThreshold = 2500m;
        defaults.OtherCurrencies = "gbp; eur";
        var first = await kit.As(admin, sp => sp.GetRequiredService<PurchasingSettingsService>().SaveAsync(defaults));
        defaults.RequireOrderForBills = false;
        var second = await kit.As(admin, sp => sp.GetRequiredService<PurchasingSettingsService>().SaveAsync(defaults));

        Assert.True(first.IsSuccess && second.IsSuccess, first.Error?.Message ?? second.Error?.Message);
        var saved = await kit.InDb(db => db.PurchasingSettings.SingleAsync());
        Assert.Equal((5m, 2500m, 1000m, false, 30, "EUR,GBP"), (saved.OverReceiptTolerancePercent, saved.OrderApprovalThreshold,
            saved.RequisitionApprovalThreshold, saved.RequireOrderForBills, saved.SalesVelocityDays, saved.OtherCurrencies));
    }

    public static TheoryData<string> BadInputs => new() { "tolerance", "price", "threshold", "velocity", "currency" };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Save_WithABadValue_IsRefusedWithAMessage_AndChangesNothing(string what)
    {
        var kit = await PurchasingTestKit.CreateAsync(app);
        var admin = kit.Data.Tenant.AdminId;
        var input = new PurchasingSettingsInput { OverReceiptTolerancePercent = 2m, SalesVelocityDays = 45, OtherCurrencies = "EUR" };
        Assert.True((await kit.As(admin, sp => sp.GetRequiredService<PurchasingSettingsService>().SaveAsync(input))).IsSuccess);
        switch (what)
        {
            case "tolerance": input.OverReceiptTolerancePercent = 101m; break;
            case "price": input.PriceTolerancePercent = -1m; break;
            case "threshold": input.OrderApprovalThreshold = -5m; break;
            case "velocity": input.SalesVelocityDays = 0; break;
            case "currency": input.OtherCurrencies = "EURO"; break;
        }

        var result = await kit.As(admin, sp => sp.GetRequiredService<PurchasingSettingsService>().SaveAsync(input));

        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Error!.Message));
        var saved = await kit.InDb(db => db.PurchasingSettings.SingleAsync());
        Assert.Equal((2m, 0m, 0m, 45, "EUR"), (saved.OverReceiptTolerancePercent, saved.PriceTolerancePercent, saved.OrderApprovalThreshold,
            saved.SalesVelocityDays, saved.OtherCurrencies));
    }

    [Fact]
    public async Task Save_ByABuyer_IsForbidden()
    {
        var kit = await PurchasingTestKit.CreateAsync(app);

        var result = await kit.As(kit.Buyer, sp => sp.GetRequiredService<PurchasingSettingsService>()
            .SaveAsync(new PurchasingSettingsInput { SalesVelocityDays = 30 }));

        Assert.Equal(CommonErrors.Forbidden, result.Error);
        Assert.Equal(0, await kit.InDb(db => db.PurchasingSettings.CountAsync()));
    }
}
