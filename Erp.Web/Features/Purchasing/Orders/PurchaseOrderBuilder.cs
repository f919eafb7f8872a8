using Erp.Data;
using Erp.Data.Sales;
using Erp.Domain.Catalog;
using Erp.Domain.Common;
using Erp.Domain.Platform;
using Erp.Domain.Purchasing;
using Erp.Domain.Purchasing.Orders;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Domain.Sales.Taxes;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Orders;

/// <summary>The supplier, delivery location and organization an order is built for, read once.</summary>
public sealed record OrderParty(Supplier Supplier, Guid LocationId, Guid OrganizationId, string BaseCurrency, string? DeliveryAddress,
    string? PaymentTermName)
{
    public OrderSupplier Snapshot => new(Supplier.Id, Supplier.Code, Supplier.Name, Supplier.TaxId,
        Supplier.Address.IsEmpty ? null : Supplier.Address.ToString());
}

/// <summary>What manual orders, requisition conversions and replenishment share to build a purchase order.</summary>
public static class PurchaseOrderBuilder
{
    /// <summary>The supplier must exist and be active, the location must be a stock location of the tenant.</summary>
    public static async Task<Result<OrderParty>> PartyAsync(ErpDbContext db, Guid? supplierId, Guid? locationId, CancellationToken ct)
    {
        if (supplierId is null)
        {
            return Error.Validation("Choose a supplier.");
        }

        var supplier = await db.Suppliers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == supplierId, ct);
        if (supplier is null)
        {
            return Error.Validation("The supplier does not exist.");
        }

        var active = supplier.EnsureActive();
        if (!active.IsSuccess)
        {
            return active.Error!;
        }

        if (locationId is null)
        {
            return Error.Validation("Choose the delivery location.");
        }

        var location = await db.Locations.AsNoTracking().Where(l => l.Id == locationId && l.Kind != LocationKind.Transit)
            .Select(l => new { l.Id, l.OrganizationId, l.Name }).FirstOrDefaultAsync(ct);
        if (location is null)
        {
            return Error.Validation("The delivery location does not exist.");
        }

        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == location.OrganizationId)
            .Select(o => new { o.BaseCurrency, o.Name, o.Address }).FirstAsync(ct);
        var term = supplier.PaymentTermId is { } termId
            ? await db.PaymentTerms.AsNoTracking().Where(t => t.Id == termId).Select(t => t.Name).FirstOrDefaultAsync(ct)
            : null;
        var address = string.IsNullOrWhiteSpace(organization.Address)
            ? $"{organization.Name}, {location.Name}"
            : $"{organization.Name}, {location.Name}, {organization.Address}";
        return new OrderParty(supplier, location.Id, location.OrganizationId, organization.BaseCurrency, address, term);
    }

    public static PurchaseOrderHeader Header(OrderParty party, DateOnly orderDate, DateOnly? expected, string currency, decimal rate,
        string? notes) =>
        new(party.LocationId, party.DeliveryAddress, orderDate, expected ?? orderDate.AddDays(party.Supplier.LeadTimeDays),
            currency, currency == party.BaseCurrency ? 1m : rate, party.Supplier.PaymentTermId, party.PaymentTermName, notes);

    /// <summary>The buyer's display name (orders print it).</summary>
    public static async Task<string?> UserNameAsync(ErpDbContext db, string? userId, CancellationToken ct) =>
        userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Resolves the lines: products exist and hold stock; price = given, else the supplier product's price for the
    /// quantity (in the supplier product's currency when it is the order's), else the product's cost; supplier SKU
    /// from the supplier product; tax rate = given, else the rate of the product's tax category.
    /// </summary>
    public static async Task<Result<List<PurchaseOrderLineData>>> LinesAsync(ErpDbContext db, Guid supplierId, string currency,
        IReadOnlyList<(Guid? ProductId, decimal Quantity, decimal? UnitPrice, decimal? TaxRatePercent, Guid? RequisitionLineId)> lines,
        CancellationToken ct)
    {
        if (lines.Count == 0)
        {
            return PurchasingErrors.NoLines;
        }

        var ids = lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Sku, p.Name, p.VariantLabel, p.Kind, p.Cost, p.TaxCategory }).ToDictionaryAsync(p => p.Id, ct);
        var rates = lines.Any(l => l.TaxRatePercent is null) ? await SalesPricing.TaxRatesAsync(db, ct) : [];
        var supplied = await db.SupplierProducts.AsNoTracking().Include(s => s.PriceBreaks)
            .Where(s => s.SupplierId == supplierId && ids.Contains(s.ProductId)).ToDictionaryAsync(s => s.ProductId, ct);
        var result = new List<PurchaseOrderLineData>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.ProductId is not { } productId || !products.TryGetValue(productId, out var product))
            {
                return Error.Validation($"Line {i + 1}: choose a product.");
            }

            if (product.Kind is not (ProductKind.Simple or ProductKind.Variant))
            {
                return Error.Validation($"Line {i + 1}: {product.Sku} holds no stock of its own (a kit or a product with variants).");
            }

            if (line.Quantity <= 0m)
            {
                return Error.Validation($"Line {i + 1}: {PurchasingErrors.QuantityNotPositive.Message}");
            }

            if (line.UnitPrice is < 0m)
            {
                return Error.Validation($"Line {i + 1}: {PurchasingErrors.PriceNegative.Message}");
            }

            if (line.TaxRatePercent is < 0m or > 100m)
            {
                return Error.Validation($"Line {i + 1}: tax rates are between 0 and 100 %.");
            }

            supplied.TryGetValue(productId, out var item);
            var price = line.UnitPrice
                ?? (item is not null && item.Currency == currency ? item.PriceFor(line.Quantity) : product.Cost);
            var description = product.VariantLabel is null ? product.Name : $"{product.Name} ({product.VariantLabel})";
            var taxRate = line.TaxRatePercent ?? TaxRate.For(product.TaxCategory, rates)?.Percent ?? 0m;
            result.Add(new PurchaseOrderLineData(productId, product.Sku, item?.SupplierSku, description, line.Quantity, price,
                taxRate, line.RequisitionLineId));
        }

        return result;
    }
}
