using Erp.Domain.Sales.Deliveries;

namespace Erp.Web.Features.Sales.Deliveries;

public sealed record DeliveryListQuery(string? Search, DeliveryStatus? Status, string? Sort, bool Desc);

public sealed record DeliveryRow(Guid Id, string Number, DateOnly Date, DeliveryStatus Status, Guid OrderId, string OrderNumber,
    string Customer, string Location, int Lines, decimal Quantity);

public sealed record DeliveryExportRows(IAsyncEnumerable<DeliveryRow> Rows);

/// <summary>An order with quantities still to ship (its backorder once partly delivered).</summary>
public sealed record OrderToShipRow(Guid OrderId, string OrderNumber, DateOnly OrderDate, DateOnly? RequestedDate, string Customer,
    string Location, bool PartlyDelivered, int OpenLines, decimal OpenQuantity);

/// <summary>What the ship form needs: the order, its ship-from location and per line what is left and what is available.</summary>
public sealed record DeliveryDraft(Guid OrderId, string OrderNumber, string Customer, string ShipTo, Guid OrganizationId,
    Guid LocationId, string LocationName, IReadOnlyList<ShipFromOption> Locations, IReadOnlyList<DeliveryDraftLine> Lines);

/// <summary>A location of the order's organization that can hold stock.</summary>
public sealed record ShipFromOption(Guid Id, string Name);

public sealed record DeliveryDraftLine(Guid OrderLineId, int LineNumber, string Sku, string ProductName, string UnitCode,
    decimal Ordered, decimal Delivered, decimal Remaining);

public sealed record DeliveryDetails(Guid Id, string Number, DeliveryStatus Status, Guid OrganizationId, string OrganizationName,
    string? OrganizationAddress, Guid OrderId, string OrderNumber, Guid CustomerId, string CustomerCode, string CustomerName,
    string ShipTo, Guid LocationId, string LocationName, DateOnly Date, string? Carrier, string? TrackingNumber, string? Note,
    DateTimeOffset? ShippedAt, IReadOnlyList<DeliveryStatus> AllowedNext, IReadOnlyList<DeliveryLineDetails> Lines)
{
    public decimal TotalQuantity => Lines.Sum(l => l.Quantity);
}

public sealed record DeliveryLineDetails(int LineNumber, Guid OrderLineId, string Sku, string ProductName, string UnitCode,
    decimal Ordered, decimal Quantity, decimal Backorder, decimal UnitCost, decimal CostValue);
