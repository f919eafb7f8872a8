using Erp.Domain.Common;

namespace Erp.Domain.Inventory;

/// <summary>Errors shared by the inventory documents (receipts, adjustments, scrap).</summary>
public static class InventoryDocumentErrors
{
    public static Error NotDraft(string document, string status) => new("inventory.document_not_draft",
        $"This {document} is {status.ToLowerInvariant()}: only drafts can be changed.");

    public static readonly Error SelfApproval = new("inventory.self_approval",
        "You submitted this adjustment, so someone else with the approve permission must approve it.");

    public static readonly Error UnknownReason = new("inventory.unknown_reason", "Choose an active adjustment reason.");

    public static readonly Error ScrapIncreases = new("inventory.scrap_increase",
        "Scrap only takes stock out: enter the quantity to dispose of as a positive number.");

    public static readonly Error CostOnDecrease = new("inventory.cost_on_decrease",
        "A unit cost can only be given for stock that is added.");
}
