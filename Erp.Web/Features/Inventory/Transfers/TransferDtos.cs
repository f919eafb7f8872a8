using Erp.Domain.Inventory.Transfers;

namespace Erp.Web.Features.Inventory.Transfers;

/// <summary>One transfer in the list and its Excel export.</summary>
public sealed record TransferRow(Guid Id, string Number, DateOnly Date, TransferStatus Status, string From, string To,
    int LineCount, decimal ShippedValue, string? Note);

/// <summary>The list's current view: search in number (and note), status filter, sort key and direction.</summary>
public sealed record TransferListQuery(string? Search = null, TransferStatus? Status = null, string? Sort = null, bool Desc = false);

/// <summary>The export's rows, read lazily while the workbook is written.</summary>
public sealed record TransferExportRows(IAsyncEnumerable<TransferRow> Rows);

/// <summary>Everything the detail page and the PDF show about one transfer.</summary>
public sealed record TransferDetails(
    Guid Id,
    string Number,
    TransferStatus Status,
    long Version,
    Guid OrganizationId,
    string OrganizationName,
    Guid FromLocationId,
    string From,
    Guid ToLocationId,
    string To,
    DateOnly Date,
    string? Note,
    string Currency,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ShippedAt,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? ClosedAt,
    string? CloseReason,
    IReadOnlyList<TransferLineDetails> Lines,
    IReadOnlyList<TransferStatus> AllowedNext)
{
    public decimal ShippedValue => Lines.Sum(l => l.ShippedValue);
    public decimal ReceivedValue => Lines.Sum(l => l.ReceivedValue);
    public decimal LostValue => Lines.Sum(l => l.LostValue);
    public decimal InTransitValue => ShippedValue - ReceivedValue - LostValue;
    public bool HasDifferences => Lines.Any(l => l.Difference != 0m);
    public bool IsShipped => Status is not (TransferStatus.Draft or TransferStatus.Cancelled);
    public bool CanMoveTo(TransferStatus status) => AllowedNext.Contains(status);
}

/// <summary>
/// One line: ordered quantity as entered and in the base unit; shipped, received and lost quantities (base unit) with
/// their values; what is still in transit and the difference shipped − received.
/// </summary>
public sealed record TransferLineDetails(
    Guid Id,
    int LineNo,
    Guid ProductId,
    string Sku,
    string Name,
    string UnitCode,
    decimal Quantity,
    string BaseUnitCode,
    decimal BaseQuantity,
    decimal Shipped,
    decimal ShippedValue,
    decimal Received,
    decimal ReceivedValue,
    decimal Lost,
    decimal LostValue)
{
    public decimal Outstanding => Shipped - Received - Lost;
    public decimal Difference => Shipped - Received;
}

/// <summary>The printed transfer: its details plus who printed it and when.</summary>
public sealed record TransferPrint(TransferDetails Transfer, DateTimeOffset PrintedAt);

/// <summary>One status transition of a transfer.</summary>
