namespace Erp.Domain.Platform;

/// <summary>Every permission of every module. A module adds its list here when it is built.</summary>
public static class PermissionCatalog
{
    public static readonly IReadOnlyList<Permission> All = [.. PlatformPermissions.All, .. Catalog.CatalogPermissions.All,
        .. Inventory.InventoryPermissions.All, .. Sales.SalesPermissions.All, .. Pos.PosPermissions.All,
        .. Purchasing.PurchasingPermissions.All];

    private static readonly HashSet<string> Names = All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    public static bool Exists(string name) => Names.Contains(name);
}
