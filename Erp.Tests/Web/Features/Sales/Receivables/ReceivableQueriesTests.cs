using Erp.Domain.Sales.Invoices;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Sales.Customers;
using Erp.Tests.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Receivables;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Sales.Receivables;

public class ReceivableQueriesTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private static readonly DateOnly AsOf = new(2026, 12, 31);

    /// <summary>A one-line invoice with no tax, so its gross is <paramref name="amount"/>.</summary>
    private static async Task<Guid> InvoiceAsync(InvoiceTestData data, Guid customer, string invoiceDate, string dueDate, decimal amount)
    {
        var input = data.Invoice(new InvoiceLineInput { Description = "Goods", Quantity = 1m, UnitPrice = amount, TaxRatePercent = 0m });
        input.CustomerId = customer;
        input.InvoiceDate = DateTime.Parse(invoiceDate, System.Globalization.CultureInfo.InvariantCulture);
        input.DueDate = DateTime.Parse(dueDate, System.Globalization.CultureInfo.InvariantCulture);
        return await data.PostedAsync(input);
    }

    private static async Task PayAsync(InvoiceTestData data, Guid customer, string date, decimal amount, params (Guid Invoice, decimal Amount)[] to)
    {
        var method = await data.MethodAsync();
        var paid = await data.As(null, sp => sp.GetRequiredService<PaymentCommands>().RecordAsync(new PaymentInput
        {
            CustomerId = customer, Date = DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), MethodId = method,
            Amount = amount, KeepCredit = true, Allocations = [.. to.Select(a => new AllocationInput { InvoiceId = a.Invoice, Amount = a.Amount })],
        }));
        Assert.True(paid.IsSuccess, paid.Error?.Message);
    }

    [Fact]
    public async Task Aging_AsOfADate_PutsEachOpenAmountInItsBucket_PerCustomerAndInTotal()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var globex = data.Customer;
        var initech = await data.CustomerAsync("Initech");
        await InvoiceAsync(data, globex, "2026-12-01", "2027-01-10", 100m); // not yet due → current
        await InvoiceAsync(data, globex, "2026-11-01", "2026-12-31", 50m);  // due on the day → current
        await InvoiceAsync(data, globex, "2026-11-01", "2026-12-30", 30m);  // 1 day → 1–30
        await InvoiceAsync(data, globex, "2026-11-01", "2026-12-01", 40m);  // 30 days → 1–30
        await InvoiceAsync(data, globex, "2026-10-01", "2026-11-30", 20m);  // 31 days → 31–60
        await InvoiceAsync(data, globex, "2026-09-01", "2026-10-02", 70m);  // 90 days → 61–90
        var old = await InvoiceAsync(data, globex, "2026-09-01", "2026-10-01", 80m); // 91 days → 90+, 30 paid → 50
        var paid = await InvoiceAsync(data, globex, "2026-09-01", "2026-10-01", 15m); // paid → not in the report
        await InvoiceAsync(data, globex, "2027-01-05", "2027-02-05", 999m); // after the as-of date → not in the report
        await InvoiceAsync(data, initech, "2026-10-01", "2026-11-01", 200m); // 60 days → 31–60
        await PayAsync(data, globex, "2026-11-15", 45m, (old, 30m), (paid, 15m));

        var page = await data.As(null, sp => sp.GetRequiredService<ReceivableQueries>().AgingAsync(new AgingQuery(AsOf), 0, 25));
        var totals = await data.As(null, sp => sp.GetRequiredService<ReceivableQueries>().AgingTotalsAsync(new AgingQuery(AsOf)));

        Assert.True(page.IsSuccess, page.Error?.Message);
        Assert.Equal(2, page.Value.Total);
        var rows = page.Value.Items.ToDictionary(r => r.CustomerName);
        Assert.Equal(new AgingRow(globex, rows["Globex Corporation"].CustomerCode, "Globex Corporation", 150m, 70m, 20m, 70m, 50m, 360m),
            rows["Globex Corporation"]);
        Assert.Equal((0m, 0m, 200m, 0m, 0m, 200m), (rows["Initech"].Current, rows["Initech"].Days1To30, rows["Initech"].Days31To60,
            rows["Initech"].Days61To90, rows["Initech"].Over90, rows["Initech"].Total));
        Assert.Equal(new AgingTotals(150m, 70m, 220m, 70m, 50m, 560m), totals.Value);
    }

    [Fact]
    public async Task Statement_ForAPeriod_BringsTheBalanceForward_AndRunsItThroughEachMovement()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var input = CustomerTestKit.Input("Umbrella Corp");
        input.OpeningBalance = 25m;
        input.OpeningBalanceDate = new DateTime(2026, 1, 1);
        var customer = await app.CreateAsync(data.Tenant, input);
        var a = await InvoiceAsync(data, customer, "2026-10-15", "2026-11-15", 100m);
        await PayAsync(data, customer, "2026-10-20", 40m, (a, 40m));
        var b = await InvoiceAsync(data, customer, "2026-11-05", "2026-12-05", 200m);
        await PayAsync(data, customer, "2026-11-10", 150m, (b, 150m));
        var line = (await data.LoadAsync(a)).Lines.Single();
        var note = await data.CreditAsync(new CreditNoteInput
        {
            InvoiceId = a, Kind = CreditNoteKind.PriceCorrection, Date = new DateTime(2026, 11, 15), Reason = "Discount",
            Lines = [new CreditNoteLineInput { InvoiceLineId = line.Id, Amount = 10m }],
        });
        Assert.True(note.IsSuccess, note.Error?.Message);
        await InvoiceAsync(data, customer, "2026-12-05", "2027-01-05", 70m);

        var statement = await data.As(null, sp => sp.GetRequiredService<ReceivableQueries>()
            .StatementAsync(customer, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));

        Assert.True(statement.IsSuccess, statement.Error?.Message);
        Assert.Equal(85m, statement.Value.OpeningBalance); // 25 + 100 − 40
        Assert.Equal(
            [(StatementEntryKind.Invoice, 200m, 0m, 285m), (StatementEntryKind.Payment, 0m, 150m, 135m), (StatementEntryKind.CreditNote, 0m, 10m, 125m)],
            statement.Value.Entries.Select(e => (e.Kind, e.Debit, e.Credit, e.Balance)));
        Assert.Equal(125m, statement.Value.ClosingBalance);
        var balance = (await data.BalanceAsync(customer)).Value;
        Assert.Equal(195m, balance.Balance); // 125 + the December invoice of 70
    }
}
