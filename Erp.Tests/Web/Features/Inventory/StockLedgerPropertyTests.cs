using CsCheck;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Inventory;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Microsoft.EntityFrameworkCore;

namespace Erp.Tests.Web.Features.Inventory;

/// <summary>
/// Random sequences of receipts, adjustments, transfers (ship to transit, receive), counts and kit sales, posted
/// through the real ledger on a real database: after every sequence each product × location's on-hand equals the sum
/// of its movements (quantity and value), matches a simple model, and refusals changed nothing. CsCheck shrinks a
/// failing sequence to a minimal one.
/// </summary>
public class StockLedgerPropertyTests(ErpAppFactory app) : IClassFixture<ErpAppFactory>
{
    private enum OpKind { Receipt, Adjustment, Ship, Receive, Count, KitSale }

    private sealed record Op(OpKind Kind, int Product, int From, int To, int Quantity, int CostCents, bool Up)
    {
        public decimal Amount => Quantity / 2m; // halves, to exercise fractional quantities
    }

    private static readonly Gen<Op> OpGen =
        Gen.Select(Gen.Enum<OpKind>(), Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[1, 24], Gen.Int[0, 2000], Gen.Bool)
            .Select((kind, product, from, to, quantity, cost, up) => new Op(kind, product, from, to, quantity, cost, up));

    [Fact]
    public async Task RandomSequences_KeepOnHandEqualToTheSumOfMovements_AtEveryProductAndLocation()
    {
        var data = await InventoryTestData.CreateAsync(app);
        var sample = 0;
        await OpGen.Array[1, 30].SampleAsync(async ops =>
        {
            var run = Interlocked.Increment(ref sample);
            await RunSequenceAsync(data, run, ops);
        }, iter: 10, threads: 1);
    }

    private static async Task RunSequenceAsync(InventoryTestData data, int run, Op[] ops)
    {
        var products = new Guid[3];
        for (var i = 0; i < products.Length; i++)
        {
            products[i] = await data.ProductAsync($"P{run}-{i}-{Guid.NewGuid():N}"[..20], 1m);
        }

        var kit = await data.ProductAsync($"KIT{run}-{Guid.NewGuid():N}"[..20], 0m, input =>
        {
            input.Kind = ProductKind.Kit;
            input.Components = [new ComponentInput { ProductId = products[0], Quantity = 2m }, new ComponentInput { ProductId = products[1], Quantity = 1m }];
        });
        var transit = await data.InDb(db => TransitLocations.GetOrCreateAsync(db, data.OrganizationId));
        Guid[] locations = [data.Main, data.MainBin, data.North];
        var model = new Dictionary<(Guid, Guid), decimal>();
        var shipments = new Queue<(Guid Product, Guid To, decimal Quantity, decimal Value)>();
        decimal OnHand(Guid p, Guid l) => model.GetValueOrDefault((p, l));
        void Add(Guid p, Guid l, decimal q) => model[(p, l)] = OnHand(p, l) + q;

        foreach (var op in ops)
        {
            var product = products[op.Product];
            var from = locations[op.From];
            switch (op.Kind)
            {
                case OpKind.Receipt:
                    Assert.True((await data.PostAsync(new StockChange(product, from, op.Amount, MovementKind.Receipt, op.CostCents / 100m))).IsSuccess);
                    Add(product, from, op.Amount);
                    break;
                case OpKind.Adjustment when op.Up:
                    Assert.True((await data.PostAsync(new StockChange(product, from, op.Amount, MovementKind.AdjustmentIn))).IsSuccess);
                    Add(product, from, op.Amount);
                    break;
                case OpKind.Adjustment:
                    await IssueAsync(new StockChange(product, from, -op.Amount, MovementKind.AdjustmentOut), [(product, op.Amount)]);
                    break;
                case OpKind.Ship:
                    var to = locations[op.To] == from ? locations[(op.To + 1) % 3] : locations[op.To];
                    var shipped = await data.PostAsync(new StockChange(product, from, -op.Amount, MovementKind.TransferOut));
                    Assert.Equal(OnHand(product, from) >= op.Amount, shipped.IsSuccess);
                    if (shipped.IsSuccess)
                    {
                        var value = -shipped.Value.Single().Value;
                        Assert.True((await data.PostAsync(new StockChange(product, transit, op.Amount, MovementKind.TransferOut, Value: value))).IsSuccess);
                        Add(product, from, -op.Amount);
                        Add(product, transit, op.Amount);
                        shipments.Enqueue((product, to, op.Amount, value));
                    }

                    break;
                case OpKind.Receive when shipments.Count > 0:
                    var shipment = shipments.Dequeue();
                    var left = await data.PostAsync(new StockChange(shipment.Product, transit, -shipment.Quantity, MovementKind.TransferIn));
                    Assert.True(left.IsSuccess, left.Error?.Message);
                    Assert.True((await data.PostAsync(new StockChange(shipment.Product, shipment.To, shipment.Quantity, MovementKind.TransferIn,
                        Value: -left.Value.Single().Value))).IsSuccess);
                    Add(shipment.Product, transit, -shipment.Quantity);
                    Add(shipment.Product, shipment.To, shipment.Quantity);
                    break;
                case OpKind.Count:
                    var counted = op.Quantity - 1m; // 0 … 23
                    var difference = counted - OnHand(product, from);
                    if (difference != 0m)
                    {
                        var kind = difference > 0m ? MovementKind.CountGain : MovementKind.CountLoss;
                        Assert.True((await data.PostAsync(new StockChange(product, from, difference, kind))).IsSuccess);
                        Add(product, from, difference);
                    }

                    break;
                case OpKind.KitSale:
                    var kits = Math.Ceiling(op.Amount);
                    await IssueAsync(new StockChange(kit, from, -kits, MovementKind.Sale), [(products[0], 2m * kits), (products[1], kits)]);
                    break;
            }

            async Task IssueAsync(StockChange change, (Guid Product, decimal Quantity)[] draws)
            {
                var allowed = draws.All(d => OnHand(d.Product, change.LocationId) >= d.Quantity);
                var result = await data.PostAsync(change);
                Assert.Equal(allowed, result.IsSuccess);
                if (allowed)
                {
                    foreach (var (p, q) in draws)
                    {
                        Add(p, change.LocationId, -q);
                    }
                }
                else
                {
                    Assert.Equal("inventory.insufficient_stock", result.Error!.Code);
                }
            }
        }

        var levels = await data.InDb(db => db.StockLevels.AsNoTracking().Where(l => products.Contains(l.ProductId) || l.ProductId == kit).ToListAsync());
        Assert.DoesNotContain(levels, l => l.ProductId == kit);
        foreach (var ((p, l), quantity) in model)
        {
            Assert.Equal(quantity, levels.SingleOrDefault(x => x.ProductId == p && x.LocationId == l)?.OnHand ?? 0m);
        }

        Assert.DoesNotContain(levels, l => l.OnHand < 0m);
        await data.AssertLedgerBalancesAsync();
    }
}
