using Erp.Domain.Sales.Invoices;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Receivables;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Sales.Invoices.InvoiceTestData;

namespace Erp.Tests.Web.Features.Sales.Receivables;

public class PaymentTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Pay_InTwoParts_MovesPostedToPartiallyPaidToPaid()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var invoice = await data.PostedAsync(data.Invoice(Line(null, 1m, 100m, "Service"))); // 116.00

        var first = await data.PayAsync(50m, false, (invoice, 50m));
        var afterFirst = await data.LoadAsync(invoice);
        var second = await data.PayAsync(66m, false, (invoice, 66m));

        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.Equal((SalesInvoiceStatus.PartiallyPaid, 50m, 66m), (afterFirst.Status, afterFirst.PaidAmount, afterFirst.AmountDue));
        Assert.True(second.IsSuccess, second.Error?.Message);
        var paid = await data.LoadAsync(invoice);
        Assert.Equal((SalesInvoiceStatus.Paid, 116m, 0m), (paid.Status, paid.PaidAmount, paid.AmountDue));
        Assert.Equal(["PAY-2026-000001", "PAY-2026-000002"], await data.InDb(db => db.CustomerPayments.OrderBy(p => p.Number).Select(p => p.Number).ToListAsync()));
        var balance = (await data.BalanceAsync()).Value;
        Assert.Equal((0m, 0m, 0m), (balance.Balance, balance.OpenInvoices, balance.Credit));
    }

    [Fact]
    public async Task Pay_MoreThanAllocated_IsRefusedWithoutKeepCredit_AndKeptCreditPaysAnotherInvoiceLater()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var first = await data.PostedAsync(data.Invoice(Line(null, 1m, 50m, "First")));   // 58.00
        var second = await data.PostedAsync(data.Invoice(Line(null, 1m, 25m, "Second"))); // 29.00

        var refused = await data.PayAsync(100m, false, (first, 58m));
        Assert.Equal(PaymentCommands.NotAllocated, refused.Error);
        Assert.Equal(0, await data.InDb(db => db.CustomerPayments.CountAsync()));
        Assert.Equal(58m, (await data.LoadAsync(first)).AmountDue);

        var kept = await data.PayAsync(100m, true, (first, 58m));
        Assert.True(kept.IsSuccess, kept.Error?.Message);
        var balance = (await data.BalanceAsync()).Value;
        Assert.Equal((42m, 29m, -13m), (balance.Credit, balance.OpenInvoices, balance.Balance));

        var applied = await data.As(null, sp => sp.GetRequiredService<PaymentCommands>().ApplyCreditAsync(second, 29m));
        Assert.True(applied.IsSuccess, applied.Error?.Message);
        Assert.Equal(SalesInvoiceStatus.Paid, (await data.LoadAsync(second)).Status);
        var payment = await data.InDb(db => db.CustomerPayments.SingleAsync());
        Assert.Equal((87m, 13m), (payment.AllocatedAmount, payment.UnallocatedAmount));
        Assert.Equal(13m, (await data.BalanceAsync()).Value.Credit);
    }

    [Fact]
    public async Task Pay_MoreThanAnInvoiceIsDue_IsRefused_AndNothingIsSaved()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var invoice = await data.PostedAsync(data.Invoice(Line(null, 1m, 10m, "Small"))); // 11.60

        var refused = await data.PayAsync(20m, true, (invoice, 20m));

        Assert.Equal("invoices.overpaid", refused.Error!.Code);
        Assert.Equal(0, await data.InDb(db => db.CustomerPayments.CountAsync()));
        Assert.Equal(0, await data.InDb(db => db.ReceivableAllocations.CountAsync()));
        Assert.Equal(11.60m, (await data.LoadAsync(invoice)).AmountDue);
    }

    [Fact]
    public async Task Pay_TwoPaymentsOfTheWholeDueAtOnce_OnlyOneIsTaken()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var invoice = await data.PostedAsync(data.Invoice(Line(null, 1m, 100m, "Race"))); // 116.00

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => data.PayAsync(116m, false, (invoice, 116m))));

        Assert.Equal(1, results.Count(r => r.IsSuccess));
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("invoices.not_open", r.Error!.Code));
        var paid = await data.LoadAsync(invoice);
        Assert.Equal((116m, 0m, SalesInvoiceStatus.Paid), (paid.PaidAmount, paid.AmountDue, paid.Status));
        Assert.Equal(116m, await data.InDb(db => db.ReceivableAllocations.SumAsync(a => a.Amount)));
    }

    [Fact]
    public async Task Pay_WithoutThePaymentsPermission_IsRefused()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var invoice = await data.PostedAsync(data.Invoice(Line(null, 1m, 10m, "Small")));
        var rep = await data.Tenant.AddUserAsync(Erp.Domain.Platform.BuiltInRoles.SalesRep);
        var method = await data.MethodAsync();

        var refused = await data.As(rep, sp => sp.GetRequiredService<PaymentCommands>().RecordAsync(new PaymentInput
        {
            CustomerId = data.Customer, MethodId = method, Amount = 11.60m, Allocations = [new AllocationInput { InvoiceId = invoice, Amount = 11.60m }],
        }));

        Assert.Equal(Erp.Domain.Common.CommonErrors.Forbidden, refused.Error);
    }
}
