using Erp.Domain.Common;

namespace Erp.Web.Features.Purchasing.Suppliers;

/// <summary>Refusals of the supplier screens and services (codes are stable for tests and clients).</summary>
public static class SupplierErrors
{
    public static readonly Error SupplierNotFound = new("purchasing.supplier_not_found", "The supplier was not found.");
    public static readonly Error SupplierProductNotFound = new("purchasing.supplier_product_not_found", "The supplied product was not found.");
    public static readonly Error ProductNotFound = new("purchasing.product_not_found", "The product was not found or is not a stockable product.");
    public static readonly Error PaymentTermNotFound = new("purchasing.payment_term_not_found", "The payment terms were not found.");

    public static Error TaxIdTaken(string code) =>
        new("purchasing.tax_id_taken", $"Supplier {code} already has this tax id: one supplier per tax id.");

    public static Error AlreadySupplied(string sku) =>
        new("purchasing.already_supplied", $"This supplier already supplies {sku}: edit that line instead.");

    public static Error HasOrders(string code, int orders) =>
        new("purchasing.supplier_has_orders", $"Supplier {code} has {orders} purchase order(s): deactivate it instead of deleting it.");
}
