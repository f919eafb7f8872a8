using Erp.Domain.Platform;
using static Erp.Domain.Platform.BuiltInRoles;

namespace Erp.Domain.Inventory;

public static class InventoryPermissions
{
    public const string View = "Inventory.View";
    public const string Manage = "Inventory.Manage";
    public const string Approve = "Inventory.Approve";
    public const string Configure = "Inventory.Configure";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(View, "See stock levels, stock cards, inventory documents and the valuation report",
            [Admin, Manager, InventoryManager, ShopManager, Buyer, Accountant]),
        new(Manage, "Create and post goods receipts, adjustments, transfers, counts and scrap",
            [Admin, Manager, InventoryManager]),
        new(Approve, "Approve stock adjustments above the approval threshold", [Admin, Manager]),
        new(Configure, "Change the costing method, negative-stock rule, thresholds and adjustment reasons",
            [Admin, InventoryManager]),
    ];
}
