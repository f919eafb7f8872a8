using Bunit;
using Erp.Data.Tenancy;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Payments;
using Erp.Web.Features.Sales.Receivables;
using Erp.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using static Erp.Tests.Web.Features.Sales.Invoices.InvoiceTestData;

namespace Erp.Tests.Web.Components.Sales;

/// <summary>The payment form over a real database: what it refuses before anything is saved, and what it records.</summary>
public class PaymentFormTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task PaymentForm_RefusesAnUnallocatedRest_UntilKeptAsCredit_ThenRecordsIt()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var invoice = await data.PostedAsync(data.Invoice(Line(null, 1m, 100m, "Service"))); // 116.00 due
        var number = (await data.LoadAsync(invoice)).Number;
        await using var scope = app.Services.CreateAsyncScope();
        ((TenantContext)scope.ServiceProvider.GetRequiredService<ITenantContext>()).Set(data.Tenant.Id, null, data.Tenant.AdminId);
        await using var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        foreach (var type in new[] { typeof(InvoiceLookups), typeof(InvoiceQueries), typeof(PaymentMethodService), typeof(PaymentCommands), typeof(PermissionGuard) })
        {
            ctx.Services.AddSingleton(type, scope.ServiceProvider.GetRequiredService(type));
        }

        ctx.Render<MudBlazor.MudPopoverProvider>();
        var cut = ctx.Render<PaymentForm>(p => p.Add(f => f.CustomerId, data.Customer).Add(f => f.InvoiceId, invoice));
        cut.WaitForAssertion(() => Assert.Contains(number, cut.Markup, StringComparison.Ordinal));

        cut.Find("[data-testid=payment-amount] input, input[data-testid=payment-amount]").Change("0");
        cut.Find("[data-testid=payment-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("The amount must be more than zero.", cut.Find("[data-testid=payment-error]").TextContent, StringComparison.Ordinal));

        cut.Find("[data-testid=payment-amount] input, input[data-testid=payment-amount]").Change("150");
        cut.Find("[data-testid=payment-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("34.00 is not allocated", cut.Find("[data-testid=payment-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, await data.InDb(db => db.CustomerPayments.CountAsync()));

        cut.Find($"[data-testid=payment-allocate-{number}] input, input[data-testid=payment-allocate-{number}]").Change("120");
        cut.Find("[data-testid=payment-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains($"{number} has only 116.00 due.", cut.Find("[data-testid=payment-error]").TextContent, StringComparison.Ordinal));

        cut.Find($"[data-testid=payment-allocate-{number}] input, input[data-testid=payment-allocate-{number}]").Change("116");
        cut.Find("[data-testid=payment-keep-credit] input, input[data-testid=payment-keep-credit]").Change(true);
        cut.Find("[data-testid=payment-save]").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=payment-error]")));

        var payment = await data.InDb(db => db.CustomerPayments.SingleAsync());
        Assert.Equal((150m, 116m, 34m), (payment.Amount, payment.AllocatedAmount, payment.UnallocatedAmount));
    }
}
