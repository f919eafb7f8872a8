using System.Globalization;
using Erp.Domain.Common;

namespace Erp.Domain.Inventory.Transfers;

public static class TransferErrors
{
    public static readonly Error NotFound = Error.NotFound("The transfer");

    public static readonly Error SameLocation = new("transfers.same_location",
        "A transfer cannot be received into its own source location: choose a different destination.");

    public static readonly Error OtherOrganization = new("transfers.other_organization",
        "Both locations must belong to the same organization.");

    public static readonly Error TransitLocation = new("transfers.transit_location",
        "The in-transit location is kept by the system: choose a warehouse, shop or bin.");

    public static readonly Error NotDraft = new("transfers.not_draft", "Only a draft transfer can be changed.");

    public static readonly Error NothingToReceive = new("transfers.nothing_to_receive",
        "Enter a received quantity for at least one line.");

    public static readonly Error NegativeReceipt = new("transfers.negative_receipt", "Received quantities cannot be negative.");

    public static readonly Error UnknownLine = new("transfers.unknown_line", "A received line does not belong to this transfer.");

    public static readonly Error KitNotTransferable = new("transfers.kit", "A kit holds no stock of its own: transfer its components instead.");

    public static Error ReceivedTooMuch(string sku, decimal outstanding, decimal received) =>
        new("transfers.received_too_much", string.Create(CultureInfo.InvariantCulture,
            $"{sku}: only {outstanding:0.####} still in transit, {received:0.####} entered. Receiving more than was shipped is not allowed."));

    public static Error CannotShip(TransferStatus status) => new("transfers.cannot_ship",
        status == TransferStatus.Cancelled ? "This transfer was cancelled: it cannot be shipped."
            : $"Only a draft transfer can be shipped; this one is {status}.");

    public static Error CannotReceive(TransferStatus status) => new("transfers.cannot_receive",
        status switch
        {
            TransferStatus.Draft => "Ship the transfer before receiving it.",
            TransferStatus.Received => "This transfer has been received in full: nothing is left in transit.",
            _ => $"A transfer that is {status} cannot be received.",
        });
}
