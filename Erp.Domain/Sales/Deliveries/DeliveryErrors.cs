using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Domain.Sales.Deliveries;

public static class DeliveryErrors
{
    public static readonly Error NoLines = Error.Validation("Enter a quantity to ship on at least one line.");
    public static readonly Error NotFound = Error.NotFound("The delivery");
    public static readonly Error OrderNotFound = Error.NotFound("The sales order");

    public static Error QuantityNotPositive(string sku) =>
        new("sales.delivery_quantity", $"{sku}: the quantity to ship must be greater than zero.");

    public static Error NotDraft(string status) =>
        new("sales.delivery_not_draft", $"This delivery is {status}; only drafts can be changed.");

    public static Error OrderNotDeliverable(string number, string status) =>
        new("sales.not_deliverable", $"Order {number} is {status}: only confirmed orders with quantities left to ship can be delivered.");

    public static Error UnknownOrderLine(int lineNumber) =>
        new("sales.delivery_line", $"Line {lineNumber} is not a line of this order.");

    public static Error OverDelivery(string sku, decimal remaining, decimal asked) =>
        new("sales.over_delivery", string.Create(CultureInfo.InvariantCulture,
            $"{sku}: only {remaining:0.####} left to deliver, not {asked:0.####}."));

    public static readonly Error OtherOrganization =
        Error.Validation("Ship from a location of the order's organization.");
}
