using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Receipts;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Documents;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Inventory.Receipts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Inventory.ReceiptsTestKit;

namespace Erp.Tests.Web.Features.Inventory;

public class ReceiptsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task Post_TwoBoxesOfTwelve_AddsTwentyFourPiecesAtCostPerPiece()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var cola = await data.ProductAsync("COLA", 1m);

        var created = await data.CreateReceiptAsync(Receipt(data.Main, Line(cola, 2m, 30m, data.Basics.Box)));
        Assert.True(created.IsSuccess, created.Error?.Message);
        var posted = await data.PostReceiptAsync(created.Value);

        Assert.True(posted.IsSuccess, posted.Error?.Message);
        Assert.Equal(24m, await data.OnHandAsync(cola, data.Main));
        Assert.Equal(60m, await data.ValueAsync(cola, data.Main));
        var movement = await data.InDb(db => db.StockMovements.SingleAsync(m => m.ProductId == cola));
        Assert.Equal(MovementKind.Receipt, movement.Kind);
        Assert.Equal(24m, movement.Quantity);
        Assert.Equal(2.5m, movement.UnitCost);
        Assert.Equal(DocumentTypes.GoodsReceipt, movement.SourceType);
        Assert.Equal(created.Value, movement.SourceId);
        Assert.Equal(posted.Value, movement.SourceNumber);
        Assert.StartsWith("GRN-2026-", posted.Value, StringComparison.Ordinal);
        var line = await data.InDb(db => db.GoodsReceipts.Where(r => r.Id == created.Value).SelectMany(r => r.Lines).SingleAsync());
        Assert.Equal(line.Id, movement.SourceLineId);
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task Post_InForeignCurrency_ValuesStockInBaseCurrencyAtTheRate()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var tea = await data.ProductAsync("TEA", 1m);
        var input = Receipt(data.Main, Line(tea, 10m, 3m));
        input.Currency = "EUR";
        input.ExchangeRate = 1.1m;

        var created = await data.CreateReceiptAsync(input);
        await data.PostReceiptAsync(created.Value);

        Assert.Equal(33m, await data.ValueAsync(tea, data.Main)); // 10 × round4(3 × 1.1)
        var details = await data.As(null, sp => sp.GetRequiredService<GoodsReceiptQueries>().GetAsync(created.Value));
        Assert.Equal("EUR", details.Value.Currency);
        Assert.Equal(30m, details.Value.Total);
    }

    [Fact]
    public async Task Create_NumbersTheDraft_AndStatusHistoryRecordsEachStep()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("HIST", 1m);
        var first = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, 1m)));
        var second = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, 1m)));

        await data.PostReceiptAsync(first.Value);

        var numbers = await data.InDb(db => db.GoodsReceipts.OrderBy(r => r.Number).Select(r => r.Number).ToListAsync());
        Assert.Equal(["GRN-2026-000001", "GRN-2026-000002"], numbers);
        var history = await data.InDb(db => db.DocumentStatusChanges.Where(c => c.DocumentId == first.Value)
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.FromStatus != null).Select(c => c.FromStatus + ">" + c.ToStatus).ToListAsync());
        Assert.Equal([">Draft", "Draft>Posted"], history);
        Assert.Equal(GoodsReceiptStatus.Draft, await data.InDb(db => db.GoodsReceipts.Where(r => r.Id == second.Value).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task SaveAndPost_NumbersPostsAndAddsStock_InOneStep_OrChangesNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("ONESTEP", 1m);

        var posted = await data.As(null, sp => sp.GetRequiredService<GoodsReceiptCommands>()
            .CreateAndPostAsync(Receipt(data.Main, Line(p, 2m, 30m, data.Basics.Box))));
        var refused = await data.As(null, sp => sp.GetRequiredService<GoodsReceiptCommands>()
            .CreateAndPostAsync(Receipt(data.Main, Line(p, 1m, 1m), Line(p, 1m, 1m, data.Basics.Kg))));

        Assert.True(posted.IsSuccess, posted.Error?.Message);
        Assert.Equal("GRN-2026-000001", posted.Value.Number);
        Assert.Equal(24m, await data.OnHandAsync(p, data.Main));
        Assert.Equal(60m, await data.ValueAsync(p, data.Main));
        var history = await data.InDb(db => db.DocumentStatusChanges.Where(c => c.DocumentId == posted.Value.Id)
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.FromStatus != null).Select(c => c.FromStatus + ">" + c.ToStatus).ToListAsync());
        Assert.Equal([">Draft", "Draft>Posted"], history);
        Assert.Equal("inventory.no_conversion", refused.Error!.Code);
        Assert.Equal(1, await data.InDb(db => db.GoodsReceipts.CountAsync()));
        Assert.Equal(1, await data.InDb(db => db.StockMovements.CountAsync()));

        var next = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, 1m)));
        Assert.Equal("GRN-2026-000002", await data.InDb(db => db.GoodsReceipts.Where(r => r.Id == next.Value).Select(r => r.Number).SingleAsync()));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task PostTwice_IsRefused_AndStockIsAddedOnce()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("TWICE", 1m);
        var created = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 5m, 1m)));
        await data.PostReceiptAsync(created.Value);

        var again = await data.PostReceiptAsync(created.Value);

        Assert.False(again.IsSuccess);
        Assert.Equal("documents.illegal_transition", again.Error!.Code);
        Assert.Equal(5m, await data.OnHandAsync(p, data.Main));
    }

    [Fact]
    public async Task Cancelled_CannotBePosted_AndCancelNeedsAReason()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("CANC", 1m);
        var created = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 5m, 1m)));
        var commands = (IServiceProvider sp) => sp.GetRequiredService<GoodsReceiptCommands>();

        var noReason = await data.As(null, sp => commands(sp).CancelAsync(created.Value, " "));
        Assert.Equal("documents.reason_required", noReason.Error!.Code);
        var cancelled = await data.As(null, sp => commands(sp).CancelAsync(created.Value, "Supplier sent it back"));
        Assert.True(cancelled.IsSuccess, cancelled.Error?.Message);

        var posted = await data.PostReceiptAsync(created.Value);
        Assert.False(posted.IsSuccess);
        Assert.Contains("cancelled", posted.Error!.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0m, await data.OnHandAsync(p, data.Main));
        var edit = await data.As(null, sp => commands(sp).UpdateAsync(created.Value, Receipt(data.Main, Line(p, 9m, 1m))));
        Assert.Equal("inventory.document_not_draft", edit.Error!.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task Create_WithZeroOrNegativeQuantity_IsRefused_AndNothingIsSaved(decimal quantity)
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("BADQ", 1m);

        var created = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 2m, 1m), Line(p, quantity, 1m)));

        Assert.False(created.IsSuccess);
        Assert.Equal("Line 2: Quantities must be greater than zero.", created.Error!.Message);
        Assert.Equal(0, await data.InDb(db => db.GoodsReceipts.CountAsync()));
    }

    [Fact]
    public async Task Create_WithUnknownProduct_UnitWithoutConversion_OrNoLines_IsRefused()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("CONV", 1m);

        var unknown = await data.CreateReceiptAsync(Receipt(data.Main, Line(Guid.NewGuid(), 1m, 1m)));
        var noConversion = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, 1m, data.Basics.Kg)));
        var noLines = await data.CreateReceiptAsync(Receipt(data.Main));
        var negativeCost = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, -1m)));
        var noLocation = await data.CreateReceiptAsync(Receipt(Guid.NewGuid(), Line(p, 1m, 1m)));

        Assert.Equal("Line 1: The product was not found.", unknown.Error!.Message);
        Assert.Equal("inventory.no_conversion", noConversion.Error!.Code);
        Assert.Contains("no conversion from KG to PCS", noConversion.Error.Message, StringComparison.Ordinal);
        Assert.Equal(InventoryErrors.NoLines, noLines.Error);
        Assert.Contains("cannot be negative", negativeCost.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(InventoryErrors.UnknownLocation, noLocation.Error);
        Assert.Equal(0, await data.InDb(db => db.GoodsReceipts.CountAsync()));
    }

    [Fact]
    public async Task UserWithoutManage_CannotCreateOrPost_ButViewerCanRead()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("PERM", 1m);
        var created = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, 1m)));
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier);
        var buyer = await data.Tenant.AddUserAsync(BuiltInRoles.Buyer);

        var byCashier = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, 1m)), cashier);
        var postByBuyer = await data.PostReceiptAsync(created.Value, buyer);
        var readByBuyer = await data.As(buyer, sp => sp.GetRequiredService<GoodsReceiptQueries>().GetAsync(created.Value));
        var readByCashier = await data.As(cashier, sp => sp.GetRequiredService<GoodsReceiptQueries>().GetAsync(created.Value));

        Assert.Equal("common.forbidden", byCashier.Error!.Code);
        Assert.Equal("common.forbidden", postByBuyer.Error!.Code);
        Assert.True(readByBuyer.IsSuccess);
        Assert.Equal("common.forbidden", readByCashier.Error!.Code);
        Assert.Equal(0m, await data.OnHandAsync(p, data.Main));
    }

    [Fact]
    public async Task AnotherTenantsReceipt_IsNotFound_AndCannotBePosted()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var other = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("ISO", 1m);
        var created = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, 1m)));

        var read = await other.As(null, sp => sp.GetRequiredService<GoodsReceiptQueries>().GetAsync(created.Value));
        var posted = await other.PostReceiptAsync(created.Value);
        var list = await other.As(null, sp => sp.GetRequiredService<GoodsReceiptQueries>().ListAsync(new GoodsReceiptListQuery(), 0, 25));
        var intoForeignLocation = await other.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, 1m)));

        Assert.Equal(GoodsReceiptCommands.NotFound, read.Error);
        Assert.Equal(GoodsReceiptCommands.NotFound, posted.Error);
        Assert.Empty(list.Value.Items);
        Assert.Equal(InventoryErrors.UnknownLocation, intoForeignLocation.Error);
        Assert.Equal(0m, await data.OnHandAsync(p, data.Main));
    }

    [Fact]
    public async Task List_FiltersByStatusAndSearch_AndSortsByTotal()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var p = await data.ProductAsync("LIST", 1m);
        var small = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 1m, 5m)));
        var big = await data.CreateReceiptAsync(Receipt(data.Main, Line(p, 10m, 5m)));
        await data.PostReceiptAsync(big.Value);
        var queries = (IServiceProvider sp) => sp.GetRequiredService<GoodsReceiptQueries>();

        var posted = await data.As(null, sp => queries(sp).ListAsync(new GoodsReceiptListQuery(Status: GoodsReceiptStatus.Posted), 0, 25));
        var byTotal = await data.As(null, sp => queries(sp).ListAsync(new GoodsReceiptListQuery(Sort: "total", Desc: false), 0, 25));
        var search = await data.As(null, sp => queries(sp).ListAsync(new GoodsReceiptListQuery(Search: "000001"), 0, 25));

        Assert.Equal([big.Value], posted.Value.Items.Select(r => r.Id));
        Assert.Equal([small.Value, big.Value], byTotal.Value.Items.Select(r => r.Id));
        Assert.Equal([50m, 5m], byTotal.Value.Items.Select(r => r.Total).Reverse());
        Assert.Equal(small.Value, Assert.Single(search.Value.Items).Id);
        Assert.Equal("Main warehouse", search.Value.Items[0].Location);
    }
}
