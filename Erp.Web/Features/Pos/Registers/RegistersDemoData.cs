using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Pos.Registers;
using Erp.Web.Features.Inventory.Receipts;
using Erp.Web.Features.Sales.Payments;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Pos.Registers;

/// <summary>
/// Demo registers (already in the tenant's scope): Till 1 and Till 2 at the Downtown Shop, Till 1 at the Airport Shop,
/// taking cash, card, mobile money and store credit, selling to the walk-in customer by default; and opening stock in
/// both shops (40 of every sellable item) so that the tills can sell.
/// </summary>
public sealed class RegistersDemoData(IDbContextFactory<ErpDbContext> dbFactory, GoodsReceiptCommands receipts, TimeProvider clock)
{
    private static readonly (string Code, string Name, string Shop)[] Registers =
    [
        ("DT-1", "Till 1", "SHOP1"),
        ("DT-2", "Till 2", "SHOP1"),
        ("AP-1", "Till 1", "SHOP2"),
    ];

    private static readonly string[] MethodNames = ["Cash", "Card", "Mobile money", "Store credit"];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.CashRegisters.AnyAsync(ct))
        {
            return;
        }

        await PaymentMethodService.EnsureStandardAsync(db, ct);
        var methods = await db.PaymentMethods.Where(m => m.IsActive).ToDictionaryAsync(m => m.Name, m => m.Id, ct);
        var methodIds = MethodNames.Where(methods.ContainsKey).Select(n => methods[n]).ToList();
        var walkIn = await db.Customers.Where(c => c.Name == "Walk-in customer").Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        var shops = await db.Locations.Where(l => l.Code == "SHOP1" || l.Code == "SHOP2")
            .ToDictionaryAsync(l => l.Code, l => (l.Id, l.OrganizationId, l.Name), ct);
        foreach (var (code, name, shop) in Registers.Where(r => shops.ContainsKey(r.Shop)))
        {
            var location = shops[shop];
            db.CashRegisters.Add(new CashRegister(location.OrganizationId, new CashRegisterSetup(code, name, location.Id, null, walkIn,
                PricesIncludeTax: true, ReceiptPaper.Mm80, $"Demo Retail — {location.Name}", "Thank you for shopping with us!",
                "US-12-3456789", ShowLogo: true, methodIds)));
        }

        await db.SaveChangesAsync(ct);

        var items = await db.Products.Where(p => p.IsActive && (p.Kind == ProductKind.Simple || p.Kind == ProductKind.Variant))
            .Select(p => new { p.Id, p.Cost }).ToListAsync(ct);
        foreach (var location in shops.Values)
        {
            await receipts.CreateAndPostAsync(new GoodsReceiptInput
            {
                LocationId = location.Id, Date = clock.GetUtcNow().Date.AddDays(-7), SupplierReference = "OPENING-STOCK",
                Note = "Opening stock for the point-of-sale demo",
                Lines = [.. items.Select(p => new GoodsReceiptLineInput { ProductId = p.Id, Quantity = 40m, UnitCost = p.Cost })],
            }, ct);
        }
    }
}
