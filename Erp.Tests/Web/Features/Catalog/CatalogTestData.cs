using Erp.Domain.Catalog;
using Erp.Tests.TestInfrastructure;
using Erp.Web.Features.Catalog.Products;
using Erp.Web.Features.Catalog.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace Erp.Tests.Web.Features.Catalog;

/// <summary>The units, a category and a brand a test tenant needs before it can hold products.</summary>
public sealed record CatalogBasics(Guid Piece, Guid Box, Guid Kg, Guid Drinks, Guid Acme)
{
    public static async Task<CatalogBasics> CreateAsync(ErpAppFactory app, TestTenant tenant) =>
        await app.InTenantAsync(tenant.Id, tenant.AdminId, async sp =>
        {
            var commands = sp.GetRequiredService<CatalogReferenceCommands>();
            var piece = (await commands.SaveUnitAsync(null, "PCS", "Piece", null, 1m)).Value;
            var box = (await commands.SaveUnitAsync(null, "BOX12", "Box of 12", piece, 12m)).Value;
            var kg = (await commands.SaveUnitAsync(null, "KG", "Kilogram", null, 1m)).Value;
            var drinks = (await commands.SaveCategoryAsync(null, "Drinks", null)).Value;
            var acme = (await commands.SaveBrandAsync(null, "Acme")).Value;
            return new CatalogBasics(piece, box, kg, drinks, acme);
        });

    public ProductInput Simple(string sku, string name = "Product", decimal price = 1m, string? barcode = null) => new()
    {
        Kind = ProductKind.Simple, Sku = sku, Name = name, UnitId = Piece, Price = price, Cost = price / 2,
        CategoryId = Drinks, BrandId = Acme, Barcode = barcode,
    };
}
