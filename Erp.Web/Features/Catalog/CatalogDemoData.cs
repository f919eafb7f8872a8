using Erp.Data;
using Erp.Domain.Catalog;
using Erp.Web.Features.Catalog.Products;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Catalog;

/// <summary>A handful of units, categories, brands, attributes and products for the demo tenant (already in its tenant scope).</summary>
public sealed class CatalogDemoData(IDbContextFactory<ErpDbContext> dbFactory)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Units.AnyAsync(ct))
        {
            return;
        }

        var piece = new Unit("PCS", "Piece");
        var box = new Unit("BOX12", "Box of 12", piece.Id, 12m);
        var kg = new Unit("KG", "Kilogram");
        db.Units.AddRange(piece, box, kg);
        var clothing = new Category("Clothing");
        var shirts = new Category("T-shirts", clothing.Id);
        var grocery = new Category("Grocery");
        var drinks = new Category("Drinks", grocery.Id);
        db.Categories.AddRange(clothing, shirts, grocery, drinks);
        var acme = new Brand("Acme");
        var northwind = new Brand("Northwind");
        db.Brands.AddRange(acme, northwind);
        var size = new ProductAttribute("Size", ["S", "M", "L"]);
        var colour = new ProductAttribute("Colour", ["Black", "White", "Red", "Navy"]);
        db.ProductAttributes.AddRange(size, colour);

        var barcodes = new Queue<string>(Enumerable.Range(1, 20).Select(n => Ean13.InStore(n)));
        var water = new Product(ProductKind.Simple, new ProductFields("Still water 0.5 l", piece.Id, 0.20m, 0.60m, drinks.Id,
            northwind.Id, box.Id, "Reduced", 48, 144), "WATER-05", barcodes.Dequeue());
        var cola = new Product(ProductKind.Simple, new ProductFields("Cola 0.33 l", piece.Id, 0.35m, 1.10m, drinks.Id,
            northwind.Id, box.Id, "Standard", 48, 144), "COLA-033", barcodes.Dequeue());
        var apples = new Product(ProductKind.Simple, new ProductFields("Apples", kg.Id, 1.10m, 2.49m, grocery.Id, null, null,
            "Reduced", 20, 50), "APPLE-KG", barcodes.Dequeue());
        var shirtFields = new ProductFields("Classic T-shirt", piece.Id, 4.50m, 14.99m, shirts.Id, acme.Id, null, "Standard", 5, 20);
        var shirt = new Product(ProductKind.WithVariants, shirtFields, "TEE", barcodes.Dequeue());
        db.Products.AddRange(water, cola, apples, shirt);
        var variants = VariantGenerator.Generate("TEE", [new VariantAxis("Size", ["S", "M", "L"]), new VariantAxis("Colour", ["Black", "White"])]).Value;
        foreach (var v in variants)
        {
            db.Products.Add(new Product(ProductKind.Variant, shirtFields, v.Sku, barcodes.Dequeue(), shirt.Id, v.Label));
        }

        var party = new Product(ProductKind.Kit, new ProductFields("Party pack (6 cola + 6 water)", piece.Id, 3.30m, 8.99m,
            drinks.Id, northwind.Id, null, "Standard"), "PARTY-PACK", barcodes.Dequeue());
        party.SetComponents([(cola.Id, 6m), (water.Id, 6m)]);
        db.Products.Add(party);
        await db.SaveChangesAsync(ct);
    }
}
