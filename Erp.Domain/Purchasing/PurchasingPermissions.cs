using Erp.Domain.Platform;
using static Erp.Domain.Platform.BuiltInRoles;

namespace Erp.Domain.Purchasing;

public static class PurchasingPermissions
{
    public const string View = "Purchasing.View";
    public const string ManageSuppliers = "Purchasing.ManageSuppliers";
    public const string Request = "Purchasing.Request";
    public const string Order = "Purchasing.Order";
    public const string Approve = "Purchasing.Approve";
    public const string Receive = "Purchasing.Receive";
    public const string Bill = "Purchasing.Bill";
    public const string ApproveBills = "Purchasing.ApproveBills";
    public const string Pay = "Purchasing.Pay";
    public const string Configure = "Purchasing.Configure";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(View, "See suppliers, requisitions, purchase orders, receipts, bills, payables and supplier performance",
            [Admin, Manager, Buyer, Accountant, InventoryManager]),
        new(ManageSuppliers, "Create, edit and import suppliers and the products they supply", [Admin, Manager, Buyer]),
        new(Request, "Request items for a location (purchase requisitions)", [Admin, Manager, Buyer, InventoryManager, ShopManager]),
        new(Order, "Create, edit, send and cancel purchase orders; turn requisitions into orders", [Admin, Manager, Buyer]),
        new(Approve, "Approve purchase requisitions and purchase orders above the approval threshold", [Admin, Manager, Buyer]),
        new(Receive, "Receive goods against purchase orders, with quality checks and landed costs", [Admin, Manager, InventoryManager]),
        new(Bill, "Record supplier bills", [Admin, Manager, Accountant]),
        new(ApproveBills, "Approve supplier bills held by the three-way match", [Admin, Manager, Accountant]),
        new(Pay, "Record payments to suppliers", [Admin, Manager, Accountant]),
        new(Configure, "Change purchasing settings (tolerances, approval thresholds, currencies)", [Admin, Manager]),
    ];
}
