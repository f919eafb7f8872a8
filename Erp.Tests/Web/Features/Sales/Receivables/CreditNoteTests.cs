using Erp.Domain.Inventory;
using Erp.Tests.Web.Features.Inventory;
using Erp.Domain.Sales.Invoices;
using Erp.Tests.TestInfrastructure;
using Erp.Tests.Web.Features.Sales.Invoices;
using Erp.Web.Features.Sales.Invoices;
using Microsoft.EntityFrameworkCore;
using static Erp.Tests.Web.Features.Sales.Invoices.InvoiceTestData;

namespace Erp.Tests.Web.Features.Sales.Receivables;

public class CreditNoteTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Return_BringsStockBackAtTheChosenLocationAtTheLineCost_AndLowersTheDue()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var lamp = await data.Inventory.ProductAsync("LAMP", 4m);
        await data.Inventory.PostAsync(new Erp.Data.Inventory.StockChange(lamp, data.Inventory.Main, 10m, MovementKind.Receipt, 3m));
        var input = data.Invoice(Line(lamp, 4m, 10m)); // 40 + 6.40 = 46.40
        input.UpdateStock = true;
        input.StockLocationId = data.Inventory.Main;
        var invoiceId = await data.PostedAsync(input);
        var line = (await data.LoadAsync(invoiceId)).Lines.Single();

        var note = await data.CreditAsync(new CreditNoteInput
        {
            InvoiceId = invoiceId, Kind = CreditNoteKind.Return, ReturnLocationId = data.Inventory.North, Reason = "Damaged",
            Lines = [new CreditNoteLineInput { InvoiceLineId = line.Id, Quantity = 1m }],
        });

        Assert.True(note.IsSuccess, note.Error?.Message);
        Assert.StartsWith("CN-2026-", note.Value.Number, StringComparison.Ordinal);
        Assert.Equal(1m, await data.Inventory.OnHandAsync(lamp, data.Inventory.North));
        Assert.Equal(3m, await data.Inventory.ValueAsync(lamp, data.Inventory.North));
        Assert.Equal(6m, await data.Inventory.OnHandAsync(lamp, data.Inventory.Main));
        var invoice = await data.LoadAsync(invoiceId);
        Assert.Equal((11.60m, 34.80m, SalesInvoiceStatus.PartiallyPaid), (invoice.CreditedAmount, invoice.AmountDue, invoice.Status));
        Assert.Equal(1m, invoice.Lines.Single().CreditedQuantity);

        var tooMany = await data.CreditAsync(new CreditNoteInput
        {
            InvoiceId = invoiceId, Kind = CreditNoteKind.Return, ReturnLocationId = data.Inventory.Main, Reason = "Again",
            Lines = [new CreditNoteLineInput { InvoiceLineId = line.Id, Quantity = 4m }],
        });
        Assert.Equal("credit_notes.quantity", tooMany.Error!.Code);
        Assert.Contains("only 3 of LAMP", tooMany.Error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await data.InDb(db => db.CreditNotes.CountAsync()));
        await data.Inventory.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task PriceCorrection_OnAPaidInvoice_MovesNoStock_AndBecomesCustomerCredit()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var invoiceId = await data.PostedAsync(data.Invoice(Line(null, 2m, 50m, "Service"))); // 100 + 16 = 116
        Assert.True((await data.PayAsync(116m, false, (invoiceId, 116m))).IsSuccess);
        var line = (await data.LoadAsync(invoiceId)).Lines.Single();

        var note = await data.CreditAsync(new CreditNoteInput
        {
            InvoiceId = invoiceId, Kind = CreditNoteKind.PriceCorrection, Reason = "Agreed discount",
            Lines = [new CreditNoteLineInput { InvoiceLineId = line.Id, Amount = 10m }],
        });

        Assert.True(note.IsSuccess, note.Error?.Message);
        var saved = await data.InDb(db => db.CreditNotes.SingleAsync());
        Assert.Equal((10m, 1.60m, 11.60m, 0m, 11.60m), (saved.NetTotal, saved.TaxTotal, saved.GrossTotal, saved.AppliedAmount, saved.UnappliedAmount));
        Assert.Equal(0, await data.InDb(db => db.StockMovements.CountAsync()));
        var balance = (await data.BalanceAsync()).Value;
        Assert.Equal((-11.60m, 11.60m), (balance.Balance, balance.Credit));
    }

    [Fact]
    public async Task PriceCorrection_OnAnOpenInvoice_GoesAgainstItsDueFirst_TheRestIsCredit()
    {
        var data = await InvoiceTestData.CreateAsync(app);
        var invoiceId = await data.PostedAsync(data.Invoice(Line(null, 1m, 100m, "Service"))); // 116
        Assert.True((await data.PayAsync(100m, false, (invoiceId, 100m))).IsSuccess);       // due 16
        var line = (await data.LoadAsync(invoiceId)).Lines.Single();

        var note = await data.CreditAsync(new CreditNoteInput
        {
            InvoiceId = invoiceId, Kind = CreditNoteKind.PriceCorrection, Reason = "Wrong rate",
            Lines = [new CreditNoteLineInput { InvoiceLineId = line.Id, Amount = 20m }], // 20 + 3.20 = 23.20
        });

        Assert.True(note.IsSuccess, note.Error?.Message);
        var invoice = await data.LoadAsync(invoiceId);
        Assert.Equal((16m, 0m, SalesInvoiceStatus.Paid), (invoice.CreditedAmount, invoice.AmountDue, invoice.Status));
        var saved = await data.InDb(db => db.CreditNotes.SingleAsync());
        Assert.Equal((16m, 7.20m), (saved.AppliedAmount, saved.UnappliedAmount));
        Assert.Equal(-7.20m, (await data.BalanceAsync()).Value.Balance);
    }
}
