using Erp.Data.Inventory;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Inventory.Counts;
using Erp.Domain.Platform;
using Erp.Domain.Platform.Documents;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Inventory.Counts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Inventory;

public class CountsTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    [Fact]
    public async Task FreezeCountWithDifferencesPost_StockEqualsCounted_AndMovementsAreCountGainAndLoss()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var cola = await data.ProductAsync("CNT-COLA", 2m);
        var soda = await data.ProductAsync("CNT-SODA", 3m);
        await data.PostAsync(new StockChange(cola, data.Main, 10m, MovementKind.Receipt, 2m),
            new StockChange(soda, data.Main, 5m, MovementKind.Receipt, 3m));
        var count = await CreateStartedAsync(data, data.Main);

        var details = await GetAsync(data, count);
        Assert.Equal(StockCountStatus.InProgress, details.Status);
        Assert.Equal([("CNT-COLA", 10m), ("CNT-SODA", 5m)], details.Lines.Select(l => (l.Sku, l.Expected)));
        Assert.StartsWith("CNT-", details.Number, StringComparison.Ordinal);

        await SetAsync(data, count, details.Lines.Single(l => l.Sku == "CNT-COLA").Id, 8m);
        await SetAsync(data, count, details.Lines.Single(l => l.Sku == "CNT-SODA").Id, 7m);
        Ok(await Commands(data, c => c.SubmitForReviewAsync(count)));
        var review = await GetAsync(data, count);
        Assert.Equal(-4m, review.Lines.Single(l => l.Sku == "CNT-COLA").DifferenceValue); // 2 short at 2.00
        Assert.Equal(6m, review.Lines.Single(l => l.Sku == "CNT-SODA").DifferenceValue); // 2 over at 3.00

        Ok(await Commands(data, c => c.PostAsync(count)));

        Assert.Equal(8m, await data.OnHandAsync(cola, data.Main));
        Assert.Equal(7m, await data.OnHandAsync(soda, data.Main));
        var movements = await data.InDb(db => db.StockMovements.Where(m => m.SourceId == count).OrderBy(m => m.ProductSku).ToListAsync());
        Assert.Equal([(MovementKind.CountLoss, -2m, -4m), (MovementKind.CountGain, 2m, 6m)], movements.Select(m => (m.Kind, m.Quantity, m.Value)));
        Assert.All(movements, m => Assert.Equal(DocumentTypes.StockCount, m.SourceType));
        Assert.All(movements, m => Assert.Equal(review.Number, m.SourceNumber));
        var posted = await GetAsync(data, count);
        Assert.Equal(StockCountStatus.Posted, posted.Status);
        Assert.Equal(-2m, posted.Lines.Single(l => l.Sku == "CNT-COLA").PostedQuantity);
        await data.AssertLedgerBalancesAsync();
        var history = await data.InDb(db => db.DocumentStatusChanges.Where(h => h.DocumentId == count).OrderBy(h => h.ChangedAt).ThenBy(h => h.Id)
            .Select(h => h.ToStatus).ToListAsync());
        Assert.Equal(["Draft", "InProgress", "Review", "Posted"], history);
    }

    [Fact]
    public async Task MovementsAfterTheFreeze_AreRespected_TheAdjustmentIsCountedMinusFrozen()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var tea = await data.ProductAsync("CNT-TEA", 1m);
        await data.PostAsync(new StockChange(tea, data.Main, 10m, MovementKind.Receipt, 1m));
        var count = await CreateStartedAsync(data, data.Main);
        var line = (await GetAsync(data, count)).Lines.Single();

        // Sold 3 after the freeze, but the counters counted the shelf as it was at the freeze: 9 (1 missing).
        await data.PostAsync(new StockChange(tea, data.Main, -3m, MovementKind.Sale));
        await SetAsync(data, count, line.Id, 9m);
        Ok(await Commands(data, c => c.SubmitForReviewAsync(count)));
        Ok(await Commands(data, c => c.PostAsync(count)));

        Assert.Equal(6m, await data.OnHandAsync(tea, data.Main)); // 7 now − 1 missing
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task Scanning_AddsOnePerScan_AndAddsALineForAProductNotFrozen()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var water = await data.ProductAsync("CNT-WATER", 1m, p => p.Barcode = null);
        var juice = await data.ProductAsync("CNT-JUICE", 4m);
        await data.PostAsync(new StockChange(water, data.Main, 2m, MovementKind.Receipt, 1m));
        var barcode = await data.InDb(db => db.Products.Where(p => p.Id == water).Select(p => p.Barcode).SingleAsync());
        var count = await CreateStartedAsync(data, data.Main);

        var first = await Commands(data, c => c.ScanAsync(count, barcode));
        var second = await Commands(data, c => c.ScanAsync(count, " " + barcode + " "));
        var third = await Commands(data, c => c.ScanAsync(count, "cnt-water"));
        var found = await Commands(data, c => c.ScanAsync(count, "CNT-JUICE"));

        Assert.Equal([1m, 2m, 3m], new[] { first, second, third }.Select(r => r.Value.Counted));
        Assert.False(first.Value.NewLine);
        Assert.True(found.Value.NewLine);
        var lines = (await GetAsync(data, count)).Lines;
        Assert.Equal([("CNT-JUICE", 0m, (decimal?)1m, true), ("CNT-WATER", 2m, 3m, false)],
            lines.Select(l => (l.Sku, l.Expected, l.Counted, l.AddedWhileCounting)));

        Ok(await Commands(data, c => c.SubmitForReviewAsync(count)));
        Ok(await Commands(data, c => c.PostAsync(count)));
        Assert.Equal(3m, await data.OnHandAsync(water, data.Main));
        Assert.Equal(1m, await data.OnHandAsync(juice, data.Main));
        // A found product with no stock history comes in at its catalog cost.
        Assert.Equal(4m, await data.InDb(db => db.StockMovements.Where(m => m.ProductId == juice).Select(m => m.Value).SingleAsync()));
    }

    [Fact]
    public async Task ScanningIntoABin_AfterAReceiptSinceTheFreeze_ExpectsTheFrozenBalance()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var nuts = await data.ProductAsync("CNT-NUTS", 1m);
        var count = await CreateStartedAsync(data, data.Main);
        await data.PostAsync(new StockChange(nuts, data.MainBin, 5m, MovementKind.Receipt, 1m));

        var scanned = await Commands(data, c => c.ScanAsync(count, "CNT-NUTS", data.MainBin));

        Assert.True(scanned.IsSuccess, scanned.Error?.Message);
        var line = (await GetAsync(data, count)).Lines.Single();
        Assert.Equal((data.MainBin, 0m, (decimal?)1m), (line.LocationId, line.Expected, line.Counted));
        var outside = await Commands(data, c => c.ScanAsync(count, "CNT-NUTS", data.North));
        Assert.Equal("counts.location_out_of_scope", outside.Error!.Code);
    }

    [Fact]
    public async Task AnUnknownCode_IsRefusedWithAClearMessage_AndChangesNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("CNT-KNOWN", 1m);
        await data.PostAsync(new StockChange(product, data.Main, 2m, MovementKind.Receipt, 1m));
        var count = await CreateStartedAsync(data, data.Main);
        var before = await LinesStateAsync(data, count);

        var unknown = await Commands(data, c => c.ScanAsync(count, "4006381333931"));
        var empty = await Commands(data, c => c.ScanAsync(count, "   "));

        Assert.Equal("counts.unknown_code", unknown.Error!.Code);
        Assert.Equal("No stockable product has the barcode or SKU \"4006381333931\". Nothing was counted.", unknown.Error.Message);
        Assert.Equal("counts.code_required", empty.Error!.Code);
        Assert.Equal(before, await LinesStateAsync(data, count));
    }

    [Fact]
    public async Task PostingTwice_IsRefused_AndChangesNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("CNT-TWICE", 1m);
        await data.PostAsync(new StockChange(product, data.Main, 10m, MovementKind.Receipt, 1m));
        var count = await ReadyToPostAsync(data, 7m);
        Ok(await Commands(data, c => c.PostAsync(count)));

        var again = await Commands(data, c => c.PostAsync(count));

        Assert.Equal("counts.already_posted", again.Error!.Code);
        Assert.Contains("already posted", again.Error.Message, StringComparison.Ordinal);
        Assert.Equal(7m, await data.OnHandAsync(product, data.Main));
        Assert.Equal(2, await data.InDb(db => db.StockMovements.CountAsync()));
        Assert.Equal("counts.posted", (await Commands(data, c => c.CancelAsync(count, "oops"))).Error!.Code);
    }

    [Fact]
    public async Task PostingConcurrently_PostsExactlyOnce()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("CNT-RACE", 1m);
        await data.PostAsync(new StockChange(product, data.Main, 10m, MovementKind.Receipt, 1m));
        var count = await ReadyToPostAsync(data, 4m);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Commands(data, c => c.PostAsync(count)))));

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal("counts.already_posted", r.Error!.Code));
        Assert.Equal(4m, await data.OnHandAsync(product, data.Main));
        Assert.Equal(1, await data.InDb(db => db.StockMovements.CountAsync(m => m.SourceId == count)));
        await data.AssertLedgerBalancesAsync();
    }

    [Fact]
    public async Task UncountedLines_AreLeftOut_OrSetToZeroOnRequest()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var a = await data.ProductAsync("CNT-A", 1m);
        var b = await data.ProductAsync("CNT-B", 1m);
        var c = await data.ProductAsync("CNT-C", 1m);
        await data.PostAsync(new StockChange(a, data.Main, 5m, MovementKind.Receipt, 1m), new StockChange(b, data.Main, 5m, MovementKind.Receipt, 1m),
            new StockChange(c, data.North, 5m, MovementKind.Receipt, 1m));
        var left = await CreateStartedAsync(data, data.Main);
        await SetAsync(data, left, (await GetAsync(data, left)).Lines.Single(l => l.Sku == "CNT-A").Id, 4m);
        Ok(await Commands(data, x => x.SubmitForReviewAsync(left)));
        Ok(await Commands(data, x => x.PostAsync(left)));
        Assert.Equal((4m, 5m), (await data.OnHandAsync(a, data.Main), await data.OnHandAsync(b, data.Main)));

        var zeroed = await CreateStartedAsync(data, data.North);
        Assert.Equal("counts.nothing_counted", (await PostAfterReviewAsync(data, zeroed)).Error!.Code);
        Ok(await Commands(data, x => x.BackToCountingAsync(zeroed)));
        Assert.Equal(1, (await Commands(data, x => x.SetUncountedToZeroAsync(zeroed))).Value);
        Ok(await PostAfterReviewAsync(data, zeroed));
        Assert.Equal(0m, await data.OnHandAsync(c, data.North));
    }

    [Fact]
    public async Task CycleCountOfACategory_FreezesOnlyThatCategory_AndALocationWithoutSubLocationsOnlyItself()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var snacks = await data.AsAdmin(sp => sp.GetRequiredService<Erp.Web.Features.Catalog.Reference.CatalogReferenceCommands>()
            .SaveCategoryAsync(null, "Snacks", null));
        var chips = await data.ProductAsync("CNT-CHIPS", 1m, p => p.CategoryId = snacks.Value);
        var cola = await data.ProductAsync("CNT-COLA2", 1m);
        await data.PostAsync(new StockChange(chips, data.Main, 3m, MovementKind.Receipt, 1m), new StockChange(cola, data.Main, 3m, MovementKind.Receipt, 1m),
            new StockChange(chips, data.MainBin, 2m, MovementKind.Receipt, 1m));

        var cycle = await CreateStartedAsync(data, data.Main, categoryId: snacks.Value);
        var onlyMain = await CreateStartedAsync(data, data.Main, includeSubLocations: false);

        Assert.Equal([("CNT-CHIPS", data.Main, 3m), ("CNT-CHIPS", data.MainBin, 2m)],
            (await GetAsync(data, cycle)).Lines.Select(l => (l.Sku, l.LocationId, l.Expected)).OrderBy(x => x.Expected).Reverse());
        Assert.Equal(["CNT-CHIPS", "CNT-COLA2"], (await GetAsync(data, onlyMain)).Lines.Select(l => l.Sku));
        Assert.All((await GetAsync(data, onlyMain)).Lines, l => Assert.Equal(data.Main, l.LocationId));
    }

    [Fact]
    public async Task BadInput_IsRefusedWithAClearMessage_AndChangesNothing()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("CNT-BAD", 1m);
        await data.PostAsync(new StockChange(product, data.Main, 3m, MovementKind.Receipt, 1m));

        Assert.Equal("Choose the location to count.", (await Commands(data, c => c.CreateAsync(new CountInput { CountDate = DateTime.Today }))).Error!.Message);
        Assert.Equal("inventory.unknown_location", (await Commands(data, c => c.CreateAsync(
            new CountInput { LocationId = Guid.NewGuid(), CountDate = DateTime.Today }))).Error!.Code);
        Assert.Equal(0, await data.InDb(db => db.StockCounts.CountAsync()));

        var draft = (await Commands(data, c => c.CreateAsync(new CountInput { LocationId = data.Main, CountDate = DateTime.Today }))).Value;
        Assert.Equal("counts.not_counting", (await Commands(data, c => c.ScanAsync(draft, "CNT-BAD"))).Error!.Code);
        Assert.Equal("A stock count that is Draft cannot be moved to Posted.", (await Commands(data, c => c.PostAsync(draft))).Error!.Message);
        Assert.Equal("Give a reason for this change.", (await Commands(data, c => c.CancelAsync(draft, " "))).Error!.Message);

        Ok(await Commands(data, c => c.StartAsync(draft)));
        var line = (await GetAsync(data, draft)).Lines.Single();
        Assert.Equal("counts.negative_count", (await Commands(data, c => c.SetCountedAsync(draft, line.Id, -1m))).Error!.Code);
        Assert.Equal("counts.not_draft", (await Commands(data, c => c.UpdateDraftAsync(draft,
            new CountInput { LocationId = data.North, CountDate = DateTime.Today }))).Error!.Code);
        Assert.Null((await GetAsync(data, draft)).Lines.Single().Counted);
        Assert.Equal(3m, await data.OnHandAsync(product, data.Main));

        Ok(await Commands(data, c => c.CancelAsync(draft, "Wrong warehouse")));
        Assert.Equal("counts.cancelled", (await Commands(data, c => c.SetCountedAsync(draft, line.Id, 1m))).Error!.Code);
    }

    [Fact]
    public async Task ADraft_CanBeEdited_AndStartFreezesTheNewScope()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var oil = await data.ProductAsync("CNT-OIL", 1m);
        await data.PostAsync(new StockChange(oil, data.Main, 2m, MovementKind.Receipt, 1m), new StockChange(oil, data.North, 6m, MovementKind.Receipt, 1m));
        var draft = (await Commands(data, c => c.CreateAsync(new CountInput { LocationId = data.Main, CountDate = DateTime.Today }))).Value;

        Ok(await Commands(data, c => c.UpdateDraftAsync(draft, new CountInput
        {
            LocationId = data.North, CountDate = new DateTime(2026, 5, 4), Note = "  Aisle 3 first  ",
        })));
        Ok(await Commands(data, c => c.StartAsync(draft)));

        var details = await GetAsync(data, draft);
        Assert.Equal((data.North, new DateOnly(2026, 5, 4), "Aisle 3 first"), (details.LocationId, details.CountDate, details.Note));
        Assert.Equal([(data.North, 6m)], details.Lines.Select(l => (l.LocationId, l.Expected)));
    }

    [Fact]
    public async Task CountsEnteredInBoxes_AreConvertedToPieces()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var cola = await data.ProductAsync("CNT-BOX", 0.5m, p => p.PurchaseUnitId = data.Basics.Box);
        await data.PostAsync(new StockChange(cola, data.Main, 30m, MovementKind.Receipt, 0.5m));
        var count = await CreateStartedAsync(data, data.Main);
        var line = (await GetAsync(data, count)).Lines.Single();

        Ok(await Commands(data, c => c.SetCountedAsync(count, line.Id, 2m, data.Basics.Box)));
        Assert.Equal(24m, (await GetAsync(data, count)).Lines.Single().Counted);
        Assert.Equal("inventory.no_conversion", (await Commands(data, c => c.SetCountedAsync(count, line.Id, 2m, data.Basics.Kg))).Error!.Code);
    }

    [Fact]
    public async Task WithoutManagePermission_CountsCannotBeChanged_AndWithoutViewNotSeen()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var count = await CreateStartedAsync(data, data.Main);
        var accountant = await data.Tenant.AddUserAsync(BuiltInRoles.Accountant);
        var cashier = await data.Tenant.AddUserAsync(BuiltInRoles.Cashier);

        var asAccountant = await app.InTenantAsync(data.Tenant.Id, accountant, async sp => (
            await sp.GetRequiredService<CountCommands>().CreateAsync(new CountInput { LocationId = data.Main, CountDate = DateTime.Today }),
            await sp.GetRequiredService<CountCommands>().CancelAsync(count, "not mine"),
            await sp.GetRequiredService<CountQueries>().GetAsync(count)));
        var asCashier = await app.InTenantAsync(data.Tenant.Id, cashier, sp => sp.GetRequiredService<CountQueries>().GetAsync(count));

        Assert.Equal(CommonErrors.Forbidden, asAccountant.Item1.Error);
        Assert.Equal(CommonErrors.Forbidden, asAccountant.Item2.Error);
        Assert.True(asAccountant.Item3.IsSuccess);
        Assert.Equal(CommonErrors.Forbidden, asCashier.Error);
        Assert.Equal(StockCountStatus.InProgress, (await GetAsync(data, count)).Status);
    }

    [Fact]
    public async Task AnotherTenantsCount_IsNotFound_AndCannotBeChanged()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var product = await data.ProductAsync("CNT-MINE", 1m);
        await data.PostAsync(new StockChange(product, data.Main, 3m, MovementKind.Receipt, 1m));
        var count = await CreateStartedAsync(data, data.Main);
        var line = (await GetAsync(data, count)).Lines.Single();
        var other = await InventoryTestData.CreateAsync(app);

        var results = await other.AsAdmin(async sp =>
        {
            var commands = sp.GetRequiredService<CountCommands>();
            return new[]
            {
                (Result)await sp.GetRequiredService<CountQueries>().GetAsync(count),
                await commands.SetCountedAsync(count, line.Id, 1m),
                await commands.PostAsync(count),
                await commands.CancelAsync(count, "not mine"),
                await commands.ScanAsync(count, "CNT-MINE"),
            };
        });
        var list = await other.AsAdmin(sp => sp.GetRequiredService<CountQueries>().ListAsync(new CountListQuery(), 0, 25));

        Assert.All(results, r => Assert.False(r.IsSuccess));
        Assert.All(results.Take(4), r => Assert.Equal("common.not_found", r.Error!.Code));
        Assert.Equal(0, list.Value.Total);
        Assert.Equal(StockCountStatus.InProgress, (await GetAsync(data, count)).Status);
        Assert.Null((await GetAsync(data, count)).Lines.Single().Counted);
    }

    [Fact]
    public async Task List_FiltersByStatusAndNumber_AndSorts()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var first = (await Commands(data, c => c.CreateAsync(new CountInput { LocationId = data.Main, CountDate = new DateTime(2026, 3, 1) }))).Value;
        var second = await CreateStartedAsync(data, data.North);
        var numbers = await data.InDb(db => db.StockCounts.OrderBy(c => c.Number).Select(c => c.Number).ToListAsync());

        var all = await Query(data, new CountListQuery(Sort: "number"));
        var started = await Query(data, new CountListQuery(Status: StockCountStatus.InProgress));
        var byNumber = await Query(data, new CountListQuery(Search: numbers[0][^3..]));

        Assert.Equal(numbers, all.Items.Select(r => r.Number));
        Assert.Equal([second], started.Items.Select(r => r.Id));
        Assert.Equal([first], byNumber.Items.Select(r => r.Id));
        Assert.Equal("North warehouse", started.Items.Single().Location);
    }

    internal static async Task<Guid> CreateStartedAsync(InventoryTestData data, Guid location, Guid? categoryId = null, bool includeSubLocations = true)
    {
        var created = await Commands(data, c => c.CreateAsync(new CountInput
        {
            LocationId = location, CategoryId = categoryId, IncludeSubLocations = includeSubLocations, CountDate = DateTime.Today,
        }));
        Ok(created);
        Ok(await Commands(data, c => c.StartAsync(created.Value)));
        return created.Value;
    }

    private static async Task<Guid> ReadyToPostAsync(InventoryTestData data, decimal counted)
    {
        var count = await CreateStartedAsync(data, data.Main);
        await SetAsync(data, count, (await GetAsync(data, count)).Lines.Single().Id, counted);
        Ok(await Commands(data, c => c.SubmitForReviewAsync(count)));
        return count;
    }

    private static async Task<Result> PostAfterReviewAsync(InventoryTestData data, Guid count)
    {
        Ok(await Commands(data, c => c.SubmitForReviewAsync(count)));
        return await Commands(data, c => c.PostAsync(count));
    }

    private static async Task SetAsync(InventoryTestData data, Guid count, Guid line, decimal quantity) =>
        Ok(await Commands(data, c => c.SetCountedAsync(count, line, quantity)));

    internal static Task<T> Commands<T>(InventoryTestData data, Func<CountCommands, Task<T>> action) =>
        data.AsAdmin(sp => action(sp.GetRequiredService<CountCommands>()));

    internal static async Task<CountDetails> GetAsync(InventoryTestData data, Guid id)
    {
        var result = await data.AsAdmin(sp => sp.GetRequiredService<CountQueries>().GetAsync(id));
        Ok(result);
        return result.Value;
    }

    private static async Task<Erp.Web.Infrastructure.Grids.Paged<CountRow>> Query(InventoryTestData data, CountListQuery query)
    {
        var result = await data.AsAdmin(sp => sp.GetRequiredService<CountQueries>().ListAsync(query, 0, 25));
        Ok(result);
        return result.Value;
    }

    private static Task<List<(decimal Expected, decimal? Counted)>> LinesStateAsync(InventoryTestData data, Guid count) =>
        data.InDb(db => db.StockCountLines.Where(l => l.CountId == count).OrderBy(l => l.Sku)
            .Select(l => new { l.ExpectedQuantity, l.CountedQuantity }).ToListAsync())
            .ContinueWith(t => t.Result.Select(x => (x.ExpectedQuantity, x.CountedQuantity)).ToList(), TaskScheduler.Default);

    internal static void Ok(Result result) => Assert.True(result.IsSuccess, result.Error?.Message);
}
