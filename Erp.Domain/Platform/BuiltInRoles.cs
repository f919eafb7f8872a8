namespace Erp.Domain.Platform;

/// <summary>The roles every tenant starts with. Their permissions come from each module's permission list.</summary>
public static class BuiltInRoles
{
    public const string Admin = "Admin";
    public const string Manager = "Manager";
    public const string InventoryManager = "InventoryManager";
    public const string ShopManager = "ShopManager";
    public const string Cashier = "Cashier";
    public const string SalesRep = "SalesRep";
    public const string Buyer = "Buyer";
    public const string Accountant = "Accountant";
    public const string HrManager = "HrManager";
    public const string Employee = "Employee";

    public static readonly IReadOnlyList<string> All =
        [Admin, Manager, InventoryManager, ShopManager, Cashier, SalesRep, Buyer, Accountant, HrManager, Employee];

    /// <summary>Everyone who works in the tenant.</summary>
    public static readonly IReadOnlyList<string> Everyone = All;

    public static IReadOnlyList<string> PermissionsOf(string role) =>
        PermissionCatalog.All.Where(p => p.DefaultRoles.Contains(role)).Select(p => p.Name).ToList();
}
