using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Domain.Sales.Customers;
using Erp.Web.Features.Sales.Customers;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Suppliers;

/// <summary>
/// Four suppliers for the demo tenant (already in its tenant scope, as the demo admin) and the demo products they
/// supply: each stockable product from one or two of them, one preferred, at about 60 % of the sale price, lead times
/// of 3–14 days.
/// </summary>
public sealed class SuppliersDemoData(IDbContextFactory<ErpDbContext> dbFactory, TimeProvider clock)
{
    private static readonly (string Name, string TaxId, string City, string State, string Country, int LeadDays, string Contact)[] Suppliers =
    [
        ("Northwind Beverages Wholesale", "US12-3456789", "Seattle", "WA", "US", 3, "Nancy Davolio"),
        ("Fresh Fields Produce Co", "US23-4567890", "Fresno", "CA", "US", 5, "Andrew Fuller"),
        ("Acme Apparel Manufacturing", "US34-5678901", "Charlotte", "NC", "US", 14, "Janet Leverling"),
        ("Great Lakes Distribution", "US45-6789012", "Chicago", "IL", "US", 7, "Margaret Peacock"),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Suppliers.AnyAsync(ct))
        {
            return;
        }

        await PaymentTermService.EnsureStandardAsync(db, ct);
        var net30 = await db.PaymentTerms.Where(t => t.Name == "Net 30").Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        var currency = await db.Organizations.OrderBy(o => o.ParentId == null ? 0 : 1).Select(o => o.BaseCurrency).FirstOrDefaultAsync(ct) ?? "USD";
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = new List<Supplier>();
        for (var i = 0; i < Suppliers.Length; i++)
        {
            var s = Suppliers[i];
            var slug = new string(s.Name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(14).ToArray());
            var supplier = new Supplier(await SupplierChecks.NextCodeAsync(db, today, ct), new SupplierFields(s.Name, s.TaxId,
                $"orders@{slug}.example", $"+1 555 02{i:00}", $"https://{slug}.example",
                new Address($"{200 + i * 11} Commerce Way", null, s.City, $"{20000 + i * 41}", s.State, s.Country), net30, currency, s.LeadDays));
            supplier.SetContacts([
                new ContactFields(null, s.Contact, "Sales", $"sales@{slug}.example", "+1 555 0300", true),
                new ContactFields(null, "Accounts receivable", "Accounts", $"ar@{slug}.example", null, false),
            ]);
            db.Suppliers.Add(supplier);
            created.Add(supplier);
        }

        var products = await db.Products.AsNoTracking().Where(p => p.Kind == ProductKind.Simple || p.Kind == ProductKind.Variant)
            .OrderBy(p => p.Sku).Select(p => new { p.Id, p.Sku, p.Price, p.Cost }).ToListAsync(ct);
        foreach (var p in products)
        {
            // Drinks from Northwind (preferred) and Great Lakes; produce from Fresh Fields; shirts from Acme (preferred) and Great Lakes.
            var (preferred, second) = p.Sku switch
            {
                var sku when sku.StartsWith("TEE", StringComparison.Ordinal) => (created[2], created[3]),
                var sku when sku.StartsWith("APPLE", StringComparison.Ordinal) => (created[1], (Supplier?)null),
                _ => (created[0], created[3]),
            };
            // The catalog's cost where it has one (so received stock costs what the shops' stock does), else 60 % of the price.
            var price = Math.Round(p.Cost > 0m ? p.Cost : p.Price * 0.6m, 4, MidpointRounding.AwayFromZero);
            db.SupplierProducts.Add(new SupplierProduct(preferred.Id, p.Id, new SupplierProductFields($"{preferred.Code[^3..]}-{p.Sku}", currency,
                price, p.Sku.StartsWith("TEE", StringComparison.Ordinal) ? 10m : 24m, null, true,
                [new PriceBreakFields(100m, Math.Round(price * 0.95m, 4, MidpointRounding.AwayFromZero))])));
            if (second is not null)
            {
                db.SupplierProducts.Add(new SupplierProduct(second.Id, p.Id, new SupplierProductFields(null, currency,
                    Math.Round(price * 1.04m, 4, MidpointRounding.AwayFromZero), 0m, second.LeadTimeDays, false, [])));
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
