using Erp.Data;
using Erp.Data.Documents;
using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Purchasing.Suppliers;
using Erp.Domain.Sales.Customers;
using Erp.Web.Features.Purchasing.Shared;
using Erp.Web.Features.Sales.Customers;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Purchasing.Suppliers;

/// <summary>The checks a supplier needs from the database, shared by the form's save and the import.</summary>
internal static class SupplierChecks
{
    /// <summary>Another supplier of the tenant (deleted ones included) with the same tax id: refused, naming its code.</summary>
    public static async Task<Error?> TaxIdFreeAsync(ErpDbContext db, string? taxId, Guid? exceptId, CancellationToken ct)
    {
        var normalized = Customer.NormalizeTaxId(taxId);
        if (normalized is null)
        {
            return null;
        }

        var other = await db.Suppliers.IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter]).AsNoTracking()
            .Where(s => s.TaxId == normalized && s.Id != exceptId).Select(s => s.Code).FirstOrDefaultAsync(ct);
        return other is null ? null : SupplierErrors.TaxIdTaken(other);
    }

    /// <summary>Payment terms of this tenant (the filter hides others'), a currency the tenant uses, a known country.</summary>
    public static async Task<Error?> AllAsync(ErpDbContext db, SupplierFields fields, Guid? exceptId, CancellationToken ct)
    {
        if (fields.PaymentTermId is { } termId && !await db.PaymentTerms.AnyAsync(t => t.Id == termId, ct))
        {
            return SupplierErrors.PaymentTermNotFound;
        }

        var currency = await PurchasingRules.CheckCurrencyAsync(db, fields.CurrencyCode, ct);
        if (!currency.IsSuccess)
        {
            return currency.Error;
        }

        return await TaxIdFreeAsync(db, fields.TaxId, exceptId, ct) ?? await CustomerChecks.AddressAsync(db, fields.Address, ct);
    }

    /// <summary>The next supplier code from the tenant's "Supplier" sequence (SUP-00001); call inside the saving transaction.</summary>
    public static Task<string> NextCodeAsync(ErpDbContext db, DateOnly today, CancellationToken ct) =>
        DocumentNumberService.NextAsync(db, DocumentTypes.Supplier, today, ct);
}
