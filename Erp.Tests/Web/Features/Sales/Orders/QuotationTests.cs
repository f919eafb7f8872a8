using Erp.Domain.Platform;
using Erp.Domain.Sales.Orders;
using Erp.Domain.Sales.Quotations;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Inventory;
using Erp.Web.Features.Sales.Orders;
using Erp.Web.Features.Sales.Quotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Sales.Orders.SalesOrderTestKit;

namespace Erp.Tests.Web.Features.Sales.Orders;

/// <summary>Quotations: numbering, convert to order in one step with the quoted prices, and the expiry job.</summary>
public class QuotationTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Convert_CreatesADraftOrderWithTheQuotedLinesAndPrices_LinkedBothWays()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("QUOTED", 10m);
        var q = await data.StockedProductAsync("LISTED", 10m);
        var rep = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var quote = Quote(data, customer, Line(p, 4m, price: 8.5m), Line(q, 1m));
        quote.Notes = "Special price for the opening";
        var created = await data.AsQuoting(null, c => c.CreateAsync(quote)); // admin may override the price
        Assert.True(created.IsSuccess, created.Error?.Message);
        Assert.True((await data.AsQuoting(rep, c => c.SendAsync(created.Value))).IsSuccess);

        var converted = await data.AsQuoting(rep, c => c.ConvertAsync(created.Value)); // the rep may not override, but keeps the quote

        Assert.True(converted.IsSuccess, converted.Error?.Message);
        var quotation = await data.InDb(db => db.Quotations.AsNoTracking().Include(x => x.Lines).SingleAsync(x => x.Id == created.Value));
        var order = await data.OrderAsync(converted.Value.OrderId);
        Assert.StartsWith("QUO-2026-", quotation.Number, StringComparison.Ordinal);
        Assert.Equal((QuotationStatus.Accepted, converted.Value.OrderId), (quotation.Status, quotation.SalesOrderId));
        Assert.Equal((SalesOrderStatus.Draft, created.Value, data.Main), (order.Status, order.QuotationId, order.LocationId));
        Assert.Equal([("QUOTED", 4m, 8.5m), ("LISTED", 1m, 10m)],
            order.Lines.OrderBy(l => l.LineNumber).Select(l => (l.Sku, l.Quantity, l.UnitPrice)));
        Assert.Equal((quotation.Net, quotation.Tax, quotation.Gross), (order.Net, order.Tax, order.Gross));
        Assert.Equal((44m, 7.04m, 51.04m), (order.Net, order.Tax, order.Gross));
        Assert.Equal("Special price for the opening", order.Notes);

        // The rep can still edit the draft and keep the quoted price, then confirm it.
        var kept = Order(data, customer, Line(p, 5m, price: 8.5m));
        Assert.True((await data.As(rep, c => c.UpdateAsync(order.Id, kept))).IsSuccess);
        Assert.Equal(ConfirmOutcome.Confirmed, (await data.As(rep, c => c.ConfirmAsync(order.Id))).Value);
        AssertRefused(await data.AsQuoting(rep, c => c.ConvertAsync(created.Value)), "documents.illegal_transition");
    }

    [Fact]
    public async Task Decline_NeedsAReason_AndADeclinedQuotationCannotBeConverted()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("DECL", 10m);
        var id = (await data.AsQuoting(null, c => c.CreateAsync(Quote(data, customer, Line(p, 1m))))).Value;

        AssertRefused(await data.AsQuoting(null, c => c.DeclineAsync(id, "")), "documents.reason_required");
        Assert.True((await data.AsQuoting(null, c => c.DeclineAsync(id, "Too expensive"))).IsSuccess);

        AssertRefused(await data.AsQuoting(null, c => c.ConvertAsync(id)), "documents.illegal_transition");
        Assert.Equal(0, await data.InDb(db => db.SalesOrders.CountAsync()));
    }

    [Fact]
    public async Task ExpiryJob_ExpiresOpenQuotationsPastTheirDate_OnlyOnce_AndLeavesTheOthers()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var customer = await data.CustomerAsync();
        var p = await data.StockedProductAsync("EXP", 10m);
        var today = DateTime.UtcNow.Date;
        async Task<Guid> QuoteAsync(DateTime date, DateTime validUntil)
        {
            var input = Quote(data, customer, Line(p, 1m));
            (input.QuotationDate, input.ValidUntil) = (date, validUntil);
            var created = await data.AsQuoting(null, c => c.CreateAsync(input));
            Assert.True(created.IsSuccess, created.Error?.Message);
            return created.Value;
        }

        var oldDraft = await QuoteAsync(today.AddDays(-40), today.AddDays(-10));
        var oldSent = await QuoteAsync(today.AddDays(-20), today.AddDays(-1));
        await data.AsQuoting(null, c => c.SendAsync(oldSent));
        var lastDay = await QuoteAsync(today.AddDays(-5), today);
        var declined = await QuoteAsync(today.AddDays(-40), today.AddDays(-30));
        await data.AsQuoting(null, c => c.DeclineAsync(declined, "No"));

        for (var run = 0; run < 2; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<QuotationExpiryJob>().RunAsync(CancellationToken.None);
        }

        var statuses = await data.InDb(db => db.Quotations.ToDictionaryAsync(q => q.Id, q => q.Status));
        Assert.Equal(QuotationStatus.Expired, statuses[oldDraft]);
        Assert.Equal(QuotationStatus.Expired, statuses[oldSent]);
        Assert.Equal(QuotationStatus.Draft, statuses[lastDay]); // valid until today: still valid today
        Assert.Equal(QuotationStatus.Declined, statuses[declined]);
        Assert.Equal(2, await data.InDb(db => db.DocumentStatusChanges.CountAsync(c => c.ToStatus == "Expired")));
    }
}
