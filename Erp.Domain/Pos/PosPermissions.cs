using Erp.Domain.Platform;
using static Erp.Domain.Platform.BuiltInRoles;

namespace Erp.Domain.Pos;

public static class PosPermissions
{
    public const string Sell = "Pos.Sell";
    public const string Override = "Pos.Override";
    public const string Return = "Pos.Return";
    public const string Supervise = "Pos.Supervise";
    public const string Configure = "Pos.Configure";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Sell, "Open and close one's own register session, sell, hold and recall sales, print receipts",
            [Admin, Manager, ShopManager, Cashier]),
        new(Override, "Change prices and give discounts at the till (or approve a cashier's change)", [Admin, Manager, ShopManager]),
        new(Return, "Take returns and exchanges at the till", [Admin, Manager, ShopManager, Cashier]),
        new(Supervise, "See every open session live, close any session, read end-of-day (Z) reports of a shop",
            [Admin, Manager, ShopManager]),
        new(Configure, "Set up cash registers: payment methods, receipts, price list and default customer", [Admin, Manager]),
    ];
}
