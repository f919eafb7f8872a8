using Erp.Data;
using Erp.Data.Inventory;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Inventory;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Receipts;

/// <summary>A stock location a document may use, with its organization and that organization's base currency.</summary>
public sealed record DocumentLocation(Guid Id, Guid OrganizationId, string BaseCurrency);

/// <summary>A line quantity converted to the product's base unit.</summary>
public sealed record ConvertedQuantity(Guid UnitId, decimal BaseQuantity)
{
    /// <summary>Base units per entered unit (12 for a box of 12).</summary>
    public decimal FactorOf(decimal quantity) => BaseQuantity / quantity;
}

/// <summary>Checks the inventory documents share: the location holds stock, the product is stockable, the unit converts.</summary>
internal static class InventoryDocumentRules
{
    public static async Task<Result<DocumentLocation>> LocationAsync(ErpDbContext db, Guid? locationId, CancellationToken ct)
    {
        if (locationId is null)
        {
            return Error.Validation("Choose a location.");
        }

        var location = await db.Locations.AsNoTracking().Where(l => l.Id == locationId && l.Kind != LocationKind.Transit)
            .Select(l => new { l.Id, l.OrganizationId }).FirstOrDefaultAsync(ct);
        if (location is null)
        {
            return InventoryErrors.UnknownLocation;
        }

        var currency = await db.Organizations.AsNoTracking().Where(o => o.Id == location.OrganizationId)
            .Select(o => o.BaseCurrency).FirstOrDefaultAsync(ct);
        return new DocumentLocation(location.Id, location.OrganizationId, currency ?? "USD");
    }

    /// <summary>The product must exist and hold stock itself; <paramref name="quantity"/> (signed) is converted from the unit.</summary>
    public static async Task<Result<ConvertedQuantity>> ConvertAsync(ErpDbContext db, int lineNumber, Guid? productId, Guid? unitId,
        decimal quantity, CancellationToken ct)
    {
        var product = productId is null ? null : await db.Products.AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new { p.Sku, p.Kind, p.UnitId }).FirstOrDefaultAsync(ct);
        if (product is null)
        {
            return OnLine(lineNumber, InventoryErrors.UnknownProduct);
        }

        if (product.Kind is ProductKind.Kit)
        {
            return OnLine(lineNumber, InventoryErrors.KitHoldsNoStock(product.Sku));
        }

        if (product.Kind is ProductKind.WithVariants)
        {
            return OnLine(lineNumber, InventoryErrors.ChooseVariant(product.Sku));
        }

        var unit = unitId ?? product.UnitId;
        if (unit == product.UnitId)
        {
            return new ConvertedQuantity(unit, quantity);
        }

        var converted = await StockLedger.ToBaseUnitAsync(db, productId!.Value, unit, quantity, ct);
        return converted.IsSuccess
            ? new ConvertedQuantity(unit, converted.Value)
            : OnLine(lineNumber, converted.Error!);
    }

    public static Error OnLine(int lineNumber, Error error) => error with { Message = $"Line {lineNumber}: {error.Message}" };
}
