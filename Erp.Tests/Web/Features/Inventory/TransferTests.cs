using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Transfers;
using Erp.Domain.Inventory.Valuation;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Documents;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Inventory.Shared;
using Erp.Web.Features.Inventory.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Erp.Tests.Web.Features.Inventory.TransferTestSupport;

namespace Erp.Tests.Web.Features.Inventory;

public class TransferTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task ShippedButNotReceived_IsInTransit_InNeitherWarehousesAvailableStock_ButInTheValuation()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-ACC", 2.5m);
        await data.ReceiveStockAsync(product, data.Main, 10m, 2.5m);
        await data.ReceiveStockAsync(product, data.North, 1m, 2.5m);
        var valueBefore = await data.TotalValueAsync(product); // 11 × 2.50 = 27.50

        var id = await data.ShippedAsync(Input(data.Main, data.North, (product, 4m)));

        var transit = await data.TransitLocationAsync();
        var source = await data.LevelAsync(product, data.Main);
        var destination = await data.LevelAsync(product, data.North);
        var inTransit = await data.LevelAsync(product, transit);
        Assert.Equal((6m, 6m, 15.00m), source);            // 4 left the source…
        Assert.Equal((1m, 1m, 2.50m), destination);        // …and have not arrived
        Assert.Equal((4m, 4m, 10.00m), inTransit);         // they wait in transit, at the value they left at
        Assert.Equal(27.50m, valueBefore);
        Assert.Equal(valueBefore, await data.TotalValueAsync(product));
        // The transit location is no place to pick stock from or send it to.
        var locations = await data.AsAdmin(sp => sp.GetRequiredService<InventoryLookups>().LocationsAsync());
        Assert.DoesNotContain(locations, l => l.Id == transit);

        var details = await data.DetailsAsync(id);
        Assert.Equal(TransferStatus.Shipped, details.Status);
        Assert.Matches(@"^TRF-2026-\d{6}$", details.Number);
        Assert.Equal(4m, details.Lines.Single().Shipped);
        Assert.Equal(10.00m, details.ShippedValue);
        Assert.Equal(10.00m, details.InTransitValue);
        var movements = await data.InDb(db => db.StockMovements.Where(m => m.SourceId == id).OrderBy(m => m.OccurredAt)
            .Select(m => new { m.Kind, m.LocationId, m.Quantity, m.Value, m.SourceNumber, m.SourceType }).ToListAsync());
        Assert.Equal(2, movements.Count);
        Assert.Contains(movements, m => m is { Kind: MovementKind.TransferOut, Quantity: -4m, Value: -10.00m } && m.LocationId == data.Main);
        Assert.Contains(movements, m => m is { Kind: MovementKind.TransferIn, Quantity: 4m, Value: 10.00m } && m.LocationId == transit);
        Assert.All(movements, m => Assert.Equal((DocumentTypes.StockTransfer, details.Number), (m.SourceType, m.SourceNumber)));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task PartialReceipt_ThenClose_WritesOffWhatIsStillInTransit_AsTransitLoss()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-LOSS", 3m);
        await data.ReceiveStockAsync(product, data.Main, 10m, 3m);
        var id = await data.ShippedAsync(Input(data.Main, data.North, (product, 10m)));
        var line = (await data.DetailsAsync(id)).Lines.Single();

        var partial = await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [line.Id] = 6m }));
        Assert.True(partial.IsSuccess, partial.Error?.Message);
        Assert.Equal(TransferStatus.PartiallyReceived, await data.StatusAsync(id));
        Assert.Equal((6m, 6m, 18.00m), await data.LevelAsync(product, data.North));

        // Four are outstanding: five more is refused and changes nothing.
        var movementsBefore = await data.MovementCountAsync();
        var tooMany = await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [line.Id] = 5m }));
        Assert.Equal("transfers.received_too_much", tooMany.Error?.Code);
        Assert.Contains("only 4 still in transit", tooMany.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(movementsBefore, await data.MovementCountAsync());

        var noReason = await data.Commands(c => c.CloseAsync(id, " "));
        Assert.Equal(DocumentErrors.ReasonRequired, noReason.Error);
        Assert.Equal(TransferStatus.PartiallyReceived, await data.StatusAsync(id));

        var closed = await data.Commands(c => c.CloseAsync(id, "Pallet damaged on the road"));

        Assert.True(closed.IsSuccess, closed.Error?.Message);
        Assert.Equal(new TransferCloseSummary(4m, 12.00m), closed.Value);
        var transit = await data.TransitLocationAsync();
        Assert.Equal((0m, 0m, 0m), await data.LevelAsync(product, transit));
        Assert.Equal((6m, 6m, 18.00m), await data.LevelAsync(product, data.North));
        Assert.Equal(18.00m, await data.TotalValueAsync(product)); // 30.00 shipped − 12.00 lost
        var details = await data.DetailsAsync(id);
        Assert.Equal(TransferStatus.Closed, details.Status);
        Assert.Equal("Pallet damaged on the road", details.CloseReason);
        var closedLine = details.Lines.Single();
        Assert.Equal((10m, 6m, 4m, 4m, 0m), (closedLine.Shipped, closedLine.Received, closedLine.Lost, closedLine.Difference, closedLine.Outstanding));
        Assert.Equal((30.00m, 18.00m, 12.00m, 0m), (details.ShippedValue, details.ReceivedValue, details.LostValue, details.InTransitValue));
        var loss = await data.InDb(db => db.StockMovements.SingleAsync(m => m.SourceId == id && m.Kind == MovementKind.TransitLoss));
        Assert.Equal((-4m, -12.00m, transit), (loss.Quantity, loss.Value, loss.LocationId));
        Assert.Equal("Pallet damaged on the road", loss.Note);
        var history = await data.InDb(db => db.DocumentStatusChanges.Where(c => c.DocumentId == id).OrderBy(c => c.ChangedAt)
            .ThenBy(c => c.Id).Select(c => c.ToStatus).ToListAsync());
        Assert.Equal(["Draft", "Shipped", "PartiallyReceived", "Closed"], history);

        // Closed means closed: no more receipts.
        var late = await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [line.Id] = 1m }));
        Assert.Equal("transfers.cannot_receive", late.Error?.Code);
        await data.AssertLedgerBalancesAsync();
    }

    [Theory]
    [InlineData(CostingMethod.MovingAverage)]
    [InlineData(CostingMethod.Fifo)]
    public async Task Value_IsConservedToTheCent_ThroughShipAndPartialReceipts(CostingMethod method)
    {
        var data = await InventoryTestData.CreateAsync(app);
        await data.UseCostingAsync(method);
        var product = await data.ProductAsync("TRF-CENT-" + method.ToString().ToUpperInvariant(), 1m);
        // Costs that do not divide evenly: 3 × 0.3333 = 1.00, 2 × 0.6667 = 1.33, 2 × 1.0001 = 2.00 → 7 units worth 4.33.
        await data.ReceiveStockAsync(product, data.Main, 3m, 0.3333m);
        await data.ReceiveStockAsync(product, data.Main, 2m, 0.6667m);
        await data.ReceiveStockAsync(product, data.Main, 2m, 1.0001m);
        var total = await data.TotalValueAsync(product);
        Assert.Equal(4.33m, total);

        var id = await data.ShippedAsync(Input(data.Main, data.North, (product, 5m)));
        var shipped = await data.DetailsAsync(id);
        var source = await data.LevelAsync(product, data.Main);
        var transit = await data.TransitLocationAsync();
        Assert.Equal(total - source.Value, shipped.ShippedValue);           // what left the source…
        Assert.Equal(shipped.ShippedValue, (await data.LevelAsync(product, transit)).Value); // …is what is in transit
        if (method == CostingMethod.Fifo)
        {
            Assert.Equal(2.33m, shipped.ShippedValue); // the three oldest at 0.3333 (1.00) and two at 0.6667 (1.33)
        }
        else
        {
            Assert.Equal(3.09m, shipped.ShippedValue); // 5 × average round4(4.33 / 7) = 5 × 0.6186 = 3.093 → 3.09
        }

        var lineId = shipped.Lines.Single().Id;
        foreach (var part in new[] { 1m, 3m, 1m })
        {
            var received = await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [lineId] = part }));
            Assert.True(received.IsSuccess, received.Error?.Message);
            Assert.Equal(total, await data.TotalValueAsync(product));
        }

        var done = await data.DetailsAsync(id);
        Assert.Equal(TransferStatus.Received, done.Status);
        Assert.Equal(done.ShippedValue, done.ReceivedValue);
        Assert.Equal((0m, 0m, 0m), await data.LevelAsync(product, transit));
        Assert.Equal((5m, 5m, done.ShippedValue), await data.LevelAsync(product, data.North));
        Assert.Equal(total, source.Value + done.ReceivedValue);
        // Each step's value into one location is exactly the value out of the previous one.
        var movements = await data.InDb(db => db.StockMovements.Where(m => m.SourceId == id).ToListAsync());
        Assert.Equal(0m, movements.Sum(m => m.Value));
        Assert.Equal(0m, movements.Sum(m => m.Quantity));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task Lines_EnteredInBoxes_MoveInPieces()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-BOX", 0.5m);
        await data.ReceiveStockAsync(product, data.Main, 30m, 0.5m);
        var input = Input(data.Main, data.North, (product, 2m));
        input.Lines[0].UnitId = data.Basics.Box;

        var id = await data.ShippedAsync(input);

        var line = (await data.DetailsAsync(id)).Lines.Single();
        Assert.Equal((2m, "BOX12", 24m, "PCS", 24m), (line.Quantity, line.UnitCode, line.BaseQuantity, line.BaseUnitCode, line.Shipped));
        Assert.Equal(6m, (await data.LevelAsync(product, data.Main)).OnHand);
    }

    [Fact]
    public async Task ToABinInsideTheSourceWarehouse_IsAllowed_AndDraftsCanBeEdited()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-BIN", 1m);
        await data.ReceiveStockAsync(product, data.Main, 5m, 1m);
        var id = await data.CreateAsync(Input(data.Main, data.North, (product, 1m)));
        var draft = await data.DetailsAsync(id);

        var edited = await data.Commands(c => c.UpdateAsync(id, draft.Version, Input(data.Main, data.MainBin, (product, 2m), (product, 1m))));
        Assert.True(edited.IsSuccess, edited.Error?.Message);
        var stale = await data.Commands(c => c.UpdateAsync(id, draft.Version, Input(data.Main, data.North, (product, 1m))));
        Assert.Equal(CommonErrors.ChangedByAnotherUser, stale.Error);

        var shipped = await data.Commands(c => c.ShipAsync(id));
        Assert.True(shipped.IsSuccess, shipped.Error?.Message);
        var details = await data.DetailsAsync(id);
        Assert.Equal("Main warehouse / Bin A-01", details.To);
        Assert.Equal([2m, 1m], details.Lines.Select(l => l.Quantity));
        var received = await data.Commands(c => c.ReceiveAsync(id, details.Lines.ToDictionary(l => l.Id, l => l.Outstanding)));
        Assert.True(received.IsSuccess, received.Error?.Message);
        Assert.Equal((2m, 3m), ((await data.LevelAsync(product, data.Main)).OnHand, (await data.LevelAsync(product, data.MainBin)).OnHand));
        var version = (await data.DetailsAsync(id)).Version;
        var editShipped = await data.Commands(c => c.UpdateAsync(id, version, Input(data.Main, data.North, (product, 1m))));
        Assert.Equal(TransferErrors.NotDraft, editShipped.Error);
    }

    [Fact]
    public async Task BadDrafts_AreRefusedWithAMessage_AndSaveNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-BAD", 1m);
        var kit = await data.ProductAsync("TRF-KIT", 0m, input =>
        {
            input.Kind = Erp.Domain.Catalog.ProductKind.Kit;
            input.Components = [new Erp.Web.Features.Catalog.Products.ComponentInput { ProductId = product, Quantity = 2m }];
        });
        await data.ReceiveStockAsync(product, data.Main, 5m, 1m);
        var transit = await data.InDb(db => Erp.Data.Inventory.TransitLocations.GetOrCreateAsync(db, data.OrganizationId));

        var cases = new (TransferInput Input, string Code)[]
        {
            (Input(data.Main, data.Main, (product, 1m)), "transfers.same_location"),
            (Input(data.Main, transit, (product, 1m)), "transfers.transit_location"),
            (Input(data.Main, data.North, (product, 0m)), "inventory.quantity_not_positive"),
            (Input(data.Main, data.North, (product, -3m)), "inventory.quantity_not_positive"),
            (Input(data.Main, data.North), "inventory.no_lines"),
            (Input(data.Main, data.North, (kit, 1m)), "transfers.kit"),
            (Input(data.Main, data.North, (Guid.NewGuid(), 1m)), "inventory.unknown_product"),
            (Input(data.Main, Guid.NewGuid(), (product, 1m)), "inventory.unknown_location"),
            (new TransferInput { FromLocationId = data.Main, ToLocationId = data.North, Lines = [new() { ProductId = product, Quantity = 1m }] }, "common.validation"),
        };
        foreach (var (input, code) in cases)
        {
            var created = await data.Commands(c => c.CreateAsync(input));
            Assert.False(created.IsSuccess, code);
            Assert.Equal(code, created.Error!.Code);
            Assert.False(string.IsNullOrWhiteSpace(created.Error.Message));
        }

        Assert.Equal(0, await data.InDb(db => db.StockTransfers.CountAsync()));
        Assert.Equal(0, await data.InDb(db => db.StockTransferLines.CountAsync()));
    }

    [Fact]
    public async Task ShippingWithoutStock_IsRefused_AndNothingMoves()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-SHORT", 1m);
        await data.ReceiveStockAsync(product, data.Main, 2m, 1m);
        var id = await data.CreateAsync(Input(data.Main, data.North, (product, 3m)));
        var movements = await data.MovementCountAsync();

        var shipped = await data.Commands(c => c.ShipAsync(id));

        Assert.Equal("inventory.insufficient_stock", shipped.Error?.Code);
        Assert.Contains("Not enough TRF-SHORT at Main warehouse", shipped.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(TransferStatus.Draft, await data.StatusAsync(id));
        Assert.Equal(movements, await data.MovementCountAsync());
        Assert.Equal(2m, (await data.LevelAsync(product, data.Main)).OnHand);
        Assert.Equal(0m, (await data.DetailsAsync(id)).Lines.Single().Shipped);
    }

    [Fact]
    public async Task ShippingWithoutStock_WhenTheTenantAllowsNegativeStock_Ships()
    {
        var data = await InventoryTestData.CreateAsync(app);
        await data.UseCostingAsync(CostingMethod.MovingAverage, allowNegative: true);
        var product = await data.ProductAsync("TRF-NEG", 1m);
        await data.ReceiveStockAsync(product, data.Main, 2m, 1.5m);

        var id = await data.ShippedAsync(Input(data.Main, data.North, (product, 3m)));

        Assert.Equal(-1m, (await data.LevelAsync(product, data.Main)).OnHand);
        Assert.Equal(3m, (await data.LevelAsync(product, await data.TransitLocationAsync())).OnHand);
        Assert.Equal(4.50m, (await data.DetailsAsync(id)).ShippedValue); // two at 1.50, the missing one at the last cost
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task WrongStatusesAndReceipts_AreRefused_AndChangeNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-STATE", 1m);
        await data.ReceiveStockAsync(product, data.Main, 10m, 1m);

        // A cancelled draft cannot be shipped; cancelling needs a reason.
        var cancelledId = await data.CreateAsync(Input(data.Main, data.North, (product, 1m)));
        Assert.Equal(DocumentErrors.ReasonRequired, (await data.Commands(c => c.CancelAsync(cancelledId, ""))).Error);
        Assert.True((await data.Commands(c => c.CancelAsync(cancelledId, "Ordered twice"))).IsSuccess);
        var shipCancelled = await data.Commands(c => c.ShipAsync(cancelledId));
        Assert.Equal("transfers.cannot_ship", shipCancelled.Error?.Code);
        Assert.Contains("cancelled", shipCancelled.Error!.Message, StringComparison.Ordinal);

        // A draft cannot be received or closed; a shipped one cannot be cancelled or shipped again.
        var id = await data.CreateAsync(Input(data.Main, data.North, (product, 4m)));
        var lineId = (await data.DetailsAsync(id)).Lines.Single().Id;
        Assert.Equal("transfers.cannot_receive", (await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [lineId] = 1m }))).Error?.Code);
        Assert.Equal("documents.illegal_transition", (await data.Commands(c => c.CloseAsync(id, "why"))).Error?.Code);
        Assert.True((await data.Commands(c => c.ShipAsync(id))).IsSuccess);
        Assert.Equal("transfers.cannot_ship", (await data.Commands(c => c.ShipAsync(id))).Error?.Code);
        Assert.Equal("transfers.cannot_cancel", (await data.Commands(c => c.CancelAsync(id, "too late"))).Error?.Code);

        var movements = await data.MovementCountAsync();
        Assert.Equal("transfers.negative_receipt", (await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [lineId] = -1m }))).Error?.Code);
        Assert.Equal("transfers.nothing_to_receive", (await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [lineId] = 0m }))).Error?.Code);
        Assert.Equal("transfers.unknown_line", (await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [Guid.NewGuid()] = 1m }))).Error?.Code);
        Assert.Equal(movements, await data.MovementCountAsync());

        // Received in full, then once more: refused.
        Assert.True((await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [lineId] = 4m }))).IsSuccess);
        var twice = await data.Commands(c => c.ReceiveAsync(id, new Dictionary<Guid, decimal> { [lineId] = 4m }));
        Assert.Equal("transfers.cannot_receive", twice.Error?.Code);
        Assert.Equal((4m, 6m), ((await data.LevelAsync(product, data.North)).OnHand, (await data.LevelAsync(product, data.Main)).OnHand));
        Assert.Equal(TransferStatus.Received, await data.StatusAsync(id));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task UsersWithoutManage_CannotChangeTransfers_AndWithoutView_CannotRead()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-PERM", 1m);
        await data.ReceiveStockAsync(product, data.Main, 5m, 1m);
        var id = await data.CreateAsync(Input(data.Main, data.North, (product, 1m)));
        var buyer = await data.Tenant.AddUserAsync(BuiltInRoles.Buyer);       // View only
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier);   // neither

        var asBuyer = await app.InTenantAsync(data.Tenant.Id, buyer, async sp =>
        {
            var commands = sp.GetRequiredService<TransferCommands>();
            return (Create: await commands.CreateAsync(Input(data.Main, data.North, (product, 1m))), Ship: await commands.ShipAsync(id),
                Cancel: await commands.CancelAsync(id, "no"), Details: await sp.GetRequiredService<TransferQueries>().DetailsAsync(id));
        });
        Assert.Equal(CommonErrors.Forbidden, asBuyer.Create.Error);
        Assert.Equal(CommonErrors.Forbidden, asBuyer.Ship.Error);
        Assert.Equal(CommonErrors.Forbidden, asBuyer.Cancel.Error);
        Assert.True(asBuyer.Details.IsSuccess);

        var asCashier = await app.InTenantAsync(data.Tenant.Id, cashier, sp =>
            sp.GetRequiredService<TransferQueries>().ListAsync(new TransferListQuery(), 0, 25));
        Assert.Equal(CommonErrors.Forbidden, asCashier.Error);
        Assert.Equal(TransferStatus.Draft, await data.StatusAsync(id));
        Assert.Equal(1, await data.InDb(db => db.StockTransfers.CountAsync()));
    }

    [Fact]
    public async Task AnotherTenantsTransfer_IsNotFound_AndStaysUntouched()
    {
        var a = await InventoryTestData.CreateAsync(app);
        var b = await InventoryTestData.CreateAsync(app);
        var product = await a.ProductAsync("TRF-ISO", 1m);
        await a.ReceiveStockAsync(product, a.Main, 5m, 1m);
        var id = await a.CreateAsync(Input(a.Main, a.North, (product, 1m)));

        Assert.Equal(TransferErrors.NotFound, (await b.Queries(q => q.DetailsAsync(id))).Error);
        Assert.Equal(TransferErrors.NotFound, (await b.Commands(c => c.ShipAsync(id))).Error);
        Assert.Equal(TransferErrors.NotFound, (await b.Commands(c => c.CancelAsync(id, "mine now"))).Error);
        Assert.Equal(0, (await b.Queries(q => q.ListAsync(new TransferListQuery(), 0, 25))).Value.Total);
        // Nor can tenant B draft a transfer out of tenant A's warehouse.
        var bProduct = await b.ProductAsync("TRF-ISO-B", 1m);
        Assert.Equal("inventory.unknown_location", (await b.Commands(c => c.CreateAsync(Input(a.Main, b.North, (bProduct, 1m))))).Error?.Code);
        Assert.Equal(TransferStatus.Draft, await a.StatusAsync(id));
        Assert.Equal(5m, (await a.LevelAsync(product, a.Main)).OnHand);
    }

    [Fact]
    public async Task List_FiltersByStatus_SearchesByNumber_AndPages()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("TRF-LIST", 1m);
        await data.ReceiveStockAsync(product, data.Main, 10m, 1m);
        var drafts = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            drafts.Add(await data.CreateAsync(Input(data.Main, data.North, (product, 1m))));
        }

        var shipped = await data.ShippedAsync(Input(data.Main, data.North, (product, 2m)));
        var shippedNumber = (await data.DetailsAsync(shipped)).Number;

        var all = (await data.Queries(q => q.ListAsync(new TransferListQuery(Sort: "number"), 0, 2))).Value;
        Assert.Equal(4, all.Total);
        Assert.Equal(2, all.Items.Count);
        Assert.True(string.CompareOrdinal(all.Items[0].Number, all.Items[1].Number) < 0);
        var onlyShipped = (await data.Queries(q => q.ListAsync(new TransferListQuery(Status: TransferStatus.Shipped), 0, 25))).Value;
        var row = Assert.Single(onlyShipped.Items);
        Assert.Equal((shipped, "Main warehouse", "North warehouse", 1, 2.00m), (row.Id, row.From, row.To, row.LineCount, row.ShippedValue));
        var byNumber = (await data.Queries(q => q.ListAsync(new TransferListQuery(Search: shippedNumber[^3..]), 0, 25))).Value;
        Assert.Contains(byNumber.Items, r => r.Id == shipped);
        Assert.All(byNumber.Items, r => Assert.Contains(shippedNumber[^3..], r.Number, StringComparison.Ordinal));
    }
}
