using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Erp.Domain.Sales.Invoices;
using Erp.Domain.Sales.Pricing;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Sales.Invoices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Sales.Invoices.InvoiceTestData;

namespace Erp.Tests.Web.Features.Sales.Invoices;

public class InvoiceCommandsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Post_MixedRatesAndDiscounts_StoresTotalsSnapshotAndDue()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var chair = await data.Inventory.ProductAsync("CHAIR", 20m);
        var book = await data.Inventory.ProductAsync("BOOK", 2m, p => p.TaxCategory = "Reduced");
        var input = data.Invoice(
            Line(chair, 2m, 50m, discount: DiscountKind.Percent, discountValue: 10m), // 100 − 10 = 90 net, 16 % → 14.40
            Line(book, 3m, 10m),                                                      // 30 net, 8 % → 2.40
            Line(null, 1m, 25m, "Delivery"));                                         // 25 net, default 16 % → 4.00
        input.Notes = "Thank you";

        var draft = await data.DraftAsync(input);
        Assert.True(draft.IsSuccess, draft.Error?.Message);
        var saved = await data.LoadAsync(draft.Value);
        Assert.Equal("", saved.Number);
        var posted = await data.PostAsync(draft.Value);

        Assert.True(posted.IsSuccess, posted.Error?.Message);
        var invoice = await data.LoadAsync(draft.Value);
        Assert.Equal(SalesInvoiceStatus.Posted, invoice.Status);
        Assert.Equal((145m, 20.80m, 165.80m, 165.80m), (invoice.NetTotal, invoice.TaxTotal, invoice.GrossTotal, invoice.AmountDue));
        Assert.Equal(("Globex Corporation", "1 Main St, Austin, TX, 73301, US"), (invoice.CustomerName, invoice.CustomerAddress));
        var lines = invoice.Lines.OrderBy(l => l.LineNumber).ToList();
        Assert.Equal(("CHAIR", "Product CHAIR", 16m, 20m), (lines[0].Sku, lines[0].Description, lines[0].TaxRatePercent, lines[0].UnitCost));
        Assert.Equal((8m, 2.40m), (lines[1].TaxRatePercent, lines[1].Tax));
        Assert.Equal((null, "Delivery", 4m), (lines[2].ProductId, lines[2].Description, lines[2].Tax));
        Assert.Equal(new DateOnly(2026, 12, 2), invoice.DueDate);
    }

    [Fact]
    public async Task Post_AssignsGapFreeNumbers_InPostingOrder_DraftsAndRefusalsTakeNone()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var first = await data.DraftAsync(data.Invoice(Line(null, 1m, 10m, "A")));
        var second = await data.DraftAsync(data.Invoice(Line(null, 1m, 10m, "B")));
        var stock = await data.Inventory.ProductAsync("SHORT", 1m);
        var refused = data.Invoice(Line(stock, 5m, 10m));
        refused.UpdateStock = true;
        refused.StockLocationId = data.Inventory.Main;

        Assert.True((await data.PostAsync(second.Value)).IsSuccess);
        var short_ = await data.As(null, sp => sp.GetRequiredService<InvoiceCommands>().CreateAndPostAsync(refused));
        Assert.False(short_.IsSuccess);
        Assert.True((await data.PostAsync(first.Value)).IsSuccess);

        var numbers = await data.InDb(db => db.SalesInvoices.Where(i => i.Number != "").OrderBy(i => i.Number)
            .Select(i => new { i.Id, i.Number }).ToListAsync());
        Assert.Equal(["INV-2026-000001", "INV-2026-000002"], numbers.Select(n => n.Number));
        Assert.Equal(second.Value, numbers[0].Id);
        Assert.Equal(2, await data.InDb(db => db.SalesInvoices.CountAsync()));
    }

    [Fact]
    public async Task EditOrCancel_PostedInvoice_IsRefused_AndNothingChanges()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var input = data.Invoice(Line(null, 2m, 10m, "Consulting"));
        var id = await data.PostedAsync(input);

        input.Lines[0].Quantity = 5m;
        var edited = await data.As(null, sp => sp.GetRequiredService<InvoiceCommands>().UpdateDraftAsync(id, input));
        var cancelled = await data.As(null, sp => sp.GetRequiredService<InvoiceCommands>().CancelAsync(id, "oops"));

        Assert.Equal(InvoiceErrors.PostedNotEditable, edited.Error);
        Assert.Contains("credit note", edited.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(InvoiceErrors.PostedNotEditable, cancelled.Error);
        var invoice = await data.LoadAsync(id);
        Assert.Equal((2m, 23.20m, SalesInvoiceStatus.Posted), (invoice.Lines.Single().Quantity, invoice.GrossTotal, invoice.Status));
    }

    [Fact]
    public async Task Draft_BadInput_IsRefusedWithAClearReason()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var product = await data.Inventory.ProductAsync("COST", 10m);

        var zero = await data.DraftAsync(data.Invoice(Line(null, 0m, 10m, "Nothing")));
        var discount = await data.DraftAsync(data.Invoice(Line(null, 1m, 10m, "Too much", DiscountKind.Percent, 120m)));
        var rep = await data.Tenant.AddUserAsync(BuiltInRoles.SalesRep);
        var belowCost = await data.DraftAsync(data.Invoice(Line(product, 1m, 5m)), rep);
        var adminBelowCost = await data.DraftAsync(data.Invoice(Line(product, 1m, 5m)));

        Assert.Equal("Line 1: The quantity must be more than zero.", zero.Error!.Message);
        Assert.StartsWith("Line 1: A discount must be between 0 % and 100 %", discount.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("invoices.below_cost", belowCost.Error!.Code);
        Assert.True(adminBelowCost.IsSuccess, "Admins may override prices.");
        Assert.Equal(1, await data.InDb(db => db.SalesInvoices.CountAsync()));
    }

    [Fact]
    public async Task Post_WithUpdateStock_IssuesFromTheLocationAtValuedCost_OrRefusesNamingTheItem()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var lamp = await data.Inventory.ProductAsync("LAMP", 4m);
        await data.Inventory.PostAsync(new Erp.Data.Inventory.StockChange(lamp, data.Inventory.Main, 10m, MovementKind.Receipt, 3m));
        var input = data.Invoice(Line(lamp, 4m, 10m), Line(null, 1m, 5m, "Gift wrap"));
        input.UpdateStock = true;
        input.StockLocationId = data.Inventory.Main;

        var id = await data.PostedAsync(input);

        Assert.Equal(6m, await data.Inventory.OnHandAsync(lamp, data.Inventory.Main));
        var invoice = await data.LoadAsync(id);
        Assert.Equal(3m, invoice.Lines.Single(l => l.ProductId == lamp).UnitCost);
        var movement = await data.InDb(db => db.StockMovements.SingleAsync(m => m.SourceId == id));
        Assert.Equal((MovementKind.Sale, -4m, invoice.Number), (movement.Kind, movement.Quantity, movement.SourceNumber));

        var tooMany = data.Invoice(Line(lamp, 7m, 10m));
        tooMany.UpdateStock = true;
        tooMany.StockLocationId = data.Inventory.Main;
        var refused = await data.As(null, sp => sp.GetRequiredService<InvoiceCommands>().CreateAndPostAsync(tooMany));
        Assert.False(refused.IsSuccess);
        Assert.Contains("LAMP", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("6", refused.Error.Message, StringComparison.Ordinal);
        Assert.Equal(6m, await data.Inventory.OnHandAsync(lamp, data.Inventory.Main));
        Assert.Equal(1, await data.InDb(db => db.SalesInvoices.CountAsync()));
        await data.Inventory.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task Invoice_OfAnotherTenant_IsNotFound()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var id = await data.PostedAsync(data.Invoice(Line(null, 1m, 10m, "Mine")));
        var other = await InvoiceTestData.CreateAsync(app);

        var read = await other.As(null, sp => sp.GetRequiredService<InvoiceQueries>().GetAsync(id));

        Assert.Equal(InvoiceErrors.NotFound, read.Error);
    }
}
